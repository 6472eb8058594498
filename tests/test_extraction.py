"""Extraction of attacks from report text: the shared report, our labelled reports, and the rules."""

from __future__ import annotations

import argparse
import datetime as dt
import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data import schema as S
from data.embedded import EMBEDDED_PATH
from data.events_io import load_events, validate_events
from data.extraction import (
    candidate_record,
    candidates_to_events,
    cli,
    extract_events,
    find_counts,
    find_places,
    match_candidates,
    merge_reports,
    relocate_events,
    report_title,
)
from data.extraction.dates import find_date
from data.extraction.numbers import find_numbers, parse_number_words
from data.extraction.score import (
    DEFAULT_DIR,
    ReportScore,
    bootstrap_interval,
    expected_counts,
    load_fixture,
    place_key,
    predict,
    same_oblast,
    score_directory,
)
from geo.gazetteer import normalize_name

REPORTS = sorted(DEFAULT_DIR.glob("*.txt"))
# The extractor's records for each labelled report, read once per run: the report's own test and the scorer's totals
# over the directory look at the same records (extraction is deterministic and depends only on the text and the
# report date), so the slowest part of the suite is not done twice.
_PREDICTED: dict[tuple[str, str | None], list[dict]] = {}


def _predict_once(text: str, labels: dict) -> list[dict]:
    key = (text, labels.get("report_date"))
    if key not in _PREDICTED:
        _PREDICTED[key] = predict(text, labels)
    return _PREDICTED[key]


ATTRIBUTES = ("geo_precision", "weapon", "target")


def test_there_are_at_least_fifteen_labelled_reports():
    assert len(REPORTS) >= 15
    assert all(path.with_suffix(".json").exists() for path in REPORTS)


# --- the report the project started from -------------------------------------------


def _by_place(records):
    return {(r["location"] or None): r for r in records}


def test_shared_report_yields_exactly_the_embedded_events(shared_report):
    embedded = load_events(EMBEDDED_PATH)
    extracted = candidates_to_events(extract_events(shared_report), shared_report)
    assert len(extracted) == len(embedded)
    want = embedded.set_index(embedded[S.LOCATION].fillna("(none)"))
    got = extracted.set_index(extracted[S.LOCATION].fillna("(none)"))
    assert sorted(got.index) == sorted(want.index)
    columns = [S.GEO_PRECISION, S.OBLAST_ISO, S.WEAPON, S.TARGET, *S.COUNT_COLUMNS, *S.AT_LEAST_COLUMNS]
    for place in want.index:
        for column in columns:
            expected, actual = want.at[place, column], got.at[place, column]
            assert (pd.isna(expected) and pd.isna(actual)) or expected == actual, (place, column, actual)
        for column in (S.LATITUDE, S.LONGITUDE):
            expected, actual = want.at[place, column], got.at[place, column]
            assert (pd.isna(expected) and pd.isna(actual)) or abs(expected - actual) < 1e-3, (place, column)
    # "including children" with no number: a note, not a count.
    assert pd.isna(got.at["Zaporizhzhia", S.CHILDREN_INJURED])
    assert "children" in got.at["Zaporizhzhia", S.CASUALTY_NOTE]
    assert got.at["(none)", S.SOURCE_TITLE] == want.at["(none)", S.SOURCE_TITLE]


def test_shared_report_places_nothing_in_london_or_moscow_and_invents_no_place_for_the_congress_centre(
    shared_report,
):
    records = [candidate_record(e) for e in extract_events(shared_report)]
    places = {normalize_name(r["location"]) for r in records if r["location"]}
    assert not places & {"london", "moscow", "kremlin", "kyiv"}
    congress = [r for r in records if r["target"] == "civic"]
    assert len(congress) == 1
    assert congress[0]["location"] is None and congress[0]["latitude"] is None
    assert all(congress[0][name] is None for name in ("killed", "injured"))
    assert "congress" in congress[0]["evidence"]["location"]


# --- our labelled reports ---------------------------------------------------------


@pytest.mark.parametrize("path", REPORTS, ids=[p.stem for p in REPORTS])
def test_labelled_report(path):
    text, labels = load_fixture(path)
    predicted = {place_key(r): r for r in _predict_once(text, labels)}
    expected = {place_key(e): e for e in labels["events"]}
    assert sorted(predicted) == sorted(expected)
    for key, want in expected.items():
        got = predicted[key]
        for name, (value, at_least) in expected_counts(want).items():
            assert (got[name], got[f"{name}_at_least"]) == (value, at_least), (key, name)
        for name in ("oblast_iso", "date", "date_precision"):
            if name in want:
                assert got[name] == want[name], (key, name)
        # Every value comes with the sentence it was read from, and that sentence is in the report.
        for field, sentence in got["evidence"].items():
            assert sentence in text, field
    forbidden = {normalize_name(n) for n in labels.get("not_places", [])}
    assert not {normalize_name(r["location"]) for r in predicted.values() if r["location"]} & forbidden


def test_scorer_pairs_a_village_the_gazetteer_lacks_by_its_romanised_name():
    # (Шостаківка is not in the gazetteer of places of 500 people or more; the settlements table has it)
    ukrainian = {"location": "Шостаківка", "geo_precision": "unknown", "oblast_iso": "UA-14"}
    latin = {"location": "Shostakivka", "geo_precision": "settlement"}
    assert place_key(ukrainian) == place_key(latin) == ("shostakivka", "settlement")
    # an older Latin spelling, by the national romanisation
    assert place_key({"location": "Khotimlya", "geo_precision": "settlement"}) == ("khotimlia", "settlement")
    # a village put at its oblast's point (several of that name there) is still that village's event
    at_oblast = {"location": "Kachkarivka", "geo_precision": "oblast", "oblast_iso": "UA-65"}
    assert place_key(at_oblast) == place_key({"location": "Качкарівка"}) == ("kachkarivka", "settlement")
    # an oblast stays an oblast, however the label writes it, and a name nowhere keeps its folded spelling
    bare, suffixed, region = ("Kherson", "Kherson Oblast", "Kherson region")
    keys = {place_key({"location": name, "geo_precision": "oblast"}) for name in (bare, suffixed, region)}
    assert keys == {("kherson oblast", "oblast")}
    assert place_key({"location": "Kyiv City", "geo_precision": "oblast"}) != place_key(
        {"location": "Kyiv Oblast", "geo_precision": "oblast"}
    )
    assert place_key({"location": "Nowhereville", "geo_precision": "unknown"}) == (
        "nowhereville",
        "settlement",
    )
    # a village neither table knows, kept as the report writes it, pairs with its label in national romanisation
    assert (
        place_key({"location": "Вербівочка"})
        == place_key({"location": "Verbivochka"})
        == (
            "verbivochka",
            "settlement",
        )
    )


def test_scorer_figures_are_high_on_our_reports(monkeypatch):
    monkeypatch.setattr("data.extraction.score.predict", _predict_once)
    _, totals = score_directory()
    assert totals["reports"] >= 15
    assert totals["place_precision"] >= 0.95 and totals["place_recall"] >= 0.95
    assert totals["counts_exact"] >= 0.95
    assert totals["forbidden_places"] == 0


def test_scorer_reads_only_the_reports_that_have_labels(tmp_path):
    # A private set's folder also keeps notes and URL lists: they are not reports, and must not stop the run.
    (tmp_path / "01.txt").write_text(
        "A drone hit a house in Poltava; two people were injured.", encoding="utf-8"
    )
    (tmp_path / "01.json").write_text(
        json.dumps({"events": [{"location": "Poltava", "geo_precision": "settlement", "injured": 2}]}),
        encoding="utf-8",
    )
    (tmp_path / "urls.txt").write_text("https://example.org/report\n", encoding="utf-8")
    scores, totals = score_directory(tmp_path)
    assert [s.name for s in scores] == ["01"] and totals["reports"] == 1


def test_scorer_does_not_pair_a_namesake_in_another_oblast(tmp_path):
    # Pairing by name alone took a village of the right name in the wrong oblast for a hit: the label's oblast,
    # when it gives one, must be the extractor's too (Kyiv city and Kyiv oblast are taken as one either way).
    text = "A drone hit a house in Poltava; two people were injured."
    (tmp_path / "01.txt").write_text(text, encoding="utf-8")
    (tmp_path / "02.txt").write_text(text, encoding="utf-8")
    right = {"location": "Poltava", "geo_precision": "settlement", "oblast_iso": "UA-53", "injured": 2}
    (tmp_path / "01.json").write_text(json.dumps({"events": [right]}), encoding="utf-8")
    (tmp_path / "02.json").write_text(
        json.dumps({"events": [dict(right, oblast_iso="UA-63")]}), encoding="utf-8"
    )
    (first, second), _ = score_directory(tmp_path)
    assert (first.matched, first.counts_right) == (1, 4)
    assert (second.matched, second.predicted, second.counts_right) == (0, 1, 0)
    assert any("namesake in UA-53" in problem for problem in second.problems)
    assert any(problem.startswith("extra") for problem in second.problems)
    assert same_oblast({"oblast_iso": "UA-30"}, {"oblast_iso": "UA-32"})
    assert same_oblast({"location": "Poltava"}, {"oblast_iso": "UA-53"})


def test_scorer_pairs_one_found_event_with_one_label_only(tmp_path):
    # Labels may give two events of one name in one oblast (two namesake villages); the extractor's one event of
    # that name is one of them, the other is missed: matched events never outnumber the predicted ones.
    (tmp_path / "01.txt").write_text(
        "A drone hit a house in Poltava; two people were injured.", encoding="utf-8"
    )
    event = {"location": "Poltava", "geo_precision": "settlement", "oblast_iso": "UA-53", "injured": 2}
    (tmp_path / "01.json").write_text(
        json.dumps({"events": [event, dict(event, injured=None)]}), encoding="utf-8"
    )
    (score,), totals = score_directory(tmp_path)
    assert (score.expected, score.predicted, score.matched) == (2, 1, 1)
    assert totals["place_precision"] == 1.0 and totals["place_recall"] == 0.5


def test_scorer_prints_ukrainian_and_russian_apart_as_well_as_together(tmp_path, capsys):
    from data.extraction.score import main as score_main

    reports = {
        "01": ("uk", "У Полтаві дрон влучив у будинок, поранено двох людей.", "Poltava", 2),
        "02": ("ru", "В Полтаве дрон попал в дом, ранены три человека.", "Poltava", 3),
    }
    for name, (language, text, place, injured) in reports.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        labels = {
            "language": language,
            "events": [{"location": place, "geo_precision": "settlement", "injured": injured}],
        }
        (tmp_path / f"{name}.json").write_text(json.dumps(labels), encoding="utf-8")
    assert score_main(["--dir", str(tmp_path)]) == 0
    titles = [line for line in capsys.readouterr().out.splitlines() if line.startswith("== ")]
    assert titles == [
        "== Ukrainian and Russian",
        "== Ukrainian and Russian: ru only",
        "== Ukrainian and Russian: uk only",
        "== all",
    ]


def test_bootstrap_interval_brackets_the_total_and_narrows_with_more_reports():
    # Half the reports find their one place and half find a wrong one: F1 is 1/2 overall, and the interval over
    # reports must contain it, be the same on every run (fixed seed), and narrow as the set grows.
    def reports(n: int) -> list[ReportScore]:
        return [ReportScore(f"{i}", expected=1, predicted=1, matched=i % 2) for i in range(n)]

    small, large = bootstrap_interval(reports(10)), bootstrap_interval(reports(200))
    f1 = 1 / 2
    for interval in (small, large):
        low, high = interval["place_f1"]
        assert low < f1 < high
    assert large["place_f1"][1] - large["place_f1"][0] < small["place_f1"][1] - small["place_f1"][0]
    assert bootstrap_interval(reports(10)) == small
    # Nothing to get wrong: no interval at all around a perfect score.
    assert bootstrap_interval([ReportScore("1", expected=1, predicted=1, matched=1)])["place_f1"] == (
        1.0,
        1.0,
    )


# --- places ------------------------------------------------------------------


@pytest.mark.parametrize(
    "clause, places",
    [
        ("Delegations will hold talks in London after the strike", []),
        ("Kyiv said the attack was a war crime", []),
        ("hoping for a similar stance from Kyiv after the attacks", []),
        ("The Kremlin said the strike hit military targets", []),
        ("Moscow denied attacking Kharkiv", ["Kharkiv"]),
        ("Foreign ministers meeting in Paris condemned the strike", []),
        ("Speaking in Kyiv, he said the strike on Poltava killed seven", ["Poltava"]),
        ("a drone hit a building in Kyiv's Obolonskyi district", ["Kyiv"]),
        ("President Vladimir Putin said the strikes would go on", []),
        ("a missile struck Kryvyi Rih", ["Kryvyi Rih"]),
    ],
)
def test_places_that_were_not_attacked_are_not_places(clause, places):
    assert [m.place_name for m in find_places(clause)] == places


@pytest.mark.parametrize(
    "clause, precision",
    [
        ("shelling in the Zaporizhzhia region", "oblast"),
        ("drones attacked Sumy Oblast", "oblast"),
        ("attacks were reported across Odesa, Sumy, and Donetsk", "oblast"),
        ("a drone attack on Sumy", "settlement"),
        # an old name of the oblast's capital with the word for a region is the oblast, not the city's district
        ("drones hit Dnepropetrovsk Oblast overnight", "oblast"),
        ("shelling in the Nikolaev region", "oblast"),
    ],
)
def test_oblast_mentions_are_placed_at_the_oblast(clause, precision):
    assert {m.precision for m in find_places(clause)} == {precision}


def test_a_settlement_named_with_its_region_is_one_settlement_event():
    events = extract_events("Artillery shelled Kostiantynivka in the Donetsk region, killing three people.")
    assert [(e.location, e.geo_precision, e.oblast_iso) for e in events] == [
        ("Kostiantynivka", "settlement", "UA-14")
    ]


# --- numbers and counts ------------------------------------------------------


@pytest.mark.parametrize(
    "words, value",
    [
        ("one", 1),
        ("seven", 7),
        ("twenty-one", 21),
        ("a dozen", 12),
        ("two dozen", 24),
        ("one hundred and five", 105),
    ],
)
def test_number_words(words, value):
    assert parse_number_words(words) == value


