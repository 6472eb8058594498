"""Load test: many viewers on one server while another uploads a big file (localhost only).

``python benchmarks/load_test.py`` starts ``streamlit run app.py`` on a free port with
SYNTHETIC events (``--events``, default 10,000), then drives ``--sessions`` (default
20) browser sessions at once (one headless Debian Chromium, one context each, outside
traffic blocked), each of which

1. opens the page and waits until the map's event layer is drawn,
2. raises "minimum killed + injured" by one and waits for the redrawn layer,
3. clicks a circle on the map and waits for the page to settle,

while one more session uploads a file of about ``--upload-mb`` MB (default 100) of
synthetic events in the sidebar.  It prints one JSON object: errors (each with the
session and step), median and 95th percentile of the time to a drawn map for the
page and for the filter change, the upload's time, and the server's memory (RSS)
before the sessions, at its peak, and ``--settle`` seconds after every session closed.

Bounded: every step has a timeout (``--step-timeout``), the whole run a deadline
(``--deadline``), and only the server it started is stopped, by its process id.
Targets from issue 14 on the 2-core machine: 0 errors, p95 under 10 s for the page
and under 3 s for a filter change, memory back within 300 MB of where it started.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import re
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates

from benchmarks.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    EVENT_LAYER_DRAWN,
    IDLE,
    MAP_IFRAME,
    OUTSIDE,
    PAINT_WATCH,
    Server,
    process_memory_mb,
)

UPLOADER = ".st-key-upload input[type=file]"
RESULT_LISTS = (
    "page", "filter", "click", "rest", "errors",
    "page_browser", "filter_browser", "page_protocol", "filter_protocol",
)  # fmt: skip
SUMMARY = ".st-key-import_summary"


def _cpu_seconds(pid: int) -> float:
    """CPU time the process and its waited-for children have used (user + system)."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # After the command name: utime, stime, cutime, cstime are fields 12-15 (0-based 11-14).
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


class MemorySampler:
    """The server's RSS plus its child processes' (background imports), sampled twice a second."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak_total_mb = 0.0
        self.peak_children_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            memory = process_memory_mb(self.pid)
            if not memory:  # the server is gone
                return
            server = memory.get("VmRSS", 0.0)
            children = sum(process_memory_mb(child).get("VmRSS", 0.0) for child in _children(self.pid))
            self.peak_children_mb = max(self.peak_children_mb, children)
            self.peak_total_mb = max(self.peak_total_mb, server + children)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


def _watch_memory(pid: int, seconds: float, every: float = 15.0) -> list[tuple[float, float | None]]:
    """``[seconds waited, RSS MB]`` of ``pid`` now and every ``every`` s until ``seconds`` have passed."""
    readings = []
    started = time.perf_counter()
    while True:
        waited = time.perf_counter() - started
        readings.append((round(waited), process_memory_mb(pid).get("VmRSS")))
        if waited >= seconds:
            return readings
        time.sleep(min(every, max(0.0, seconds - waited)))


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))], 2)


def _write_events(path: Path, count: int, seed: int) -> None:
    from data.events_io import events_to_csv
    from data.synthetic import make_synthetic_events

    path.write_bytes(events_to_csv(make_synthetic_events(count, seed=seed)))


def _write_upload(path: Path, megabytes: int) -> None:
    """About ``megabytes`` MB of synthetic events: a sample's size per row decides how many."""
    sample = tempfile.NamedTemporaryFile(suffix=".csv", delete=False)
    _write_events(Path(sample.name), 2_000, seed=11)
    per_row = Path(sample.name).stat().st_size / 2_000
    Path(sample.name).unlink()
    _write_events(path, int(megabytes * 1024 * 1024 / per_row), seed=12)


async def _drawn_after(frame, start: float, clock: float) -> float:
    """Seconds from ``start`` until the layer was drawn, as the page recorded it (else noticed)."""
    noticed = time.perf_counter() - start
    at = await frame.evaluate(
        "() => window.__smDrawn && !window.strikeMapEvents.__measured ? window.__smDrawn.at : null"
    )
    return noticed if at is None else min(noticed, at / 1000 - clock)


