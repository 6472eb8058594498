"""Villages the gazetteer lacks, placed through the settlements table (data/extraction/unlisted.py)."""

from __future__ import annotations

import pytest

from data.extraction import extract_events
from data.extraction.events import CandidateEvent
from data.extraction.slavic.villages import (
    candidates,
    common_word,
    sound_key,
    sounding,
    spellings,
    translated_words,
)
from data.extraction.unlisted import attached_units, choose, latin_sounding, named_units, place_unlisted
from geo.settlements import find_settlements


def _event(location: str, sentence: str, oblast_iso: str | None = None, written: str | None = None):
    event = CandidateEvent(location=location, oblast_iso=oblast_iso, written=written or location)
    event.evidence["location"] = sentence
    event.add_sentence(sentence)
    return event


def _place(event: CandidateEvent, context: list[str] | None = None, report_oblasts=frozenset(), listed=0):
    place_unlisted(
        [event],
        lambda e: context or e.sentences,
        lambda e: e.oblast_iso,
        set(report_oblasts),
        lambda sentence: listed,
    )
    return event


# --- spellings ------------------------------------------------------------------------


def test_a_russian_spelling_is_looked_up_by_its_ukrainian_ones():
    assert "хмарівка" in spellings("Хмаровка")  # -овка -> -івка
    assert "веселе" in spellings("Веселое")  # -ое -> -е
    assert "хотімля" in spellings("Хотомля")  # an о in a closed syllable, tried last
    assert {c.name for c in candidates("Хмаровка")} == {"Khmarivka"}


def test_a_name_kept_as_written_is_looked_up_by_its_nominative():
    assert spellings("Лютівці")[0] == "лютівці" and "лютівка" in spellings("Лютівці")
    assert {c.name for c in candidates("Лютівці")} == {"Liutivka"}


def test_a_latin_name_is_looked_up_as_written_then_by_the_national_romanisation():
    assert spellings("Lazarivka") == ["Lazarivka"]
    assert spellings("Lazarevka") == ["Lazarevka", "Lazarivka"]
    assert {c.oblast_iso for c in candidates("Lazarevka")} >= {"UA-18", "UA-74"}


def test_a_ukrainian_name_is_not_respelled_as_if_it_were_russian():
    # (its Ukrainian letters say so: only its own forms, never Лютовка's respellings)
    assert spellings("Лютівка")[0] == "лютівка"
    assert all(s.startswith("лютів") for s in spellings("Лютівка"))
    assert candidates("Нічогонеіснує") == []


def test_a_russian_spelling_and_the_ukrainian_name_share_a_sound_key():
    assert sound_key("Сергеевка") == sound_key("Сергіївка")
    assert sound_key("Камышеватое") == sound_key("Комишувате")
    assert sound_key("Орехов") == sound_key("Оріхів") != sound_key("Оріхове")  # (the ending tells them apart)
    assert sound_key("Дорожное") == sound_key("Дорожнє") != sound_key("Дружне")  # (and the vowels)
    assert sound_key("Бор") is None  # (too few consonants to go by)


def test_a_russian_name_is_found_by_its_sound_among_one_oblasts_villages():
    assert [s.name for s in sounding("Сергеевское", "UA-48")] == ["Serhiivske"]
    assert [s.name for s in sounding("Егоровки", "UA-48")] == ["Yehorivka"]  # (its nominative; not Ihorivka)
    assert sounding("Сергеевское", "UA-07") == []  # (only the oblast asked)
    assert sounding("Сергіївське", "UA-48") == []  # (a Ukrainian name is looked up as it is written)


def test_a_word_the_russian_name_translates_is_tried_in_ukrainian():
    assert "червона" in translated_words("красна")
    assert "чарівное" in translated_words("волшебное")  # (the ending is left to the sound key)
    assert {s.name for s in sounding("Красная Поляна", "UA-48")} == {"Chervona Poliana"}
    assert {s.name for s in sounding("Волшебное", "UA-23")} == {"Charivne"}  # (not Chervone, same consonants)


# --- namesakes --------------------------------------------------------------------------


def test_the_raion_named_with_a_village_tells_its_namesakes_apart():
    found = find_settlements("Панасівка")
    units = named_units(["У селі Панасівка Кременчуцького району поранено двох"])
    assert units == [("cyrillic", "Кременчуцького", "raion")]
    chosen, _ = choose(found, units, [], "UA-53", set())
    assert chosen is not None and chosen.raion_uk == "Кременчуцький"
    # in Russian, the raion's adjective has о where the Ukrainian one has і
    chosen, _ = choose(
        find_settlements("Михайлівка"), [("cyrillic", "Лозовского", "raion")], [], "UA-63", set()
    )
    assert chosen is None  # (two villages of that name in the Lozova raion: its hromada would say which)
    left = choose(find_settlements("Михайлівка"), [("cyrillic", "Лозовского", "raion")], [], "UA-63", set())[
        1
    ]
    assert {s.raion_uk for s in left} == {"Лозівський"} and len(left) == 2


