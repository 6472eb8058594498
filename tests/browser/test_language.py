"""The page in Ukrainian from a link, and the switch back, in a real browser (outside traffic blocked)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import count_event_markers, map_frame, open_app, wait_idle

pytestmark = pytest.mark.browser


def test_a_ukrainian_link_opens_in_ukrainian_and_the_switch_goes_back(server, page):
    page.set_viewport_size({"width": 1280, "height": 1600})
    open_app(page, f"{server.url}/?lang=uk")
    frame = map_frame(page)
    assert count_event_markers(frame) == 5
    main = page.inner_text('[data-testid="stMain"]')
    sidebar = page.inner_text('[data-testid="stSidebar"]')
    assert "Мапа ударів" in main and "Вибрана подія" in main and "не повідомлено" in main
    assert "Фільтри" in sidebar and "Засіб ураження" in sidebar
    # Drawn by fragments and the map's own script: they follow the language too.
    assert "Selected event" not in main and "Click a circle" not in main
    assert frame.inner_text(".sm-copy-link") == "Копіювати посилання"
    legend = frame.inner_text(".sm-legend")
    assert "Легенда" in legend and "Площа кола" in legend and "Legend" not in legend
    page.wait_for_timeout(800)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "ukrainian.png"), full_page=True)

    page.locator('[data-testid="stButtonGroup"] button', has_text="English").click()
    wait_idle(page)
    page.wait_for_function("() => !location.search.includes('lang=')")
    assert "Strike Map" in page.inner_text('[data-testid="stMain"]')
    page.locator('[data-testid="stButtonGroup"] button', has_text="Українська").click()
    wait_idle(page)
    page.wait_for_function("() => location.search.includes('lang=uk')")
    assert re.search(r"lang=uk", page.url)


# Elements whose text must fit: buttons, tabs, widget labels, headline cards, expanders.
OVERFLOW_SCRIPT = """() => {
  // Widget labels are measured by their text (their box also holds the help icon).
  const selectors = ['button', '[data-baseweb="tab"]', '.sm-figure', '[data-testid="stExpander"] summary',
                     '[data-testid="stMarkdownContainer"] p'];
  const found = [];
  for (const element of document.querySelectorAll(selectors.join(','))) {
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height) continue;  // hidden (closed tabs, collapsed expanders)
    if (element.scrollWidth > element.clientWidth + 2) {
      found.push(element.tagName + ': ' + element.innerText.slice(0, 80));
    }
  }
  // Text cut with an ellipsis (buttons, segmented controls), or a control wider than its column.
  // Streamlit's own upload hint ("200MB per file • CSV, ...") is cut in every language: not ours.
  for (const element of document.querySelectorAll('[data-testid="stMain"] *, [data-testid="stSidebar"] *')) {
    if (element.closest('[data-testid="stFileUploaderDropzoneInstructions"]')) continue;
    // The language switch names both languages in every language (a phone's sidebar is narrow for it).
    if (element.innerText && element.innerText.includes('English') && element.innerText.includes('Українська')) continue;
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    const style = getComputedStyle(element);
    const clips = style.textOverflow === 'ellipsis' || element.matches('[data-testid="stButtonGroup"]');
    if (clips && element.scrollWidth > element.clientWidth + 1) {
      found.push('cut: ' + element.innerText.slice(0, 80));
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 2) found.push('the page scrolls sideways');
  return found;
}"""


def test_the_whole_page_in_ukrainian_fits_and_has_no_english(start_server, page, tmp_path):
    """A dated file, a date range: timeline, comparison, import summary and charts all in Ukrainian."""
    from data.events_io import events_to_csv
    from data.synthetic import make_synthetic_events
    from tests.test_i18n import english_left

    path = tmp_path / "events.csv"
    path.write_bytes(events_to_csv(make_synthetic_events(300, seed=5)))
    app = start_server(["--data", str(path)])
    # Tall: Streamlit scrolls inside its own container, so a screenshot shows the viewport only.
    page.set_viewport_size({"width": 1280, "height": 4200})
    open_app(page, f"{app.url}/?lang=uk&dates=2024-03-01&dates=2024-03-31&compare=true")
    map_frame(page)
    wait_idle(page)
    main = page.inner_text('[data-testid="stMain"]')
    sidebar = page.inner_text('[data-testid="stSidebar"]')
    assert "Протягніть по шкалі часу" in main and "Зараз:" in main and "Прочитано 300 рядків" in sidebar
    lines = [("page", line) for line in (main + "\n" + sidebar).splitlines() if line.strip()]
    assert not english_left(lines), "\n".join(english_left(lines))
    # Charts draw on a canvas: their month names are checked in the spec (tests/test_i18n.py)
    # and by eye on the screenshot.
    assert not page.evaluate(OVERFLOW_SCRIPT)
    page.wait_for_timeout(800)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "ukrainian-dated.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: long Ukrainian labels must wrap
    wait_idle(page)
    page.wait_for_timeout(800)
    assert not page.evaluate(OVERFLOW_SCRIPT)
    page.screenshot(path=str(SCREENSHOTS / "ukrainian-phone.png"), full_page=True)
