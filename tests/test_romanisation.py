"""Russian-style and older Latin spellings of places the gazetteer knows (geo/romanisation.py)."""

from __future__ import annotations

import pytest

from data.extraction.lookup import lookup_place
from geo.gazetteer import load_gazetteer
from geo.romanisation import national_spelling, respelled_rows, skeleton

# (spelling a report may use, the gazetteer's name of the place)
RESPELLED = [
    ("Chuguiev", "Chuhuiv"),
    ("Chuguyev", "Chuhuiv"),
    ("Dvurechnaya", "Dvorichna"),
    ("Belyi Kolodez", "Bilyi Kolodiaz"),
    ("Kupyansk-Vuzlovy", "Kupiansk-Vuzlovyi"),
    ("Kupyansk-Uzlovoy", "Kupiansk-Vuzlovyi"),  # Russian opens the word with the vowel, Ukrainian with в
    ("Stepnogorsk", "Stepnohirsk"),
    ("Krasnoe", "Krasne"),
    ("Sosnovka", "Sosnivka"),
    ("Mirnograd", "Myrnohrad"),
    ("Dergachi", "Derhachi"),
    ("Gulyaipole", "Huliaipole"),
    ("Velikaya Novoselka", "Velyka Novosilka"),
    ("Kurakhovo", "Kurakhove"),
    ("Pokrovskoye", "Pokrovske"),
    ("Orekhov", "Orikhiv"),
    ("Grushevka", "Hrushivka"),
]

# Capitalised words of reports that share a skeleton with no place, old names, small namesakes.
NOT_RESPELLED = [
    "Details",
    "Telegram",
    "Iskander",
    "Synegubov",
    "Sinegubov",
    "Lancet",
    "Recall",
    "Shahed",
    "Addendum",
    "Emergency",
    "Rescuers",
    "Molniya",
    "Points",
    "Source",
    "Kostromka",  # an old name of Velyka Dolyna: another name, not another spelling
    "Dorozhnianka",  # not listed; Dorozhynka (738 people) only looks like it
    "Kolodeznoye",  # Crimea's Kolodeznoe keeps its Russian name; no mainland village is meant by it
]


@pytest.mark.parametrize(("spelling", "name"), RESPELLED)
def test_a_russian_style_spelling_finds_the_place(spelling, name):
    gazetteer = load_gazetteer()
    rows = respelled_rows(gazetteer, spelling)
    assert rows and {gazetteer.places.name.iloc[r] for r in rows} == {name}
    mention = lookup_place(spelling, respell=True)
    assert mention is not None and mention.place_name == name


@pytest.mark.parametrize("word", NOT_RESPELLED)
def test_words_and_other_names_are_not_respelled_into_places(word):
    assert respelled_rows(load_gazetteer(), word) == []


def test_respelling_is_only_for_english_place_lookups_and_never_for_adjectives():
    assert lookup_place("Chuguiev") is None  # (the Ukrainian and Russian readers do not ask for it)
    assert lookup_place("Saltovsky", respell=True) is None  # a city district's adjective
    assert lookup_place("Kupyansky", respell=True) is None  # a raion's adjective


def test_skeleton_reads_consonants_loosely():
    assert skeleton("Chuguyeva") == skeleton("Chuhuiv") == skeleton("Чугуїв") == skeleton("Чугуев")
    assert skeleton("Dvurechnaya") == skeleton("Дворічна")
    assert skeleton("Orekhov")[0] == "V"  # a word opening with a vowel keeps a mark of it
    assert skeleton("Sumy") != skeleton("Summa Town")


def test_russian_names_written_in_latin_letters_find_their_own_place():
    """Every Russian name the gazetteer keeps for a mainland place of 1,000 people or more, written in
    Latin letters the Russian way, finds that place or nothing; almost never another (old names only)."""
    from geo.gazetteer import normalize_name
    from geo.romanisation import _RU_LETTERS, transliterations

    gazetteer = load_gazetteer()
    places = gazetteer.places
    right = wrong = 0
    for row in range(len(places)):
        if places.population.iloc[row] < 1000 or places.oblast_iso.iloc[row] == "UA-43":
            continue
        for alternate in str(places.alternate_names.iloc[row]).split("|"):
            if alternate.isascii() or not _RU_LETTERS.search(alternate.lower()):
                continue
            latin = transliterations(alternate)[-1]
            if normalize_name(latin) in gazetteer.index:
                continue
            rows = respelled_rows(gazetteer, latin)
            if rows:
                same = places.name.iloc[rows[0]] == places.name.iloc[row]
                right, wrong = right + same, wrong + (not same)
    assert right >= 100 and wrong <= right // 20


@pytest.mark.parametrize(
    ("written", "national"),
    [
        ("Horyane", "Horiane"),
        ("Hremyach", "Hremiach"),
        ("Khotiyivka", "Khotiivka"),
        ("Kindiyka", "Kindiika"),
        ("Krasny Khutor", "Krasnyi Khutor"),
        ("Maly Burluk", "Malyi Burluk"),
        ("Kolodeznoye", "Kolodezne"),
        ("Grushevka", "Hrushivka"),
        ("Stepanovka", "Stepanivka"),
        ("Novoyakovlivka", "Novoiakovlivka"),
        ("Bilyayivka", "Biliaivka"),
        ("Primorskoe", "Primorske"),
        # already national, or plural: unchanged
        ("Kryvyi Rih", "Kryvyi Rih"),
        ("Dudchany", "Dudchany"),
        ("Kyiv", "Kyiv"),
        ("Zolochiv", "Zolochiv"),
        ("Velyka Rybytsia", "Velyka Rybytsia"),
        ("Яблунівка", "Яблунівка"),
    ],
)
def test_national_spelling_of_a_name_kept_as_written(written, national):
    assert national_spelling(written) == national
