"""Ukrainian and Russian counts: constructions found while reading real reports (issue 11), in our own words."""

from __future__ import annotations

import pytest

from data.extraction import slavic
from data.extraction.extract import extract_events


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


@pytest.mark.parametrize(
    "clause, expected",
    [
        # a bound set off from its figure by a comma is still the figure's bound (rule 9)
        ("Щонайменше, двоє людей загинули", {"killed": (2, True)}),
        ("Погибли, по меньшей мере, трое", {"killed": (3, True)}),
        # "в их числе" / "у їх числі" / "в числе которых" name a part of the toll, as "в том числе" does
        (
            "ранены 12 человек, в их числе двое детей",
            {"injured": (12, False), "children_injured": (2, False)},
        ),
        ("поранено 9 людей, у їх числі троє дітей", {"injured": (9, False), "children_injured": (3, False)}),
        (
            "погибли шесть человек, в числе которых один ребенок",
            {"killed": (6, False), "children_killed": (1, False)},
        ),
    ],
)
def test_a_bound_after_a_comma_and_a_part_among_their_number(clause, expected):
    assert _counts(clause) == expected


def test_both_victims_told_again_are_no_new_toll():
    text = (
        "Уранці окупанти обстріляли Берислав: загинув 58-річний чоловік, поранення дістала його 55-річна сестра. "
        "Обоє постраждалих були у дворі свого будинку."
    )
    (event,) = extract_events(text)
    assert event.counts == {"killed": (1, False), "injured": (1, False)}


@pytest.mark.parametrize(
    "clause",
    [
        "Погибших и раненых, по данным полиции, нет.",
        "Постраждалих, за словами старости, немає.",
        "Попередньо — без наслідків.",
        "К счастью, без последствий.",
        "Мэр добавил, что людей не коснулось.",
    ],
)
def test_zeros_told_with_an_aside_or_a_hedge(clause):
    assert _counts(clause) == {"killed": (0, False), "injured": (0, False)}


@pytest.mark.parametrize(
    "clause",
    [
        # the genitive noun of a negated "there is", with whom or when between it and the verb
        "Постраждалих з нашого боку цього разу немає.",
        "Раненых среди жителей за прошедшую ночь в громаде нет.",
        # people said to be unhurt, as a predicate
        "Люди, на щастя, цілі.",
        "Попередньо, мешканці неушкоджені.",
        "Жители невредимы.",
    ],
)
def test_zeros_with_words_between_or_people_unhurt(clause):
    assert _counts(clause) == {"killed": (0, False), "injured": (0, False)}


@pytest.mark.parametrize(
    "clause",
    [
        "Про постраждалих поки немає даних.",
        "О раненых пока нет информации.",
        "Люди цілі, але двоє поранені.",
        "Вікна в будинку всі цілі.",
    ],
)
def test_no_zero_when_nothing_is_known_or_people_alive_but_hurt(clause):
    counts = _counts(clause)
    assert counts.get("killed") != (0, False) and counts.get("injured") != (0, False)


@pytest.mark.parametrize(
    "clause, expected",
    [
        # one noun each, the ages after the last shared among them: as many people as ages
        ("Поранено чоловіка та жінку 50 і 47 років", {"injured": (2, False)}),
        (
            "Постраждали жінка і хлопчик 39 та 11 років",
            {"injured": (2, False), "children_injured": (1, False)},
        ),
        (
            "Ранены мужчина, женщина и девочка 64, 60 и 8 лет",
            {"injured": (3, False), "children_injured": (1, False)},
        ),
        # a plural noun keeps its own ages
        ("Постраждали жінки 41 і 67 років", {"injured": (2, False)}),
    ],
)
def test_singular_nouns_share_one_list_of_ages(clause, expected):
    assert _counts(clause) == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # the missing are listed with the dead and the hurt but are neither
        (
            "Известно о трех погибших, двух раненых и четырех пропавших без вести",
            {"killed": (3, False), "injured": (2, False)},
        ),
        (
            "Загинули двоє, поранено п'ятьох, ще троє вважаються зниклими безвісти",
            {"killed": (2, False), "injured": (5, False)},
        ),
    ],
)
def test_missing_people_are_no_casualties(clause, expected):
    assert _counts(clause) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "За допомогою до медиків звернулось 14 людей.",
        "К врачам обратились 14 человек.",
    ],
)
def test_people_who_sought_medical_help_are_an_attack_sentence(clause):
    # a sentence naming no place that tells people who sought help keeps the attack in focus and gives its toll
    (event,) = extract_events("У Сумах пошкоджено будинки.\n" + clause, None)
    assert event.counts["injured"] == (14, False)


@pytest.mark.parametrize(
    "clause, expected",
    [
        # an aged person's noun, then whose or where they are, then their own verb: not the verb before them
        (
            "Загинув 70-річний чоловік, 44-річна пасажирка цього автобуса дістала поранення",
            {"killed": (1, False), "injured": (1, False)},
        ),
        (
            "Погиб 58-летний мужчина, 33-летний водитель этой машины получил ранения",
            {"killed": (1, False), "injured": (1, False)},
        ),
    ],
)
def test_aged_person_with_words_before_their_own_verb(clause, expected):
    assert _counts(clause) == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # the adjective for a civilian, after a verb of death or hurt, with no noun after it, is one person
        ("В Торецке оккупанты убили гражданского", {"killed": (1, False)}),
        ("Росіяни поранили цивільну в Бериславі", {"injured": (1, False)}),
        # with the noun after it, the noun is the person (counted once)
        ("Росіяни поранили цивільну жінку", {"injured": (1, False)}),
    ],
)
def test_civilian_named_by_the_adjective_alone(clause, expected):
    assert _counts(clause) == expected