async def _viewer(browser, url: str, number: int, timeout_ms: float, results: dict) -> None:
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    await context.route(re.compile(OUTSIDE, re.IGNORECASE), lambda route: route.abort())
    await context.add_init_script(PAINT_WATCH)  # timed in the page, as benchmarks/run.py does
    page = await context.new_page()
    step = "open"
    try:
        start, clock = time.perf_counter(), time.time()
        await page.goto(url, wait_until="commit")
        frame = await (await page.wait_for_selector(MAP_IFRAME, timeout=timeout_ms)).content_frame()
        await frame.wait_for_function(EVENT_LAYER_DRAWN, timeout=timeout_ms, polling=100)
        results["page"].append(await _drawn_after(frame, start, clock))
        results["page_browser"].append(results["page"][-1])

        step = "filter"
        await page.wait_for_selector(IDLE, timeout=timeout_ms)
        await frame.evaluate("() => { window.strikeMapEvents.__measured = true; }")
        start, clock = time.perf_counter(), time.time()
        await page.locator('[data-testid="stNumberInputStepUp"]').first.click(timeout=timeout_ms)
        await frame.wait_for_function(EVENT_LAYER_DRAWN, timeout=timeout_ms, polling=100)
        results["filter"].append(await _drawn_after(frame, start, clock))
        results["filter_browser"].append(results["filter"][-1])

        step = "click"
        iframe = page.locator(MAP_IFRAME)
        await iframe.scroll_into_view_if_needed(timeout=timeout_ms)
        point = await frame.evaluate(
            """() => {
                const m = Object.values(window.map._layers).find(
                    l => l instanceof L.CircleMarker && l.getTooltip && l.getTooltip());
                if (!m) { return null; }
                const p = window.map.latLngToContainerPoint(m.getLatLng());
                return {x: p.x, y: p.y};
            }"""
        )
        box = await iframe.bounding_box()
        start = time.perf_counter()
        if point and box:
            await page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
            await page.wait_for_timeout(300)
        await page.wait_for_selector(IDLE, timeout=timeout_ms)
        results["click"].append(time.perf_counter() - start)
        errors = [e for e in results["page_errors"].get(number, [])]
        if errors:
            results["errors"].append({"session": number, "step": "page", "error": errors[0][:200]})
    except Exception as err:  # noqa: BLE001 - every failure is counted, none stops the others
        results["errors"].append(
            {"session": number, "step": step, "error": f"{type(err).__name__}: {err}"[:300]}
        )
    finally:
        await context.close()