@given(st.integers(min_value=0, max_value=99))
def test_figures_are_read_back(value):
    assert [(m.value, m.at_least) for m in find_numbers(f"killed {value} people")] == [(value, False)]


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("resulted in one fatality and over 20 injuries", {"killed": (1, False), "injured": (20, True)}),
        ("a drone attack injured at least seven people", {"injured": (7, True)}),
        ("a dozen people were hurt", {"injured": (12, False)}),
        ("more than a dozen people were hurt", {"injured": (12, True)}),
        ("two children were among the dead", {"children_killed": (2, False)}),
        (
            "killing 10 people, including three children",
            {"killed": (10, False), "children_killed": (3, False)},
        ),
        ("injuring 23, among them four children", {"injured": (23, False), "children_injured": (4, False)}),
        (
            "At least 12 people, including two children, were killed",
            {"killed": (12, True), "children_killed": (2, False)},
        ),
        ("the death toll from the strike on the city has risen to 34", {"killed": (34, False)}),
        ("no one was hurt", {"injured": (0, False)}),
        ("20+ people were wounded", {"injured": (20, True)}),
        ("Russia launched 40 drones and 5 missiles", {}),
        ("a 30-day halt on strikes", {}),
        ("a 14-year-old boy was killed", {"children_killed": (1, False)}),
        # the hurt told by their wounds before the verb
        ("two residents with shrapnel wounds and burns were taken to hospital", {"injured": (2, False)}),
        ("a man with burns was hospitalized", {"injured": (1, False)}),
        # a person told by where they are from
        ("injuring a Swiss volunteer", {"injured": (1, False)}),
        ("a Kherson resident was wounded", {"injured": (1, False)}),
        ("a Russian drone hit a car", {}),
    ],
)
def test_counts(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


@pytest.mark.parametrize(
    "clause, note",
    [
        ("over 20 injuries, including children", "children among the injured"),
        ("several people were injured", "several injured"),
        ("an attack resulting in numerous casualties", "numerous casualties"),
    ],
)
def test_casualties_without_a_number_give_a_note_not_a_count(clause, note):
    counts, notes = find_counts(clause)
    assert not [
        c for c in counts if c.field.startswith("children") or "several" in clause or "numerous" in clause
    ]
    assert any(note in n for n in notes)


# --- dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, report_date, date, precision",
    [
        ("a strike on Monday", dt.date(2025, 4, 23), dt.date(2025, 4, 21), "day"),
        ("a strike on Wednesday", dt.date(2025, 4, 23), dt.date(2025, 4, 23), "day"),
        ("Friday's missile strike", dt.date(2025, 4, 6), dt.date(2025, 4, 4), "day"),
        ("on 14 March", dt.date(2025, 3, 15), dt.date(2025, 3, 14), "day"),
        ("on 30 December", dt.date(2025, 1, 2), dt.date(2024, 12, 30), "day"),
        ("on March 3, 2024", None, dt.date(2024, 3, 3), "day"),
        ("yesterday", dt.date(2025, 4, 23), dt.date(2025, 4, 22), "day"),
        ("in February 2022", None, dt.date(2022, 2, 1), "month"),
        ("last week", dt.date(2025, 4, 23), dt.date(2025, 4, 16), "week"),
    ],
)
def test_dates(text, report_date, date, precision):
    found = find_date(text, report_date)
    assert (found.date, found.precision) == (date, precision)


@pytest.mark.parametrize(
    "text", ["on Monday", "yesterday", "In his Monday address", "officials said on Sunday"]
)
def test_relative_dates_need_a_report_date_and_an_attack_phrasing(text):
    assert find_date(text, None) is None
    if "address" in text or "said" in text:
        assert find_date(text, dt.date(2025, 4, 23)) is None


# --- separate attacks, totals, revisions ----------------------------------------------


def test_a_headline_total_is_not_a_third_event():
    text = (
        "Russian attacks kill nine in Kharkiv and Sumy\n"
        "A glide bomb hit Kharkiv, killing five people.\n"
        "A drone hit Sumy, killing four people.\n"
    )
    events = extract_events(text)
    assert [(e.location, e.counts["killed"]) for e in events] == [
        ("Kharkiv", (5, False)),
        ("Sumy", (4, False)),
    ]
    assert report_title(text) == "Russian attacks kill nine in Kharkiv and Sumy"


def test_a_sentence_total_over_two_cities_assigns_no_number():
    events = extract_events(
        "Russian drones attacked Odesa and Izmail overnight, killing three people in total."
    )
    assert [e.location for e in events] == ["Odesa", "Izmail"]
    assert all(not e.counts for e in events)


def test_a_later_report_with_revised_counts_is_the_same_attack():
    first_text, first_labels = load_fixture(DEFAULT_DIR / "06a_kryvyi_rih_first.txt")
    later_text, later_labels = load_fixture(DEFAULT_DIR / "06b_kryvyi_rih_update.txt")
    first = extract_events(first_text, dt.date.fromisoformat(first_labels["report_date"]))
    later = extract_events(later_text, dt.date.fromisoformat(later_labels["report_date"]))
    assert match_candidates(first, later) == [(0, 0)]
    merged = merge_reports(first, later)
    assert len(merged) == 1
    event = merged[0]
    assert event.counts["killed"] == (34, False) and event.counts["injured"] == (72, False)
    assert event.counts["children_killed"] == (7, False)
    assert event.target == "residential" and event.weapon == "missile"
    assert any("21" in s for s in event.sentences) and any("34" in s for s in event.sentences)
    assert not any("children among the dead" in n for n in event.notes)


def test_different_places_or_far_apart_dates_are_different_attacks():
    a = extract_events("On 3 May a drone hit Sumy, injuring two.", dt.date(2025, 5, 4))
    b = extract_events("On 20 May a drone hit Sumy, injuring five.", dt.date(2025, 5, 21))
    c = extract_events("On 3 May a drone hit Kharkiv, injuring two.", dt.date(2025, 5, 4))
    assert match_candidates(a, b) == [] and match_candidates(a, c) == []
    assert len(merge_reports(a, b)) == 2


# --- canonical table, editing, CLI ------------------------------------------------


def test_candidates_become_a_valid_events_table_with_the_report_as_source():
    text = (DEFAULT_DIR / "03_headline_total.txt").read_text()
    events = candidates_to_events(
        extract_events(text), text, url="https://example.org/report", report_date=dt.date(2025, 5, 11)
    )
    assert validate_events(events) == []
    assert list(events.columns) == list(S.COLUMNS)
    assert events[S.SOURCE_TITLE].eq("Russian attacks kill nine in Kharkiv and Sumy").all()
    assert events[S.SOURCE_URL].eq("https://example.org/report").all()
    assert events[S.EVENT_ID].is_unique
    again = candidates_to_events(extract_events(text), text)
    assert list(again[S.EVENT_ID]) == list(events[S.EVENT_ID])  # the same report gives the same ids


def test_an_edited_place_is_geocoded_again():
    text = "A drone hit Sumy, injuring two people."
    events = candidates_to_events(extract_events(text), text)
    edited = events.copy()
    edited.loc[0, S.LOCATION] = "Poltava"
    moved = relocate_events(edited, events)
    assert moved.loc[0, S.OBLAST_ISO] == "UA-53" and moved.loc[0, S.GEO_PRECISION] == "settlement"
    edited.loc[0, S.LOCATION] = "Atlantis"
    lost = relocate_events(edited, events)
    assert pd.isna(lost.loc[0, S.LATITUDE]) and lost.loc[0, S.GEO_PRECISION] == "unknown"
    assert validate_events(lost) == []


def test_cli_prints_events_as_json(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text("Late on Monday a Russian drone hit a school in Sumy, injuring at least seven people.\n")
    parser = argparse.ArgumentParser()
    cli.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["extract", str(path), "--report-date", "2025-04-23"])
    assert cli.run(args) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 1
    record = records[0]
    assert (
        record["location"] == "Sumy" and record["date"] == "2025-04-21" and record["date_precision"] == "day"
    )
    assert (record["injured"], record["injured_at_least"]) == (7, True)
    assert record["killed"] is None  # not reported, not zero
    assert set(S.COUNT_COLUMNS) <= set(record) and "seven" in record["evidence"]["injured"]


def test_cli_reports_an_unreadable_file(tmp_path, capsys):
    parser = argparse.ArgumentParser()
    cli.add_parser(parser.add_subparsers(dest="command"))
    assert cli.run(parser.parse_args(["extract", str(tmp_path / "missing.txt")])) == 2
    assert "cannot read" in capsys.readouterr().err


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_gives_valid_events(text):
    events = candidates_to_events(extract_events(text), text)
    assert validate_events(events) == []


# --- real-report phenomena (issue 11), in our own words --------------------------------


@pytest.mark.parametrize(
    "clause, expected",
    [
        # An age or a word for an adult is an adult: never a child.
        ("a 76-year-old man was killed", {"killed": (1, False)}),
        (
            "a 68-year-old woman and her 9-year-old grandson were killed",
            {"killed": (2, False), "children_killed": (1, False)},
        ),
        ("a 19-year-old girl was injured", {"injured": (1, False)}),
        ("his grandmother was killed", {"killed": (1, False)}),
        # A stated child age, a teenager, an infant: children.
        ("a 3-year-old was hurt", {"children_injured": (1, False)}),
        ("an eleven-month-old baby was wounded", {"children_injured": (1, False)}),
        ("a teenager was killed", {"children_killed": (1, False)}),
        # Participles and clauses.
        (
            "killing at least 6 people including two children",
            {"killed": (6, True), "children_killed": (2, False)},
        ),
        (
            "Four people were killed and 17 were injured as a result of the strike, including three children",
            {"killed": (4, False), "injured": (17, False), "children_injured": (3, False)},
        ),
        (
            "Nine people, among them an 11-year-old boy, were killed",
            {"killed": (9, False), "children_killed": (1, False)},
        ),
        ("5 people at the market died", {"killed": (5, False)}),
        (
            "a three-year-old girl and seven other people were injured",
            {"injured": (8, False), "children_injured": (1, False)},
        ),
        (
            "claimed the lives of 12 people, including four young children",
            {"killed": (12, False), "children_killed": (4, False)},
        ),
        # No number for the children: a note, never a count.
        ("killing children on a playground", {}),
        # Two verbs without "and": each figure is the verb's before it.
        ("shelling killed three people, injured eight others", {"killed": (3, False), "injured": (8, False)}),
        ("drones killed a man, wounded two women", {"killed": (1, False), "injured": (2, False)}),
        ("two people, injured in the blast, were taken to hospital", {"injured": (2, False)}),
        # Wire style: a double hyphen is a dash; a state after the part ("remained in hospital").
        (
            "More than 70 people -- including four children -- remained in hospital",
            {"injured": (70, True), "children_injured": (4, False)},
        ),
        # Bodies identified are a part of the dead; a rounded toll pointed back to is no new figure.
        ("just four bodies have been identified by evening", {}),
        ("among the nearly two dozen killed were several families", {}),
        ("One of the injured later died in hospital", {"killed": (1, False)}),
        # One vocabulary of "then died" (vocabulary.THEN_DIED) for the hurt who died, however it is joined.
        ("Two of those wounded soon died in hospital", {"killed": (2, False)}),
        ("A man was badly injured and has died", {"killed": (1, False)}),
        ("Two women were wounded and eventually succumbed", {"killed": (2, False)}),
        # One vocabulary of words for people (vocabulary.PERSON_SINGULAR / PERSON_PLURAL) for ages and asides.
        ("two drivers, 51 and 60, were hurt", {"injured": (2, False)}),
        ("students aged 17 and 19 were injured", {"injured": (2, False), "children_injured": (1, False)}),
        ("20- and 22-year-old workers were injured", {"injured": (2, False)}),
        ("a kid of seven was wounded", {"children_injured": (1, False)}),
        # A mother's or father's children are no count of the people hurt.
        ("A mother of three was killed in the strike", {"killed": (1, False)}),
        ("a father of two young children was wounded", {"injured": (1, False)}),
    ],
)
def test_counts_in_real_report_shapes(clause, expected):
    counts, _ = find_counts(clause)
    got = {c.field: (c.value, c.at_least) for c in counts}
    assert got == expected


def test_a_later_higher_toll_replaces_the_earlier_one_which_stays_in_the_evidence():
    text = (
        "A missile hit a school in Poltava, killing 3 people. "
        "Later the death toll in Poltava rose to 7. Five of them were teachers, and 2 people were killed in the street."
    )
    (event,) = extract_events(text)
    assert event.counts["killed"] == (7, False)
    assert "rose to 7" in event.evidence["killed"]
    assert "killing 3" in event.evidence["killed_earlier"]


@pytest.mark.parametrize(
    "clause, places",
    [
        ("KYIV, Ukraine: a drone hit Sumy, injuring two", ["Sumy"]),
        (
            "in the village of Ocheretyne, Donetsk, some 15 km from the recently captured Avdiivka",
            ["Ocheretyne"],
        ),
        ("the small town of Soledar, which Russia claims to control", ["Soledar"]),
        ("the troops claimed control of the town of Soledar", []),
        ("a photo of ruined blocks taken after the takeover of Avdiivka", []),
        ("the town of Bilopillia in the Sumy district", ["Bilopillia"]),
        ("called on Kyiv's Western partners to send air defence", []),
        ("with embassies in Kyiv lowering their flags", []),
        ("strikes on the eastern region of Kharkiv killed 11", ["Kharkiv"]),
    ],
)
def test_reference_places_speakers_and_datelines_are_not_attack_sites(clause, places):
    assert [m.name for m in find_places(clause)] == places


def test_a_list_of_many_regions_is_a_summary_not_events():
    text = (
        "Russia targeted nine regions - Sumy, Poltava, Kharkiv, Odesa and Mykolaiv - with drones overnight."
    )
    assert extract_events(text) == []


def test_an_oblast_beside_its_only_attacked_settlement_gives_it_its_figures():
    text = (
        "One person was killed and four injured in a drone attack in Sumy region, prosecutors said. "
        "The attack hit houses in the Kyrykivka community of the Okhtyrka district."
    )
    (event,) = extract_events(text)
    assert event.location == "Kyrykivka"
    assert event.counts == {"killed": (1, False), "injured": (4, False)}


# --- Ukrainian and Russian -------------------------------------------------------------

from data.extraction import slavic  # noqa: E402
from data.extraction.language import detect_language  # noqa: E402


@pytest.mark.parametrize(
    "text, language",
    [
        ("A drone hit Sumy, injuring two.", "en"),
        ("Дрон влучив у будинок у Харкові, поранено двох людей.", "uk"),
        ("Дрон попал в дом в Харькове, ранены два человека.", "ru"),
        ("Беспилотник атаковал Одессу.", "ru"),
    ],
)
def test_language_is_detected(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "typed, read",
    [
        ("Дрон влучив у Харкiв", "Дрон влучив у Харків"),  # a Latin i in a Ukrainian word
        ("Українa, ПОЛТАВA, Oлешки", "Україна, ПОЛТАВА, Олешки"),  # Latin a and O
        ("Kharkіv and Kyіv", "Kharkiv and Kyiv"),  # a Cyrillic і in English words
        ("Суми i Ромни", "Суми і Ромни"),  # "and" typed as a Latin i between Ukrainian words
        (
            "Kyiv i London, Shahed-136 над Києвом",
            "Kyiv i London, Shahed-136 над Києвом",
        ),  # one alphabet a word
        ("Харкiвщинa: Zлочин", "Харківщина: Zлочин"),  # a Latin Z has no Cyrillic look-alike: left alone
    ],
)
def test_a_word_of_mixed_alphabets_is_read_in_its_own(typed, read):
    from data.extraction.language import native_letters

    assert native_letters(typed) == read
    assert len(native_letters(typed)) == len(typed)


