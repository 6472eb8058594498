"""The one place that leans on Streamlit's internals (pinned: streamlit==1.67.0).

**Uploads of forgotten sessions.** Streamlit keeps a closed tab's session for
``server.disconnectedSessionTTL`` (120 s) so a viewer whose network blinked gets it
back.  Once that time is up the session is dropped without being shut down, so the
bytes of the files it uploaded stay in the upload manager for as long as the server
runs (streamlit/streamlit#12506; a fix, #12521, was not merged): after a 100 MB upload
the server kept 100 MB for good, and the download buttons' deferred callables, which hold
the tables they export, stayed in the media file manager.  :func:`forget_uploads_of_gone_sessions`
releases both for sessions the server no longer knows.  ``tests/test_streamlit_compat.py``
fails if an upgrade renames what it uses.

**streamlit-folium imported inside a page run.** ``declare_component`` registers a
component with the server only when it is called in a page run (it asks for the run's
context; streamlit 1.67, ``components/v1/component_registry.py``).  streamlit-folium
declares its component when imported, so importing it during the server's start-up (the
warm-up in ``app.py``) would leave the map's frame without its files.  The page calls
:func:`st_folium` here, which imports streamlit-folium on the first call, inside a run.
``tests/test_warm_up.py`` checks the warm-up leaves it unimported; the browser tests draw
the map on a warmed-up server.

**The map's arguments rendered once per view** (streamlit-folium 0.27.4, folium 0.20.0).
``st_folium`` renders the map and its layers to script text on every call (folium
templates compiled anew, the text dedented, 0.1-0.15 s at 250,000 events), then hands
the strings to its component, ``streamlit_folium._component_func``.  The text is a pure
function of what the map shows (streamlit-folium names every element deterministically,
so equal maps give equal arguments and the browser keeps the map drawn), so
:func:`st_folium_memo` renders it once per view and calls the component with the same
arguments on later runs and visits.  To take the arguments without drawing, the module's
``_component_func`` is wrapped once by :class:`_Capture`, which passes every call through
unless the calling thread asked it to capture (sessions run in threads of their own).
``tests/test_streamlit_compat.py`` fails if an upgrade renames it or changes the arguments.

**Widget seeds from the link.** Widgets with ``bind="query-params"`` seed themselves
from the query string as it was when the page was opened (``QueryParams._initial_query_params``),
not from ``st.query_params``; :func:`rewrite_widget_seeds` changes those seeds with the link
(``components/link_params.py``).  If Streamlit renames it, the public change still happens and
the test in ``tests/test_hostile_page.py`` fails.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

_LOG = logging.getLogger(__name__)


def st_folium(fig, **kwargs):
    """``streamlit_folium.st_folium``, imported on the first call (in a page run, see above)."""
    from streamlit_folium import st_folium as draw

    return draw(fig, **kwargs)


# Rendered map arguments by view: each holds the map's script text (0.8 MB at 250,000 events).
RENDERED_MAPS = 16
_RENDERED: OrderedDict[str, dict[str, Any]] = OrderedDict()
_RENDERED_LOCK = threading.Lock()
_THREAD = threading.local()


class _Capture:
    """Wraps streamlit-folium's component: passes calls through, or records their arguments
    when the calling thread is rendering for :func:`st_folium_memo`."""

    def __init__(self, component):
        self.component = component

    def __call__(self, **arguments):
        if getattr(_THREAD, "capturing", False):
            _THREAD.arguments = arguments
            return None
        return self.component(**arguments)


def _component() -> _Capture:
    import streamlit_folium

    with _RENDERED_LOCK:
        if not isinstance(streamlit_folium._component_func, _Capture):  # noqa: SLF001 - see above
            streamlit_folium._component_func = _Capture(streamlit_folium._component_func)  # noqa: SLF001
        return streamlit_folium._component_func  # noqa: SLF001


def st_folium_memo(memo_key: str, build: Callable[[], tuple[Any, dict[str, Any]]]):
    """``st_folium(fig, **kwargs)`` for ``fig, kwargs = build()``, rendered once per ``memo_key``.

    ``memo_key`` must name everything the map shows (its events, layers, language, focus);
    ``build`` runs only when no map of that key was rendered.  Returns what ``st_folium``
    returns (the map's value).
    """
    from streamlit_folium import st_folium as draw

    component = _component()
    with _RENDERED_LOCK:
        arguments = _RENDERED.get(memo_key)
        if arguments is not None:
            _RENDERED.move_to_end(memo_key)
    if arguments is None:
        fig, kwargs = build()
        _THREAD.capturing, _THREAD.arguments = True, None
        try:
            draw(fig, **kwargs)
        finally:
            _THREAD.capturing = False
        arguments = _THREAD.arguments
        if arguments is None:
            raise RuntimeError(
                "streamlit_folium.st_folium no longer calls _component_func: see the module docstring"
            )
        with _RENDERED_LOCK:
            _RENDERED[memo_key] = arguments
            while len(_RENDERED) > RENDERED_MAPS:
                _RENDERED.popitem(last=False)
    return component.component(**arguments)


def forget_uploads_of_gone_sessions() -> int:
    """Let go of what sessions the server no longer knows still hold; how many sessions.

    Their uploaded files, and their download buttons' deferred callables, which close over
    the tables they export (a 313,580-row upload's, for one): what ``AppSession.shutdown``
    would have released.
    """
    try:
        from streamlit.runtime import Runtime

        if not Runtime.exists():
            return 0
        runtime = Runtime.instance()
        sessions = runtime._session_mgr  # noqa: SLF001 - see the module docstring
        storage = getattr(runtime.uploaded_file_mgr, "file_storage", None)
        media = runtime.media_file_mgr
        referenced = getattr(media, "_files_by_session_and_coord", None)
        candidates = set(storage) if isinstance(storage, dict) else set()
        if isinstance(referenced, dict):
            candidates |= set(list(referenced))
        gone = [sid for sid in candidates if sessions.get_session_info(sid) is None]
        for session_id in gone:
            runtime.uploaded_file_mgr.remove_session_files(session_id)
            media.clear_session_refs(session_id)
        if gone:
            media.remove_orphaned_files()  # drops the deferred callables no session refers to
        return len(gone)
    except Exception:  # noqa: BLE001 - a janitor never takes the server down
        _LOG.warning("could not sweep what closed sessions held", exc_info=True)
        return 0


def rewrite_widget_seeds(changes: dict[str, list[str]]) -> None:
    """Set (or, for an empty list, remove) the query values bound widgets are seeded from."""
    try:
        from streamlit.runtime.state.session_state_proxy import get_session_state

        with get_session_state().query_params() as params:
            initial = params._initial_query_params  # noqa: SLF001 - see the module docstring
            for key, values in changes.items():
                if values:
                    initial[key] = list(values)
                else:
                    initial.pop(key, None)
    except (ImportError, AttributeError):
        pass
