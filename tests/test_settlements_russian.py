"""Russian spellings of the settlements table's Ukrainian names (``geo/russian_forms.py``)."""

from __future__ import annotations

import pytest

from geo.russian_forms import find_russian, russian_forms, russian_key
from geo.settlements import load_settlements


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [
        ("Максимільянівка", "Максимильяновка"),
        ("Андріївка", "Андреевка"),
        ("Парасковіївка", "Парасковеевка"),
        ("Яцьківка", "Яцковка"),
        ("Рай-Олександрівка", "Рай-Александровка"),
        ("Криворіжжя", "Криворожье"),
        ("Мішково-Погорілове", "Мешково-Погорелово"),
        ("Вовчанські Хутори", "Волчанские Хутора"),
        ("Середній Бурлук", "Средний Бурлук"),
        ("Новоселівка Перша", "Новоселовка Первая"),
        ("Куп'янськ-Вузловий", "Купянск-Узловой"),
        ("Вугледар", "Угледар"),
        ("Ганнівка", "Гановка"),
        ("Осинове", "Осиново"),
        ("Крохмальне", "Крохмальное"),
        ("Глибоке", "Глубокое"),
        ("Дар’ївка", "Дарьевка"),
        ("Козацьке", "Казацкое"),
        ("Сіверськ", "Северск"),
        ("Велика Новосілка", "Великая Новоселка"),
        ("Степове", "Степное"),
        # a loanword's double consonant, kept in Russian and dropped in Ukrainian
        ("Прогрес", "Прогресс"),
        # a consonant Russian spelling keeps and Ukrainian drops or merges (здн, стн, сч)
        ("Переїзне", "Переездное"),
        ("Радісне", "Радостное"),
        ("Піщане", "Песчаное"),
        # translated words: the quarters, and a few words of village names
        ("Північне", "Северное"),
        ("Південне", "Южное"),
        ("Східне", "Восточное"),
        ("Західне", "Западное"),
        ("Гостре", "Острое"),
        ("Дворічна", "Двуречная"),
        ("Залізне", "Железное"),
        ("Польове", "Полевое"),
        ("Яблунівка", "Яблоновка"),
        ("Тернувате", "Терноватое"),
        ("Таврійське", "Таврическое"),
        # first names Russian spells otherwise, at any place in the name
        ("Катеринівка", "Екатериновка"),
        ("Новокатеринівка", "Новоекатериновка"),
        ("Олексіївка", "Алексеевка"),
        ("Новоолексіївка", "Новоалексеевка"),
        ("Микитівка", "Никитовка"),
        ("Опанасівка", "Афанасьевка"),
        ("Ганнівка", "Анновка"),
    ],
)
def test_the_russian_spelling_is_among_the_forms(ukrainian, russian):
    assert russian_key(russian) in russian_forms(ukrainian)


def test_a_russian_name_finds_its_village_in_its_oblast():
    assert {s.name_uk for s in find_russian("Максимильяновка", "UA-14")} == {"Максимільянівка"}
    assert {s.name_uk for s in find_russian("Средний Бурлук", "UA-63")} == {"Середній Бурлук"}
    assert {s.name_uk for s in find_russian("Яцковка", "UA-14")} == {"Яцьківка"}
    assert find_russian("Максимильяновка", "UA-63") == []  # (not in another oblast)


def test_a_translated_name_finds_the_village_of_its_oblast():
    # Donetsk oblast's Північне (Toretsk community) is "Северное" in Russian, as the two villages there named
    # Сєверне are: every one is returned, and the community named beside it chooses (``data.extraction.unlisted``)
    assert {s.name_uk for s in find_russian("Северное", "UA-14")} == {"Північне", "Сєверне"}
    assert {s.name_uk for s in find_russian("Острое", "UA-14")} == {"Гостре"}
    assert {s.name_uk for s in find_russian("Переездное", "UA-14")} == {"Переїзне"}


def test_a_first_i_is_russian_i_alone():
    # a word's first і is Russian и (Ізюм: Изюм): Zaporizhzhia oblast's Ігорівка is "Игоревка", and "Егоровка" is
    # its Єгорівка alone (the е or о a closed syllable's і may be in Russian is never a word's first letter)
    assert {s.name_uk for s in find_russian("Егоровка", "UA-23")} == {"Єгорівка"}
    assert {s.name_uk for s in find_russian("Игоревка", "UA-23")} == {"Ігорівка"}
    assert {s.name_uk for s in find_russian("Изюм", "UA-63")} == {"Ізюм"}


