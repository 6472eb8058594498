"""One vocabulary for weapons and targets, keyed by the schema's categories."""

from __future__ import annotations

import pytest

from data import schema as S
from data import vocabulary as V


@pytest.mark.parametrize(
    ("mapping", "categories"),
    [
        (V.WEAPON_SYNONYMS, S.WEAPONS),
        (V.WEAPON_LABELS, S.WEAPONS),
        (V.WEAPON_COLOURS, S.WEAPONS),
        (V.TARGET_SYNONYMS, S.TARGETS),
        (V.TARGET_LABELS, S.TARGETS),
    ],
)
def test_every_mapping_is_keyed_by_exactly_the_schema_categories(mapping, categories):
    # Synonyms keep their own order (it breaks ties at one position); the keys are the categories.
    assert sorted(mapping) == sorted(categories) and len(mapping) == len(categories)


def test_patterns_only_name_schema_categories():
    assert set(V.WEAPON_PATTERNS) <= set(S.WEAPONS)
    assert set(V.TARGET_PATTERNS) <= set(S.TARGETS)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("a gas station", "energy"),
        ("the petrol station on the highway", "energy"),
        ("a warehouse", "commercial"),
        ("a greenhouse", None),
        ("two private houses", "residential"),
        ("a house", "residential"),
        ("житловий будинок", "residential"),
        ("підстанція", "energy"),
        ("a school", "civic"),
        ("a house and a school", None),  # two classes: no single answer
        (None, None),
        ("", None),
    ],
)
def test_targets(text, target):
    assert V.classify_target(text) == target


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Shahed-136 drone", "drone"),
        ("ударний БпЛА", "drone"),
        ("ракетний удар", "missile"),
        ("Iskander-M", "missile"),
        ("KAB-500", "glide bomb"),
        ("Artillery shells", "artillery"),
        ("обстріл", "artillery"),
        ("missiles and drones", None),
        ("a minefield sign", None),  # "mine" is a whole word only
        ("landmine", "mine"),
    ],
)
def test_weapons(text, weapon):
    assert V.classify_weapon(text) == weapon


def test_first_term_reads_a_sentence_in_order():
    name, match = V.first_term("a drone hit a house near the power line", V.TARGET_PATTERNS)
    assert name == "residential" and match.group(0) == "house"


def test_a_column_is_classified_like_its_cells():
    import pandas as pd

    values = pd.Series(["gas station", None, "warehouse", "gas station", "greenhouse"])
    assert V.classify_series(values, V.TARGET_PATTERNS).tolist() == [
        "energy",
        pd.NA,
        "commercial",
        "energy",
        pd.NA,
    ]