def test_evidence_of_a_mixed_alphabet_report_is_shown_as_written():
    from data.extraction.evidence import evidence_segments

    typed = "Вночi ворог вдарив по Сумах. Поранено двох людей."
    assert "i" in typed  # the Latin letter the test is about
    events = extract_events(typed)
    assert [event.location for event in events] == ["Sumy"]
    assert events[0].counts["injured"] == (2, False)
    pieces = evidence_segments(typed, events)
    assert "".join(piece for piece, _ in pieces) == typed
    assert [piece for piece, numbers in pieces if numbers] == [
        "Вночi ворог вдарив по Сумах.",
        "Поранено двох людей.",
    ]


@pytest.mark.parametrize(
    "word, value",
    [
        ("семеро", 7),
        ("двоє", 2),
        ("п'ятеро", 5),
        ("п’ятьох", 5),
        ("трьох", 3),
        ("шістьох", 6),
        ("двадцять", 20),
        ("семерых", 7),
        ("троих", 3),
        ("двух", 2),
        ("одну", 1),
        ("десять", 10),
    ],
)
def test_number_words_in_any_case(word, value):
    assert slavic.number_value(word) == value


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("загинули троє цивільних, ще 12 людей поранено", {"killed": (3, False), "injured": (12, False)}),
        ("щонайменше семеро людей зазнали поранень", {"injured": (7, True)}),
        (
            "постраждали понад 40 людей, зокрема п'ятеро дітей",
            {"injured": (40, True), "children_injured": (5, False)},
        ),
        ("не менше 9 людей загинули", {"killed": (9, True)}),
        ("загинув 71-річний чоловік", {"killed": (1, False)}),
        (
            "загинула 68-річна жінка та її 9-річний онук",
            {"killed": (2, False), "children_killed": (1, False)},
        ),
        ("поранено 16-річного хлопця", {"children_injured": (1, False)}),
        (
            "двоє неповнолітніх та троє дорослих дістали поранень",
            {"injured": (5, False), "children_injured": (2, False)},
        ),
        ("Серед загиблих — двоє дітей", {"children_killed": (2, False)}),
        ("Погибли четыре человека, еще 11 получили ранения", {"killed": (4, False), "injured": (11, False)}),
        ("среди пострадавших трое детей", {"children_injured": (3, False)}),
        ("пострадал 70-летний мужчина", {"injured": (1, False)}),
        ("жінка дістала поранення, несумісні з життям", {"killed": (1, False)}),
        ("стан одного з постраждалих важкий", {}),
        ("постраждалих немає", {"killed": (0, False), "injured": (0, False)}),
        # the Ukrainian past in -в, words of when between the noun and its "немає", the other word for victims
        ("На щастя, ніхто не постраждав", {"killed": (0, False), "injured": (0, False)}),
        ("ніхто не загинув і не постраждав", {"killed": (0, False), "injured": (0, False)}),
        ("Постраждалих під час атак немає", {"killed": (0, False), "injured": (0, False)}),
        ("Пострадавших посреди мирного населения нет", {"killed": (0, False), "injured": (0, False)}),
        ("минулось без потерпілих", {"killed": (0, False), "injured": (0, False)}),
        # one person with where they are from between the number and the verb; "several" is no figure; the
        # apostrophe typed as another mark; the day of a page's ISO date is no figure
        ("еще один местный мужчина ранен", {"injured": (1, False)}),
        # hurt in an attack told before: no one hurt in this one
        ("Померла раніше поранена жінка", {}),
        ("ще один місцевий чоловік поранений", {"injured": (1, False)}),
        ("Ще кілька постраждалих перебувають у лікарні", {}),
        ("кількість загиблих зросла до п‘яти", {"killed": (5, False)}),
        ("date 2025-10-23 кількість постраждалих зросла до семи", {"injured": (7, False)}),
        ("є поранені, серед них діти", {}),
        # an aside naming a part of the dead is not read past: the children are the dead's, never the hurt's
        (
            "кількість загиблих зросла до 12, серед них – троє дітей, поранені 40 людей",
            {"killed": (12, False), "children_killed": (3, False), "injured": (40, False)},
        ),
        ("убив одного человека и ранив еще 6 человек", {"killed": (1, False), "injured": (6, False)}),
        # an age after the person decides, as before it: 19 is an adult, whatever the noun
        ("поранено хлопця 19 років", {"injured": (1, False)}),
        ("поранено хлопця 15 років", {"children_injured": (1, False)}),
        ("Женщина 64 года госпитализирована с ранениями", {"injured": (1, False)}),
        ("медичну допомогу отримали двоє чоловіків 56 років", {"injured": (2, False)}),
        # one person named by what they do (pymorphy3's animate nouns), never the attacker or a speaker
        ("Постраждав рятувальник", {"injured": (1, False)}),
        ("Погиб спасатель, еще двое ранены", {"killed": (1, False), "injured": (2, False)}),
        ("Голова ОВА повідомив, що поранено 3 людей", {"injured": (3, False)}),
        # a zero told of a part of the people there (the staff) is no one's figure, nor is the person word one killed
        ("смена была в укрытии, среди персонала жертв нет", {}),
        ("жертв серед мирного населення немає", {"killed": (0, False)}),
        # the one person told of, taken to hospital or dying of the wounds, in a clause of its own
        ("Водитель уцелел, его госпитализировали", {"injured": (1, False)}),
        ("сейчас он госпитализирован", {"injured": (1, False)}),
        # people named by whom they work for: the organisation in the genitive stands between them and the verb
        ("двоє працівників лісгоспу дістали поранення", {"injured": (2, False)}),
        ("трое сотрудников полиции получили ранения", {"injured": (3, False)}),
        # a Russian 2-4 with its noun in the singular, and an adjective with the organisation
        ("два сотрудника полиции получили ранения", {"injured": (2, False)}),
        ("еще два водителя районной электросети получили ранения", {"injured": (2, False)}),
        ("три працівники комунального підприємства дістали поранення", {"injured": (3, False)}),
        ("два дома частного сектора повреждены", {}),
        ("Він отримав важкі поранення, помер у лікарні", {"killed": (1, False)}),
    ],
)
def test_ukrainian_and_russian_counts(clause, expected):
    counts, _ = slavic.find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_people_listed_then_told_hurt_by_a_pronoun_are_the_hurt():
    from data.extraction.events import CandidateEvent, apply
    from data.extraction.rules import rules_for

    event = CandidateEvent(location="Balakliia")
    listed = "Сусіди винесли з будинку 70-річного чоловіка та його 11-річного онука."
    apply(
        event,
        "Вони отримали поранення.",
        "Вони отримали поранення.",
        None,
        True,
        rules=rules_for("uk"),
        before=listed,
    )
    assert event.counts == {"injured": (2, False), "children_injured": (1, False)}


def test_unstated_children_are_a_note_never_a_number():
    counts, notes = slavic.find_counts("є поранені, серед них діти")
    assert counts == [] and any("children" in n for n in notes)


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("Ракета влучила у будинок у Харкові", [("Kharkiv", "settlement")]),
        ("Дрони атакували Костянтинівку", [("Kostiantynivka", "settlement")]),
        ("обстріл Костянтинівці", [("Kostiantynivka", "settlement")]),
        ("вибухи у Запоріжжі", [("Zaporizhzhia", "settlement")]),
        ("обстріли на Запоріжжі", [("Zaporizhzhia", "oblast")]),
        ("удари по Сумщині", [("Sumy", "oblast")]),
        ("атака на Криворіжжі", [("Dnipropetrovsk", "oblast")]),
        ("обстріляли громаду Харківської області", [("Kharkiv", "oblast")]),
        ("в Кривому Розі пролунали вибухи", [("Kryvyi Rih", "settlement")]),
        ("удар по Одессе", [("Odesa", "settlement")]),
        ("обстріляли Ізмаїльський район", [("Izmail", "settlement")]),
        ("у селі Новояковлівка Запорізького району загинув чоловік", [("Новояковлівка", "settlement")]),
    ],
)
def test_inflected_ukrainian_and_russian_places_resolve_through_the_gazetteer(clause, expected):
    assert [(m.place_name, m.precision) for m in slavic.find_places(clause)] == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # a community in the locative, then the places of it that were hit: the places only
        ("В Кураховской громаде обстрелу подверглось Курахово.", ["Kurakhove"]),
        ("У Вугледарській громаді обстріляли Новоукраїнку.", ["Novoukrainka"]),
        # the community's noun left out after a dash: its village only
        ("В Авдеевке ранен человек, в Очеретинской - Орловка.", ["Avdiivka", "Orlivka"]),
        # a community with a figure of its own, or coordinated with a town, stays
        ("У Марганецькій громаді та Нікополі поранено двох людей.", ["Marhanets", "Nikopol"]),
        (
            "У Марганецькій громаді постраждала жінка, у Нікополі пошкоджено будинок.",
            ["Marhanets", "Nikopol"],
        ),
        # a village named with the community it lies in: the village, by the name the settlements table gives
        # that community's village of this Russian spelling
        ("В Мемрике Новогродовской громады погибли два человека.", ["Мемрик"]),
    ],
)
def test_a_community_that_only_says_where_its_villages_lie_is_no_place(clause, expected):
    assert [m.place_name for m in slavic.find_places(clause)] == expected


@pytest.mark.parametrize(
    "clause",
    ["Информации о пострадавших нет.", "Інформації про постраждалих немає.", "обошлось без разрушений"],
)
def test_nothing_known_of_the_hurt_and_no_damage_are_no_zero(clause):
    assert slavic.find_counts(clause)[0] == []


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("під вогнем були Тягинка, Львове та Бургунка", ["Tiahynka", "Lvove", "Бургунка"]),
        ("дрони атакували Приморське і Кушугум", ["Prymorske", "Kushuhum"]),
        ("В Львове прогремели взрывы", ["Lviv"]),
    ],
)
def test_a_ukrainian_name_the_gazetteer_has_as_written_is_that_place(clause, expected):
    assert [m.place_name for m in slavic.find_places(clause)] == expected


def test_a_community_adjective_the_gazetteer_lacks_is_its_hromada_centre():
    places = slavic.find_places("обстрелы Торецкой и Часовоярской громад")
    assert [m.place_name for m in places] == ["Toretsk", "Chasiv Yar"]


def test_oblasts_listed_by_their_adjectives_before_one_plural_noun_are_each_an_oblast():
    clause = "Ворог стріляв по Сумській, Полтавській та Одеській областях."
    assert [(m.place_name, m.precision) for m in slavic.find_places(clause)] == [
        ("Sumy", "oblast"),
        ("Poltava", "oblast"),
        ("Odesa", "oblast"),
    ]


def test_a_long_paragraph_cut_off_at_its_end_is_body_text_not_a_title():
    from data.extraction.sentences import split_sentences

    words = ", ".join(["Білозерка", "Садове", "Токарівка", "Станіслав"] * 10)
    text = f"Поранено двох людей. Під обстрілами були {words}, […]"
    assert not any(s.headline for s in split_sentences(text))


@pytest.mark.parametrize(
    "clause",
    [
        "Про це повідомив голова Харківської ОВА",
        "мер Харкова повідомив",
        "Київ • УНН",
        "після атаки на Одесу",
        "заявили у Москві",
        # a road named by the towns at its ends
        "авто рухалося трасою Харків – Охтирка",
        "на трассе Херсон – Николаев",
    ],
)
def test_speakers_offices_datelines_and_references_are_not_attack_sites(clause):
    assert [m for m in slavic.find_places(clause) if m.strong] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("в ніч на 2 березня", dt.date(2025, 3, 2)),
        ("вчора ввечері", dt.date(2025, 3, 4)),
        ("сьогодні вночі", dt.date(2025, 3, 5)),
        ("у понеділок", dt.date(2025, 3, 3)),
        ("в ночь на 17 февраля", dt.date(2025, 2, 17)),
    ],
)
def test_ukrainian_and_russian_dates(text, expected):
    assert slavic.find_date(text, dt.date(2025, 3, 5)).date == expected


@pytest.mark.parametrize("text", ["У Середино-Будській громаді постраждав чоловік", "в среднем по области"])
def test_a_word_starting_like_wednesday_is_no_date(text):
    assert slavic.find_date(text, dt.date(2025, 3, 5)) is None


@pytest.mark.parametrize("language", [None, "uk"])
def test_cli_reads_a_ukrainian_report(tmp_path, capsys, language):
    report = tmp_path / "zvit.txt"
    report.write_text(
        "Уночі дрони атакували Суми: загинули двоє людей, ще семеро поранено.\n", encoding="utf-8"
    )
    parser = argparse.ArgumentParser()
    cli.add_parser(parser.add_subparsers())
    argv = ["extract", str(report)] + (["--language", language] if language else [])
    assert cli.run(parser.parse_args(argv)) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert (record["location"], record["killed"], record["injured"]) == ("Sumy", 2, 7)
    assert "загинули двоє людей" in record["evidence"]["killed"]