class ProtocolSession:
    """One viewer speaking Streamlit's own websocket protocol, rendering nothing.

    It asks for script runs as the browser does (a ``BackMsg`` with the widgets' states)
    and reads the ``ForwardMsg``s the server sends back: the server's whole share of a
    viewer's page, without a browser's drawing, which happens on each viewer's own
    machine.  Twenty Chromium pages on the server's two cores measure the browsers, not
    the server (see the README).
    """

    def __init__(self, websocket, timeout_s: float):
        self.websocket = websocket
        self.timeout_s = timeout_s
        self.widgets: dict[str, WidgetState] = {}
        self.map_id: str | None = None
        self.map_args: str | None = None
        self.min_cas_id: str | None = None
        self.map_fragment: str = ""
        self.cached: dict[str, ForwardMsg] = {}

    async def rerun(self, fragment_id: str = "") -> None:
        state = ClientState(
            query_string="",
            widget_states=WidgetStates(widgets=list(self.widgets.values())),
            fragment_id=fragment_id,
            # As the browser does: big elements it already holds come back as references.
            cached_message_hashes=list(self.cached),
        )
        await self.websocket.send(BackMsg(rerun_script=state).SerializeToString())

    async def read_run(self) -> ProtocolRun:
        """Messages until a script run ends (a run ended early for a rerun is followed)."""
        run = ProtocolRun(started=time.perf_counter())
        while True:
            message = ForwardMsg()
            message.ParseFromString(await asyncio.wait_for(self.websocket.recv(), self.timeout_s))
            if message.WhichOneof("type") == "ref_hash":
                message = self.cached[message.ref_hash]
                run.references += 1
            elif message.metadata.cacheable:
                self.cached[message.hash] = message
            kind = message.WhichOneof("type")
            if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                name = element.WhichOneof("type")
                run.elements.append(name)
                if name == "component_instance" and element.component_instance.component_name.endswith(
                    "st_folium"
                ):
                    run.map_at = run.map_at or time.perf_counter()
                    self.map_id = element.component_instance.id
                    self.map_fragment = message.delta.fragment_id
                    run.map_changed = run.map_changed or element.component_instance.json_args != self.map_args
                    self.map_args = element.component_instance.json_args
                elif name == "number_input" and element.number_input.query_param_key == "min_cas":
                    self.min_cas_id = element.number_input.id
                elif name == "exception":
                    run.errors.append(f"{element.exception.type}: {element.exception.message}"[:200])
                elif name == "html" and "sm-record" in element.html.body:
                    run.records += 1
            elif kind == "script_finished":
                if message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    run.fragment = message.script_finished == ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY
                    run.finished = time.perf_counter()
                    return run

    def set_map_value(self, tooltip: str | None = None) -> None:
        """The map's value as the browser sends it: drawn, and the clicked point's tooltip text."""
        value = {"last_object_clicked_tooltip": tooltip, "strike_map_drawn": True}
        self.widgets[self.map_id] = WidgetState(id=self.map_id, json_value=json.dumps(value))

    def first_tooltip(self) -> str | None:
        """The text of the first point's tooltip in the map's event layer (what a click returns)."""
        layer = json.loads(self.map_args or "{}").get("feature_group", "")
        found = re.search(r'"tip":\s*\[\s*("(?:[^"\\]|\\.)*")', layer)
        if not found:
            return None
        return html.unescape(re.sub(r"<[^>]+>", " ", json.loads(found.group(1)))).strip()


@dataclass
class ProtocolRun:
    started: float
    finished: float | None = None
    map_at: float | None = None
    map_changed: bool = False
    fragment: bool = False
    records: int = 0
    references: int = 0
    elements: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


async def _protocol_viewer(url: str, number: int, timeout_ms: float, results: dict) -> None:
    """Open the page, let the map report "drawn", raise the minimum by one, click a point."""
    from websockets.asyncio.client import connect

    timeout_s = timeout_ms / 1000
    stream = re.sub(r"^http", "ws", url) + "/_stcore/stream"
    step = "open"
    try:
        async with connect(stream, subprotocols=["streamlit"], max_size=None, open_timeout=timeout_s) as ws:
            session = ProtocolSession(ws, timeout_s)
            start = time.perf_counter()
            await session.rerun()
            run = await session.read_run()
            if run.map_at is None:
                raise RuntimeError(f"no map in the page ({len(run.elements)} elements)")
            results["page"].append(run.map_at - start)
            results["page_protocol"].append(run.map_at - start)

            step = "rest"  # the map reports "drawn"; the charts and the table follow
            session.set_map_value()
            start = time.perf_counter()
            await session.rerun()
            run = await session.read_run()
            while "dataframe" not in run.elements and time.perf_counter() - start < timeout_s:
                run = await session.read_run()
            results["rest"].append(run.finished - start)
            errors = list(run.errors)

            step = "filter"
            session.widgets[session.min_cas_id] = WidgetState(id=session.min_cas_id, int_value=1)
            start = time.perf_counter()
            await session.rerun()
            run = await session.read_run()
            if not run.map_changed:
                raise RuntimeError("the filter change sent no new map")
            results["filter"].append(run.map_at - start)
            results["filter_protocol"].append(run.map_at - start)
            errors += run.errors

            step = "click"
            tooltip = session.first_tooltip()
            if not tooltip:
                raise RuntimeError("no point to click in the map's layer")
            session.set_map_value(tooltip)
            start = time.perf_counter()
            # As in the browser: a click on the map reruns the map's fragment only.
            await session.rerun(fragment_id=session.map_fragment)
            run = await session.read_run()
            if not run.records:
                raise RuntimeError("the click showed no record")
            results["click"].append(run.finished - start)
            errors += run.errors
            if errors:
                results["errors"].append({"session": number, "step": "page", "error": errors[0]})
    except Exception as err:  # noqa: BLE001 - every failure is counted, none stops the others
        results["errors"].append(
            {"session": number, "step": step, "error": f"{type(err).__name__}: {err}"[:300]}
        )


