"""Building the folium map of events.

The map is built to stay light at any size.  Events are grouped by their
rounded coordinates into *map points*; the rounding is coarsened until the
number of points fits :data:`MAX_POINTS`, so 250,000 events draw as at most that
many circles from one compact JSON array (no per-event folium object).  A point
holding one event carries that event's full popup; a point holding many carries
a summary.  Every point's tooltip ends with a key in brackets (``[#id]`` or
``[@...]``) that the page reads back from a click to show the full record(s).

All text from the data is escaped with :func:`data.display.escape_text` before
it enters the page; source links are kept only when they are http(s).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import SimpleNamespace

import folium
import folium.plugins
import numpy as np
import pandas as pd
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from data import schema as S
from data.display import escape_text, format_count, format_date, safe_url
from geo.oblasts import load_oblasts, ukraine_bounds

STATIC_PREFIX = "/app/static/vendor/"
# Short form for the map corner; the full credits are in "About the data" and the README.
MAP_ATTRIBUTION = (
    "Boundaries © OpenStreetMap contributors (ODbL) via geoBoundaries · Places: GeoNames (CC BY 4.0)"
)
MAX_POINTS = 20_000
MAX_POPUPS = 5_000
CLUSTER_ABOVE = 400
# Decimal places tried for grouping, finest first: 5 ~ 1 m, 1 ~ 10 km.
GROUPING_DECIMALS = (5, 3, 2, 1, 0)

# Okabe-Ito colours (colour-blind safe), one per weapon class.
WEAPON_COLOURS: dict[str, str] = {
    "missile": "#D55E00",
    "drone": "#0072B2",
    "glide bomb": "#CC79A7",
    "airstrike": "#E69F00",
    "artillery": "#009E73",
    "rocket": "#56B4E9",
    "mine": "#B8A400",
    "other": "#777777",
    "unknown": "#222222",
}
MIXED_COLOUR = "#5B4A8B"
MIN_RADIUS = 4.0
MAX_RADIUS = 24.0

_KEY = re.compile(r"\[(#[^\]]+|@[^\]]+)\]\s*$")


# --- offline assets -----------------------------------------------------------

# folium's CDN entries -> files served by this app; entries not listed are dropped
# (Bootstrap and awesome-markers are not needed for circles, GeoJSON or heat maps).
LOCAL_ASSETS: dict[str, str] = {
    "leaflet": "leaflet.js",
    "jquery": "jquery.min.js",
    "leaflet_css": "leaflet.css",
    "markerclusterjs": "leaflet.markercluster.js",
    "markerclustercss": "MarkerCluster.css",
    "markerclusterdefaultcss": "MarkerCluster.Default.css",
    "leaflet-heat.js": "leaflet_heat.min.js",
}


def use_local_assets(element: MacroElement, prefix: str = STATIC_PREFIX) -> None:
    """Point every script and stylesheet of ``element`` and its children at ``prefix``.

    streamlit-folium loads these one by one and stops at the first that fails, so
    a single CDN URL left in place leaves the map blank offline.
    """
    for item in [element, *_descendants(element)]:
        for attribute in ("default_js", "default_css"):
            entries = getattr(item, attribute, None)
            if entries:
                local = [(name, prefix + LOCAL_ASSETS[name]) for name, _ in entries if name in LOCAL_ASSETS]
                setattr(item, attribute, local)


def _descendants(element: MacroElement):
    for child in element._children.values():
        yield child
        yield from _descendants(child)


# --- map points ---------------------------------------------------------------


@dataclass(frozen=True)
class MapPoints:
    """Located events grouped into the circles drawn on the map."""

    table: pd.DataFrame  # one row per point
    decimals: int  # rounding used to group
    located: pd.DataFrame  # the located events, in their original order
    group: np.ndarray  # for each located event, the row of its point in ``table``


def point_key_of_event(event_id: str) -> str:
    return f"#{event_id}"


def _per_group(group: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    return np.bincount(group, weights=values.astype(float), minlength=size)


def group_events(events: pd.DataFrame, max_points: int = MAX_POINTS) -> MapPoints:
    """Group located events by rounded coordinates, coarsening until ``max_points`` fit.

    Vectorised with ``np.bincount`` over a group number per event, so 250,000
    events group in well under a second.
    """
    located = events[events[S.LATITUDE].notna() & events[S.LONGITUDE].notna()]
    lat = located[S.LATITUDE].to_numpy(dtype=float)
    lon = located[S.LONGITUDE].to_numpy(dtype=float)
    decimals = GROUPING_DECIMALS[-1]
    for decimals in GROUPING_DECIMALS:
        cells = pd.DataFrame({"lat": np.round(lat, decimals), "lon": np.round(lon, decimals)})
        if len(cells.drop_duplicates()) <= max_points:
            break
    cell_lat, cell_lon = np.round(lat, decimals), np.round(lon, decimals)
    group = (
        pd.DataFrame({"lat": cell_lat, "lon": cell_lon})
        .groupby(["lat", "lon"], sort=False)
        .ngroup()
        .to_numpy()
    )
    size = int(group.max()) + 1 if len(group) else 0
    _, first = np.unique(group, return_index=True)  # first event of each point (groups numbered in order)
    count = np.bincount(group, minlength=size)
    table = pd.DataFrame(
        {
            "events": count,
            "first_id": located[S.EVENT_ID].to_numpy()[first],
            "latitude": _per_group(group, lat, size) / np.maximum(count, 1),
            "longitude": _per_group(group, lon, size) / np.maximum(count, 1),
            "location": located[S.LOCATION].to_numpy()[first],
        }
    )
    # Counts per point: known sum, whether any part is a lower bound, events without figures.
    for column in (S.KILLED, S.INJURED):
        values = located[column].to_numpy(dtype=float, na_value=np.nan)
        known = ~np.isnan(values)
        sums = _per_group(group, np.where(known, values, 0), size)
        table[column] = np.where(_per_group(group, known, size) > 0, sums, np.nan)
        flags = located[S.at_least_column(column)].to_numpy(dtype=bool, na_value=False)
        table[S.at_least_column(column)] = _per_group(group, flags, size) > 0
    no_figures = located[S.KILLED].isna().to_numpy() & located[S.INJURED].isna().to_numpy()
    table["no_figures"] = _per_group(group, no_figures, size).astype(int)
    weapons = located[S.WEAPON].astype(str).to_numpy()
    differs = weapons != weapons[first][group] if len(group) else np.zeros(0, dtype=bool)
    table["weapon"] = np.where(_per_group(group, differs, size) > 0, "mixed", weapons[first])
    approximate = located[S.GEO_PRECISION].astype(str).isin(["oblast", "unknown"]).to_numpy()
    table["approximate"] = _per_group(group, ~approximate, size) == 0
    cell_lat_first, cell_lon_first = cell_lat[first], cell_lon[first]
    table["key"] = [
        point_key_of_event(first_id) if n == 1 else f"@{decimals}:{la:.{decimals}f}:{lo:.{decimals}f}"
        for n, first_id, la, lo in zip(count, table["first_id"], cell_lat_first, cell_lon_first)
    ]
    return MapPoints(table, decimals, located, group)


def events_for_key(events: pd.DataFrame, key: str) -> pd.DataFrame:
    """The events behind a map point key (``#id`` or ``@decimals:lat:lon``)."""
    if key.startswith("#"):
        return events[events[S.EVENT_ID] == key[1:]]
    if key.startswith("@"):
        decimals_text, lat_text, lon_text = key[1:].split(":")
        decimals = int(decimals_text)
        lat = events[S.LATITUDE].astype(float).round(decimals)
        lon = events[S.LONGITUDE].astype(float).round(decimals)
        return events[(lat == float(lat_text)) & (lon == float(lon_text))]
    return events.iloc[0:0]


def key_from_tooltip(tooltip: str | None) -> str | None:
    """The point key at the end of a clicked tooltip's text, if any."""
    if not tooltip:
        return None
    match = _KEY.search(tooltip.strip())
    return match.group(1) if match else None


def radius_for(killed: np.ndarray, injured: np.ndarray) -> np.ndarray:
    """Circle radius in pixels: area grows with killed + injured, with a floor and a ceiling.

    The scale is absolute for small totals (so one event's size means the same
    across filters) and shrinks only when the largest point would exceed
    :data:`MAX_RADIUS`, as grouped points of thousands of events do.
    """
    total = np.nan_to_num(killed) + np.nan_to_num(injured)
    largest = float(total.max()) if len(total) else 0.0
    scale = min(2.2, (MAX_RADIUS - MIN_RADIUS) / math.sqrt(largest)) if largest > 0 else 2.2
    return np.round(MIN_RADIUS + scale * np.sqrt(total), 1)


# --- popups and tooltips --------------------------------------------------------


def event_popup_html(event: Mapping) -> str:
    """Full record of one event as escaped HTML: the map popup and the record beside the map."""
    rows = [
        ("Date", format_date(event[S.DATE], event[S.DATE_PRECISION])),
        ("Weapon", event[S.WEAPON]),
        ("Target", event[S.TARGET]),
        ("Killed", format_count(event[S.KILLED], event[S.KILLED + "_at_least"])),
        ("Injured", format_count(event[S.INJURED], event[S.INJURED + "_at_least"])),
        (
            "Children killed",
            format_count(event[S.CHILDREN_KILLED], event[S.CHILDREN_KILLED + "_at_least"]),
        ),
        (
            "Children injured",
            format_count(event[S.CHILDREN_INJURED], event[S.CHILDREN_INJURED + "_at_least"]),
        ),
        ("Place precision", event[S.GEO_PRECISION]),
    ]
    body = "".join(
        f"<tr><th style='text-align:left;padding-right:8px'>{escape_text(k)}</th>"
        f"<td>{escape_text(v)}</td></tr>"
        for k, v in rows
    )
    note = escape_text(event[S.CASUALTY_NOTE])
    description = escape_text(event[S.DESCRIPTION])
    duplicates = escape_text(event.get(S.POSSIBLE_DUPLICATES))
    return (
        f"<div class='sm-popup'><b>{escape_text(_place_label(event))}</b>"
        f"<table>{body}</table>"
        + (f"<p><i>{note}</i></p>" if note else "")
        + (f"<p>{description}</p>" if description else "")
        + f"<p>{source_html(event)}</p>"
        + (
            f"<p class='sm-warn'>May be the same attack as: {duplicates} (flagged for review, not merged)</p>"
            if duplicates
            else ""
        )
        + f"<p class='sm-muted'>Event id {escape_text(event[S.EVENT_ID])}</p></div>"
    )


def source_html(event: Mapping) -> str:
    """Source title as a link when the URL is http(s), plain text otherwise."""
    title = escape_text(event[S.SOURCE_TITLE] if isinstance(event[S.SOURCE_TITLE], str) else "")
    name = escape_text(event[S.SOURCE_NAME] if isinstance(event[S.SOURCE_NAME], str) else "")
    label = title or name or "source"
    url = safe_url(event[S.SOURCE_URL])
    if url:
        return f"Source: <a href='{escape_text(url)}' target='_blank' rel='noopener noreferrer'>{label}</a>"
    return f"Source: {label}" + ("" if title == "" or not name else f" ({name})") + " (no link given)"


def _place_label(event: Mapping) -> str:
    location = event[S.LOCATION] if isinstance(event[S.LOCATION], str) else "Place not reported"
    oblast = event[S.OBLAST] if isinstance(event[S.OBLAST], str) else ""
    return f"{location}, {oblast}" if oblast and oblast != location else location


def _point_tooltip(point: Mapping, event: Mapping | None) -> str:
    killed = format_count(point[S.KILLED], point[S.KILLED + "_at_least"])
    injured = format_count(point[S.INJURED], point[S.INJURED + "_at_least"])
    if event is not None:
        head = f"{_place_label(event)} · {event[S.WEAPON]}"
        body = f"killed {killed} · injured {injured}"
    else:
        head = f"{point['location'] if isinstance(point['location'], str) else 'Area'}: {point['events']:,} events"
        body = f"killed {killed} · injured {injured} · {point['no_figures']:,} without figures"
    return f"{escape_text(head)}<br>{escape_text(body)} <span style='color:#888'>[{escape_text(point['key'])}]</span>"


def _group_popup_html(point: Mapping, members: pd.DataFrame | list[Mapping], limit: int = 5) -> str:
    records = members.head(limit).to_dict("records") if isinstance(members, pd.DataFrame) else members[:limit]
    return _group_popup_from_lines(
        point, _member_lines(pd.DataFrame(records, columns=_MEMBER_COLUMNS)), limit
    )


_MEMBER_COLUMNS = [
    S.DATE,
    S.DATE_PRECISION,
    S.WEAPON,
    S.KILLED,
    S.INJURED,
    *map(S.at_least_column, (S.KILLED, S.INJURED)),
]


def _member_lines(members: pd.DataFrame) -> list[str]:
    """One ``<li>`` per event of a group popup.

    Dates, weapons and counts repeat a lot, so each distinct value is formatted
    once: 20,000 listed events cost ~40 ms instead of ~350 ms.
    """

    def memo(function):
        cache: dict = {}
        return lambda *key: cache[key] if key in cache else cache.setdefault(key, function(*key))

    date_text = memo(lambda d, p: escape_text(format_date(d, p)))
    text = memo(escape_text)
    count_text = memo(lambda v, b: escape_text(format_count(v, b)))
    return [
        f"<li>{date_text(d, p)}: {text(w)}, killed {count_text(k, kb)}, injured {count_text(i, ib)}</li>"
        for d, p, w, k, i, kb, ib in zip(*(members[c].tolist() for c in _MEMBER_COLUMNS))
    ]


def _group_popup_from_lines(point: Mapping, lines: list[str], limit: int = 5) -> str:
    items = "".join(lines[:limit])
    hidden = point["events"] - min(limit, len(lines))
    more = f"<li>… and {hidden:,} more (click for the list)</li>" if hidden > 0 else ""
    return f"<div class='sm-popup'><b>{escape_text(point['location'] if isinstance(point['location'], str) else 'Area')}</b>: {point['events']:,} events<ul>{items}{more}</ul></div>"


# --- folium elements ------------------------------------------------------------


class EventPoints(JSCSSMixin, folium.map.Layer):
    """All map points as one layer, drawn from a compact JSON array on a canvas.

    Above :data:`CLUSTER_ABOVE` points the circles go into a marker-cluster group
    whose bubbles show the number of *events* (not points) they hold, so a
    country-wide view stays readable; from zoom 10 every circle is drawn.
    The group is also exposed as ``window.strikeMapEvents`` for tests.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
    var d = {{ this.payload }};
    var renderer = L.canvas({padding: 0.5});
    var group;
    if ({{ this.cluster | tojson }}) {
        group = L.markerClusterGroup({
            chunkedLoading: true, maxClusterRadius: 45, disableClusteringAtZoom: 10,
            showCoverageOnHover: false, spiderfyOnMaxZoom: false,
            iconCreateFunction: function (cluster) {
                var n = cluster.getAllChildMarkers().reduce(function (s, m) { return s + m.options.events; }, 0);
                var size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 50;
                return L.divIcon({
                    html: "<div><span>" + n.toLocaleString("en") + "</span></div>",
                    className: "marker-cluster sm-cluster", iconSize: L.point(size, size)
                });
            }
        });
    } else {
        group = L.featureGroup();
    }
    var markers = [];
    for (var i = 0; i < d.lat.length; i++) {
        var colour = d.colour[i];
        var marker = L.circleMarker([d.lat[i], d.lon[i]], {
            renderer: renderer, radius: d.radius[i], color: colour, weight: 1.5,
            opacity: 0.9, fillColor: colour, fillOpacity: d.hollow[i] ? 0 : 0.45,
            dashArray: d.approx[i] ? "4 4" : null, events: d.events[i]
        });
        marker.bindTooltip(d.tip[i], {sticky: true});
        if (d.popup) { marker.bindPopup(d.popup[i], {maxWidth: 340}); }
        markers.push(marker);
    }
    if (group.addLayers) { group.addLayers(markers); } else { markers.forEach(function (m) { group.addLayer(m); }); }
    window.strikeMapEvents = group;
    return group;
})();
{% endmacro %}
{% macro header(this, kwargs) %}
<style>
.sm-cluster div { background: rgba(120, 20, 35, 0.78); color: #fff; font: 600 11px/1 sans-serif; }
.sm-cluster { background: rgba(120, 20, 35, 0.25); }
.sm-legend summary { cursor: pointer; font-weight: 600; }
</style>
{% endmacro %}
"""
    )
    default_js = [("markerclusterjs", LOCAL_ASSETS["markerclusterjs"])]
    default_css = [
        ("markerclustercss", LOCAL_ASSETS["markerclustercss"]),
        ("markerclusterdefaultcss", LOCAL_ASSETS["markerclusterdefaultcss"]),
    ]

    def __init__(self, payload: dict, cluster: bool = False, name: str = "Events", show: bool = True):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "EventPoints"
        self.cluster = cluster
        # "<" is escaped so no "</script>" can end the script early in saved HTML, and
        # braces inside strings so no "{{" or "{%" from the data can reach Jinja (the
        # payload holds one object of arrays: only the outer braces are structural).
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
        self.payload = "{" + text[1:-1].replace("{", "\\u007b").replace("}", "\\u007d") + "}"

    def render(self, **kwargs):
        # folium compiles every element's rendered script as a new Jinja template:
        # megabytes of payload were lexed on every render (~0.5 s at 250,000 events)
        # and template syntax in the data was evaluated.  The script goes in as plain
        # text, first, so the add-to-map call rendered by the parent class follows it.
        self.get_root().script.add_child(
            _PlainText(self._template.module.script(self, kwargs)), name=self.get_name()
        )
        template = self._template
        self._template = _WithoutScript(template)
        try:
            super().render(**kwargs)
        finally:
            self._template = template