def test_ages_listed_after_aged_are_not_counts():
    counts, _ = find_counts("their two sons, aged 7 and 15, were injured")
    assert all(c.value != 15 and c.value != 7 for c in counts)


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("Four road workers aged 30 to 52 were wounded by a drone.", {"injured": (4, False)}),
        ("Two sisters aged from 71 to 79 died in the fire.", {"killed": (2, False)}),
        ("A man and two women aged between 70 and 81 were killed.", {"killed": (3, False)}),
        (
            "Eleven people were hurt, among them three children aged between two and nine.",
            {"injured": (11, False), "children_injured": (3, False)},
        ),
        # a number counting the next people is no age of the people before
        (
            "Three girls aged 7, 9 and 12 and two boys aged 4 and 15 were hurt.",
            {"injured": (5, False), "children_injured": (5, False)},
        ),
    ],
)
def test_an_english_age_range_is_not_a_count(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # the people listed before "who were ..." are its subject
        (
            "The victims included a 12-year-old boy and his mother, who were killed when the missile hit.",
            {"killed": (2, False), "children_killed": (1, False)},
        ),
        (
            "The victims included two girls, a man of 40 and his wife, who were wounded by shrapnel.",
            {"injured": (4, False), "children_injured": (2, False)},
        ),
        # an age between commas does not end the list
        (
            "Three girls, aged 5, a boy of 9 and their grandmother were injured.",
            {"injured": (5, False), "children_injured": (4, False)},
        ),
        # children listed in a sentence of their own are counted together
        ("Among them are two boys and a girl.", {"children_inherit": (3, False)}),
        ("Among them is a girl of 11 and her brother of 6.", {"children_inherit": (2, False)}),
        # a word of grief before the verb
        ("Two residents tragically lost their lives in the strike.", {"killed": (2, False)}),
    ],
)
def test_people_listed_in_english_are_counted_whole(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_an_age_range_is_not_a_count():
    counts, _ = slavic.find_counts("поранення отримали четверо дітей - від 14 до 17 років")
    assert [(c.field, c.value) for c in counts] == [("children_injured", 4)]


def test_adults_counted_apart_from_the_children_add_up():
    text = (
        "Ракета влучила у школу в Полтаві. Поранення отримали четверо дітей. "
        "Серед потерпілих також п'ятеро дорослих."
    )
    (event,) = extract_events(text)
    assert event.counts["injured"] == (9, False) and event.counts["children_injured"] == (4, False)


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("12 people sought medical help", {"injured": (12, False)}),
        (
            "seven people were injured, four of them children",
            {"injured": (7, False), "children_injured": (4, False)},
        ),
        ("one man died and another was injured", {"killed": (1, False), "injured": (1, False)}),
        ("at least 31 dead and 140 wounded", {"killed": (31, True), "injured": (140, True)}),
        ("the number of people injured in the strike increased to 19", {"injured": (19, False)}),
    ],
)
def test_more_english_count_shapes(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_a_district_named_as_hit_beside_its_oblasts_toll_is_its_centre_town_with_no_figures():
    # labelling rule 4: a raion named as hit with no toll and none of its villages named is its centre town
    text = (
        "Russian drones struck Chernihiv Oblast overnight, killing one civilian and injuring two. "
        "Debris damaged houses in the Nizhyn district."
    )
    region, town = extract_events(text)
    assert (region.location, region.geo_precision) == ("Chernihiv", "oblast")
    assert region.counts == {"killed": (1, False), "injured": (2, False)}
    assert (town.location, town.geo_precision, town.counts) == ("Nizhyn", "settlement", {})
    # a village of the district named as hit stands for it
    text += " A drone also hit a house in Losynivka."
    assert {e.location for e in extract_events(text)} == {"Chernihiv", "Losynivka"}


def test_the_title_places_a_body_that_names_no_place():
    text = "Drone attack on Uman\n\nFour people were injured, one of them a child, the governor said.\n"
    (event,) = extract_events(text)
    assert event.location == "Uman" and event.counts["injured"] == (4, False)


def test_a_vehicle_coming_from_a_town_does_not_make_it_the_attack_site():
    places = slavic.find_places("удар по автобусу, який прямував із Ромнів до обласного центру")
    assert places == []


# --- issue 11, second real-report set: English shapes ---------------------------------


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("a seven-year-old boy was found dead under the rubble", {"children_killed": (1, False)}),
        ("one woman has died as a result of the strike", {"killed": (1, False)}),
        ("Three people were taken to hospital, the mayor added", {"injured": (3, False)}),
        ("Eleven people have been hospitalised", {"injured": (11, False)}),
        (
            "the number of residents who had sustained injuries in the attack on Lutsk had increased to 23,"
            " including 4 children",
            {"injured": (23, False), "children_injured": (4, False)},
        ),
        ("the number of dead in the strike on the market had risen to 9", {"killed": (9, False)}),
        # no "of": the toll's word right after "number", and the figure it rose from passed over
        ("the number injured in the strike had risen from 31 to 48", {"injured": (48, False)}),
        ("the number killed has since risen to six", {"killed": (6, False)}),
    ],
)
def test_counts_found_dead_hospitalised_and_numbers_that_rose(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


@pytest.mark.parametrize(
    "clause, places",
    [
        # Where drones were shot down is not where an attack hit.
        ("Air defence destroyed 20 of the drones over the regions of Poltava and Cherkasy", []),
        ("interceptors downed two missiles over Vinnytsia", []),
        # A person's name that is also a village's name.
        ("the smallest victim, Serhii, was a newborn", []),
        ("a boy named Serhii was among them", []),
        # The government, not the city.
        ("the head of Kyiv's presidential office said 14 were hurt", []),
    ],
)
def test_interceptions_names_of_people_and_the_presidential_office_are_not_attack_sites(clause, places):
    assert [m.name for m in find_places(clause)] == places


def test_a_drone_attack_that_also_targeted_another_city_keeps_its_own_figures():
    text = "A drone attack injured six people in Mykolaiv, two of whom were children, and also targeted Kyiv, officials said."
    events = {e.location: e for e in extract_events(text)}
    assert events["Mykolaiv"].counts == {"injured": (6, False), "children_injured": (2, False)}
    assert events["Kyiv"].counts == {}


def test_a_national_toll_is_not_the_figure_of_the_one_city_named():
    text = (
        "A missile damaged a hospital in Kyiv on Monday. "
        "At least 17 people were killed in different parts of Ukraine as a result of the strikes."
    )
    (event,) = extract_events(text)
    assert event.location == "Kyiv" and event.counts == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "X and the region" is the city (and its surroundings), not a list of regions
        (
            "Russian missiles struck Kremenchuk and the region. Four people were injured in the city.",
            {("Kremenchuk", "settlement"): {"injured": (4, False)}},
        ),
        # the oblast named before the town it happened in only says where the town is, whatever the
        # gazetteer knows of the town's name
        (
            "The Russians killed two residents of Donetsk Oblast in Shakhtarske on 24 April.",
            {("Shakhtarske", "settlement"): {"killed": (2, False)}},
        ),
        # the attacker's claim in a clause of its own after the figures does not hide them
        (
            "Four civilians died and 12 more were wounded in the Donetsk region, its governor said, as Moscow "
            "claimed further gains.",
            {("Donetsk", "oblast"): {"killed": (4, False), "injured": (12, False)}},
        ),
        # a region and a city listed together share the figure
        (
            "Strikes killed five people in the Odesa region and Lviv in the west and damaged power lines.",
            {("Odesa", "oblast"): {}, ("Lviv", "settlement"): {}},
        ),
    ],
)
def test_a_city_and_the_region_and_an_oblast_before_its_town(text, expected):
    assert {(e.location, e.geo_precision): e.counts for e in extract_events(text)} == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # the children of the items after a colon add up, within the toll before it
        (
            "At 18:20 the mayor said four people were killed: a boy died at the scene, a woman and a girl "
            "died in hospital.",
            {"killed": 4, "children_killed": 2},
        ),
        # grown-ups listed after the colon are never children
        ("Two people were killed: a man and a 19-year-old woman died at the scene.", {"killed": 2}),
    ],
)
def test_children_listed_after_a_colon_add_up(clause, expected):
    counts, _ = find_counts(clause)
    got = {}
    for count in counts:
        got[count.field] = max(got.get(count.field, 0), count.value)
    assert got == expected


def test_receiving_medical_assistance_is_hurt_but_humanitarian_aid_is_not():
    counts, _ = find_counts('A 12-year-old boy was among those receiving "necessary assistance" on site.')
    assert [(c.field, c.value) for c in counts] == [("children_injured", 1)]
    assert find_counts("Residents of the village are receiving humanitarian assistance.")[0] == []


def test_a_birth_last_year_or_an_attack_last_year_is_background():
    text = (
        "A drone killed two people in Nikopol on Friday. "
        "In March last year a shell hit a clinic in Vilniansk and killed a nurse."
    )
    assert [e.location for e in extract_events(text)] == ["Nikopol"]


def test_figures_given_for_the_region_go_to_the_one_town_the_report_places_the_attack_in():
    text = (
        "At least 26 people, including 5 children, were wounded in a missile strike in the Kharkiv region. "
        "The missile hit a car park in the small town of Pervomaiskyi. "
        '"Nineteen people have been hospitalised," the governor said.'
    )
    (event,) = extract_events(text)
    assert event.location == "Pervomaiskyi"
    # The gazetteer lists only a small namesake in another oblast: kept by name, in the oblast named.
    assert (event.oblast_iso, event.latitude) == ("UA-63", None)
    assert event.counts == {"injured": (26, True), "children_injured": (5, False)}


def test_a_regional_toll_over_the_past_day_beside_a_separate_town_stays_the_regions():
    text = (
        "Shelling wounded at least 22 people in the Sumy region over the past day, the governor said. "
        "Separately, a drone injured three people in Shostka."
    )
    events = {(e.location, e.geo_precision) for e in extract_events(text)}
    assert events == {("Sumy", "oblast"), ("Shostka", "settlement")}


# --- issue 11, second real-report set: Ukrainian and Russian shapes ---------------------


@pytest.mark.parametrize(
    "clause, expected",
    [
        # A number with "мирных жителя" is one count, not a count plus one resident.
        ("погибли 3 мирных жителя, еще 14 — ранены", {"killed": (3, False), "injured": (14, False)}),
        # "кількість ... зросла до N" / "количество ... возросло до N"
        ("кількість постраждалих унаслідок удару по місту зросла до 41 людини", {"injured": (41, False)}),
        (
            "возросло количество пострадавших в результате атаки на город до 16 человек",
            {"injured": (16, False)},
        ),
        # Children counted as a part: "N з них діти", "серед яких 5 — це діти"
        (
            "відомо про 12 поранених, щонайменше 4 з них діти",
            {"injured": (12, False), "children_injured": (4, True)},
        ),
        (
            "оголосили жалобу за 11 загиблими, серед яких 5 — це діти",
            {"killed": (11, False), "children_killed": (5, False)},
        ),
        (
            "стало известно о пяти погибших, в том числе, о четырехлетнем ребенке",
            {"killed": (5, False), "children_killed": (1, False)},
        ),
        # A child among the people listed after a colon is a child of that count; adults never are.
        (
            "травм зазнали четверо людей: 52-річні чоловік та жінка, 19-річна дівчина, а також 9-річний хлопчик",
            {"injured": (4, False), "children_injured": (1, False)},
        ),
        ("двоє людей госпіталізовано", {"injured": (2, False)}),
        # The hospitalised are some of those who sought help, even when the verb follows them.
        ("по медичну допомогу звернулися 50 людей, 40 госпіталізовано", {"injured": (50, False)}),
    ],
)
def test_more_ukrainian_and_russian_count_shapes(clause, expected):
    counts, _ = slavic.find_counts(clause)
    got = {}
    for c in counts:
        got.setdefault(c.field, (c.value, c.at_least))  # later, smaller figures of a field are parts
    assert got == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # Russian oblast adjectives; the adjective is never the oblast's capital.
        (
            "обстрел Синельниковского района Днепропетровской области",
            [("Synelnykove", "settlement"), ("Dnipropetrovsk", "oblast")],
        ),
        ("в Херсонской области погибли двое", [("Kherson", "oblast")]),
        ("удар по Запорожской области", [("Zaporizhzhia", "oblast")]),
        # A locative that is also a village's name, a Russian name that is also a Crimean village's.
        ("Во Львове повреждены дома", [("Lviv", "settlement")]),
        ("обстрел Константиновки", [("Kostiantynivka", "settlement")]),
        # A Russian spelling of a town the gazetteer lists in Ukrainian.
        ("двое пострадали в Белозерке", [("Bilozerka", "settlement")]),
        # Communities named by their adjective.
        ("Білопільська громада – поранений чоловік", [("Bilopillia", "settlement")]),
        ("снаряд влучив у село Краснопільської громади", [("Krasnopillia", "settlement")]),
        # Villages in the plural, listed.
        ("Били по селам Горное и Луговое", [("Горное", "settlement"), ("Луговое", "settlement")]),
        # A city district is the city; a river bank and a hospital are not attack sites.
        ("обстріляли Шевченківський район Харкова", [("Kharkiv", "settlement")]),
        ("вогонь по Херсону вели з лівого берега Дніпра", [("Kherson", "settlement")]),
        ("Один человек ранен, его госпитализировали в Николаев", []),
        ("пострадавшие доставлены в больницы Днепра", []),
    ],
)
def test_more_ukrainian_and_russian_places(clause, expected):
    assert [(m.place_name, m.precision) for m in slavic.find_places(clause)] == expected


def test_a_corrected_lower_figure_replaces_the_earlier_one():
    text = (
        "Ракета влучила в будинок у Павлограді. Вже 10 загиблих, серед них 6 дітей. "
        "Однак, за уточненою інформацією, серед загиблих – четверо дітей."
    )
    (event,) = extract_events(text)
    assert event.counts["children_killed"] == (4, False) and event.counts["killed"] == (10, False)
    assert "6 дітей" in event.evidence["children_killed_earlier"]


def test_a_total_in_a_report_about_one_place_is_that_places_toll():
    text = "Ракета поцілила в багатоповерхівку в Черкасах. Загалом станом на вечір виявили вже 27 поранених."
    (event,) = extract_events(text)
    assert event.location == "Cherkasy" and event.counts == {"injured": (27, False)}


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("4 життів окупанти обірвали", {"killed": (4, False)}),
        ("атака на місто забрала життя трьох людей", {"killed": (3, False)}),
        ("одна женщина в возрасте 64 лет скончалась в больнице", {"killed": (1, False)}),
        ("жінка віком 70 років загинула", {"killed": (1, False)}),
    ],
)
def test_lives_taken_and_ages_between_the_person_and_the_verb(clause, expected):
    counts, _ = slavic.find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_a_list_of_figures_by_place_reads_each_item_with_the_line_before_it():
    text = "Удари по областях\n\nЗа даними МВС, загинуло:\n- 2 людини у Полтаві,\n- 1 людина в Ніжині.\n"
    events = {e.location: e.counts for e in extract_events(text)}
    assert events == {"Poltava": {"killed": (2, False)}, "Nizhyn": {"killed": (1, False)}}


def test_children_of_a_part_of_the_injured_are_a_lower_bound():
    text = (
        "Кількість постраждалих від удару по Ужгороду зросла до 48 людей. "
        "14 поранених у важкому стані, зокрема 3 дитини."
    )
    (event,) = extract_events(text)
    assert event.counts["injured"] == (48, False)
    assert event.counts["children_injured"] == (3, True)


def test_figures_after_an_at_first_sentence_without_figures_are_an_older_toll():
    text = (
        "Атака на Херсон забрала життя двох людей, - написав голова ОВА. "
        "Херсон атакують щодня. "
        "Спочатку, під ранок 3 травня, росіяни атакували місто дронами. "
        "Внаслідок атаки загинули п'ять людей."
    )
    (event,) = extract_events(text)
    assert event.counts["killed"] == (2, False)
    assert "п'ять" in event.evidence["killed_earlier"]


def test_the_region_of_an_old_spelling_is_its_citys_oblast_and_victims_are_the_injured():
    text = (
        "Prosecutors said a missile damaged a grain terminal in the region of Odessa and three port workers were "
        "injured. In Mykolaiv, officials said they were aware of six victims after a drone hit a bus."
    )
    events = {(e.location, e.geo_precision): e.counts for e in extract_events(text)}
    assert events == {
        ("Odesa", "oblast"): {"injured": (3, False)},
        ("Mykolaiv", "settlement"): {"injured": (6, False)},
    }


# --- issue 11: from the held-out part of the second set (no longer held out) -----------------


def test_a_national_toll_of_the_whole_war_is_not_the_attacks():
    text = (
        "A drone hit a dormitory in Shostka, killing four people, including a child. "
        "Since Russia launched its invasion, an aid agency said, at least 1,900 children have been killed or hurt "
        "in Ukraine, 500 children killed and 1,400 children injured."
    )
    (event,) = extract_events(text)
    assert event.counts == {"killed": (4, False), "children_killed": (1, False)}


