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
"""

from __future__ import annotations

import logging

_LOG = logging.getLogger(__name__)


def st_folium(fig, **kwargs):
    """``streamlit_folium.st_folium``, imported on the first call (in a page run, see above)."""
    from streamlit_folium import st_folium as draw

    return draw(fig, **kwargs)


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
