"""What components/streamlit_compat.py takes from Streamlit's internals is still there, and works."""

from __future__ import annotations

import inspect
import json
from types import SimpleNamespace

from streamlit.runtime import Runtime
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.uploaded_file_manager import UploadedFileRec
from streamlit.runtime.websocket_session_manager import WebsocketSessionManager

from components.streamlit_compat import forget_uploads_of_gone_sessions


def test_the_internals_used_are_still_there():
    manager = MemoryUploadedFileManager("/upload")
    assert isinstance(manager.file_storage, dict)
    from streamlit.runtime.media_file_manager import MediaFileManager
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    media = MediaFileManager(MemoryMediaFileStorage("/media"))
    assert isinstance(media._files_by_session_and_coord, dict)
    assert callable(media.clear_session_refs) and callable(media.remove_orphaned_files)
    assert callable(manager.remove_session_files)
    assert callable(WebsocketSessionManager.get_session_info)
    assert "_session_mgr" in inspect.getsource(Runtime.__init__)
    assert callable(Runtime.exists) and callable(Runtime.instance)
    # rewrite_widget_seeds: the query values bound widgets are seeded from.
    from streamlit.runtime.state.query_params import QueryParams
    from streamlit.runtime.state.session_state_proxy import get_session_state

    assert callable(get_session_state)
    assert isinstance(QueryParams()._initial_query_params, dict)


def test_uploads_of_sessions_the_server_forgot_are_dropped(monkeypatch):
    files = MemoryUploadedFileManager("/upload")
    for session in ("alive", "kept-for-reconnect", "forgotten"):
        files.add_file(
            session, UploadedFileRec(file_id=f"f-{session}", name="x.csv", type="text/csv", data=b"x" * 1000)
        )
    known = {"alive", "kept-for-reconnect"}
    from streamlit.runtime.media_file_manager import MediaFileManager
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    runtime = SimpleNamespace(
        uploaded_file_mgr=files,
        media_file_mgr=MediaFileManager(MemoryMediaFileStorage("/media")),
        _session_mgr=SimpleNamespace(get_session_info=lambda sid: object() if sid in known else None),
    )
    monkeypatch.setattr(Runtime, "exists", classmethod(lambda cls: True))
    monkeypatch.setattr(Runtime, "instance", classmethod(lambda cls: runtime))
    assert forget_uploads_of_gone_sessions() == 1
    assert set(files.file_storage) == known
    assert forget_uploads_of_gone_sessions() == 0


def test_without_a_server_nothing_happens():
    assert forget_uploads_of_gone_sessions() == 0


def test_download_callables_of_sessions_the_server_forgot_are_dropped(monkeypatch):
    # They close over the tables they export: a forgotten session's kept a 313,580-row upload alive.
    from streamlit.runtime.media_file_manager import MediaFileManager
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    media = MediaFileManager(MemoryMediaFileStorage("/media"))
    held = {}
    for session in ("alive", "forgotten"):
        monkeypatch.setattr("streamlit.runtime.media_file_manager._get_session_id", lambda s=session: s)
        table = bytearray(1000)
        held[session] = table
        media.add_deferred(lambda t=table: bytes(t), "text/csv", f"coord-{session}", file_name="x.csv")
    assert len(media._deferred_callables) == 2
    runtime = SimpleNamespace(
        uploaded_file_mgr=MemoryUploadedFileManager("/upload"),
        media_file_mgr=media,
        _session_mgr=SimpleNamespace(get_session_info=lambda sid: object() if sid == "alive" else None),
    )
    monkeypatch.setattr(Runtime, "exists", classmethod(lambda cls: True))
    monkeypatch.setattr(Runtime, "instance", classmethod(lambda cls: runtime))
    assert forget_uploads_of_gone_sessions() == 1
    assert len(media._deferred_callables) == 1
    assert set(media._files_by_session_and_coord) == {"alive"}


def _memo_page():
    import folium
    import streamlit as st

    from components.streamlit_compat import st_folium_memo

    built = st.session_state.setdefault("built", [])

    def build(zoom):
        def make():
            built.append(zoom)
            return folium.Map(location=[49.0, 32.0], zoom_start=zoom), dict(key="m", height=300, render=False)

        return make

    st_folium_memo(f"test-view-{st.session_state.get('zoom', 5)}", build(st.session_state.get("zoom", 5)))


def _map_arguments(at) -> list[str]:
    return [
        e.proto.json_args
        for e in at.get("component_instance")
        if e.proto.component_name.endswith("st_folium")
    ]


def test_a_map_is_rendered_once_per_view_and_drawn_with_the_same_arguments():
    import streamlit_folium
    from streamlit.testing.v1 import AppTest

    from components.streamlit_compat import _RENDERED

    _RENDERED.clear()
    at = AppTest.from_function(_memo_page).run()
    assert not at.exception, at.exception
    first = _map_arguments(at)
    assert len(first) == 1 and '"zoom": 5,' in json.loads(first[0])["script"]  # the map as built
    at.run()
    assert _map_arguments(at) == first  # same view: the same arguments, not rendered again
    assert at.session_state["built"] == [5]
    at.session_state["zoom"] = 7
    at.run()
    other = _map_arguments(at)
    assert len(other) == 1 and '"zoom": 7,' in json.loads(other[0])["script"]  # another view: its own
    assert at.session_state["built"] == [5, 7]
    # What it leans on: streamlit-folium hands its strings to this module-level function.
    assert callable(streamlit_folium._component_func)