def test_more_in_the_region_is_the_region_of_the_place_in_focus():
    # several regions named in the lead; "ще ... в області" after a town's sentence is the town's region's own
    text = (
        "Вчора окупанти поранили сімох жителів Донецької та Херсонської областей.\n"
        "У Костянтинівці Донецької області загинула жінка. Ще троє людей в області поранені."
    )
    regions = {e.location: e.counts for e in extract_events(text, None) if e.geo_precision == "oblast"}
    assert regions["Donetsk"] == {"injured": (3, False)}


@pytest.mark.parametrize(
    "clause, expected",
    [
        # a zero of the dead says nothing of the hurt, as "no one was killed" does not (labelling rule 8)
        ("Загиблих немає.", {"killed": (0, False)}),
        ("Погибших нет.", {"killed": (0, False)}),
        ("Обійшлося без загиблих.", {"killed": (0, False)}),
        ("Без жертв.", {"killed": (0, False)}),
        # a zero of the hurt, or of both, is both
        ("Загиблих і поранених немає.", {"killed": (0, False), "injured": (0, False)}),
        ("Обошлось без жертв и пострадавших.", {"killed": (0, False), "injured": (0, False)}),
        ("Постраждалих немає.", {"killed": (0, False), "injured": (0, False)}),
    ],
)
def test_a_zero_is_of_the_people_its_noun_names(clause, expected):
    assert _counts(clause) == expected


def test_adjective_reader_never_asks_the_ukrainian_tagset_for_a_russian_only_grammeme():
    """pymorphy3's Ukrainian tags know no "Apro" (a pronoun-like adjective): asking a tag for a grammeme its tagset
    lacks raises ValueError, unless a Russian analyser loaded earlier in the process taught the shared class the
    name. So the check runs in a fresh process in which only the Ukrainian analyser is loaded."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from data.extraction.slavic.counts import _adjective\n"
        "print(_adjective('осколкові', 'осколкові поранення'), _adjective('такі', 'такі травми'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1]
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("У лікарні помер 17–річний хлопець.", {"children_killed": (1, False)}),
        ("Поранено 52—летнего мужчину.", {"injured": (1, False)}),
    ],
)
def test_an_age_typed_with_a_long_dash_is_an_age_not_people(clause, expected):
    """ "17–річний" with an en dash is the same age as "17-річний", not seventeen people."""
    assert _counts(clause) == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # "one of them" naming who that one was: a child of the toll, not one more of the dead
        (
            "Погибли двое, один из них – 14-летний подросток.",
            {"killed": (2, False), "children_killed": (1, False)},
        ),
        (
            "Загинули троє, одна з них – 9-річна дівчинка.",
            {"killed": (3, False), "children_killed": (1, False)},
        ),
        # a grown-up named so adds nothing
        ("Ранены трое, одна из них – пожилая женщина.", {"injured": (3, False)}),
    ],
)
def test_one_of_them_names_a_member_of_the_toll(clause, expected):
    assert _counts(clause) == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # animals a strike killed or hurt are no casualties, nor the bare figure told of them next
        ("загинули 14 корів, ще 9 травмовані", {}),
        ("загинуло 40 голів худоби та поранено 7", {}),
        ("погибли 11 свиней, ранены 5", {}),
        # people told beside the animals keep their count
        ("загинули 6 свиней та поранено 58-річну жінку", {"injured": (1, False)}),
        ("погибли 15 коров и ранены 4 человека", {"injured": (4, False)}),
        ("загинули двоє людей і собака", {"killed": (2, False)}),
    ],
)
def test_animals_counted_are_no_casualties(clause, expected):
    assert _counts(clause) == expected


@pytest.mark.parametrize(
    "sentence, rest",
    [
        ("За словами Філашкіна, ще 2 особи дістали поранення.", "ще 2 особи дістали поранення."),
        ("По его данным, еще трое ранены.", "еще трое ранены."),
        ("За його даними, ще одна людина загинула.", "ще одна людина загинула."),
        # (no attribution: the sentence as it is)
        ("За добу ще двоє дістали поранення.", "За добу ще двоє дістали поранення."),
    ],
)
def test_whose_word_a_sentence_gives_is_set_apart_from_what_it_says(sentence, rest):
    from data.extraction.cues import SAID_LEAD

    assert SAID_LEAD.sub("", sentence, count=1) == rest


@pytest.mark.parametrize(
    "clause, expected",
    [
        # a list's lead ends in a colon, then the toll's own colon: the people after the second are the toll's
        (
            "Є травмовані: - у A травмовано троє дітей: хлопці 16 і 11 років та 4-річна дівчинка",
            {"children_injured": (3, False)},
        ),
        (
            "Есть раненые: - в A пострадали трое: женщина 40 лет и девочки 9 и 6 лет",
            {"injured": (3, False), "children_injured": (2, False)},
        ),
    ],
)
def test_the_tolls_own_colon_is_the_one_after_its_figure(clause, expected):
    assert _counts(clause) == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # an adjective between an age and its noun: one person, not the age and the noun as two
        ("Також постраждав 67-річний місцевий фермер, якого доправили до лікарні", {"injured": (1, False)}),
        ("Пострадал 58-летний сельский учитель, его госпитализировали", {"injured": (1, False)}),
        ("Загинув 16-річний місцевий школяр", {"children_killed": (1, False)}),
    ],
)
def test_an_adjective_between_an_age_and_its_noun_keeps_one_person(clause, expected):
    assert _counts(clause) == expected