class _PlainText(Element):
    """Text that renders as itself (never compiled as a template)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _WithoutScript:
    """A template's macros except ``script`` (what MacroElement.render reads)."""

    def __init__(self, template: Template):
        macros = {k: v for k, v in template.module.__dict__.items() if k != "script"}
        self.module = SimpleNamespace(**macros)


class HtmlControl(MacroElement):
    """A fixed box on the map (legend) whose HTML is built from escaped parts only."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
(function () {
    var box = L.control({position: "{{ this.position }}"});
    box.onAdd = function () {
        var div = L.DomUtil.create("div", "sm-legend");
        div.innerHTML = {{ this.html_json }};

        L.DomEvent.disableClickPropagation(div);
        return div;
    };
    box.addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
"""
    )

    def __init__(self, html_text: str, position: str = "bottomleft"):
        super().__init__()
        self._name = "HtmlControl"
        self.position = position
        self.html_json = json.dumps(html_text).replace("<", "\\u003c")


class FitBounds(MacroElement):
    """Fit the map to the events once it has its real size, and again when its frame is resized.

    The component iframe starts small and grows after the script ran, so a
    fitBounds done at creation alone leaves some events outside the view.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    var bounds = {{ this.bounds_json }};
    // Room on the right for the legend, so no event hides behind it.
    var fit = function () {
        map.invalidateSize();
        var wide = map.getSize().x >= 500;
        var right = wide ? 200 : 16;
        // On a narrow map the legend folds so it does not cover the events.
        var fold = document.querySelector(".sm-legend details");
        if (fold) { fold.open = wide; }
        map.fitBounds(bounds, {maxZoom: 9, paddingTopLeft: [16, 16], paddingBottomRight: [right, 16]});
    };
    var timer;
    map.whenReady(function () { setTimeout(fit, 0); });
    window.addEventListener("resize", function () { clearTimeout(timer); timer = setTimeout(fit, 150); });
})();
{% endmacro %}
"""
    )

    def __init__(self, bounds: list[list[float]]):
        super().__init__()
        self._name = "FitBounds"
        self.bounds_json = json.dumps(bounds)


