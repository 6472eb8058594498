"""Sidebar filters, each bound to the URL so a copied link opens the same view."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.link_params import link_params, replace_link_params
from data import schema as S
from data.display import oblast_names, place_name, plain_markdown, reveal_hidden
from data.filters import EventFilter, table_choices
from data.i18n import N_, label, tr
from data.url_params import check_url_params
from geo.event_map.basemaps import BASEMAPS

# Shown in the reader's language; the URL keeps the label of the language in the link.
SHADE_LABELS = {"none": N_("none"), "events": N_("events"), "killed": N_("killed"), "injured": N_("injured")}

# Widget keys double as URL query parameter names.
KEYS = ("dates", "undated", "oblast", "place", "weapon", "target", "min_cas", "q", "abroad")


def reset_filters() -> None:
    """Back to the full view (a button callback)."""
    for key, value in st.session_state.get("_filter_defaults", {}).items():
        st.session_state[key] = value


def show_filters(events: pd.DataFrame) -> EventFilter:
    """Draw the filter widgets for ``events``; return the user's selection."""
    options, bounds = table_choices(events)  # once per loaded table, shared by every session
    # In the reader's language (the link then holds those names, with ?lang= beside them).
    localized = oblast_names(
        pd.Series(options["oblasts"], dtype="string"), pd.Series(options["oblast_names"])
    )
    names = dict(zip(options["oblasts"], localized.tolist()))
    defaults: dict[str, object] = {
        "undated": True,
        "oblast": [],
        "place": [],
        "weapon": [],
        "target": [],
        "min_cas": 0,
        "q": "",
        "abroad": False,
    }
    if bounds:
        defaults["dates"] = bounds
    st.session_state["_filter_defaults"] = defaults

    st.sidebar.header(tr("Filters"))
    _check_link(options, names, bounds)
    date_from = date_to = None
    if bounds:
        chosen = st.sidebar.date_input(
            tr("Dates"),
            value=bounds,
            min_value=bounds[0],
            max_value=bounds[1],
            key="dates",
            bind="query-params",
            format="YYYY-MM-DD",
        )
        # While the user is picking a range the widget holds only its start.
        chosen = tuple(chosen) if isinstance(chosen, (tuple, list)) else (chosen,)
        if chosen and chosen[0] != bounds[0]:
            date_from = chosen[0]
        if len(chosen) == 2 and chosen[1] != bounds[1]:
            date_to = chosen[1]
    else:
        st.sidebar.caption(tr("Dates: not reported for these events."))
    include_undated = st.sidebar.checkbox(
        tr("Include events without a date"), value=True, key="undated", bind="query-params"
    )
    oblasts = st.sidebar.multiselect(
        tr("Oblast"),
        options["oblasts"],
        format_func=lambda iso: reveal_hidden(names.get(iso, iso)),
        key="oblast",
        bind="query-params",
        placeholder=tr("All oblasts"),
    )
    places = st.sidebar.multiselect(
        tr("Place"),
        options["places"],
        # In the reader's language (gazetteer names), invisible characters written out; the value stays.
        format_func=lambda name: reveal_hidden(place_name(name)),
        key="place",
        bind="query-params",
        placeholder=tr("All places"),
    )
    weapons = st.sidebar.multiselect(
        tr("Weapon"),
        options["weapons"],
        format_func=label,
        key="weapon",
        bind="query-params",
        placeholder=tr("All weapons"),
    )
    targets = st.sidebar.multiselect(
        tr("Target"),
        options["targets"],
        format_func=label,
        key="target",
        bind="query-params",
        placeholder=tr("All targets"),
    )
    min_casualties = st.sidebar.number_input(
        tr("Minimum killed + injured"),
        min_value=0,
        value=0,
        step=1,
        key="min_cas",
        bind="query-params",
        help=tr("Events without figures are left out once this is above 0."),
    )
    text = st.sidebar.text_input(
        tr("Search text"), key="q", bind="query-params", placeholder=tr("place, description, source…")
    )
    abroad = False
    if (events[S.COUNTRY].fillna("UA") != "UA").any():
        abroad = st.sidebar.checkbox(
            tr("Include events outside Ukraine"), value=False, key="abroad", bind="query-params"
        )
    st.sidebar.button(tr("Reset filters"), on_click=reset_filters, width="stretch")
    st.sidebar.caption(tr("The address bar holds this view: copy it to share exactly what you see."))
    return EventFilter(
        date_from=date_from,
        date_to=date_to,
        include_undated=include_undated,
        oblasts=tuple(oblasts),
        places=tuple(places),
        weapons=tuple(weapons),
        targets=tuple(targets),
        min_casualties=int(min_casualties or 0),
        text=text or "",
        include_outside_ukraine=abroad,
    )


def _check_link(options: dict, names: dict, bounds) -> None:
    """Drop or clamp link values the widgets cannot use, before they read them, and say so."""
    params = link_params()
    choices = {
        "weapon": [label(w) for w in options["weapons"]],  # the link holds the labels
        "target": [label(t) for t in options["targets"]],
        "place": options["places"],
        "oblast": [names.get(iso, iso) for iso in options["oblasts"]],  # the link holds the names
    }
    check = check_url_params(params, choices, bounds)
    replace_link_params(check.changes)
    for note in check.notes:
        st.sidebar.caption(plain_markdown(note))


def show_layer_options() -> dict[str, object]:
    """Map layer switches (also in the URL)."""
    st.sidebar.header(tr("Map layers"))
    heat = st.sidebar.checkbox(tr("Heat map of events"), value=False, key="heat", bind="query-params")
    playback = st.sidebar.checkbox(
        tr("Play through time"),
        value=False,
        key="play",
        bind="query-params",
        help=tr("A play control on the map steps through the dated events, day, week or month at a time."),
    )
    shade = st.sidebar.selectbox(
        tr("Shade oblasts by"),
        ["none", "events", "killed", "injured"],
        format_func=lambda key: tr(SHADE_LABELS[key]),
        key="shade",
        bind="query-params",
    )
    basemap = st.sidebar.selectbox(
        tr("Background"),
        list(BASEMAPS),
        format_func=lambda key: tr(BASEMAPS[key].label),
        key="basemap",
        bind="query-params",
        help=tr(
            "Tiles come from their provider; 'No tiles' draws the oblast outlines only and needs no internet."
        ),
    )
    return {"show_heatmap": heat, "shade_by": shade, "basemap": basemap, "playback": playback}