def test_the_hromada_named_with_a_village_tells_its_namesakes_apart():
    found = find_settlements("Довгалівка", "UA-53")
    assert len(found) == 2
    for hromada in ("Великобагачанської", "Миргородської"):
        chosen, _ = choose(found, [("cyrillic", hromada, "hromada")], [], "UA-53", set())
        assert chosen is not None and chosen.hromada_uk.startswith(hromada[:6])
    # an English report names it by its town or its adjective
    chosen, _ = choose(find_settlements("Hlushkivka"), [("latin", "Kupiansk", "raion")], [], None, set())
    assert chosen is not None and chosen.oblast_iso == "UA-63"


def test_a_raion_named_right_beside_the_village_must_be_its_own():
    event = _event("Verkhnia Tersa", "Damage in Verkhnia Tersa in the Chuhuiv district and in Kupiansk.")
    assert attached_units(event) == [("latin", "Chuhuiv", "raion")]
    chosen, left = choose(candidates("Verkhnia Tersa"), attached_units(event), [], None, set())
    assert chosen is None and left == []  # (the one of that name lies in the Polohy raion: not guessed)
    # a raion named further off in the sentence only narrows the namesakes when one lies there
    far = _event(
        "Лютівка", "Лютівку обстріляли зранку, а ввечері удару зазнала частина Богодухівського району."
    )
    assert attached_units(far) == []


def test_the_raion_of_a_heading_or_list_lead_narrows_the_namesakes():
    event = _event("Михайлівка", "У Михайлівці пошкоджено будинок.", "UA-63", written="Михайлівці")
    _place(event, context=["У Михайлівці пошкоджено будинок.", "", "Олексіївська громада Лозівського району"])
    assert event.location == "Mykhailivka" and event.geo_precision == "settlement"
    assert find_settlements("Mykhailivka", "UA-63", "Олексіївська")[0].latitude == event.latitude


def test_the_oblast_chooses_and_a_single_namesake_needs_no_contradicting_oblast():
    assert choose(find_settlements("Кумейки"), [], [], None, set())[0] is not None
    assert choose(find_settlements("Кумейки"), [], [], None, {"UA-71"})[0] is not None
    assert choose(find_settlements("Кумейки"), [], [], None, {"UA-63"}) == (None, [])
    assert choose(find_settlements("Кумейки"), [], [], "UA-63", set()) == (None, [])
    chosen, _ = choose(find_settlements("Лютівка"), [], [], "UA-74", set())
    assert chosen is not None and chosen.oblast_iso == "UA-74"


# --- the events -------------------------------------------------------------------------


def test_a_village_at_its_hromada_centre_says_so_in_its_note():
    event = _place(_event("Кумейки", "Уламки впали у селі Кумейки, поранено одну людину."))
    assert event.location == "Kumeiky" and event.oblast_iso == "UA-71" and event.geo_precision == "settlement"
    assert event.notes == [
        "map point: the centre of the hromada of Kumeiky (Moshnivska hromada, Cherkaskyi raion); the bundled "
        "data has no point of the village's own"
    ]
    assert event.evidence["casualty_note"] == event.sentences[0]


def test_a_village_with_its_own_point_has_no_note():
    event = _place(_event("Лютівка", "Дрон ударив по Лютівці.", "UA-74", written="Лютівці"))
    assert (event.location, event.oblast_iso, event.notes) == ("Liutivka", "UA-74", [])


def test_namesakes_in_one_oblast_put_the_village_at_the_oblast_and_say_why():
    event = _place(_event("Травневе", "Дрон влучив у ферму в селі Травневе Рівненської області.", "UA-56"))
    assert (event.location, event.geo_precision, event.oblast_iso) == ("Travneve", "oblast", "UA-56")
    assert "2 villages there are named Travneve" in event.notes[0]


def test_namesakes_in_several_oblasts_leave_the_event_as_it_was():
    event = _place(_event("Озеряни", "Дрон упав поблизу села Озеряни."))
    assert (event.location, event.geo_precision, event.latitude, event.notes) == (
        "Озеряни",
        "unknown",
        None,
        [],
    )