class Attribution(MacroElement):
    """Adds our data credits to the map's attribution line."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text_json }});
{% endmacro %}
"""
    )

    def __init__(self, text: str):
        super().__init__()
        self._name = "Attribution"
        self.text_json = json.dumps(escape_text(text))


# --- the map ----------------------------------------------------------------------


def legend_html(points: MapPoints | None) -> str:
    """Legend: colour = weapon, size = casualties, hollow = no figures, dashed = approximate."""
    weapons = list(WEAPON_COLOURS)
    if points is not None and len(points.table):
        present = set(points.table["weapon"])
        weapons = [w for w in WEAPON_COLOURS if w in present] or weapons
        if "mixed" in present:
            weapons.append("mixed")
    swatches = "".join(
        f"<div><span class='sm-dot' style='background:{WEAPON_COLOURS.get(w, MIXED_COLOUR)}'></span>"
        f"{escape_text(w if w != 'mixed' else 'several weapons')}</div>"
        for w in weapons
    )
    return (
        "<div style='background:rgba(255,255,255,.92);padding:5px 7px;border-radius:4px;"
        "font:11px/1.35 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:190px'>"
        "<details open><summary>Legend</summary><b>Weapon</b>"
        "<style>.sm-dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px}</style>"
        f"{swatches}"
        "<div style='margin-top:4px'>Circle area grows with killed + injured</div>"
        "<div><span class='sm-dot' style='border:2px solid #222;background:none;width:8px;height:8px'></span>"
        "hollow: no casualty figures reported</div>"
        "<div><span class='sm-dot' style='border:2px dashed #222;background:none;width:8px;height:8px'></span>"
        "dashed: placed at oblast level</div>"
        + (
            "<div>numbered bubble: events grouped at this zoom</div>"
            if points is not None and len(points.table) > CLUSTER_ABOVE
            else ""
        )
        + "</details></div>"
    )


