"""Publishing: map and chart images, the figure pack, a citation, and embedding.

Thin Streamlit wrappers: the images come from :mod:`geo.map_image` and
:mod:`data.figures`, rendered only when a download button is clicked; the
embed view reads the page's own URL parameters with :func:`data.filters.selection_from_query`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from components.link_params import link_params
from components.map_panel import show_event_map
from components.sources import file_events
from data.captions import citation, title_sentence
from data.display import escape_text, safe_url
from data.filters import apply_filter, layers_from_query, selection_from_query, table_token, view_token
from data.i18n import current_language, language, tr

EMBED_HEIGHT = 560  # the map's own height on the page (components.map_panel.MAP_HEIGHT)


def page_link(embed: bool = False) -> str | None:
    """The address of the current view (its URL parameters included), or None when unknown."""
    base = safe_url(st.context.url)
    if not base:
        return None
    params = [(key, value) for key, values in link_params().items() for value in values]
    if embed:
        params.append(("embed", "true"))
    return f"{base}?{urlencode(params)}" if params else base


def iframe_code(link: str, height: int = EMBED_HEIGHT + 40) -> str:
    """The ``<iframe>`` to paste into another page (the link is escaped for an attribute)."""
    return (
        f'<iframe src="{escape_text(link, reveal=False)}" width="100%" height="{height}" '
        'style="border:0" loading="lazy" title="Strike Map"></iframe>'
    )


# Imported on click: matplotlib and the Vega-Lite converter load only when an image is asked for.
# The files are made when a button is clicked, outside this page run: each is made in the
# language the page had when the button was drawn (``lang``), not whatever the context holds then.
def render_map_image(*args, lang: str | None = None, **kwargs) -> bytes:
    from geo.map_image import render_map_image as render

    with language(lang or current_language()):
        return render(*args, **kwargs)


def chart_images(*args, lang: str | None = None, **kwargs) -> dict[str, bytes]:
    from data.figures import chart_images as render

    with language(lang or current_language()):
        return render(*args, **kwargs)


def figure_pack(*args, lang: str | None = None, **kwargs) -> tuple[bytes, dict[str, bytes]]:
    from data.figures import figure_pack as render

    with language(lang or current_language()):
        return render(*args, **kwargs)


@st.cache_data(max_entries=16, ttl=3600, show_spinner=False)
def _citation(view: str, made: dt.date, link: str | None, _events: pd.DataFrame) -> str:
    # The view token includes the language, so each language has its own citation.
    # Keyed by the view token: the sources table of 250,000 events is not redone per rerun.
    return citation(_events, made, link)


def show_publish(events: pd.DataFrame, view: str, shade_by: str = "none") -> None:
    """Downloads of the map image, chart images and figure pack; the citation; the embed code.

    Parameters
    ----------
    events
        The filtered events, as the page shows them.
    view
        Their identity (:func:`data.filters.view_token`), the cache key of the citation.
    shade_by
        The oblast shading chosen for the map, drawn on the map image too.
    """
    made = dt.date.today()
    link = page_link()
    lang = current_language()
    st.subheader(tr("Publish"))
    if events.empty:
        st.info(tr("No events match these filters: there is nothing to publish."))
        return
    columns = st.columns(4)
    downloads = [
        (tr("Map image (PNG, web)"), "strike-map.png", "image/png",
         lambda: render_map_image(events, shade_by=shade_by, size="web", fmt="png", made=made, lang=lang)),
        (tr("Map image (PNG, print)"), "strike-map-print.png", "image/png",
         lambda: render_map_image(events, shade_by=shade_by, size="print", fmt="png", made=made, lang=lang)),
        (tr("Map image (SVG)"), "strike-map.svg", "image/svg+xml",
         lambda: render_map_image(events, shade_by=shade_by, size="web", fmt="svg", made=made, lang=lang)),
        (tr("Figure pack (zip)"), "strike-map-figures.zip", "application/zip",
         lambda: figure_pack(events, shade_by=shade_by, made=made, url=link, lang=lang)[0]),
    ]  # fmt: skip
    for column, (label, file_name, mime, make) in zip(columns, downloads):
        column.download_button(
            label, data=make, file_name=file_name, mime=mime, width="stretch", on_click="ignore"
        )
    st.download_button(
        tr("Chart images (PNG and SVG, zip)"),
        data=lambda: _zip(chart_images(events, made=made, lang=lang)),
        file_name="strike-map-charts.zip",
        mime="application/zip",
        on_click="ignore",
    )
    st.caption(
        tr(
            "Images are drawn from the events shown above, with a title saying what they show, "
            "the sources and the date. The pack adds the events (CSV), the sources with links and a README."
        )
    )
    # Folded, and built only when opened: the code boxes' highlighter cost the browser 0.6 s
    # of one task on every visit (measured at 250,000 events, right when a first filter
    # change was clicked), and the citation's sources table 0.1-0.3 s of server time per change.
    with st.expander(tr("Cite this view · embed the map"), key="cite", on_change="rerun") as cite:
        if cite.open:
            st.markdown("**" + tr("Cite as") + "**")
            st.code(_citation(view, made, link, events), language=None, wrap_lines=True)
            embed = page_link(embed=True)
            if embed:
                st.markdown(tr("**Embed this map** (map and legend only, same filters)"))
                st.code(iframe_code(embed), language="html", wrap_lines=True)


def _zip(files: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def show_embed_view(cli_path: str | None, default: Callable[[], pd.DataFrame]) -> bool:
    """In embed mode (``?embed=true``) draw the map and its legend only; return whether it did.

    The filters and layers come from the URL, read by the same code as the
    command line; nothing is drawn in the sidebar.
    """
    if not st.context.is_embedded:
        return False
    # What a fresh visitor of the full page sees: the --data file, else the default
    # (the event store).  Uploads live in one session only, so a link cannot show them.
    events = file_events(cli_path)
    if events is None:
        events = default()
    query = link_params()
    selection, _ = selection_from_query(query, events)
    layers = layers_from_query(query)
    visible = apply_filter(events, selection)
    view = view_token(table_token(events), selection)
    full_view = page_link()
    open_label = tr("open in Strike Map")
    link = (
        f' · <a href="{escape_text(full_view, reveal=False)}" target="_blank" rel="noopener noreferrer">{escape_text(open_label)}</a>'
        if full_view
        else ""
    )
    st.html(
        f'<div class="sm-embed-title" style="font:600 0.95rem/1.3 sans-serif;margin:0 0 4px">'
        f"{escape_text(title_sentence(visible))}{link}</div>"
    )
    show_event_map(visible, view, **layers)
    return True
