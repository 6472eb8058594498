"""Building the folium map of events, as a small package.

The page draws the map in two parts (see ``components/map_panel.py``):

- :func:`build_base_map`: tiles, oblast outlines, plugin scripts and attribution.
  It depends only on the basemap choice, so its script never changes on a rerun and
  streamlit-folium keeps the same map (and the user's view) on the page.
- :func:`build_event_layers`: the layers that depend on the filtered events (the
  events, a heat map, the oblast shading), sent as ``feature_group_to_add``: a filter
  change swaps only these.

:func:`build_event_map` puts both on one ``folium.Map``, for a saved HTML file, the
tests and the benchmark.

Modules: ``points`` (grouping events into map points and their keys), ``popups``
(escaped popup, tooltip and record HTML), ``style`` (colours and sizes), ``legend``,
``basemaps`` (tile providers), ``assets`` (browser files served by the app),
``layers/`` (one module per layer), ``compat`` (where we lean on library internals).
"""

from __future__ import annotations

import base64

import folium
import pandas as pd

from geo.event_map.assets import OUTLINES_URL, outlines_geojson, use_local_assets
from geo.event_map.basemaps import BASEMAPS, DEFAULT_BASEMAP, Basemap
from geo.event_map.layers import BaseMapAssets, EventPoints, HeatLayer, OblastOutlines, OblastShading
from geo.event_map.layers.base import Attribution
from geo.event_map.layers.events import CLUSTER_ABOVE, MAX_POPUPS, map_bounds, points_payload
from geo.event_map.legend import legend_html
from geo.event_map.points import (
    GRID_STEPS,
    MAX_POINTS,
    MapPoints,
    events_for_key,
    group_events,
    key_from_tooltip,
    point_key_of_event,
)
from geo.event_map.popups import event_popup_html, source_html
from geo.event_map.style import WEAPON_COLOURS, radius_for

# Short form for the map corner; the full credits are in "About the data" and the README.
MAP_ATTRIBUTION = (
    "Boundaries © OpenStreetMap contributors (ODbL) via geoBoundaries · Places: GeoNames (CC BY 4.0)"
)


def build_base_map(basemap: str = DEFAULT_BASEMAP, outlines_url: str = OUTLINES_URL) -> folium.Map:
    """The part of the map no filter changes: tiles, outlines, plugin scripts, attribution.

    Parameters
    ----------
    basemap
        A key of :data:`~geo.event_map.basemaps.BASEMAPS`; unknown keys fall back to the default.
    outlines_url
        Where the browser fetches the oblast outlines (the app's static file by default).
    """
    choice: Basemap = BASEMAPS.get(basemap, BASEMAPS[DEFAULT_BASEMAP])
    fmap = folium.Map(
        location=[48.4, 31.2],
        zoom_start=6,
        tiles=None,
        prefer_canvas=True,
        control_scale=True,
        max_zoom=18,
        min_zoom=4,
        zoom_snap=0.25,
    )
    fmap.options["max_zoom"] = 18  # MarkerCluster and heat layers need it set explicitly
    if choice.url:
        folium.TileLayer(
            choice.url, name=choice.label, attr=choice.attribution, max_zoom=choice.max_zoom, control=False
        ).add_to(fmap)
    OblastOutlines(outlines_url).add_to(fmap)
    BaseMapAssets().add_to(fmap)
    Attribution(MAP_ATTRIBUTION).add_to(fmap)
    fmap.fit_bounds([[44.2, 22.1], [52.4, 40.3]])
    use_local_assets(fmap)
    # jQuery is for folium's Popup elements; our layers bind plain Leaflet popups. One
    # script fewer for the map frame to load (they load one after another).
    fmap.default_js = [(name, url) for name, url in fmap.default_js if name != "jquery"]
    return fmap


def build_event_layers(
    events: pd.DataFrame,
    *,
    show_heatmap: bool = False,
    choropleth: pd.DataFrame | None = None,
    choropleth_label: str = "events",
    max_points: int = MAX_POINTS,
    fit: bool = True,
) -> list[folium.FeatureGroup]:
    """The layers that show ``events``: shading (if any), heat map (if asked), the events on top.

    Parameters
    ----------
    events
        Canonical events table (any size; unplaced events are skipped).
    show_heatmap
        Add a heat map layer (weighted by events at each point).
    choropleth
        Optional table indexed by oblast ISO code with ``value`` and ``label`` columns.
    max_points
        Upper bound on circles drawn; denser data is grouped on a coarser grid.
    fit
        Fit the view to the events when the layer is added.
    """
    points = group_events(events, max_points=max_points)
    layers: list[folium.FeatureGroup] = []
    if choropleth is not None and len(choropleth):
        layers.append(OblastShading(choropleth, choropleth_label))
    if show_heatmap and len(points.table):
        layers.append(HeatLayer(points))
    layers.append(EventPoints(points, fit=fit))
    return layers


def build_event_map(
    events: pd.DataFrame,
    *,
    show_heatmap: bool = False,
    choropleth: pd.DataFrame | None = None,
    choropleth_label: str = "events",
    basemap: str = DEFAULT_BASEMAP,
    max_points: int = MAX_POINTS,
    embed_outlines: bool = True,
) -> folium.Map:
    """The whole map on one ``folium.Map`` (a saved HTML file, tests, the benchmark).

    With ``embed_outlines`` the outlines travel inside the HTML as a ``data:`` URL,
    so the file works on its own; the page uses the app's static file instead.
    """
    url = OUTLINES_URL
    if embed_outlines:
        url = "data:application/geo+json;base64," + base64.b64encode(outlines_geojson().encode()).decode()
    fmap = build_base_map(basemap, outlines_url=url)
    for layer in build_event_layers(
        events,
        show_heatmap=show_heatmap,
        choropleth=choropleth,
        choropleth_label=choropleth_label,
        max_points=max_points,
    ):
        layer.add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    use_local_assets(fmap)
    return fmap


__all__ = [
    "BASEMAPS",
    "CLUSTER_ABOVE",
    "DEFAULT_BASEMAP",
    "GRID_STEPS",
    "MAP_ATTRIBUTION",
    "MAX_POINTS",
    "MAX_POPUPS",
    "WEAPON_COLOURS",
    "EventPoints",
    "MapPoints",
    "build_base_map",
    "build_event_layers",
    "build_event_map",
    "event_popup_html",
    "events_for_key",
    "group_events",
    "key_from_tooltip",
    "legend_html",
    "map_bounds",
    "point_key_of_event",
    "points_payload",
    "radius_for",
    "source_html",
    "use_local_assets",
]