def points_payload(points: MapPoints, with_popups: bool) -> dict:
    """The JSON the EventPoints layer draws from."""
    table = points.table
    killed = table[S.KILLED].to_numpy(dtype=float)
    injured = table[S.INJURED].to_numpy(dtype=float)
    _, first = np.unique(points.group, return_index=True)
    single = (table["events"] == 1).to_numpy()
    # Records only for single-event points (the others show a summary), and without
    # popups only the columns the tooltip reads: to_dict on all columns was most of the time.
    columns = list(points.located.columns) if with_popups else [S.LOCATION, S.OBLAST, S.WEAPON]
    singles = points.located[columns].iloc[first[single]].to_dict("records") if single.any() else []
    records = table.to_dict("records")
    firsts = [None] * len(table)
    for row, event in zip(np.flatnonzero(single), singles):
        firsts[row] = event
    tips = [_point_tooltip(point, event) for point, event in zip(records, firsts)]
    payload = {
        "lat": np.round(table["latitude"].to_numpy(dtype=float), 5).tolist(),
        "lon": np.round(table["longitude"].to_numpy(dtype=float), 5).tolist(),
        "radius": radius_for(killed, injured).tolist(),
        "colour": [WEAPON_COLOURS.get(w, MIXED_COLOUR) for w in table["weapon"]],
        "hollow": (table["no_figures"] == table["events"]).astype(int).tolist(),
        "approx": table["approximate"].astype(int).tolist(),
        "events": table["events"].astype(int).tolist(),
        "tip": tips,
    }
    if with_popups:
        order = np.argsort(points.group, kind="stable")
        starts = np.searchsorted(points.group[order], np.arange(len(table)))
        # The first 5 events of every point in ONE take: an .iloc per point on a
        # 250,000-row table cost ~10 ms each (50 s for 5,000 points).
        listed = np.minimum(table["events"].to_numpy(), 5)
        offsets = np.cumsum(listed) - listed
        rows = order[np.repeat(starts, listed) + np.arange(int(listed.sum())) - np.repeat(offsets, listed)]
        lines = _member_lines(points.located[_MEMBER_COLUMNS].iloc[rows]) if len(rows) else []
        popups = []
        for row, (point, event) in enumerate(zip(records, firsts)):
            if event is not None:
                popups.append(event_popup_html(event))
            else:
                start = offsets[row]
                popups.append(_group_popup_from_lines(point, lines[start : start + listed[row]]))
        payload["popup"] = popups
    return payload


