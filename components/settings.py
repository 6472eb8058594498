"""Operator settings read at the UI edge and passed into data/ (which never imports Streamlit)."""

from __future__ import annotations

import logging

import streamlit as st

from data.limits import Limits

_log = logging.getLogger(__name__)


@st.cache_resource(max_entries=1, ttl=300, show_spinner=False)
def app_limits() -> Limits:
    """The limits from the environment, else ``[limits]`` in ``.streamlit/secrets.toml``, else defaults.

    A mistaken setting is logged for the operator and the defaults are used: a viewer
    cannot fix it, and a page that refuses to start helps no one.
    """
    try:
        section = dict(st.secrets.get("limits", {}))
    except Exception:  # noqa: BLE001 - no secrets file, or one that is not TOML
        section = {}
    try:
        return Limits.from_settings(section)
    except ValueError as err:
        _log.error("Ignoring the limits settings: %s", err)
        return Limits()


def upload_megabytes(limits: Limits) -> int:
    """``max_upload_bytes`` in whole megabytes, as ``st.file_uploader(max_upload_size=...)`` takes it."""
    return max(1, -(-limits.max_upload_bytes // (1024 * 1024)))