def test_children_before_a_comma_and_another_verb_belong_to_the_count_before():
    counts, _ = find_counts(
        "a missile strike killed 9 people including three children, injured 40 and cut power"
    )
    assert {c.field: (c.value, c.at_least) for c in counts} == {
        "killed": (9, False),
        "children_killed": (3, False),
        "injured": (40, False),
    }


def test_a_city_in_a_title_case_headline_is_not_a_first_name():
    text = "Number Of Injured In Drone Strike On Kharkiv Climbs To 17\n\nBy the evening 17 people had been injured, he said.\n"
    (event,) = extract_events(text)
    assert event.location == "Kharkiv" and event.counts == {"injured": (17, False)}


def test_a_figure_for_the_region_is_not_the_village_named_before_it():
    text = (
        "Спершу військові повідомили про загиблого чоловіка в Степанівці, а також в області 7 поранених, "
        "серед яких двоє – діти. Пізніше з'ясувалося, що є ще одна дитина, яка постраждала в Степанівці від КАБа."
    )
    events = {e.location: e.counts for e in extract_events(text)}
    assert events["Stepanivka"].get("injured", (0,))[0] <= 1
    assert events["Stepanivka"].get("children_injured") == (1, False)


@pytest.mark.parametrize(
    "clause, expected",
    [
        (
            "они убили 6 человек, среди которых и двое детей",
            {"killed": (6, False), "children_killed": (2, False)},
        ),
        ("пострадали несколько десятков человек", {}),
    ],
)
def test_among_whom_also_and_vague_tens_of_people(clause, expected):
    counts, _ = slavic.find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_children_among_the_toll_in_a_sentence_of_their_own_are_read():
    text = "Ракета влучила в будинок у Луцьку. Медики нарахували 23 постраждалих. Серед них 5 дітей, а 9 містян у лікарні."
    (event,) = extract_events(text)
    assert event.counts["injured"] == (23, False) and event.counts["children_injured"] == (5, False)


def test_the_one_attack_with_casualties_gets_what_the_regions_sentences_add():
    text = (
        "Дрони атакували Одещину. У Одесі пострадали 7 людей. Постраждали 7 людей, з них 2 дитини. "
        "Крім того, обстріляли Ізмаїльський район, постраждалих немає."
    )
    events = {e.location: e.counts for e in extract_events(text)}
    assert events["Odesa"]["children_injured"] == (2, False)


# --- issue 11: from the first run of a third real set ---------------------------------------


@pytest.mark.parametrize(
    "clause, expected",
    [
        # "в том числе" / "у тому числі" makes the next figure a part of the count, never more people.
        (
            "погибли три человека, в том числе 11-летний мальчик",
            {"killed": (3, False), "children_killed": (1, False)},
        ),
        (
            "Пострадали 17 человек, в том числе пятеро детей",
            {"injured": (17, False), "children_injured": (5, False)},
        ),
        (
            "поранено 8 людей, у тому числі двоє дітей",
            {"injured": (8, False), "children_injured": (2, False)},
        ),
    ],
)
def test_a_part_after_including_is_not_added_to_the_count(clause, expected):
    counts, _ = slavic.find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_a_periods_toll_is_not_an_attack_and_never_reaches_the_attack_it_comes_with():
    text = (
        "З початку листопада на Чернігівщині від атак загинули 7 цивільних, ще 31 дістали поранення, серед них 4 дітей. "
        "3 листопада ворог атакував Семенівську громаду дроном - поранення дістали 62-річний чоловік та 58-річна жінка."
    )
    for event in extract_events(text):
        assert event.counts.get("killed", (0,))[0] < 7
        assert "children_injured" not in event.counts


# --- issue 11: from the first run of a fourth real set --------------------------------------


def test_people_helped_by_psychologists_are_not_children_of_the_toll():
    text = (
        "Кількість загиблих у Лубнах зросла до 6 людей, з них 1 дитина. 9 людей постраждали, серед них 2 дітей. "
        "Психологічну підтримку фахівці надали 140 особам, з них – 13 дітям."
    )
    (event,) = extract_events(text)
    assert event.counts["children_killed"] == (1, False) and event.counts["children_injured"] == (2, False)
    counts, _ = find_counts("Psychologists helped 120 people, including 9 children.")
    assert counts == []


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("11 травмированных, из них 3 ребенка", {"injured": (11, False), "children_injured": (3, False)}),
        ("около 14:20 травмы получили двое прохожих", {"injured": (2, False)}),  # not 20
        ("загинули 4 людей 17 травня", {"killed": (4, False)}),
    ],
)
def test_words_that_begin_like_a_month_and_clock_times(clause, expected):
    counts, _ = slavic.find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_a_capitalised_adverb_is_not_a_place_and_a_community_adjective_is_its_town():
    assert slavic.find_places("Частково пошкоджено дах складу.") == []
    assert [m.place_name for m in slavic.find_places("дрон влучив у будинок у Полтавській громаді")] == [
        "Poltava"
    ]


def test_a_district_beside_its_oblast_is_its_centre_town_with_no_figures_or_its_own():
    text = (
        "Дрони атакували Житомирщину. Загинув чоловік, ще двоє дістали травми. "
        "Уламки також пошкодили ферму в Коростенському районі."
    )
    region, town = extract_events(text)
    assert (region.location, region.geo_precision, region.counts["killed"]) == (
        "Zhytomyr",
        "oblast",
        (1, False),
    )
    assert (town.location, town.geo_precision, town.counts) == ("Korosten", "settlement", {})
    text = "Дрони атакували Одещину, поранено 4 людей. Крім того, обстріляли Ізмаїльський район, постраждалих немає."
    assert {e.location for e in extract_events(text)} >= {"Izmail"}


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("now 14 people are known to have been injured", {"injured": (14, False)}),
        ("6 people were reported to be injured", {"injured": (6, False)}),
    ],
)
def test_known_and_reported_to_have_been(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_a_russian_style_latin_spelling_with_g_finds_the_town():
    assert [m.place_name for m in find_places("a drone hit Pavlograd, injuring two")] == ["Pavlohrad"]


# --- issue 11: from the first run of a fifth real set (set E) --------------------------------


def test_a_regions_toll_over_several_districts_is_never_one_towns():
    text = (
        "Окупанти обстріляли три райони Сумської області: загинули двоє людей, п'ятеро поранені. "
        "Серед поранених - 9-річний хлопчик. У Шостці ворог обстріляв школу, пошкоджено дах."
    )
    events = {(e.location, e.geo_precision): e.counts for e in extract_events(text)}
    assert events[("Shostka", "settlement")] == {}
    assert events[("Sumy", "oblast")]["children_injured"] == (1, False)


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("дрон вдарив по Куп'янському району", "Kupiansk"),  # not a village called Куп'ян...
        ("через обстріл у Покровському районі у Боковому поранено жінку", "Bokove"),  # the raion says where
        ("у Дробишевому поранено трьох людей", "Drobysheve"),  # a village listed only in Latin
    ],
)
def test_raions_that_say_where_a_village_lies_and_neuter_village_names(clause, expected):
    assert [m.place_name for m in slavic.find_places(clause)] == [expected]


def test_an_abbreviated_village_word_does_not_end_the_sentence():
    text = "Двоє людей дістали поранення внаслідок удару по с. Піщане."
    (event,) = extract_events(text)
    assert event.location == "Pishchane" and event.counts == {"injured": (2, False)}


def test_a_days_toll_told_by_the_regions_head_is_the_one_villages():
    text = "За даними голови Сумщини, за добу постраждали четверо жителів села Хотінь: двоє чоловіків та дві жінки."
    (event,) = extract_events(text)
    assert event.counts["injured"] == (4, False)


# Nine hurt told for five towns together and for none alone: the towns were hit, the toll is their region's (labelling
# rule 4), the same in Ukrainian and in English
_FIVE_TOWNS_TOLD_TOGETHER = {
    "Lyman": {},
    "Siversk": {},
    "Kurakhove": {},
    "Selydove": {},
    "Kramatorsk": {},
    "Donetsk": {"injured": (9, False)},
}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # (labelling rule 4: a toll told for the places together and none alone is the region's)
            "Over the past day Russian forces killed 2 civilians in the region: in Kurakhove and Selydove.",
            {"Kurakhove": {}, "Selydove": {}, "Donetsk": {"killed": (2, False)}},
        ),
        (
            "In the last day the troops killed 2 civilians there: one each in Kurakhove and Selydove.",
            {"Kurakhove": {"killed": (1, False)}, "Selydove": {"killed": (1, False)}},
        ),
        (
            "Seven people were injured in the region - two each in Kurakhove, Selydove and Siversk, "
            "and one more in Lyman.",
            {
                "Kurakhove": {"injured": (2, False)},
                "Selydove": {"injured": (2, False)},
                "Siversk": {"injured": (2, False)},
                "Lyman": {"injured": (1, False)},
            },
        ),
        (
            "Russians wounded six residents of the Donetsk region: four in Kurakhove, one each in Lyman and Siversk.",
            {
                "Kurakhove": {"injured": (4, False)},
                "Lyman": {"injured": (1, False)},
                "Siversk": {"injured": (1, False)},
            },
        ),
        (
            "За добу росіяни поранили 4 жителів Донеччини: 3 в Лимані та 1 у Сіверську.",
            {"Lyman": {"injured": (3, False)}, "Siversk": {"injured": (1, False)}},
        ),
        (
            "Голова ОВА повідомив про двох загиблих – у Курахове і Сіверську.",
            {"Kurakhove": {"killed": (1, False)}, "Siversk": {"killed": (1, False)}},
        ),
        (
            # told for the five together and for none alone: the places were hit, the toll is their region's
            # (labelling rule 4), as in English
            "Ще 9 людей поранено у Лимані, Сіверську, Курахове, Селидовому та Краматорську.",
            _FIVE_TOWNS_TOLD_TOGETHER,
        ),
        (
            "Nine more people were wounded in Lyman, Siversk, Kurakhove, Selydove and Kramatorsk.",
            _FIVE_TOWNS_TOLD_TOGETHER,
        ),
        (
            "За добу постраждали троє людей – в Ізюмі поранено двох жінок, у Балаклії постраждав чоловік.",
            {"Izium": {"injured": (2, False)}, "Balakliia": {"injured": (1, False)}},
        ),
    ],
)
def test_a_toll_shared_out_over_the_places_listed_with_it(text, expected):
    assert {e.location: e.counts for e in extract_events(text)} == expected


def test_two_tolls_in_one_sentence_each_shared_over_its_own_places():
    text = "У Лимані і Сіверську загинули дві людини, ще 7 поранено у Курахове, Селидовому, Краматорську та Лимані."
    events = {e.location: e.counts for e in extract_events(text)}
    assert events["Siversk"] == {"killed": (1, False)} and events["Lyman"] == {"killed": (1, False)}
    assert events["Kramatorsk"] == {} and events["Selydove"] == {}


def test_the_regional_centre_is_the_oblasts_capital():
    text = "На Полтавщині 6 людей поранено внаслідок удару по обласному центру, повідомив голова ОВА."
    (event,) = extract_events(text)
    assert (event.location, event.geo_precision, event.counts) == (
        "Poltava",
        "settlement",
        {"injured": (6, False)},
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Кількість поранених у Чернігові зросла – наразі їх 12.", {"injured": (12, False)}),
        ("Зросла кількість загиблих у Чернігові. Станом на зараз їх семеро.", {"killed": (7, False)}),
        (
            "В Полтаве возросло число погибших. По последним данным их уже более девяти.",
            {"killed": (9, True)},
        ),
    ],
)
def test_a_toll_given_as_a_pronoun_counts_what_the_report_named(text, expected):
    (event,) = extract_events(text)
    assert event.counts == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        (
            "поранені 40-річний чоловік та жінки 33 і 70 років",
            {"injured": (3, False)},
        ),
        (
            "постраждали 9 людей, серед них хлопчики 4 й 13 років та 16-річна дівчина",
            {"injured": (9, False), "children_injured": (3, False)},
        ),
        (
            "ранены мужчины 35 и 61 лет",
            {"injured": (2, False)},
        ),
    ],
)
def test_people_listed_by_their_ages_are_as_many_as_the_ages(clause, expected):
    counts, _ = slavic.find_counts(clause)
    got = {}
    for c in counts:
        got[c.field] = max(got.get(c.field, (0, False)), (c.value, c.at_least))
    assert got == expected


def test_a_bound_gives_way_to_the_same_figure_told_exactly():
    # the exact statement is the stronger one (labelling rule 9, as amended on 2026-11-30)
    text = 'At least 12 people were killed in Kherson, the governor said. "So far, 12 dead," he wrote.'
    (event,) = extract_events(text)
    assert event.counts["killed"] == (12, False)
    counts, _ = slavic.find_counts("відомо щонайменше про двох поранених")
    assert [(c.value, c.at_least) for c in counts] == [(2, True)]


def test_people_counted_with_a_number_and_an_adjective_add_up_with_the_child_before():
    counts, _ = find_counts("the strike killed a 9-year-old girl and three elderly men")
    assert {c.field: (c.value, c.at_least) for c in counts} == {
        "killed": (4, False),
        "children_killed": (1, False),
    }


def test_the_regional_administration_speaks_for_the_oblast_not_its_city():
    text = "According to the head of the Poltava OVA, two settlements in the region came under fire."
    assert [(e.location, e.geo_precision) for e in extract_events(text)] == [("Poltava", "oblast")]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling injured four people in Lyman. The figures do not count victims in Mariupol and Volnovakha.",
        "Обстріл Лимана: поранено чотирьох людей. Наразі неможливо встановити кількість жертв у Маріуполі та Волновасі.",
    ],
)
def test_places_a_toll_leaves_out_are_no_attack(text):
    assert [e.location for e in extract_events(text)] == ["Lyman"]


def test_an_unlisted_village_before_its_oblast_is_the_village():
    text = "Ворог обстріляв село Тихоплесове Донецької області, загинув один мирний житель."
    (event,) = extract_events(text)
    assert event.location == "Тихоплесове" and event.counts == {"killed": (1, False)}


def test_a_river_and_its_bank_are_not_the_city_and_an_earlier_days_attacks_are_context():
    text = (
        "A drone hit a house in Beryslav on the Dnipro's west bank, and the body of a woman was found; "
        "two men were being treated in hospital. The strike came a day after Russia launched drones "
        "at the Kyiv region."
    )
    events = {e.location: e.counts for e in extract_events(text)}
    assert events == {"Beryslav": {"killed": (1, False), "injured": (2, False)}}


def test_a_town_named_as_one_of_many_places_hit_leaves_the_toll_to_its_region():
    text = "Минулої доби обстрілів зазнали 14 населених пунктів Сумщини, зокрема Суми, 5 людей поранені."
    # (the town is named as hit, so it is an event of its own without figures beside the region's: labelling rule 3)
    events = {(e.location, e.geo_precision): e.counts for e in extract_events(text)}
    assert events == {("Sumy", "oblast"): {"injured": (5, False)}, ("Sumy", "settlement"): {}}