def test_an_ambiguous_form_returns_every_village_it_may_be():
    # Zaporizhzhia oblast has Степне and Степове: "Степное" may be either, and the caller must not choose
    assert {s.name_uk for s in find_russian("Степное", "UA-23")} == {"Степне", "Степове"}


def test_a_village_own_name_is_never_another_village():
    """Every settlement's own Ukrainian name, looked up as if Russian in its oblast, finds only settlements of
    that very name (Красне is Красне, not Червоне's Russian "Красное"; Лісняки not Лисняки), up to the soft
    sign and apostrophe the key drops (Будки and Будьки of one oblast stay together)."""
    table = load_settlements().table
    wrong = []
    for name, oblast in set(zip(table.name_uk, table.oblast_iso)):
        found = {russian_key(s.name_uk) for s in find_russian(name, oblast)}
        if found - {russian_key(name)}:
            wrong.append((name, oblast, sorted(found)))
    assert wrong == []


def test_few_forms_are_shared_by_two_villages_of_one_oblast():
    """The correspondences are regular enough that a Russian form names one village's name in its oblast in
    nearly every case (about 0.2% of the forms, mostly translations: Красное of Красне and of Червоне)."""
    from geo.russian_forms import _index

    table = load_settlements().table
    index = _index()
    shared = sum(len({table.name_uk.iloc[r] for r in rows}) > 1 for rows in index.values())
    assert shared / len(index) < 0.005


def test_a_russian_locative_is_a_village_only_when_the_table_spells_it_so():
    """ "в Яцковке" is Яцьківка; words the dictionary knows ("в Украине", "в Кремле", "в Сети") and places the
    gazetteer reads otherwise ("в Харькове" of patients) are not made villages by the Russian key."""
    from data.extraction.slavic.places import find_places

    found = find_places("В Лимане сгорел гараж; в Яцковке пострадали две теплицы.")
    assert [m.place_name or m.name for m in found][-1] in ("Яцьківка", "Yatskivka")
    for clause in (
        "Об этом сообщили в Украине и в Кремле.",
        "Видео опубликовали в Сети и в Европе.",
        "Сообщение появилось в Телеграме.",
    ):
        assert find_places(clause) == [], clause


def test_a_russian_adjectival_name_in_any_case_finds_its_village():
    """ "в Переездном", "в Двуречной": an adjective's oblique case brought back to its nominatives (the neuter
    first) before the table is asked."""
    from data.extraction.slavic.villages import russian_nominatives, russian_spelt

    assert russian_nominatives("Переездном")[:2] == ["переездном", "переездное"]
    assert {s.name_uk for s in russian_spelt("Переездном")} == {"Переїзне"}
    assert {s.name_uk for s in russian_spelt("Двуречной", "UA-63")} == {"Дворічна"}


def test_a_russian_name_with_its_community_is_that_communitys_village():
    """The community named beside a Russian name chooses among the villages it may be, in every oblast: Північне
    of the Toretsk community (not the Сєверне of others), the Vuhledar community's Новоукраїнка (not the town of
    Kirovohrad oblast), the Kurakhove community's Гостре (not the town Остер of Chernihiv oblast)."""
    from data.extraction.slavic.places import community_village

    for word, adjective, name_uk, hromada in (
        ("Северном", "Торецкой", "Північне", "Торецька"),
        ("Новоукраинке", "Угледарской", "Новоукраїнка", "Вугледарська"),
        ("Остром", "Кураховской", "Гостре", "Курахівська"),
        ("Переездном", "Звановской", "Переїзне", "Званівська"),
    ):
        village = community_village(word, adjective)
        assert village is not None and (village.name_uk, village.hromada_uk) == (name_uk, hromada), word
    assert community_village("Киеве", "Торецкой") is None


def test_a_russian_name_in_the_clause_of_its_community_is_that_communitys_village():
    """ "В Кураховской громаде враг обстрелял Острое": the one community the clause names chooses the village of
    this Russian spelling (Гостре), put at its point; a namesake the gazetteer read elsewhere gives way to it."""
    from data.extraction.slavic.places import find_places

    found = find_places("В Кураховской громаде враг обстрелял Острое.")
    assert [(m.place_name, m.oblast_iso) for m in found] == [("Hostre", "UA-14")]
    found = find_places("В Кураховской громаде обстреляно Дачное.")
    assert [(m.place_name, m.oblast_iso) for m in found] == [("Dachne", "UA-14")]
