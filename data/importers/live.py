"""Imports in use, shared by content, each kept only while a session holds it.

The page's uploads used to stay in a server-wide cache for 15 minutes after the last
viewer had gone: a 100 MB upload's table (about 400 MB) outlived its session, and the
load test's server stayed 420 MB above where it started long after every session had
closed.  Here the registry holds each batch weakly: sessions keep their own batch
(``st.session_state``) and share it with every other session that uploads the same
bytes, and once the last of them is gone (Streamlit forgets a closed session after
``server.disconnectedSessionTTL``) the table is freed.  A new upload of the same file
after that is read from the validated table on disk (:mod:`data.cache`), not parsed again.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class LiveByKey(Generic[T]):
    """``get(key, build)``: the live object for ``key``, built once even when asked for at once."""

    def __init__(self, on_free: Callable[[], None] | None = None) -> None:
        # ``on_free`` is called when an object is let go (from whichever thread freed it).
        self.on_free = on_free
        self._live: weakref.WeakValueDictionary[str, T] = weakref.WeakValueDictionary()
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}

    def get(self, key: str, build: Callable[[], T]) -> T:
        with self._lock:
            found = self._live.get(key)
            if found is not None:
                return found
            key_lock = self._building.setdefault(key, threading.Lock())
        try:
            with key_lock:  # a second session asking for the same key waits for the first build
                found = self._live.get(key)
                if found is None:
                    found = build()
                    self._live[key] = found
                    weakref.finalize(found, self._freed)
                return found
        finally:
            with self._lock:
                if self._building.get(key) is key_lock and not key_lock.locked():
                    del self._building[key]

    def _freed(self) -> None:
        if self.on_free is not None:
            self.on_free()

    def __contains__(self, key: str) -> bool:
        return self._live.get(key) is not None

    def __len__(self) -> int:
        return len(self._live)

    def clear(self) -> None:
        with self._lock:
            self._live.clear()
