"""Strike Map: attacks on Ukrainian cities and their human cost.

Run with ``streamlit run app.py`` (the event store, seeded with the embedded report) or
``streamlit run app.py -- --data FILE`` (a file, read-only). The page is ``components/page.py``.

``streamlit run`` imports this file once before serving and finds ``app`` below: the page's
modules are imported, and the plain link's table and map built, while the server starts, so the
first visitor does not wait for them (issue 9). Each page run then executes this file as
``__main__``, which shows the page.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

import streamlit as st

_LOG = logging.getLogger("strike_map")


@asynccontextmanager
async def warm_up(_app):
    """Import the page and build its default view, then serve; a failure is logged, never fatal."""
    import anyio

    def build() -> None:
        try:
            from components.page import warm_up as warm_page  # after the runtime started: real caches

            warm_page()
        except Exception:  # noqa: BLE001 - the first page run shows the same error to its reader
            _LOG.exception("warming up the page failed; the first visit builds it")

    await anyio.to_thread.run_sync(build)
    yield


if __name__ == "__main__":  # a page run: Streamlit executes this file as __main__
    from components.page import show_page

    show_page()
else:  # imported by `streamlit run app.py`, which serves this ASGI app
    app = st.App("app.py", lifespan=warm_up)