def build_event_map(
    events: pd.DataFrame,
    *,
    show_heatmap: bool = False,
    choropleth: pd.DataFrame | None = None,
    choropleth_label: str = "Events",
    tiles: str | None = "OpenStreetMap",
    max_points: int = MAX_POINTS,
) -> folium.Map:
    """Build the events map.

    Parameters
    ----------
    events
        Canonical events table (any size; unplaced events are skipped).
    show_heatmap
        Add a heat map layer (weighted by events at each point).
    choropleth
        Optional table indexed by oblast ISO code with a ``value`` column and a
        ``label`` column (escaped text for the tooltip); draws shaded oblasts.
    tiles
        Tile layer name, or None for no tiles (the oblast outlines carry the map).
    max_points
        Upper bound on circles drawn; denser data is grouped on a coarser grid.
    """
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
    if tiles:
        folium.TileLayer(tiles, name="Street map (OpenStreetMap)", control=False).add_to(fmap)

    oblasts = load_oblasts()
    outline = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": geometry.__geo_interface__,
                "properties": {"name": escape_text(name)},
            }
            for name, geometry in zip(oblasts.name_en, oblasts.geometry)
        ],
    }
    folium.GeoJson(
        outline,
        name="Oblast outlines",
        style_function=lambda _: {"color": "#555", "weight": 1, "fillColor": "#f2efe9", "fillOpacity": 0.35},
        tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False),
        control=False,
    ).add_to(fmap)

    if choropleth is not None and len(choropleth):
        _add_choropleth(fmap, oblasts, choropleth, choropleth_label)

    points = group_events(events, max_points=max_points)
    if show_heatmap and len(points.table):
        folium.plugins.HeatMap(
            points.table[["latitude", "longitude", "events"]].astype(float).values.tolist(),
            name="Heat map (events)",
            radius=18,
            blur=22,
            min_opacity=0.3,
            overlay=True,
        ).add_to(fmap)

    with_popups = len(points.table) <= MAX_POPUPS
    cluster = len(points.table) > CLUSTER_ABOVE
    EventPoints(points_payload(points, with_popups), cluster=cluster).add_to(fmap)
    HtmlControl(legend_html(points), position="bottomright").add_to(fmap)
    Attribution(MAP_ATTRIBUTION).add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    fmap.fit_bounds(map_bounds(points), max_zoom=9)
    FitBounds(map_bounds(points)).add_to(fmap)
    use_local_assets(fmap)
    return fmap


