"""Where the extractor's misses sit (data/extraction/misses.py): each kind must be told apart from the others."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from data.extraction import trace
from data.extraction.extract import extract_events
from data.extraction.misses import (
    BOUND_ONLY,
    EXTRA_WITH_FIGURES,
    EXTRA_WITHOUT_FIGURES,
    INVENTED,
    LEFT_OUT_UNWRITTEN,
    LEFT_OUT_WRITTEN,
    NOT_READ_AS_WRITTEN,
    NOT_READ_OTHERWISE,
    NOT_READ_REGION,
    NOT_READ_TABLE_ONLY,
    NOT_READ_UNKNOWN,
    PLACE_NAMED_NOT_TAKEN,
    PLACE_NOT_RECOGNISED,
    TOO_HIGH,
    TOO_LOW,
    UNTRACED,
    count_miss,
    extra_kind,
    left_out_at,
    not_read_why,
    written_values,
)
from data.extraction.score import main as score_main
from data.extraction.score import misses_by_kind, place_key, score_directory

# An invented report; its labels below are set against what the extractor reads, so that every kind turns up once.
REPORT = (
    "Drones hit Poltava and Lubny overnight\n\n"
    "Russian drones struck Poltava overnight, injuring seven people, the regional governor said. "
    "In Lubny, a drone hit a warehouse and at least three workers were hurt. "
    "In Horishni Plavni, shelling wounded two people. "
    "Mirgorod residents heard explosions, the governor said on his way to Karlivka. "
    "Last year, a strike on Hadiach killed two people."
)


def _event(place: str, **counts) -> dict:
    return {"location": place, "geo_precision": "settlement", "oblast_iso": "UA-53", **counts}


def test_each_kind_of_miss_is_told_apart(tmp_path):
    labels = {
        "report_date": "2025-05-02",
        "events": [
            _event(
                "Poltava", killed=1, injured=7, injured_at_least=True
            ),  # no "one" written; 7 is exact here
            _event(
                "Lubny", killed=7, injured=5, injured_at_least=True
            ),  # a 7 is written (for Poltava); 3 read
            _event("Horishni Plavni", killed=2),  # the 2 read as injured, where the label has none
            _event("Karlivka", injured=1),  # named only as where the governor went: the reader passes it by
            _event("Hadiach", killed=2),  # read as a place, its attack dated last year
            _event("Hlobyne", injured=1),  # never named
        ],
    }
    (tmp_path / "01.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "01.json").write_text(json.dumps(labels), encoding="utf-8")
    scores, _ = score_directory(tmp_path)
    groups = misses_by_kind(scores)
    people = groups["killed and injured"]
    assert people == {
        LEFT_OUT_UNWRITTEN: 1,  # Poltava's killed
        BOUND_ONLY: 1,  # Poltava's injured
        LEFT_OUT_WRITTEN: 2,  # Lubny's and Horishni Plavni's killed
        TOO_LOW: 1,  # Lubny's injured
        INVENTED: 1,  # Horishni Plavni's injured
        PLACE_NAMED_NOT_TAKEN: 2,  # Hadiach
        PLACE_NOT_RECOGNISED: 4,  # Karlivka and Hlobyne
    }
    assert groups["children"] == {PLACE_NAMED_NOT_TAKEN: 2, PLACE_NOT_RECOGNISED: 4}
    assert groups["events"] == {EXTRA_WITHOUT_FIGURES: 1}  # Myrhorod, where explosions were only heard
    # The kinds add up to what the scorer counts wrong.
    (score,) = scores
    assert sum(people.values()) == score.adult_counts_total - score.adult_counts_right
    # The place read and left out is put under the step that left it: its sentence tells last year's attack.
    assert score.left_out_at == {trace.PAST: 1}


def test_a_count_miss_is_put_under_one_kind():
    written = {7, 3}
    assert count_miss((7, False), (7, False), written) is None
    assert count_miss((7, True), (7, False), written) == BOUND_ONLY
    assert count_miss((7, False), (None, False), written) == LEFT_OUT_WRITTEN
    assert count_miss((12, False), (None, False), written) == LEFT_OUT_UNWRITTEN
    assert count_miss((None, False), (3, False), written) == INVENTED
    assert count_miss((3, False), (7, False), written) == TOO_HIGH
    assert count_miss((7, True), (3, True), written) == TOO_LOW


def test_written_values_read_words_and_figures_but_not_a_lone_person():
    assert written_values("Seven people were hurt and 12 homes damaged; a woman died.") >= {7, 12}
    assert 1 not in written_values("A woman died.")
    assert written_values("Семеро людей поранено.", "uk") == {7}


def test_an_extra_event_is_told_by_whether_it_carries_a_figure():
    fields = ("killed", "injured")
    assert extra_kind({"killed": None, "injured": 2}, fields) == EXTRA_WITH_FIGURES
    assert extra_kind({"killed": 0, "injured": None}, fields) == EXTRA_WITH_FIGURES
    assert extra_kind({"killed": None, "injured": None}, fields) == EXTRA_WITHOUT_FIGURES


def test_score_prints_the_misses_only_when_asked(tmp_path, capsys):
    (tmp_path / "01.txt").write_text(REPORT, encoding="utf-8")
    labels = {"report_date": "2025-05-02", "events": [_event("Poltava", injured=6)]}
    (tmp_path / "01.json").write_text(json.dumps(labels), encoding="utf-8")
    assert score_main(["--dir", str(tmp_path)]) == 0
    assert "counts wrong" not in capsys.readouterr().out
    assert score_main(["--dir", str(tmp_path), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "  killed and injured: 1 of 2 counts wrong" in out
    assert f"    {TOO_HIGH}:" in out
    # Three places the labels lack (Lubny and Horishni Plavni with figures, Myrhorod without).
    assert "events the labels lack: 3; extra event with figures 2; extra event without figures 1" in out
    assert "by the step that left them out" not in out  # every labelled place has its event


# Invented reports, each with a place its labels would hold that one step of the extractor leaves out.
LEFT_OUT = [
    (
        "Drones hit Sumy overnight, injuring two people. Recall that on May 3 a missile struck Okhtyrka, killing a man.",
        "Okhtyrka",
        "settlement",
        trace.RECALL,
    ),
    (
        "Вночі дрон атакував Суми, поранено двох людей. Нагадаємо, 3 травня ракета влучила в Охтирку, загинув чоловік.",
        "Okhtyrka",
        "settlement",
        trace.RECALL,
    ),
    (
        "On Monday, a drone hit Sumy, injuring two people. On Saturday, a bomb hit Romny, killing four.",
        "Romny",
        "settlement",
        trace.ANOTHER_DAY,
    ),
    (
        "Power was restored in Izmail, Reni and Kiliia after the attack. A drone hit Odesa, injuring three.",
        "Izmail",
        "settlement",
        trace.OTHER_MATTER,
    ),
    (
        "Drones hit Zolochiv and Kharkiv\n\nA drone hit a house in Kharkiv on Tuesday, wounding a man.",
        "Zolochiv",
        "settlement",
        trace.TITLE,
    ),
    (
        "Вночі дрон влучив у будинок у Смілі, поранено жінку. Вибухи лунали й у Черкасах.",
        "Cherkasy",
        "settlement",
        "made, then taken away: places where blasts were only heard",
    ),
    (
        "Russian troops shelled the Kharkiv region. In Kupiansk, two people were hurt.",
        "Kharkiv",
        "oblast",
        "made, then taken away: a region folded into its towns",
    ),
]


@pytest.mark.parametrize(("text", "place", "precision", "step"), LEFT_OUT)
def test_a_place_left_out_is_put_under_the_step_that_left_it(text, place, precision, step):
    with trace.tracing() as traced:
        events = extract_events(text, dt.date(2025, 6, 2))
    key = place_key({"location": place, "geo_precision": precision})
    assert key not in {place_key({"location": e.location, "geo_precision": e.geo_precision}) for e in events}
    language = "en" if text.isascii() else "uk"
    assert left_out_at(key, traced, language, place_key) == step


def test_the_trace_keeps_the_last_report_and_nothing_when_closed():
    trace.skip(0, trace.RECALL)  # no trace open: nothing is kept anywhere, and nothing fails
    with trace.tracing() as traced:
        extract_events("Shelling hit Nikopol on Monday. Recall that in 2023 a missile hit Marhanets.")
        assert traced.skipped
        extract_events("A drone hit Sumy, injuring two people.")
    assert traced.skipped == {} and traced.dropped == []
    assert [s.text for s in traced.sentences] == ["A drone hit Sumy, injuring two people."]
    # A place no sentence of the trace names is said so, not put under a step it never met
    assert left_out_at(("marhanets", "settlement"), traced, "en", place_key) == UNTRACED


def test_score_prints_the_step_that_left_each_place_out(tmp_path, capsys):
    (tmp_path / "01.txt").write_text(REPORT, encoding="utf-8")
    labels = {
        "report_date": "2025-05-02",
        "events": [_event("Poltava", injured=7), _event("Hadiach", killed=2)],
    }
    (tmp_path / "01.json").write_text(json.dumps(labels), encoding="utf-8")
    assert score_main(["--dir", str(tmp_path), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "  places read, no event made (1 labelled), by the step that left them out:" in out
    assert f"    {trace.PAST + ':':62}    1" in out
    # Karlivka, named only as where the governor went, is never read: it is put under what its name is
    (tmp_path / "01.json").write_text(
        json.dumps({**labels, "events": [_event("Karlivka", injured=1)]}), "utf-8"
    )
    assert score_main(["--dir", str(tmp_path), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "  places not read (1 labelled), by what they are:" in out
    assert f"    {NOT_READ_AS_WRITTEN + ':':62}    1" in out


def test_a_place_not_read_is_told_by_what_its_name_is():
    text = "Shelling hit Sumy. In Шостці a man was hurt."
    assert not_read_why({"location": "Sumy", "geo_precision": "oblast"}, text) == NOT_READ_REGION
    assert not_read_why({"location": "Zzyzxivka", "geo_precision": "settlement"}, text) == NOT_READ_UNKNOWN
    # Verbivochka is in the settlements table, not in the gazetteer
    assert (
        not_read_why({"location": "Verbivochka", "geo_precision": "settlement"}, text) == NOT_READ_TABLE_ONLY
    )
    assert not_read_why({"location": "Sumy", "geo_precision": "settlement"}, text) == NOT_READ_AS_WRITTEN
    # Shostka by the stem of its Ukrainian name, in any case
    assert not_read_why({"location": "Shostka", "geo_precision": "settlement"}, text) == NOT_READ_AS_WRITTEN
    assert not_read_why({"location": "Romny", "geo_precision": "settlement"}, text) == NOT_READ_OTHERWISE
