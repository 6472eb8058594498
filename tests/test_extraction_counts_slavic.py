"""Ukrainian and Russian counts: constructions found while reading real reports (issue 11), in our own words."""

from __future__ import annotations

import pytest

from data.extraction import slavic


def _counts(clause: str) -> dict:
    counts, _ = slavic.find_counts(clause)
    return {c.field: (c.value, c.at_least) for c in counts}


@pytest.mark.parametrize(
    "clause, expected",
    [
        # one person named by what they do, after their age: the verb after the noun is theirs
        (
            "Уламками поранило 54-річного тракториста, а 40-річний агроном отримав травми",
            {"injured": (2, False)},
        ),
        ("47-летний охранник получил ранения", {"injured": (1, False)}),
        ("загинув 70-річний пасажир", {"killed": (1, False)}),
        # (a child told alone: the event makes the hurt at least one, labelling rule 16)
        ("поранено 15-річного велосипедиста", {"children_injured": (1, False)}),
    ],
)
def test_an_aged_person_named_by_what_they_do_is_counted(clause, expected):
    assert _counts(clause) == expected