def map_bounds(points: MapPoints) -> list[list[float]]:
    """Bounds that fit the points (Ukraine when there are none), padded a little."""
    if not len(points.table):
        return ukraine_bounds()
    lat = points.table["latitude"].astype(float)
    lon = points.table["longitude"].astype(float)
    pad = 0.3
    return [[lat.min() - pad, lon.min() - pad], [lat.max() + pad, lon.max() + pad]]


def _add_choropleth(fmap: folium.Map, oblasts, values: pd.DataFrame, label: str) -> None:
    top = float(values["value"].max() or 0)
    features = []
    for iso, name, geometry in zip(oblasts.iso_3166_2, oblasts.name_en, oblasts.geometry):
        value = float(values["value"].get(iso, 0) or 0)
        share = 0 if top <= 0 else value / top
        features.append(
            {
                "type": "Feature",
                "geometry": geometry.__geo_interface__,
                "properties": {
                    "name": escape_text(name),
                    "summary": escape_text(values["label"].get(iso, "no events")),
                    "fill": _shade(share) if value > 0 else "#ffffff",
                    "opacity": 0.7 if value > 0 else 0.05,
                },
            }
        )
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name=f"Oblast shading ({escape_text(label)})",
        style_function=lambda f: {
            "fillColor": f["properties"]["fill"],
            "fillOpacity": f["properties"]["opacity"],
            "color": "#555",
            "weight": 1,
        },
        tooltip=folium.GeoJsonTooltip(fields=["name", "summary"], labels=False),
        overlay=True,
        show=True,
    ).add_to(fmap)


def _shade(share: float) -> str:
    # Light to dark red; sqrt keeps small oblasts visible next to a dominant one.
    share = math.sqrt(max(0.0, min(1.0, share)))
    light, dark = (254, 229, 217), (165, 15, 21)
    rgb = [round(a + (b - a) * share) for a, b in zip(light, dark)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)


__all__ = [
    "EventPoints",
    "MapPoints",
    "WEAPON_COLOURS",
    "build_event_map",
    "event_popup_html",
    "events_for_key",
    "group_events",
    "key_from_tooltip",
    "use_local_assets",
]
