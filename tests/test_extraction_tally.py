"""The running tally of one place's dead and hurt over several sentences (events.py ``_tally``).

People told as persons ("a woman of 44", "two men", "9-річний хлопчик") are someone each: with an additive
word they are more people, told bare after people told the same way (no total) they are the next ones, and
told bare or as a part after a total they are who the total's people are, never more. The texts are our own,
with invented values.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data.extraction import extract_events
from data.extraction.counts import find_counts

DAY = dt.date(2026, 3, 10)


def _counts(text: str) -> dict[str, tuple[int, bool]]:
    events = extract_events(text, DAY)
    assert len(events) == 1, [e.location for e in events]
    return dict(events[0].counts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # additive words after a total or a person: more people
        (
            "A drone hit Izium on Monday. Three people were injured. Two women were also hurt.",
            {"injured": (5, False)},
        ),
        (
            "A drone hit Izium on Monday. One injured person was taken to hospital. Another 47-year-old man "
            "sustained shrapnel wounds.",
            {"injured": (2, False)},
        ),
        (
            "A drone hit Izium on Monday. A man of 50 was injured. A woman of 44 was injured as well.",
            {"injured": (2, False)},
        ),
        # a figure told as more, however the words go
        (
            "A drone hit Izium on Monday. Three people were injured. Another two were hurt by evening.",
            {"injured": (5, False)},
        ),
        (
            "A drone hit Izium on Monday. Three people were injured. A further two people were hurt later.",
            {"injured": (5, False)},
        ),
        (
            "A drone hit Izium on Monday. Three people were injured. Two other people were also hurt.",
            {"injured": (5, False)},
        ),
        # one person told by what they do
        (
            "A drone hit a bus in Izium on Monday. A driver was hurt. A passenger was also hurt.",
            {"injured": (2, False)},
        ),
        # persons one by one and no total: summed, the children with them
        (
            "A drone hit Izium on Monday. A man of 63 was killed. A woman of 41 was wounded. A 72-year-old man "
            "was wounded too.",
            {"killed": (1, False), "injured": (2, False)},
        ),
        (
            "A missile hit Sumy on Monday. A boy of 14 was killed. Later two women died in hospital.",
            {"killed": (3, False), "children_killed": (1, False)},
        ),
        (
            "A drone hit Izium on Monday. A man of 52 was wounded. A 15-year-old girl was also wounded.",
            {"injured": (2, False), "children_injured": (1, False)},
        ),
        (
            "A drone hit Izium on Monday. A 13-year-old girl was injured. A 9-year-old boy was also hurt.",
            {"injured": (2, True), "children_injured": (2, False)},
        ),
        # Ukrainian and Russian: "також", "ще", "еще", "кроме того" anywhere before the person
        (
            "Вранці росіяни атакували дроном Херсон. Поранено двох чоловіків. Там також поранений чоловік 60 років.",
            {"injured": (3, False)},
        ),
        (
            "Вранці росіяни атакували дроном Херсон. Поранено 45-річного чоловіка. Постраждала також 60-річна жінка.",
            {"injured": (2, False)},
        ),
        (
            "Утром российские войска обстреляли Никополь. Ранен мужчина 50 лет. Еще ранена женщина 44 лет.",
            {"injured": (2, False)},
        ),
        (
            "Утром российские войска обстреляли Никополь. Ранен мужчина 50 лет. Кроме того, пострадала женщина 44 лет.",
            {"injured": (2, False)},
        ),
    ],
)
def test_people_told_as_more_or_one_by_one_add_up(text, expected):
    got = _counts(text)
    assert {field: got.get(field) for field in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person after a total is one of its people
        (
            "Shelling hit Kherson on Monday. Six people were hurt. Among them a 40-year-old woman with shrapnel "
            "wounds.",
            {"injured": (6, False)},
        ),
        (
            "Shelling hit Kherson on Monday. Three people were injured. A 9-year-old boy is in critical condition.",
            {"injured": (3, False), "children_injured": (1, False)},
        ),
        # "also" after such a detail is the detail's company, within the total
        (
            "Shelling hit Kherson on Monday. Three people were injured. A 9-year-old boy is in critical "
            "condition. Two women had also been injured.",
            {"injured": (3, False), "children_injured": (1, False)},
        ),
        (
            "Вранці росіяни атакували дроном Херсон. Поранено трьох людей. Серед них 40-річна жінка.",
            {"injured": (3, False)},
        ),
        (
            "Утром российские войска обстреляли Никополь. Пострадали пять человек, в том числе дети. Ранен мальчик "
            "7 лет. Также ранена девочка 12 лет.",
            {"injured": (5, False), "children_injured": (2, False)},
        ),
        (
            "Shelling hit Kherson on Monday. Two people were killed and three injured. A 12-year-old boy was among "
            "the injured. A 70-year-old woman was wounded too.",
            {"killed": (2, False), "injured": (3, False), "children_injured": (1, False)},
        ),
        # the rest of a toll, told by where they stay, is no one more
        (
            "A drone hit Izium on Monday. Seven people were injured. Five are in hospital. Two other people remain "
            "in a clinic.",
            {"injured": (7, False)},
        ),
        # "also" with "among the injured" is one of them
        (
            "Shelling hit Kherson on Monday. Three people were injured. A woman of 40 was also among the injured.",
            {"injured": (3, False)},
        ),
        # the same noun told again with an age on one side only is the same person
        (
            "Shelling hit Kherson on Monday. A woman was killed. A 70-year-old woman died at the scene, the mayor said.",
            {"killed": (1, False)},
        ),
        # a Ukrainian or Russian additive word after the person ("ще" as "still") adds no one
        (
            "Вдень росіяни обстріляли Херсон. Поранено 60-річного чоловіка. Чоловік ще перебуває в лікарні.",
            {"injured": (1, False)},
        ),
        # the same person told again (same age) is no one new
        (
            "Днем российские войска обстреляли Херсон. Ранен мужчина 61 года. Ранена женщина 58 лет. Мужчину 61 "
            "года госпитализировали.",
            {"injured": (2, False)},
        ),
    ],
)
def test_a_detail_never_makes_a_total_larger(text, expected):
    got = _counts(text)
    assert {field: got.get(field) for field in expected} == expected


def test_a_child_among_casualties_told_without_a_figure_is_one_child_of_them():
    got = _counts("Утром российские войска обстреляли Покров. Есть пострадавшие. Среди них – ребенок.")
    assert got == {"children_injured": (1, False), "injured": (1, True)}


def test_an_adult_told_after_children_never_becomes_a_child():
    got = _counts(
        "A drone hit Izium on Monday. A 13-year-old girl was injured. A 19-year-old woman was also hurt."
    )
    assert got["children_injured"] == (1, False)
    assert got["injured"][0] == 2


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("She and two of her neighbours were taken to hospital.", {"injured": (3, False)}),
        ("He and his two colleagues were wounded.", {"injured": (3, False)}),
        ("Two children, aged 7 and 15, were injured.", {"children_injured": (2, False)}),
        ("36- and 59-year-old women were injured.", {"injured": (2, False)}),
        # a grown-up's age beside a child's noun: people, never all children
        ("Two children, aged 7 and 19, were injured.", {"injured": (2, False)}),
        ("A girl, 19, was hurt.", {"injured": (1, False)}),
        ("7- and 15-year-old boys were hurt.", {"children_injured": (2, False)}),
        ("Another woman was hospitalised.", {"injured": (1, False)}),
        (
            "A woman and her two children were injured.",
            {"injured": (3, False), "children_injured": (2, False)},
        ),
    ],
)
def test_people_told_by_a_pronoun_or_by_ages_are_counted(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected
