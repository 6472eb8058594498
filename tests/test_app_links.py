"""Links that cite an event or a place, in AppTest: the record, the notes, the focus sent to the map."""

from __future__ import annotations

from tests.test_app_filters import run_with


def records(at) -> list[str]:
    return [e.proto.body for e in at.get("html") if 'class="sm-record"' in e.proto.body]


def test_a_cited_event_shows_its_record_even_when_filtered_out(monkeypatch):
    at = run_with(monkeypatch, {"event": "d-4", "weapon": "drone"})
    assert any('data-event-id="d-4"' in body for body in records(at))
    assert any("outside the current filters" in info.value for info in at.info)
    assert not at.warning


def test_a_cited_event_the_data_lacks_says_what_to_load(monkeypatch):
    at = run_with(monkeypatch, {"event": "**bold** ![x](http://example.org/x.png)"})
    warning = next(w.value for w in at.warning if "not in the data loaded here" in w.value)
    assert "Load event files" in warning
    # The id is shown as text: Markdown from a link cannot make an image or bold text.
    assert "![x](http" not in warning and "\\*\\*bold\\*\\*" in warning
    assert not records(at)


def test_a_place_search_for_a_village_the_gazetteer_lacks_reports_it(monkeypatch):
    at = run_with(monkeypatch, {"goto": "Жабелівка"})
    assert any("Zhabelivka · Жабелівка" in c.value for c in at.sidebar.caption), [
        c.value for c in at.sidebar.caption
    ]
    assert not any("is not in the gazetteer" in c.value for c in at.sidebar.caption)


def test_a_place_search_in_the_link_reports_the_place(monkeypatch):
    at = run_with(monkeypatch, {"goto": "Kharkov"})
    assert any("Kharkiv" in c.value and "2 loaded events within 5 km" in c.value for c in at.sidebar.caption)
    assert [b.label for b in at.sidebar.button if b.label in ("Events here", "Its oblast")] == [
        "Events here",
        "Its oblast",
    ]