def test_a_place_name_alone_opens_what_follows_about_it():
    text = (
        "Дрони атакували Ічню і Прилуки, поранено жінку. «Ічня. Влучання у склад, пошкоджено дах. "
        "Внаслідок удару поранень зазнала 52-річна жінка», – написав голова ОВА."
    )
    events = {e.location: e.counts for e in extract_events(text)}
    assert events["Ichnia"] == {"injured": (1, False)} and events["Pryluky"] == {}


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("41-річна матір і її старший син дістали поранень", {"injured": (2, False)}),
        (
            "Одна людина загинула відразу, ще одна, яку доставили у важкому стані до лікарні, померла",
            {"killed": (2, False)},
        ),
        (
            "Смертельні травми отримала дівчинка, якій нещодавно виповнилося 9 років",
            {"children_killed": (1, False)},
        ),
    ],
)
def test_relatives_one_more_after_a_long_aside_and_fatal_wounds(clause, expected):
    counts, _ = slavic.find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_another_civilian_is_one_more_person():
    counts, _ = find_counts("Another civilian was wounded.")
    assert [(c.field, c.value) for c in counts] == [("injured", 1)]


def test_adults_told_also_after_a_toll_of_children_only_are_more_people():
    text = (
        "У Балаклії внаслідок удару травмовано 4 дітей – хлопці 15 і 16 років та дівчата 9 і 12 років. "
        "Поранення отримали й 50-річний чоловік та жінки 33 і 61 років."
    )
    (event,) = extract_events(text)
    assert event.counts["injured"] == (7, False) and event.counts["children_injured"] == (4, False)


def test_a_toll_told_before_the_place_in_the_same_sentence_keeps_its_children():
    text = (
        "The death toll from the strike on Bilhorod-Dnistrovskyi has reached 17. Rescuers said on Monday the "
        "death toll was 15, including two children, but by the evening that number had risen to 17, "
        "according to the governor of the region that includes Bilhorod-Dnistrovskyi."
    )
    (event,) = extract_events(text)
    assert event.location == "Bilhorod-Dnistrovskyi"
    assert event.counts == {"killed": (17, False), "children_killed": (2, False)}


# --- issue 11: from the first run of a sixth real set (set F), scored once after set E's work -----


def test_ages_after_commas_are_not_more_people():
    counts, _ = find_counts("A woman, 70, and two men, 38 and 44, were wounded.")
    assert [(c.field, c.value) for c in counts] == [("injured", 3)]


def test_a_village_near_which_it_happened_is_the_place_not_its_territorial_community():
    text = "A drone hit a car near the village of Zarichchia in the Krasnopillia territorial community, killing two."
    (event,) = extract_events(text)
    assert event.location == "Zarichchia" and event.counts == {"killed": (2, False)}


@pytest.mark.parametrize(
    "clause",
    [
        "There were no casualties.",
        "Fortunately, no one was injured or killed.",
        "There are no wounded or dead people, the governor wrote.",
    ],
)
def test_no_casualties_is_a_reported_zero_for_both(clause):
    counts, _ = find_counts(clause)
    assert sorted((c.field, c.value) for c in counts) == [("injured", 0), ("killed", 0)]


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("Luckily, there were no injuries.", [("injured", 0)]),
        # what was reported is not what happened (labelling rule 8)
        ("Fortunately, there were no deaths or injuries reported.", []),
        ("There were no injured people recorded in the village.", []),
    ],
)
def test_no_injured_or_dead_is_the_zero_of_each_count_it_names(clause, expected):
    counts, _ = find_counts(clause)
    assert sorted((c.field, c.value) for c in counts) == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("A 38-year-old man with burns was transported to the regional hospital.", [("injured", 1)]),
        ("Two people were rushed to hospital.", [("injured", 2)]),
        ("A woman was diagnosed with a concussion and cuts.", [("injured", 1)]),
        ("a father and daughter were killed", [("killed", 2)]),
        ("one man was killed, another 4 – were injured", [("injured", 4), ("killed", 1)]),
        ("Two employees of a bakery warehouse were hurt.", [("injured", 2)]),
        ("Six people were hurt, among them an underage girl.", [("children_injured", 1), ("injured", 6)]),
    ],
)
def test_plain_ways_of_telling_the_hurt_and_dead(clause, expected):
    counts, _ = find_counts(clause)
    assert sorted((c.field, c.value) for c in counts) == expected


def test_no_casualties_after_an_attack_on_several_communities_is_zero_for_each():
    text = (
        "Враг обстрелял Никопольский район. Попал по Никополю, Марганецкой и Покровской общинам. "
        "По данным главы ОВА, обошлось без погибших и пострадавших."
    )
    events = {e.location: e.counts for e in extract_events(text)}
    # Pokrovske's hromada of the Nikopol raion (labelling guide, rule 4), not Pokrovsk
    assert set(events) == {"Nikopol", "Marhanets", "Pokrovske"}
    assert all(counts == {"killed": (0, False), "injured": (0, False)} for counts in events.values())


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "У Золочівській громаді дрон атакував авто, яке рухалося трасою на Малі Проходи, загинув водій.",
            "Zolochiv",
        ),
        ("Ще троє місцевих з пораненнями у Нікополі.", "Nikopol"),
    ],
)
def test_where_a_road_leads_is_not_the_place_and_locals_with_wounds(text, expected):
    (event,) = extract_events(text)
    assert event.location == expected and event.counts


def test_people_of_a_town_named_between_them_and_the_verb():
    counts, _ = slavic.find_counts("Три жителя Херсона пострадали утром")
    assert [(c.field, c.value) for c in counts] == [("injured", 3)]


def test_russian_names_with_o_for_ukrainian_vi_and_a_village_in_the_locative():
    assert [m.place_name for m in slavic.find_places("в поселке Ольшаны повреждены дома")] == ["Vilshany"]
    assert [m.name for m in slavic.find_places("в селе Бугаевка ранен мужчина")] == ["Бугаевка"]


def test_people_by_age_in_a_colon_list_do_not_make_the_children_a_lower_bound():
    text = (
        "Дрони атакували Суми. Травм зазнали троє людей: 40-річні чоловік та жінка, а також 6-річна дівчинка."
    )
    (event,) = extract_events(text)
    assert event.counts["injured"] == (3, False) and event.counts["children_injured"] == (1, False)


def test_a_front_is_the_ground_war_and_a_community_of_a_plural_town_is_that_town():
    assert find_places("attacks on the Kupiansk front had slightly decreased") == []
    assert [m.place_name for m in slavic.find_places("у Дергачівській громаді дрон атакував авто")] == [
        "Derhachi"
    ]


# --- issue 11: from the first run of a seventh real set (set G), scored once with the code as landed --


def test_fired_on_is_an_attack():
    text = "Around 6:00 the enemy fired on Pishchane in the Kupiansk district. A 58-year-old man was wounded."
    (event,) = extract_events(text)
    assert event.location == "Pishchane" and event.counts == {"injured": (1, False)}


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("Відомо про одного потерпілого – 42 річний чоловік отримав поранення", {"injured": (1, False)}),
        (
            "дрон поранив трьох людей, з яких один, 58-річний чоловік, помер у лікарні",
            {"injured": (3, False), "killed": (1, False)},
        ),
        (
            "постраждали чоловік та його два сини – п'ятирічний та семирічний",
            {"injured": (3, False), "children_injured": (2, False)},
        ),
    ],
)
def test_spaced_ages_one_of_whom_and_ages_that_say_who(clause, expected):
    counts, _ = slavic.find_counts(clause)
    got = {}
    for c in counts:
        got[c.field] = max(got.get(c.field, (0, False)), (c.value, c.at_least))
    assert got == expected


def test_four_communities_hit_are_four_attacks_not_a_summary():
    text = "Протягом дня ворог бив по району. Від ударів здригалися Нікополь, Покровська, Марганецька, Мирівська громади."
    # (the district's bare "Покровська" is the village hromada of Pokrovske: labelling rule 4, fifth amendment)
    assert {e.location for e in extract_events(text)} == {"Nikopol", "Pokrovske", "Marhanets", "Myrove"}


@pytest.mark.parametrize(
    "clause, expected",
    [
        # Cut down to its first letters, "дев'ятнадцяти-" read as 9 and "двадцяти-" as 2: adults made children.
        ("загинула дев'ятнадцятирічна дівчина", {"killed": (1, False)}),
        ("поранено двадцятирічного хлопця", {"injured": (1, False)}),
        ("загинула дев’ятнадцятирічна студентка", {"killed": (1, False)}),
        ("поранено п'ятирічного хлопчика", {"children_injured": (1, False)}),
    ],
)
def test_an_age_in_words_is_read_whole(clause, expected):
    counts, _ = slavic.find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        (
            "At least five people, including a baby were killed",
            {"killed": (5, True), "children_killed": (1, False)},
        ),
        ("The dead included three children, rescuers said.", {"children_killed": (3, False)}),
        ("Four of the dead were children", {"children_killed": (4, False)}),
        ("two of the 17 confirmed dead are children", {"children_killed": (2, False), "killed": (17, False)}),
        ("five of the injured were taken to hospital", {"injured": (5, False)}),
    ],
)
def test_children_as_a_part_of_the_dead_and_an_aside_without_its_closing_comma(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_an_attack_told_as_the_day_before_another_leaves_the_figures_to_the_new_one():
    text = (
        "A missile hit a school in Poltava on Monday, killing 20 people. The day after the Poltava strike, "
        "drones hit the western city of Lutsk. Three people were killed there, including two from one family."
    )
    events = {e.location: e.counts for e in extract_events(text, dt.date(2025, 3, 4))}
    assert events == {"Poltava": {"killed": (20, False)}, "Lutsk": {"killed": (3, False)}}


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("a child was among those killed in the blast", {"children_killed": (1, False)}),
        (
            "A 12-year-old boy and a 30-year-old man were among the five taken to hospital",
            {"injured": (5, False), "children_injured": (1, False)},
        ),
        (
            "at least 9 minors were among the 40 wounded",
            {"children_injured": (9, True), "injured": (40, False)},
        ),
        (
            "the strike killed a 61-year-old woman and wounded another",
            {"killed": (1, False), "injured": (1, False)},
        ),
        (
            "killing eight people including a small child",
            {"killed": (8, False), "children_killed": (1, False)},
        ),
        ("The dead toll has risen to 31.", {"killed": (31, False)}),
        ("A 70-year-old resident sustained fatal injuries", {"killed": (1, False)}),
        ("a 44-year-old man sustained shrapnel wounds", {"injured": (1, False)}),
    ],
)
def test_parts_among_the_few_another_after_a_verb_and_fatal_injuries(clause, expected):
    counts, _ = find_counts(clause)
    got = {}
    for c in counts:
        got[c.field] = max(got.get(c.field, (0, False)), (c.value, c.at_least))
    assert got == expected


def test_the_attackers_claim_and_an_attack_of_an_earlier_year_give_no_figures():
    text = (
        "A missile hit a market in Pokrovsk on Friday, killing four people. Moscow claimed the strike hit "
        "a barracks and that 30 soldiers were killed. The market was also shelled in May 2023, when 9 people died."
    )
    (event,) = extract_events(text, dt.date(2025, 8, 1))
    assert (event.location, event.counts) == ("Pokrovsk", {"killed": (4, False)})


@pytest.mark.parametrize(
    "clause, expected",
    [
        (
            "A five-month-old was among three people killed",
            {"children_killed": (1, False), "killed": (3, False)},
        ),
        ("a mother and her baby were killed", {"killed": (2, False), "children_killed": (1, False)}),
        (
            "killing four people, including a six-year-old and a man with his infant daughter",
            {"killed": (4, False), "children_killed": (2, False)},
        ),
        ("Five were treated at the scene", {"injured": (5, False)}),
    ],
)
def test_a_baby_among_a_few_relatives_named_as_children_and_people_listed_with(clause, expected):
    counts, _ = find_counts(clause)
    got = {}
    for c in counts:
        got[c.field] = max(got.get(c.field, (0, False)), (c.value, c.at_least))
    assert got == expected


def test_lines_ending_in_a_semicolon_are_a_list_of_figures_not_headlines():
    text = "Update on the strike on Izium:\nA 58-year-old man died;\nsix people were injured;\nfour houses burned."
    (event,) = extract_events(text)
    assert (event.location, event.counts) == ("Izium", {"killed": (1, False), "injured": (6, False)})


def test_a_regions_toll_of_another_day_is_not_folded_into_todays_village():
    text = (
        "Shelling killed a 60-year-old man in the village of Khmarivka this morning, the governor said. "
        "Yesterday, three people were killed and 7 injured in the Mykolaiv region, he added."
    )
    events = {(e.location, e.geo_precision): e.counts for e in extract_events(text, dt.date(2025, 4, 9))}
    assert events == {
        ("Khmarivka", "unknown"): {"killed": (1, False)},
        ("Mykolaiv", "oblast"): {"killed": (3, False), "injured": (7, False)},
    }


def test_a_months_abbreviation_is_a_date_not_the_end_of_a_sentence_nor_a_count():
    text = (
        "A drone strike on Sumy on Sept. 7 killed two 19-year-olds and injured four people, including a boy."
    )
    (event,) = extract_events(text, dt.date(2025, 9, 8))
    assert event.date == dt.date(2025, 9, 7)
    assert event.counts == {"killed": (2, False), "injured": (4, False), "children_injured": (1, False)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A drone hit Sumy, injuring seven people. Among them were two children.",
            {"injured": (7, False), "children_injured": (2, False)},
        ),
        (
            "Ten people were killed when a missile hit a block in Kyiv. The victims included two children aged 4 and 9.",
            {"killed": (10, False), "children_killed": (2, False)},
        ),
        (
            "Eight people were killed in Kyiv. A 9th person died in hospital on Friday.",
            {"killed": (9, False)},
        ),
        (
            'A missile hit Uman, injuring 12 people. "There are wounded and dead, among them a child," the mayor wrote.',
            {"injured": (12, False)},
        ),
    ],
)
def test_children_of_the_sentence_before_and_a_toll_told_by_an_ordinal(text, expected):
    (event,) = extract_events(text)
    assert event.counts == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        (
            "one resident was killed and another wounded as a drone struck",
            {"killed": (1, False), "injured": (1, False)},
        ),
        ("One person got injured during the shelling", {"injured": (1, False)}),
        ("a 40-year-old man sustained a back injury", {"injured": (1, False)}),
        ("There are no casualties.", {"killed": (0, False), "injured": (0, False)}),
        (
            "the region also suffered casualties, with 11 people, including a 6-year-old child, wounded",
            {"injured": (11, False), "children_injured": (1, False)},
        ),
    ],
)
def test_another_without_its_verb_got_injured_a_single_injury_and_a_toll_after_with(clause, expected):
    counts, _ = find_counts(clause)
    got = {}
    for c in counts:
        got[c.field] = max(got.get(c.field, (0, False)), (c.value, c.at_least))
    assert got == expected