def test_a_village_named_like_a_common_word_needs_a_settlement_word_or_a_list():
    assert common_word("Дружба") and common_word("Перемога") and common_word("Надія")
    assert not common_word("Новоселівка") and not common_word("Осинове") and not common_word("Гусинка")
    bare = _place(_event("Дружба", "Дружба допомогла швидко відновити світло.", "UA-63"))
    assert bare.geo_precision == "unknown" and bare.latitude is None
    named = _place(_event("Дружба", "Уламки впали у селі Дружба, пошкоджено хату.", "UA-63"))
    assert (named.location, named.oblast_iso) == ("Druzhba", "UA-63")
    listed = _place(_event("Дружба", "Під обстрілом були Гусинка, Дружба та Кучерівка.", "UA-63"), listed=3)
    assert listed.location == "Druzhba"


def test_the_table_makes_no_place_of_its_own():
    # Common words that are villages' names, and words the extractor never reads as a place, stay words.
    text = (
        "Вночі росіяни атакували Запоріжжя ракетами, поранено трьох працівників.\n"
        "Перемога буде за нами, сказав начальник обласної військової адміністрації.\n"
        "Дружба між енергетиками та рятувальниками допомогла повернути світло."
    )
    assert [e.location for e in extract_events(text)] == ["Zaporizhzhia"]
    english = "A missile hit Dnipro, injuring five. Victory will be ours, the governor said."
    assert [e.location for e in extract_events(english)] == ["Dnipro"]


def test_a_report_resolves_its_villages_by_their_raion_and_its_oblast():
    text = (
        "Полтавщина: наслідки атаки\n\n"
        "Вночі росіяни атакували Полтавську область дронами.\n"
        "У селі Панасівка Миргородського району поранено жінку.\n"
        "Увечері дрон ударив по Лютівці, пошкоджено дах школи."
    )
    events = {e.location: e for e in extract_events(text)}
    assert events["Panasivka"].oblast_iso == "UA-53"
    raion = find_settlements("Панасівка", "UA-53", "Миргородського району")
    assert (events["Panasivka"].latitude, events["Panasivka"].longitude) == (
        raion[0].latitude,
        raion[0].longitude,
    )
    assert events["Liutivka"].oblast_iso == "UA-53"  # (of three Liutivkas, the one in the oblast named)


def test_a_russian_village_of_an_oblast_list_is_found_by_its_sound_and_the_lists_oblast():
    text = (
        "Николаевщина: итоги суток\n\n"
        "Под огнем были Снигиревка, Егоровка, Сергеевское, Баштанка и Красный Подол.\n"
        "В Снигиревке ранена женщина."
    )
    events = {e.location: e for e in extract_events(text, language="ru")}
    assert {"Yehorivka", "Serhiivske", "Chervonyi Podil"} <= set(events)
    assert {events[n].oblast_iso for n in ("Yehorivka", "Serhiivske", "Chervonyi Podil")} == {"UA-48"}


def test_a_small_namesake_elsewhere_gives_way_to_the_village_of_the_lists_oblast():
    text = "Запорожская область.\n\nДроны летели на Орехов, Никольское, Гуляйполе и Малиновку."
    events = {e.location: e for e in extract_events(text, language="ru")}
    assert "Nikolske" not in events and events["Mykilske"].oblast_iso == "UA-23"


def test_a_village_stays_in_the_oblast_its_sentence_names():
    text = (
        "Херсонщина: обстрелы за сутки\n\n"
        "Под огнем были Берислав, Камышаны и Антоновка.\n"
        "В Донецкой области, в поселке Никольское, ранен мужчина."
    )
    events = {e.location: e for e in extract_events(text, language="ru")}
    assert events["Nikolske"].oblast_iso == "UA-14" and events["Komyshany"].oblast_iso == "UA-65"


# --- villages named only by what struck them, or beside a town --------------------------------


def _places(text: str, language: str) -> dict:
    return {e.location: e for e in extract_events(text, language=language)}


def test_villages_after_strikes_against_them_and_a_shelling_verbs_object():
    ru = _places("Днепропетровщина.\n\nВраг нанес авиаудары против Горяновского и Сурского.", "ru")
    assert {"Horianivske", "Surske"} <= set(ru) and ru["Surske"].oblast_iso == "UA-12"
    uk = _places("Полтавщина.\n\nВночі окупанти обстріляли Лютівку, пошкоджено два будинки.", "uk")
    assert uk["Liutivka"].oblast_iso == "UA-53"


def test_an_adjective_name_where_something_happened_is_a_village_when_the_table_has_it():
    events = _places(
        "Дніпропетровщина.\n\nУвечері росіяни вдарили по Апостоловому.\nУ Полівському поранено жінку.", "uk"
    )
    assert events["Polivske"].counts["injured"] == (1, False)
    # (a raion's adjective is no village, even in a list of them)
    raions = _places("Харківщина.\n\nОкупанти обстрілювали села в Ізюмському та Лозівському районах.", "uk")
    assert not any(name.startswith(("Iziumske", "Lozivske")) for name in raions)


