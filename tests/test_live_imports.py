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
