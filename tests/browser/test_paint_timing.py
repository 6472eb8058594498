"""The benchmark times what was on the screen, not when the harness got round to looking.

``benchmarks/browser.py`` records, in every frame, when the event layer (or the floor
page's text) was first painted; the figures are those times.  Here a page shows its
text 400 ms after loading and then keeps its main thread busy for 1.5 s: the recorded
time must be the text's, not the end of the busy spell when Playwright could look.
"""

from __future__ import annotations

import re
import time

from benchmarks.browser import PAINT_WATCH

PAGE = """<!doctype html><html><body><div id="out"></div><script>
setTimeout(() => {
    document.getElementById("out").textContent = "hello";
    requestAnimationFrame(() => setTimeout(() => {
        const until = performance.now() + 1500;   // the main thread is busy, as with a big page
        while (performance.now() < until) {}
    }, 30));
}, 400);
</script></body></html>"""


def test_the_paint_watch_records_when_the_text_was_painted(chromium):
    context = chromium.new_context()
    context.route(
        re.compile(r"^http://localhost:9/"), lambda route: route.fulfill(body=PAGE, content_type="text/html")
    )
    context.add_init_script(PAINT_WATCH)
    page = context.new_page()
    try:
        clock, start = time.time(), time.perf_counter()
        page.goto("http://localhost:9/floor", wait_until="commit")
        page.wait_for_timeout(450)  # the text is shown; the busy spell begins
        page.get_by_text("hello").wait_for(timeout=30_000)
        noticed = time.perf_counter() - start
        shown = page.evaluate("() => window.__smHelloAt") / 1000 - clock
        assert noticed >= 1.5, noticed  # Playwright could look only after the busy spell
        assert 0.35 <= shown <= 1.0, shown  # the painted text's time
    finally:
        context.close()