def test_a_name_beside_a_town_is_a_village_of_its_oblast_only_when_the_table_says_so():
    events = _places("Запорожская область.\n\nДроны били по Степногорску и Волшебному.", "ru")
    assert events["Charivne"].oblast_iso == "UA-23"
    words = _places("Херсонщина.\n\nДроны атаковали Белозерку и Надежду жителей на тихую ночь.", "ru")
    assert set(words) == {"Bilozerka"}


def test_every_case_of_a_settlement_word_reads_the_name_after_it():
    from data.extraction.slavic.names import SETTLEMENT_WORD

    for sentence, name in [
        ("обстріляли посёлок Ковшаровка", "Ковшаровка"),
        ("удар по посёлку Борова", "Борова"),
        ("в посёлке Боровая", "Боровая"),
        ("снаряд упал возле хутора Зеленый", "Зеленый"),
        ("под деревней Бобровка", "Бобровка"),
        ("у с-щі Ківшарівка", "Ківшарівка"),
        ("села Новояковлівка Запорізького району", "Новояковлівка"),
    ]:
        found = SETTLEMENT_WORD.search(sentence)
        assert found is not None and found.group("name") == name, sentence
    # a hromada's adjective is no settlement word: "селищна громада" names no village
    assert SETTLEMENT_WORD.search("селищна громада Зелена") is None


def test_a_russian_ordinal_in_a_village_name_is_translated():
    # namesakes told apart by an ordinal: Новоселівка Перша and Друга, Желанне Перше and Друге
    assert [s.name_uk for s in sounding("Новоселовка Первая", "UA-14")] == ["Новоселівка Перша"]
    assert [s.name_uk for s in sounding("Желанное Второе", "UA-14")] == ["Желанне Друге"]


@pytest.mark.parametrize(
    ("name", "oblast_iso", "expected"),
    [
        ("Arkhipivka", "UA-74", "Arkhypivka"),  # i for y
        ("Novopokrovsky", "UA-14", "Novopokrovske"),  # a Russian adjective's ending
        ("Paraskoveivka", "UA-14", "Paraskoviivka"),
        ("Hremiak", "UA-74", None),  # other consonants: not guessed
        ("Kyiv", "UA-74", None),  # too short to tell by sound
    ],
)
def test_a_latin_spelling_the_romanisation_misses_is_found_by_sound(name, oblast_iso, expected):
    found = {s.name for s in latin_sounding(name, oblast_iso)}
    assert found == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("written", "oblast", "national"),
    [
        ("Zakotny", "UA-14", "Zakitne"),  # the Russian way, by its sound
        ("Predtechyn", "UA-14", "Predtechyne"),  # an ending dropped
        ("Hanivka", "UA-14", "Hannivka"),  # a doubled letter written once
        ("Novoandreevka", "UA-23", "Novoandriivka"),
        ("Shcherbaki", "UA-23", "Shcherbaky"),
        ("Shevchenkoe", "UA-63", "Shevchenkove"),  # other consonants, but clearly the nearest name
        ("Konstantynivka", "UA-14", "Kostiantynivka"),
        ("Tyaginka", "UA-65", "Tiahynka"),  # near only once g is written h, as the national romanisation does
    ],
)
def test_a_latin_name_spelt_by_ear_is_the_nearest_village_of_its_oblast(written, oblast, national):
    assert {s.name for s in latin_sounding(written, oblast)} == {national}
    assert {s.oblast_iso for s in latin_sounding(written, oblast)} == {oblast}


@pytest.mark.parametrize(
    ("written", "oblast"),
    [
        ("Kramatorsk", "UA-63"),  # a town of another oblast is no village of this one
        ("Druzhbivka", "UA-59"),  # near Druzhba in letters, but another name
        ("Smith", "UA-14"),  # a word
        ("Закотне", "UA-14"),  # Cyrillic names have their own reader (sounding)
    ],
)
def test_a_latin_name_near_no_village_finds_none(written, oblast):
    assert latin_sounding(written, oblast) == []


def test_villages_of_a_russian_region_are_dropped_only_where_no_ukrainian_region_is_named():
    # a Russian governor's summary: its unlisted villages are abroad
    russian = "За сутки над Курской областью сбиты 5 дронов. В селе Сушаны Глушковского района ранен мужчина."
    assert extract_events(russian) == []
    # a Sumy roundup that names the Kursk region as where the fire came from keeps its unlisted village
    ukrainian = (
        "На Сумщині ворог обстріляв прикордоння з території Курської області. "
        "У селі Сушани Сумської області поранено чоловіка."
    )
    assert [e.counts for e in extract_events(ukrainian)] == [{"injured": (1, False)}]
