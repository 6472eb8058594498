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
