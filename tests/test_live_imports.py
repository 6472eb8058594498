"""Shared imports live exactly as long as a session holds them (data/importers/live.py)."""

from __future__ import annotations

import gc
import threading
import time

from data.importers.live import LiveByKey


class _Batch:
    def __init__(self, name: str):
        self.name = name


def test_the_same_key_is_built_once_and_shared():
    live: LiveByKey[_Batch] = LiveByKey()
    built = []

    def build():
        built.append(1)
        return _Batch("a")

    first = live.get("k", build)
    second = live.get("k", build)
    assert first is second and built == [1]


def test_a_batch_no_session_holds_is_freed():
    live: LiveByKey[_Batch] = LiveByKey()
    held = live.get("k", lambda: _Batch("a"))
    gc.collect()
    assert "k" in live
    del held  # the last session that held it is gone
    gc.collect()
    assert "k" not in live and len(live) == 0
    rebuilt = live.get("k", lambda: _Batch("b"))
    assert rebuilt.name == "b"


def test_sessions_asking_at_once_share_one_build():
    live: LiveByKey[_Batch] = LiveByKey()
    builds = []
    results = []

    def build():
        builds.append(1)
        time.sleep(0.2)
        return _Batch("slow")

    threads = [threading.Thread(target=lambda: results.append(live.get("k", build))) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert builds == [1]
    assert len({id(r) for r in results}) == 1 and len(results) == 5


def test_a_failed_build_is_not_kept():
    live: LiveByKey[_Batch] = LiveByKey()

    def broken():
        raise ValueError("bad file")

    try:
        live.get("k", broken)
    except ValueError:
        pass
    assert "k" not in live
    assert live.get("k", lambda: _Batch("ok")).name == "ok"


def test_letting_go_of_a_batch_is_reported():
    freed = []
    live: LiveByKey[_Batch] = LiveByKey(on_free=lambda: freed.append(1))
    held = live.get("k", lambda: _Batch("a"))
    assert freed == []
    del held
    gc.collect()
    assert freed == [1]


def test_the_janitor_collects_only_while_busy_and_gives_memory_back_when_told():
    from data.memory import MemoryJanitor

    busy = [False]
    janitor = MemoryJanitor(busy=lambda: busy[0], interval=0.05, delay=0.01)
    try:
        time.sleep(0.3)
        assert janitor.collections == 0 and janitor.releases == 0  # idle: nothing to do
        busy[0] = True
        deadline = time.monotonic() + 5
        while janitor.collections < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert janitor.collections >= 2 and janitor.releases >= 2
        busy[0] = False
        # A busy round may already have begun when busy went False: wait until no collection has
        # happened for several intervals, so the one release counted below can only be freed()'s.
        settled = janitor.collections
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            time.sleep(0.25)
            if janitor.collections == settled:
                break
            settled = janitor.collections
        assert janitor.collections == settled  # idle again: no more collections
        before = janitor.releases
        janitor.freed()
        deadline = time.monotonic() + 5
        while janitor.releases == before and time.monotonic() < deadline:
            time.sleep(0.02)
        assert janitor.releases == before + 1
    finally:
        janitor.stop()


def test_memory_comes_back_after_a_big_arrow_table_is_freed():
    # In a fresh process: pyarrow's allocator keeps freed pages until asked to give them back.
    import subprocess
    import sys
    from pathlib import Path

    script = """
import pyarrow as pa
from data.memory import release_unused_memory
def rss():
    return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS')) // 1024
table = pa.array(['x' * 60 + str(i) for i in range(3_000_000)])
del table
freed = rss()
release_unused_memory()
print(freed, rss())
"""
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120
    )
    freed, released = map(int, out.stdout.split())
    assert released < freed - 100, (freed, released)


def test_the_janitor_sweeps_every_interval_and_gives_back_what_the_sweep_let_go():
    from data.memory import MemoryJanitor

    swept = []

    def sweep():
        swept.append(1)
        return 1 if len(swept) == 2 else 0  # the second sweep lets something go

    janitor = MemoryJanitor(busy=lambda: False, interval=0.05, delay=0.01, sweep=sweep)
    try:
        deadline = time.monotonic() + 5
        while len(swept) < 4 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(swept) >= 4
        assert janitor.collections == 1 and janitor.releases == 1
    finally:
        janitor.stop()