def test_a_village_named_with_its_city_after_it_is_the_village():
    text = "A glide bomb struck the Khotin village of Sumy, killing one man and injuring three."
    assert {e.location: e.counts for e in extract_events(text)} == {
        "Khotin": {"killed": (1, False), "injured": (3, False)}
    }


def test_where_drones_were_shot_down_named_before_the_verb_is_no_attack():
    text = (
        "In the southern region of Mykolaiv, air defence destroyed nine of the ten drones launched overnight. "
        "In Kherson, shelling killed one man and injured four people."
    )
    assert {(e.location, e.geo_precision) for e in extract_events(text)} == {("Kherson", "settlement")}


@pytest.mark.parametrize(
    "clause, expected",
    [
        (
            "shelling killed one woman and hurt another in the evening, then wounded three other men at night",
            {"killed": (1, False), "injured": (4, False)},
        ),
        ("four people were injured, and two more were hurt later", {"injured": (6, False)}),
        ("killed 3 people and injured 5 others", {"killed": (3, False), "injured": (5, False)}),
        (
            "nine people were injured, including two more children",
            {"injured": (9, False), "children_injured": (2, False)},
        ),
    ],
)
def test_more_people_of_the_same_count_in_one_clause_add_up(clause, expected):
    counts, _ = find_counts(clause)
    got = {}
    for c in counts:
        got[c.field] = max(got.get(c.field, (0, False)), (c.value, c.at_least))
    assert got == expected


def test_donetsk_named_bare_in_a_report_of_russian_attacks_is_the_region():
    text = "Russian shelling killed three people in Donetsk and wounded eight more, while a man was hurt in Kharkiv."
    events = {(e.location, e.geo_precision): e.counts for e in extract_events(text)}
    assert events == {
        ("Donetsk", "oblast"): {"killed": (3, False), "injured": (8, False)},
        ("Kharkiv", "settlement"): {"injured": (1, False)},
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # a community's adjective with its noun left out, after a dash or before a verb
        (
            "У Білопільській громаді поранено чоловіка; у Шосткинській – поранено жінку.",
            {"Bilopillia": {"injured": (1, False)}, "Shostka": {"injured": (1, False)}},
        ),
        # a raion's adjective so left out, after "районі області"
        (
            "У Харківському районі області поранено двох людей, у Чугуївському - пошкоджено 3 будинки.",
            {"Kharkiv": {"injured": (2, False)}, "Chuhuiv": {}},
        ),
    ],
)
def test_community_and_raion_adjectives_without_their_noun(text, expected):
    events = {e.location: e.counts for e in extract_events(text)}
    assert events == expected


def test_an_oblast_adjective_without_its_noun_is_the_oblast():
    assert (
        slavic.resolve_place(
            "Донецькій", " — п'ятеро поранених", "У Харківській області загинули двоє, у "
        ).precision
        == "oblast"
    )


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # "of them" after a children's count is a part of those children
        (
            "104 children were injured, three of them died",
            [("children_injured", 104), ("children_killed", 3)],
        ),
        # after a count of people it stays a count of people
        ("105 people were injured, two of them died later", [("injured", 105), ("killed", 2)]),
    ],
)
def test_of_them_after_children_is_children(clause, expected):
    counts, _ = find_counts(clause)
    assert [(c.field, c.value) for c in counts] == expected


def test_hurt_in_a_relative_clause_then_died_is_a_death():
    # the relative clause tells how the girl came to die; she is no child injured
    events = extract_events(
        "A 7-year-old girl, who was injured by shelling of Kherson on Monday, died in the hospital. "
        "A 106-year-old man was hospitalised."
    )
    assert [(e.location, e.counts) for e in events] == [
        ("Kherson", {"children_killed": (1, False), "killed": (1, True), "injured": (1, False)})
    ]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the relative clause after several people, and "have died"
        (
            "A man of 80 and a woman of 79, who were hurt by a shell on Friday, have died in hospital",
            [("killed", 2)],
        ),
        # where the person was from, before the relative clause
        ("A 31-year-old man from Sloviansk, who was wounded at noon, died in the ambulance", [("killed", 1)]),
        # a "who" clause with no comma after plural people, whatever its verb
        ("Four women who were queuing for bread died at the scene", [("killed", 4)]),
        # "the" and an age opening a clause (or a quotation) is one person
        ("The 93-year-old man died of his wounds", [("killed", 1)]),
        (
            '"The 90-year-old pensioner from Izium, who had been hurt at 8 a.m., died," he said',
            [("killed", 1)],
        ),
        # two people, each with a "who" of their own: the hurt and the dead apart
        ("two women who were injured and a man who died", [("injured", 2), ("killed", 1)]),
        # "left with injuries": the hurt
        ("at least 96 people were left with injuries", [("injured", 96)]),
    ],
)
def test_who_asides_and_the_aged_person_before_their_fate(clause, expected):
    counts, _ = find_counts(clause)
    assert [(c.field, c.value) for c in counts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told apart from the town in focus, with no region of its own: the figures wait for their place
        (
            "A drone hit a house in Sumy, killing a man of 99. "
            "In a separate attack, 98 people were wounded in the north, officials said.",
            [("Sumy", {"killed": (1, False)})],
        ),
        # "Among them" after a sentence of people saved (and no toll) is of those saved
        (
            "A missile killed 97 people in Dnipro. Dozens of residents were saved by the crews. "
            "Among them is a girl of seven.",
            [("Dnipro", {"killed": (97, False)})],
        ),
    ],
)
def test_figures_that_are_not_of_the_place_in_focus(text, expected):
    assert [(e.location, e.counts) for e in extract_events(text)] == expected


def test_the_wars_toll_by_a_un_agency_is_no_attacks():
    # a national toll told after a roundup never reaches the region named before it
    events = extract_events(
        "Russian forces shelled Kherson Oblast, killing 107 women in a house. "
        "According to the United Nations, Russia's war against Ukraine has killed at least 108,000 civilians "
        "and wounded at least 109,000 from Feb. 24, 2022, to May 7."
    )
    assert [(e.location, e.counts) for e in events] == [("Kherson", {"killed": (107, False)})]


def test_its_worker_with_an_age_is_one_person():
    # "killed its 30-year-old worker": a farm's worker, an adult by the age
    events = extract_events("A Russian strike hit a farm in Balakliia and killed its 100-year-old worker.")
    assert [(e.location, e.counts) for e in events] == [("Balakliia", {"killed": (1, False)})]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("3 664 загиблих і 8 210 постраждалих", [3664, 8210]),
        ("понад 1\u00a0600 дітей", [1600]),
        ("загинули 2 людини, 17 поранено", [2, 17]),
    ],
)
def test_thousands_set_apart_by_a_space_are_one_number(text, values):
    from data.extraction import slavic

    assert [n.value for n in slavic.find_numbers(text)] == values


@pytest.mark.parametrize(
    ("before", "name", "after", "expected"),
    [
        ("Удар по ", "Пологовскому", " району ранил двух человек", "Polohy"),
        ("у ", "Криворізькому", " районі", "Kryvyi Rih"),
        ("Обстреляли Никополь и ", "Зеленодольск", ".", "Zelenodolsk"),
        # a name in -си, -ія, -ка after a vowel and н, and a town named as its adjective
        ("У ", "Черкаському", " районі пошкоджено склад", "Cherkasy"),
        ("в ", "Олександрійському", " районі", "Oleksandriia"),
        ("в ", "Знам'янському", " районі", "Znamianka"),
        ("по інфраструктурі ", "Кропивницького", " району", "Kropyvnytskyi"),
    ],
)
def test_raion_adjectives_and_russian_spellings_name_their_towns(before, name, after, expected):
    from data.extraction import slavic

    assert slavic.resolve_place(name, after, before).place_name == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the children of a part described one by one are the same children (set Z's held-out part)
        (
            "Боже диво, всі живі. 9 поранених, серед них три жінки та двоє дітей, один малюк 3 рочки, "
            "хлопчик 14 років, також порізи.",
            {"injured": (9, False), "children_injured": (2, False)},
        ),
        (
            "Поранено 7 людей, серед них двоє дітей: дівчинка 6 років і хлопчик 12 років.",
            {"injured": (7, False), "children_injured": (2, False)},
        ),
    ],
)
def test_children_of_a_part_described_one_by_one_are_not_added(clause, expected):
    events = extract_events("Ракетний удар по Кривому Рогу.\n\nУ Кривому Розі вже є поранені. " + clause)
    assert [(e.location, e.counts) for e in events] == [("Kryvyi Rih", expected)]


@pytest.mark.parametrize(
    "find, clause, expected",
    [
        # listed with two places of Kharkiv oblast: Zolochiv there, not the bigger town of Lviv oblast
        (
            find_places,
            "Drones injured two each in Kupiansk and Balakliia, and one more in Zolochiv.",
            "UA-63",
        ),
        (
            slavic.find_places,
            "Дрони поранили по двоє людей у Куп'янську та Балаклії, ще одного — у Золочеві.",
            "UA-63",
        ),
        # alone, or beside places of two oblasts, the gazetteer's likeliest stands
        (find_places, "A drone injured one man in Zolochiv.", "UA-46"),
        (find_places, "Drones hit Kupiansk, Odesa and Zolochiv.", "UA-46"),
    ],
)
def test_a_name_several_oblasts_have_is_settled_by_the_clause(find, clause, expected):
    (zolochiv,) = [m for m in find(clause) if m.place_name == "Zolochiv"]
    assert zolochiv.oblast_iso == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # the raion after the village says which of its namesakes it is: Kharkiv oblast's, not the larger one
        # of Dnipropetrovsk oblast the gazetteer alone picks
        ("Ночью дрон ударил по Петропавловке Купянского района.", "UA-63"),
        ("Вранці обстріляли Петропавлівку Куп'янського району.", "UA-63"),
        ("Ночью дрон ударил по Петропавловке.", "UA-12"),
    ],
)
def test_a_raion_after_a_village_settles_its_namesakes(clause, expected):
    (village,) = [m for m in slavic.find_places(clause) if m.place_name == "Petropavlivka"]
    assert village.oblast_iso == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the second person's article left out
        ("A bomb hit a yard, injuring a 47-year-old man and 71-year-old woman.", [("injured", 2)]),
        # two people, each with a verb of their own, in one toll
        ("A 29-year-old man was hurt and a 64-year-old woman was wounded as well.", [("injured", 2)]),
        # of two tolls, each keeps its person
        (
            "A 29-year-old man died and a 64-year-old woman was wounded.",
            [("killed", 1), ("injured", 1)],
        ),
        # "another" with an adverb before its verb
        ("Another 53-year-old woman was reportedly hurt in the village.", [("injured", 1)]),
        ("Another woman was also hurt.", [("injured", 1)]),
    ],
)
def test_people_told_one_by_one_in_a_sentence(clause, expected):
    counts, _ = find_counts(clause)
    assert [(c.field, c.value) for c in counts] == expected


def test_a_closing_zero_is_every_place_of_its_paragraph_without_figures():
    text = (
        "Earlier, a drone hit a car in Vasylivka, wounding a 44-year-old man.\n\n"
        "Over the day the enemy made 90 strikes. Bombs fell on Stepnohirsk and Prymorske. "
        "Artillery shelled Huliaipole and Orikhiv. There were no casualties."
    )
    counts = {e.location: (e.counts.get("killed"), e.counts.get("injured")) for e in extract_events(text)}
    assert counts["Vasylivka"] == (None, (1, False))
    for place in ("Stepnohirsk", "Prymorske", "Huliaipole", "Orikhiv"):
        assert counts[place] == ((0, False), (0, False))


def test_a_regions_toll_told_across_it_stays_apart_from_its_city():
    text = "A first responder died in Kherson, and six people were hurt across the rest of Kherson Oblast."
    events = {(e.location, e.geo_precision): e.counts for e in extract_events(text)}
    assert events[("Kherson", "settlement")] == {"killed": (1, False)}
    assert events[("Kherson", "oblast")] == {"injured": (6, False)}


def test_a_latin_village_with_a_typographic_apostrophe_is_found_in_the_settlements_table():
    text = (
        "Drones and artillery hit Sukhanove, Beryslav, Tokarivka and Odradokam’yanka in the Kherson region."
    )
    places = {e.location: e.geo_precision for e in extract_events(text)}
    assert places["Odradokamianka"] == "settlement"


def test_districts_each_told_with_damage_are_their_towns_beside_the_regions_toll():
    text = (
        "Over the day the enemy shelled nine settlements of the Kharkiv region. In the village of Hrakove, a man "
        "was killed. In the Izium district, a barn burned; in the Chuhuiv district, a shop was damaged."
    )
    places = [e.location for e in extract_events(text)]
    assert "Izium" in places and "Chuhuiv" in places


def test_a_village_the_gazetteer_lacks_told_where_someone_was_killed_is_a_place():
    text = "A drone hit a car in Prymorske, wounding two men. A woman of 70 was killed in Lobkove after a shell hit."
    events = {e.location: e.counts for e in extract_events(text)}
    assert events["Lobkove"] == {"killed": (1, False)}
    assert events["Prymorske"] == {"injured": (2, False)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one region the sentence before names: its capital
        (
            "Shells fell across the Sumy region. Three were hurt in the regional capital.",
            ("Sumy", "settlement"),
        ),
        # two regions before: no capital guessed, the figures stay unplaced or the region's
        ("Shells fell on the Sumy and Poltava regions. Three were hurt in the regional capital.", None),
    ],
)
def test_the_regional_capital_is_of_the_one_region_told_just_before(text, expected):
    hurt = [
        (e.location, e.geo_precision) for e in extract_events(text) if e.counts.get("injured") == (3, False)
    ]
    if expected is None:
        assert ("Sumy", "settlement") not in hurt and ("Poltava", "settlement") not in hurt
    else:
        assert hurt == [expected]


def test_the_scorer_never_prints_an_imperfect_share_as_perfect():
    # One wrong count in 1,443 rounds to 100.0%: the total line must not hide it.
    from data.extraction.score import _shown

    assert _shown(1442 / 1443) == "99.9%"
    assert _shown(1442 / 1443, percent=False) == "0.999"
    assert _shown(1.0) == "100.0%" and _shown(1.0, percent=False) == "1.000"
    assert _shown(0.5) == "50.0%" and _shown(0.8654, percent=False) == "0.865"