async def _uploader(browser, url: str, upload: Path, timeout_ms: float, results: dict) -> None:
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    await context.route(re.compile(OUTSIDE, re.IGNORECASE), lambda route: route.abort())
    page = await context.new_page()
    try:
        await page.goto(url, wait_until="commit")
        await page.wait_for_selector(IDLE, timeout=timeout_ms)
        start = time.perf_counter()
        await page.locator(UPLOADER).set_input_files(str(upload), timeout=timeout_ms)
        # Done when the sidebar summarises the uploaded file (read, or refused with a reason).
        await page.wait_for_function(
            """(name) => { const s = document.querySelector('.st-key-import_summary');
                return s && s.innerText.includes(name) &&
                    (s.innerText.includes('rows read') || s.innerText.includes('could not be loaded')); }""",
            arg=upload.name,
            timeout=timeout_ms,
            polling=250,
        )
        results["upload"] = round(time.perf_counter() - start, 2)
        results["upload_summary"] = (await page.locator(SUMMARY).inner_text())[:300]
    except Exception as err:  # noqa: BLE001
        results["errors"].append(
            {"session": "upload", "step": "upload", "error": f"{type(err).__name__}: {err}"[:300]}
        )
    finally:
        await context.close()


async def _drive(
    url: str, sessions: int, browsers: int, upload: Path | None, timeout_ms: float, deadline: float
) -> dict:
    """``sessions`` viewers at once, the first ``browsers`` of them in Chromium, the rest protocol clients."""
    from playwright.async_api import async_playwright

    results: dict = {name: [] for name in RESULT_LISTS}
    results["page_errors"] = {}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            tasks = [
                (_viewer(browser, url, n, timeout_ms, results) if n < browsers
                 else _protocol_viewer(url, n, timeout_ms, results))
                for n in range(sessions)
            ]  # fmt: skip
            if upload is not None:
                tasks.append(_uploader(browser, url, upload, timeout_ms, results))
            await asyncio.wait_for(asyncio.gather(*tasks), timeout=deadline)
        except TimeoutError:
            results["errors"].append(
                {"session": "all", "step": "deadline", "error": f"over {deadline:.0f} s"}
            )
        finally:
            await browser.close()
    return results


