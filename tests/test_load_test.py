"""The load test's memory readings count the background imports' child processes too."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.load_test import MemorySampler, _children, _percentile


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_the_sampler_sees_a_child_and_its_memory():
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; block = bytearray(80_000_000); block[::4096] = b'x' * len(block[::4096]); time.sleep(4)",
        ]
    )
    try:
        sampler = MemorySampler(os.getpid())
        deadline = time.monotonic() + 15
        while sampler.peak_children_mb < 70 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert child.pid in _children(os.getpid())
        sampler.stop()
        assert sampler.peak_children_mb >= 70, sampler.peak_children_mb
        assert sampler.peak_total_mb > sampler.peak_children_mb
    finally:
        child.kill()
        child.wait()


def test_percentiles():
    assert _percentile([], 0.5) is None
    assert _percentile([3.0, 1.0, 2.0], 0.5) == 2.0
    assert _percentile([float(n) for n in range(1, 21)], 0.95) == 19.0


def _run(coroutine):
    """Run a coroutine on a loop of its own thread: the browser tests' Playwright keeps one running here."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


class _FakeSocket:
    """Plays back ForwardMsgs as a Streamlit server would send them; records what is sent."""

    def __init__(self, messages):
        self.messages = [m.SerializeToString() for m in messages]
        self.sent = []

    async def recv(self):
        return self.messages.pop(0)

    async def send(self, data):
        self.sent.append(data)


def _element(fill, fragment_id=""):
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    message = ForwardMsg()
    message.delta.fragment_id = fragment_id
    fill(message.delta.new_element)
    return message


def _finished(status):
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    message = ForwardMsg()
    message.script_finished = status
    return message


def _map(element, tip="<b>Kharkiv</b> &amp; more · key k1"):
    import json as _json

    layer = "var d = " + _json.dumps({"lat": [50.0], "tip": [tip, "other"]}) + ";"
    element.component_instance.component_name = "streamlit_folium.st_folium"
    element.component_instance.id = "$$ID-map"
    element.component_instance.json_args = _json.dumps({"feature_group": layer})


def test_the_protocol_session_reads_a_run_as_the_browser_would():

    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    from benchmarks.load_test import ProtocolSession

    def number(element):
        element.number_input.id = "$$ID-min"
        element.number_input.query_param_key = "min_cas"

    def failure(element):
        element.exception.type = "ValueError"
        element.exception.message = "boom"

    def record(element):
        element.html.body = '<div class="sm-record">x</div>'

    socket = _FakeSocket(
        [
            _element(number),
            _finished(ForwardMsg.FINISHED_EARLY_FOR_RERUN),  # followed, not the end of the run
            _element(_map, fragment_id="frag-1"),
            _element(failure),
            _element(record),
            _finished(ForwardMsg.FINISHED_SUCCESSFULLY),
        ]
    )
    session = ProtocolSession(socket, timeout_s=5)
    run = _run(session.read_run())
    assert run.map_at is not None and run.map_changed
    assert session.min_cas_id == "$$ID-min" and session.map_id == "$$ID-map"
    assert session.map_fragment == "frag-1"
    assert run.errors == ["ValueError: boom"]
    assert run.records == 1 and not run.fragment
    # The clicked point's tooltip comes back as its text, as streamlit-folium returns it.
    assert session.first_tooltip() == "Kharkiv  & more · key k1"


def test_the_protocol_session_sends_the_widgets_and_the_fragment():
    import json as _json

    from streamlit.proto.BackMsg_pb2 import BackMsg

    from benchmarks.load_test import ProtocolSession

    socket = _FakeSocket([])
    session = ProtocolSession(socket, timeout_s=5)
    session.map_id = "$$ID-map"
    session.set_map_value("tip text")
    _run(session.rerun(fragment_id="frag-1"))
    sent = BackMsg()
    sent.ParseFromString(socket.sent[0])
    state = sent.rerun_script
    assert state.fragment_id == "frag-1"
    (widget,) = state.widget_states.widgets
    assert widget.id == "$$ID-map"
    assert _json.loads(widget.json_value) == {
        "last_object_clicked_tooltip": "tip text",
        "strike_map_drawn": True,
    }


def test_the_protocol_session_keeps_big_messages_as_the_browser_does():

    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    from benchmarks.load_test import ProtocolSession

    big = _element(_map)
    big.hash = "h-map"
    big.metadata.cacheable = True
    reference = ForwardMsg()
    reference.ref_hash = "h-map"
    socket = _FakeSocket([big, _finished(ForwardMsg.FINISHED_SUCCESSFULLY), reference, _finished(0)])
    session = ProtocolSession(socket, timeout_s=5)
    _run(session.read_run())
    _run(session.rerun())
    sent = BackMsg()
    sent.ParseFromString(socket.sent[0])
    assert list(sent.rerun_script.cached_message_hashes) == ["h-map"]
    run = _run(session.read_run())  # the map comes back as a reference, and is found
    assert run.references == 1 and run.map_at is not None and not run.map_changed


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_memory_is_watched_until_the_time_is_up():
    from benchmarks.load_test import _watch_memory

    readings = _watch_memory(os.getpid(), 0.1, every=0.03)
    assert readings[0][0] == 0 and len(readings) >= 3
    assert all(rss and rss > 10 for _, rss in readings)