@pytest.mark.parametrize(
    ("text", "report_date", "kept"),
    [
        # a weekday before the lead's, with no report date: the earlier day's attack on a new place is no event
        (
            "Drones hit Myrhorod on Friday, injuring two. On Thursday, a missile hit a depot in Kremenchuk, killing four.",
            None,
            {"Myrhorod"},
        ),
        # the evening of the day before runs into the report's night: an attack of the report
        (
            "Drones hit Myrhorod on Friday, injuring two. A drone hit a depot in Kremenchuk late on Thursday, killing four.",
            None,
            {"Myrhorod", "Kremenchuk"},
        ),
        # against the report's date: "On Wednesday" in a Thursday report of an overnight attack
        (
            "Drones hit Shostka overnight, injuring two. On Wednesday, a bomb hit a shop in Kupiansk, killing four.",
            dt.date(2025, 3, 13),
            {"Shostka"},
        ),
        # the report's attack told with no day, the day its news was given in a quote after it: a calendar day
        # before that is an earlier day's, and so are the places the rest of its paragraph names
        (
            'A drone hit a shop in Lebedyn, killing a man. "It was a cruel strike," the mayor said on May 9.\n\n'
            "Troops fired on the region 30 times on May 8. Shells fell on Trostianets and Okhtyrka, hurting one.",
            dt.date(2025, 5, 9),
            {"Lebedyn"},
        ),
        # a later weekday is no earlier day
        (
            "Drones hit Myrhorod on Tuesday, injuring two. On Wednesday, a missile hit Kremenchuk, killing four.",
            None,
            {"Myrhorod", "Kremenchuk"},
        ),
    ],
)
def test_an_attack_of_a_day_before_the_reports_is_no_event(text, report_date, kept):
    assert {e.location for e in extract_events(text, report_date)} == kept


def test_days_compare_by_weekday_without_a_report_date():
    from data.extraction.dates import day_told, days_earlier

    friday, sunday = day_told("on Friday", None), day_told("on Sunday", None)
    # (a weekday is read as the last one before the other: Sunday before a Friday is five days back, Saturday after it)
    assert days_earlier(sunday, friday, False) == 2
    assert days_earlier(friday, sunday, False) == 5
    assert days_earlier(friday, day_told("on Saturday", None), False) == -1
    assert days_earlier(friday, day_told("yesterday", None), False) is None


def test_the_day_news_was_given_may_be_a_calendar_day():
    from data.extraction.dates import speech_day

    assert speech_day("the mayor said on Oct. 9.", dt.date(2025, 10, 9)).date == dt.date(2025, 10, 9)
    assert speech_day("officials said on 9 October", None).kind == "calendar"
    assert speech_day("the talks on Oct. 9 were said to fail", None) is None


@pytest.mark.parametrize(
    "text",
    [
        # the day the news was given stands for the report's day when its attack has none
        "Drones hit Chernihiv, killing two, the governor said on Tuesday. On Monday, a bomb hit Kupiansk, killing four.",
        "Drones hit Chernihiv overnight, killing two, officials said Wednesday. On Monday, a bomb hit Kupiansk, killing four.",
        # told as before the report's attack, whatever its day
        "Drones hit Chernihiv overnight, killing two. A day earlier, a bomb hit Kupiansk, killing four.",
        "Drones hit Chernihiv overnight, killing two. Last month's strike on Kupiansk killed four.",
        # what the report's attack follows
        "Drones hit Chernihiv overnight, killing two. The attack followed a missile strike on Kupiansk.",
        "Drones hit Chernihiv overnight, killing two. The strike followed Monday's attack on Kupiansk, which killed four.",
    ],
)
def test_an_attack_told_as_before_the_reports_is_no_event(text):
    assert [e.location for e in extract_events(text)] == ["Chernihiv"]


def test_a_toll_told_again_on_the_day_before_is_the_reports_own():
    text = (
        "Drones hit Chernihiv on Tuesday, the governor said. "
        "On Monday night, a drone hit a house in Chernihiv, killing two."
    )
    assert [(e.location, e.counts.get("killed")) for e in extract_events(text)] == [("Chernihiv", (2, False))]


@pytest.mark.parametrize(
    "clause, injured",
    [
        # a part told with its own verb after "of whom" is a part of the figure before, never more people (fixture 815)
        ("wounding nine other residents, five of whom were hospitalised", [9, 5]),
        # and the part of those rescued now in hospital is the hurt (fixture 939)
        ("rescuers pulled out 17 people, 11 of whom are still in hospital", [11]),
    ],
)
def test_a_part_told_with_of_whom_is_never_added(clause, injured):
    assert [c.value for c in find_counts(clause)[0] if c.field == "injured"] == injured


def test_earlier_we_wrote_recalls_another_report():
    # (the English form of "Раніше ми писали": what follows is an earlier report's news, not this report's attack)
    text = (
        "A guided bomb hit the centre of Velykyi Burluk on Sunday, the head of the community said.\n\n"
        "Earlier we wrote that the occupiers keep shelling the border of the Chernihiv and Kharkiv regions."
    )
    assert [e.location for e in extract_events(text)] == ["Velykyi Burluk"]


@pytest.mark.parametrize(
    "recall",
    [
        "As the regional administration reported, late on June 3 rockets fell on the Pokrovske community.",
        "As the Dnipro Press Office had reported earlier, late on June 3 rockets fell on the Pokrovske community.",
    ],
)
def test_earlier_right_after_a_recall_goes_on_recalling(recall):
    # (labelling rule 1: the "earlier" attack after a recalled one is older news too, its toll not the report's)
    text = (
        "On Thursday, June 6, a missile hit a warehouse in Pavlohrad, and three workers were hurt. "
        f"{recall} Earlier in the same region, shells fell on the Mezhova community. A woman and her son of 9 were hurt."
    )
    (event,) = extract_events(text)
    assert (event.location, event.counts["injured"]) == ("Pavlohrad", (3, False))


@pytest.mark.parametrize(
    "more", ["Two more adults were moderately injured.", "In addition, two women were injured."]
)
def test_more_hurt_after_a_child_told_alone_are_besides_the_child(more):
    # (labelling rule 12: the boy and the two told after him are three people; rule 16 made the boy the toll so far)
    text = f"A shell hit a house in Kupiansk, and a boy of 10 was seriously injured. {more}"
    (event,) = extract_events(text)
    assert event.counts["injured"] == (3, False)
    assert event.counts["children_injured"] == (1, False)


@pytest.mark.parametrize("toll", ["claimed two lives", "claimed the lives of two people"])
def test_a_place_whose_attack_claimed_lives_is_no_government_claiming(toll):
    # ("Kyiv claimed that ..." is the government speaking; an attack on a city that "claimed lives" is a toll,
    # fixture 910)
    (event,) = extract_events(f"A Russian attack on Dnipro {toll}.")
    assert (event.location, event.counts) == ("Dnipro", {"killed": (2, False)})


def test_a_district_toll_equal_to_a_city_of_another_raion_is_its_own():
    # (the same figures in a city and in a district it does not lie in are two attacks, not one told twice; the
    # villages named Zaporizhzhia in the Polohy raion are not the city, fixture 916)
    text = (
        "Two men were injured during strikes on Zaporizhzhia. "
        "Two women were injured in a Russian attack on the Polohy district."
    )
    assert [(e.location, e.counts) for e in extract_events(text)] == [
        ("Zaporizhzhia", {"injured": (2, False)}),
        ("Polohy", {"injured": (2, False)}),
    ]


@pytest.mark.parametrize(
    "clause, expected",
    [
        # a casualty verb made a noun, its people after "of" (fixture 911)
        ("the shelling led to the wounding of two residents", {"injured": (2, False)}),
        ("which resulted in the killing of a pensioner", {"killed": (1, False)}),
        ("two other people were left wounded", {"injured": (2, False)}),
        # "the life of" one person as "the lives of" several (fixture 910)
        ("the strike claimed the life of a 58-year-old man", {"killed": (1, False)}),
        ("the attack cost the lives of four people", {"killed": (4, False)}),
        # ages listed, then one more person joining the list (fixture 912)
        ("women aged 47, 63, 71, and a 38-year-old man were injured", {"injured": (4, False)}),
    ],
)
def test_a_toll_told_by_a_noun_or_a_list_of_ages(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # the people's fate told after another verb of theirs, joined by "and" (fixture 917)
        ("five residents were pulled from a collapsed house and hospitalised", {"injured": (5, False)}),
        ("two pensioners came under fire near a shop and were wounded", {"injured": (2, False)}),
        # (not across a figure of its own, nor from a weapon's number, nor from a place after the people)
        ("12 people were rescued and 3 were hospitalised", {"injured": (3, False)}),
        ("two missiles hit the city and injured four people", {"injured": (4, False)}),
        (
            "troops killed 1 resident of the region and wounded 6",
            {"killed": (1, False), "injured": (6, False)},
        ),
        ("three people perished", {"killed": (3, False)}),
        ("a man was mortally wounded", {"killed": (1, False)}),
        # one person by any word of the vocabulary's people (fixture 918)
        ("The cyclist was injured.", {"injured": (1, False)}),
        ("a student was hurt", {"injured": (1, False)}),
        ("a security guard, 58, was hurt", {"injured": (1, False)}),
        # a zero told as what was known is no figure (labelling rule 8, fixture 919)
        ("a field burned, without casualties reported at the time", {}),
        ("the attack passed without casualties", {"killed": (0, False), "injured": (0, False)}),
    ],
)
def test_a_toll_after_another_verb_and_one_person_of_any_kind(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # children by every word the vocabulary has for them, with a word of who they are before (fixture 920)
        ("two teenage boys were injured", {"children_injured": (2, False)}),
        ("two little girls were hurt", {"children_injured": (2, False)}),
        ("a schoolgirl was injured", {"children_injured": (1, False)}),
        ("three pupils were hurt", {"children_injured": (3, False)}),
        ("two toddlers suffered cuts", {"children_injured": (2, False)}),
        # grown-ups by their work, one or several
        ("a teacher was killed", {"killed": (1, False)}),
        ("two teachers were injured", {"injured": (2, False)}),
        # (a minor injury is no minor)
        ("a woman suffered a minor injury", {"injured": (1, False)}),
        # a zero told "with no casualties" (fixture 921)
        ("two houses were damaged, with no casualties", {"killed": (0, False), "injured": (0, False)}),
    ],
)
def test_kinds_of_people_and_children_counted(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


@pytest.mark.parametrize(
    "clause, places",
    [
        # the nearest place the report gives for a strike is where it is mapped (labelling rule 1, seventh amendment)
        ("a strike on a village just outside the city of Kharkiv killed one", ["Kharkiv"]),
        ("A missile struck a farm near Balakliia, injuring two workers", ["Balakliia"]),
        ("Drones hit a warehouse on the outskirts of Kremenchuk", ["Kremenchuk"]),
        # a place of its own named first is the place hit; the city only says where it lies
        ("Shelling hit Pisochyn, a village just outside Kharkiv, injuring a man", ["Pisochyn"]),
        # heard or shot down near a place is no strike there; a road between two places is neither
        ("Explosions were heard near Kharkiv", []),
        ("Air defence shot down drones near Poltava", []),
        ("A drone hit a car on the highway between Kherson and Bilozerka", []),
    ],
)
def test_a_strike_near_a_place_is_mapped_there(clause, places):
    assert [m.name for m in find_places(clause)] == places


def test_one_more_person_told_with_also_after_the_person_is_added():
    # ("a man was wounded", then "a woman had also been wounded": one more hurt, labelling rule 12; fixture 922)
    text = (
        "A shell hit a street in Kupiansk. A 52-year-old man was wounded. "
        "A 61-year-old woman had also been wounded, the governor said later."
    )
    (event,) = extract_events(text)
    assert event.counts["injured"] == (2, False)


@pytest.mark.parametrize(
    "clause, expected",
    [
        # a reported zero in the present perfect is a zero, as "there were no casualties" is (labelling rule 8)
        ("There have been no casualties.", {"killed": (0, False), "injured": (0, False)}),
        ("so far there have been no injuries", {"injured": (0, False)}),
        (
            "there has been no one killed or wounded, and there have been no victims",
            {"killed": (0, False), "injured": (0, False)},
        ),
        # what was reported stays no figure (rule 8)
        ("there have been no casualties reported so far", {}),
    ],
)
def test_a_zero_told_in_the_present_perfect(clause, expected):
    counts, _ = find_counts(clause)
    got = {}
    for c in counts:
        got[c.field] = max(got.get(c.field, (0, False)), (c.value, c.at_least))
    assert got == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        # animals a strike killed or hurt are no casualties, nor the bare figure told of them next
        ("a drone hit a farm, killing 31 pigs and wounding 12", {}),
        ("eight head of cattle died", {}),
        ("twenty cows were killed and 14 injured", {}),
        # people told beside them keep their count
        ("the strike killed 22 cows and injured two people", {"injured": (2, False)}),
        ("eight head of cattle died and a 47-year-old man was injured", {"injured": (1, False)}),
    ],
)
def test_animals_counted_are_no_casualties(clause, expected):
    counts, _ = find_counts(clause)
    assert {c.field: (c.value, c.at_least) for c in counts} == expected


def test_the_namesake_vote_breaks_a_tie_by_evidence_never_by_set_order():
    from data.extraction.lookup import oblast_vote

    # two oblasts with two votes each: the one a place of a single oblast points to wins, whatever the order
    voters = [{"UA-23"}, {"UA-12", "UA-23"}, {"UA-12", "UA-05"}]
    assert oblast_vote(voters, more_than_half=False) == "UA-23"
    assert oblast_vote(list(reversed(voters)), more_than_half=False) == "UA-23"
    # a tie the evidence cannot break has no winner (it once went to whichever oblast a set iterated first)
    assert oblast_vote([{"UA-23", "UA-12"}, {"UA-12", "UA-23"}], more_than_half=False) is None


@pytest.mark.parametrize(
    "clause, expected",
    [
        # the region told by its noun alone after its town is that town's oblast, told together with it
        ("Sumy and its region were shelled overnight", [("Sumy", "settlement"), ("Sumy", "oblast")]),
        ("in Poltava and the surrounding region", [("Poltava", "settlement"), ("Poltava", "oblast")]),
        # the region "surrounding the city of X" is X's oblast; the city only says which
        ("shells fell on the region surrounding the city of Chernihiv", [("Chernihiv", "oblast")]),
        # a town told as where it lies is no region told with it
        ("a drone hit Romny in the Sumy region", [("Romny", "settlement"), ("Sumy", "oblast")]),
    ],
)
def test_a_region_named_by_its_noun_after_its_town(clause, expected):
    assert [(m.place_name, m.precision) for m in find_places(clause)] == expected


@pytest.mark.parametrize(
    "clause, kept",
    [
        # a region and its own town joined by "and": the toll told over both is the region's (rule 4)
        (
            "Kherson and the Kherson region came under fire",
            {("settlement", "Kherson"), ("oblast", "Kherson")},
        ),
        ("the Odesa region and Odesa were attacked", {("settlement", "Odesa"), ("oblast", "Odesa")}),
        # the region only says where the town is
        ("Kupiansk in the Kharkiv region came under fire", {("settlement", "Kupiansk")}),
        ("Kherson, Kherson region, came under fire", {("settlement", "Kherson")}),
    ],
)
def test_a_region_told_with_its_town_is_kept_beside_it(clause, kept):
    from data.extraction.places import drop_oblasts_of_settlements

    assert {m.key for m in drop_oblasts_of_settlements(find_places(clause), clause)} == kept
