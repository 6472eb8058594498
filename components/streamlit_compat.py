"""The one place that leans on Streamlit's internals (pinned: streamlit==1.67.0).

**Uploads of forgotten sessions.** Streamlit keeps a closed tab's session for
``server.disconnectedSessionTTL`` (120 s) so a viewer whose network blinked gets it
back.  Once that time is up the session is dropped without being shut down, so the
bytes of the files it uploaded stay in the upload manager for as long as the server
runs (streamlit/streamlit#12506; a fix, #12521, was not merged): after a 100 MB upload
the server kept 100 MB for good.  :func:`forget_uploads_of_gone_sessions` removes the
uploads of sessions the server no longer knows.  ``tests/test_streamlit_compat.py``
fails if an upgrade renames what it uses.
"""

from __future__ import annotations

import logging

_LOG = logging.getLogger(__name__)


def forget_uploads_of_gone_sessions() -> int:
    """Drop uploaded files whose session is neither connected nor kept for a reconnect; how many sessions."""
    try:
        from streamlit.runtime import Runtime

        if not Runtime.exists():
            return 0
        runtime = Runtime.instance()
        storage = getattr(runtime.uploaded_file_mgr, "file_storage", None)
        sessions = runtime._session_mgr  # noqa: SLF001 - see the module docstring
        if not isinstance(storage, dict):
            return 0
        gone = [sid for sid in list(storage) if sessions.get_session_info(sid) is None]
        for session_id in gone:
            runtime.uploaded_file_mgr.remove_session_files(session_id)
        return len(gone)
    except Exception:  # noqa: BLE001 - a janitor never takes the server down
        _LOG.warning("could not sweep the uploads of closed sessions", exc_info=True)
        return 0
