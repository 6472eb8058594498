"""Paste a report, review the candidates with their evidence, add them, see them on the map."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import count_event_markers, map_frame, open_app, wait_idle

pytestmark = pytest.mark.browser

REPORT = (
    "Poltava school hit as envoys meet in London\n\n"
    "A Russian missile hit a school in Poltava on Monday, killing two people and injuring at least 14.\n"
    "Ukrainian and European envoys met in London to discuss a ceasefire. "
    "A drone struck Chernihiv, injuring a dozen people.\n"
)
MARKERS = """() => Object.values(window.map._layers)
    .filter(l => l instanceof L.CircleMarker && l.getTooltip && l.getTooltip()).length"""


def _paste_and_find(page, url: str, report: str, text_label: str, find: str) -> int:
    """Open the page, paste ``report`` into the panel and ask for its events; the markers on the map before."""
    open_app(page, url)
    before = count_event_markers(map_frame(page))
    page.get_by_label(text_label).fill(report)
    page.get_by_role("button", name=find).click()
    wait_idle(page)
    return before


def _add_selected(page, button: str) -> None:
    page.locator('[data-testid="stDataFrame"], [data-testid="stDataEditor"]').first.wait_for()
    page.get_by_role("button", name=button).click()
    wait_idle(page)


def test_pasted_report_becomes_new_markers(server, page):
    before = _paste_and_find(page, server.url, REPORT, "Report text", "Find events")
    try:
        page.get_by_text("2 candidate events").wait_for()
        evidence = page.locator(".report-evidence mark")
        assert evidence.count() == 2
        assert "killing two people" in evidence.first.inner_text()
        assert "London" not in " ".join(evidence.all_inner_texts())
        _add_selected(page, "Add selected events to the map")
        page.get_by_text("Added 2 events from the report.").wait_for()
        frame = map_frame(page)
        frame.wait_for_function(f"() => ({MARKERS})() === {before + 2}")
        assert count_event_markers(frame) == before + 2
        tooltips = frame.evaluate(
            """() => Object.values(window.map._layers)
                .filter(l => l instanceof L.CircleMarker && l.getTooltip && l.getTooltip())
                .map(l => String(l.getTooltip().getContent()))"""
        )
        assert any("Poltava" in t for t in tooltips) and any("Chernihiv" in t for t in tooltips)
        assert not any("London" in t for t in tooltips)
    except Exception:
        print(server.output())
        raise
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "report_panel_map.png"), full_page=True)
    page.locator(".report-evidence").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "report_panel.png"))
    assert page.page_errors == []


# Our own words, invented figures: a Russian report pasted into the Ukrainian page.
RUSSIAN_REPORT = (
    "Вечером 3 июня российский беспилотник атаковал Чернигов: погибли два человека, не менее пяти ранены, "
    "среди них ребенок. Днем под обстрел попал Никополь, ранена 60-летняя женщина.\n"
)


def test_a_russian_report_on_the_ukrainian_page_is_read_with_its_evidence_as_written(start_server, page):
    app = start_server()
    before = _paste_and_find(
        page, f"{app.url}/?lang=uk", RUSSIAN_REPORT, "Текст повідомлення", "Знайти події"
    )
    try:
        page.get_by_text("2 можливі події").wait_for()
        page.get_by_text("Мова повідомлення: російська").wait_for()
        evidence = page.locator(".report-evidence mark").all_inner_texts()
        # the sentences as the report wrote them, not translated
        assert any("погибли два человека" in e for e in evidence)
        assert any("Никополь" in e for e in evidence)
        _add_selected(page, "Додати вибрані події на мапу")
        page.get_by_text("Додано 2 події з повідомлення.").wait_for()
        frame = map_frame(page)
        frame.wait_for_function(f"() => ({MARKERS})() === {before + 2}")
    except Exception:
        print(app.output())
        raise
    page.locator(".report-evidence").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "report_panel_russian.png"))
    assert page.page_errors == []


# Our own words, invented figures: two villages below the gazetteer's floor, one of which the bundled data knows
# only by its hromada (its point is the hromada's centre, and the event must say so).
VILLAGE_REPORT = (
    "Сумщина: нічна атака дронів\n\n"
    "Вночі ворожі дрони атакували прикордонні села Сумщини. У селі Сахни пошкоджено житловий будинок, "
    "поранено двох людей. Також під обстріл потрапило село Морозівка Кролевецької громади: загинув чоловік.\n"
)
POPUPS = """() => Object.values(window.map._layers)
    .filter(l => l instanceof L.CircleMarker && l.getPopup && l.getPopup())
    .map(l => String(l.getPopup().getContent().innerHTML || l.getPopup().getContent()))"""


def test_villages_the_gazetteer_lacks_land_on_the_map_and_say_what_their_point_is(server, page):
    before = _paste_and_find(page, server.url, VILLAGE_REPORT, "Report text", "Find events")
    try:
        page.get_by_text("2 candidate events").wait_for()
        page.get_by_text("(2 with a place)", exact=False).wait_for()
        _add_selected(page, "Add selected events to the map")
        page.get_by_text("Added 2 events from the report.").wait_for()
        frame = map_frame(page)
        frame.wait_for_function(f"() => ({MARKERS})() === {before + 2}")
        popups = frame.evaluate(POPUPS)
        sakhny = [p for p in popups if "Sakhny" in p]
        morozivka = [p for p in popups if "Morozivka" in p]
        assert len(sakhny) == 1 and len(morozivka) == 1, popups
        assert "centre of the hromada" in morozivka[0] and "Krolevetska hromada" in morozivka[0]
        assert "centre of the hromada" not in sakhny[0]
    except Exception:
        print(server.output())
        raise
    page.screenshot(path=str(SCREENSHOTS / "report_panel_villages.png"), full_page=True)
    assert page.page_errors == []