def _times(values: list[float]) -> dict:
    return {"median": _percentile(values, 0.5), "p95": _percentile(values, 0.95), "n": len(values)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent viewers (at most 50)")
    parser.add_argument(
        "--browsers",
        type=int,
        default=2,
        help="how many of the viewers are Chromium pages (the rest speak the protocol); default 2",
    )
    parser.add_argument("--events", type=int, default=10_000, help="synthetic events on the server")
    parser.add_argument("--upload-mb", type=int, default=100, help="size of the upload; 0 for none")
    parser.add_argument("--step-timeout", type=float, default=180, help="seconds per step")
    parser.add_argument("--deadline", type=float, default=900, help="seconds for the whole run")
    parser.add_argument(
        "--settle",
        type=float,
        default=150,
        help="seconds to watch memory after the sessions closed (the server forgets a closed "
        "session after server.disconnectedSessionTTL, 120 s by default)",
    )
    parser.add_argument(
        "--after-visit",
        type=float,
        default=75,
        help="seconds to watch memory after one more viewer came and went (default 75)",
    )
    parser.add_argument("--port", type=int, default=None, help="the server's port (default: a free one)")
    args = parser.parse_args(argv)
    sessions = max(1, min(args.sessions, 50))
    browsers = max(0, min(args.browsers, sessions))

    with tempfile.TemporaryDirectory(prefix="strike-map-load-") as folder:
        data = Path(folder) / "events.csv"
        _write_events(data, args.events, seed=7)
        upload = None
        if args.upload_mb > 0:
            upload = Path(folder) / "upload.csv"
            _write_upload(upload, args.upload_mb)
        server = Server("app.py", ["--data", str(data)], port=args.port)
        sampler = None
        settled: list[tuple[float, float | None]] = []
        after_visit: list[tuple[float, float | None]] = []
        try:
            # One warm visit in Chromium, so "before" is a server that has served the page once.
            asyncio.run(_drive(server.url, 1, 1, None, args.step_timeout * 1000, args.deadline))
            before = process_memory_mb(server.process.pid)
            sampler = MemorySampler(server.process.pid)
            cpu_before = _cpu_seconds(server.process.pid)
            started = time.perf_counter()
            results = asyncio.run(
                _drive(server.url, sessions, browsers, upload, args.step_timeout * 1000, args.deadline)
            )
            wall = time.perf_counter() - started
            server_cpu = _cpu_seconds(server.process.pid) - cpu_before
            during = process_memory_mb(server.process.pid)
            settled = _watch_memory(server.process.pid, args.settle)
            # Streamlit forgets expired sessions lazily, when the next session is stored:
            # one more viewer comes and goes, as on any server in use, and memory is watched
            # for a janitor's minute (data/memory.py).
            asyncio.run(_drive(server.url, 1, 0, None, args.step_timeout * 1000, args.deadline))
            after_visit = _watch_memory(server.process.pid, args.after_visit)
        finally:
            if sampler is not None:
                sampler.stop()
            server.stop()
    report = {
        "sessions": sessions,
        "browser_sessions": browsers,
        "protocol_sessions": sessions - browsers,
        "events": args.events,
        "upload_mb": round(upload.stat().st_size / 1024 / 1024, 1)
        if upload and upload.exists()
        else args.upload_mb,
        "errors": len(results["errors"]),
        "error_list": results["errors"][:10],
        # Time until the map reached the viewer (protocol) or was drawn (browser).
        "page_s": _times(results["page"]),
        "filter_s": _times(results["filter"]),
        "click_s": _times(results["click"]),
        # Protocol viewers: from the map's "drawn" report until the charts and the table arrived.
        "rest_of_page_s": _times(results["rest"]),
        "by_kind": {
            "browser": {
                "page_s": _times(results["page_browser"]),
                "filter_s": _times(results["filter_browser"]),
            },
            "protocol": {
                "page_s": _times(results["page_protocol"]),
                "filter_s": _times(results["filter_protocol"]),
            },
        },
        "upload_s": results.get("upload"),
        "upload_summary": results.get("upload_summary"),
        "wall_s": round(wall, 1),
        # The server's own CPU time (and its finished import children's) over the run: when it
        # is far below wall time x 2 cores, the browsers on the same machine took the rest.
        "server_cpu_s": round(server_cpu, 1),
        "server_rss_mb": {
            "before": before.get("VmRSS"),
            "peak": during.get("VmHWM"),
            "end_of_run": during.get("VmRSS"),
            "after_settle": settled[-1][1],
            # [seconds after the sessions closed, RSS]
            "after_close": settled,
            # [seconds after one more viewer came and went, RSS]: the figure for the target
            "after_next_viewer": after_visit,
            "back_within_mb": round(after_visit[-1][1] - before.get("VmRSS", 0.0), 1)
            if after_visit and after_visit[-1][1]
            else None,
            # Background imports run in child processes: their memory is not the server's,
            # but the machine pays for it while they run.
            "peak_with_import_children": round(sampler.peak_total_mb, 1),
            "peak_import_children": round(sampler.peak_children_mb, 1),
        },
    }
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0 if not results["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
