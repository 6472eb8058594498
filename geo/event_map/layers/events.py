"""The events: every map point as one layer, drawn on a canvas from one compact JSON payload.

Above :data:`CLUSTER_ABOVE` points the circles go into a marker-cluster group whose
bubbles show the number of *events* (not points) they hold, so a country-wide view
stays readable; from zoom 10 every circle is drawn.  The layer carries its own
legend (the weapons it shows) and fits the view to its events when it is added, so
a filter change that swaps this layer also moves the view to what is now shown.
The group is also exposed as ``window.strikeMapEvents`` for tests.
"""

from __future__ import annotations

import numpy as np
from jinja2 import Template

from data import schema as S
from data.display import escape_text
from data.i18n import tr
from geo.event_map.assets import LOCAL_ASSETS
from geo.event_map.layers._script import ScriptLayer, script_json
from geo.event_map.legend import legend_html
from geo.event_map.points import MapPoints
from geo.event_map.popups import (
    MEMBER_COLUMNS,
    event_popup_html,
    group_popup_from_lines,
    member_lines,
    point_tooltips,
)
from geo.event_map.style import radius_for, weapon_colour

CLUSTER_ABOVE = 400
# Popups ride along only for small maps; above this the clicked point's full record
# is shown beside the map (the page asks for it), so the browser is not sent
# thousands of records nobody opens.
MAX_POPUPS = 1_000


class EventPoints(ScriptLayer):
    """All map points as one layer (see the module docstring)."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
    var d = {{ this.payload }};
    var map = {{ this._parent.get_name() }};
    var renderer = L.canvas({padding: 0.5});
    // Events in a cluster, summed from its own circles and its child clusters' sums, each
    // kept while the cluster holds the same number of circles: every bubble walking all
    // its circles (getAllChildMarkers) made the icons cost as much as the clustering.
    var eventsIn = function (cluster) {
        if (cluster._smCount !== cluster._childCount) {
            var sum = 0, i;
            for (i = 0; i < cluster._markers.length; i++) { sum += cluster._markers[i].options.events; }
            for (i = 0; i < cluster._childClusters.length; i++) { sum += eventsIn(cluster._childClusters[i]); }
            cluster._smEvents = sum;
            cluster._smCount = cluster._childCount;
        }
        return cluster._smEvents;
    };
    // One formatter for every bubble: toLocaleString("en") builds a new one per call, which
    // was the costliest line of the layer's start-up in Chromium's profile.
    var thousands = new Intl.NumberFormat("en");
    var group;
    if (d.cluster) {
        group = L.markerClusterGroup({
            chunkedLoading: true, maxClusterRadius: 45, disableClusteringAtZoom: 10,
            showCoverageOnHover: false, spiderfyOnMaxZoom: false,
            iconCreateFunction: function (cluster) {
                var n = eventsIn(cluster);
                var size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 50;
                return L.divIcon({
                    html: "<div><span>" + thousands.format(n) + "</span></div>",
                    className: "marker-cluster sm-cluster", iconSize: L.point(size, size)
                });
            }
        });
    } else {
        group = L.featureGroup();
    }
    // A circle gets its tooltip when it is put on the map, not when it is made: of
    // 4,000 clustered circles only the few hundred drawn alone need one, and binding
    // them all up front was a third of the layer's start-up in the browser.  Every
    // circle on the map has its tooltip, which streamlit-folium's click handler reads.
    var Circle = L.CircleMarker.extend({
        onAdd: function (map) {
            if (!this._tooltip) { this.bindTooltip(this.options.tip, {sticky: true}); }
            return L.CircleMarker.prototype.onAdd.call(this, map);
        }
    });
    var markers = [];
    for (var i = 0; i < d.lat.length; i++) {
        var colour = d.colour[i];
        var marker = new Circle([d.lat[i], d.lon[i]], {
            renderer: renderer, radius: d.radius[i], color: colour, weight: 1.5,
            opacity: 0.9, fillColor: colour, fillOpacity: d.hollow[i] ? 0 : 0.45,
            dashArray: d.approx[i] ? "4 4" : null, events: d.events[i], tip: d.tip[i]
        });
        if (d.popup) { marker.bindPopup(d.popup[i], {maxWidth: 340}); }
        markers.push(marker);
    }
    if (group.addLayers) { group.addLayers(markers); } else { markers.forEach(function (m) { group.addLayer(m); }); }

    var legend = L.control({position: "bottomright"});
    legend.onAdd = function () {
        var div = L.DomUtil.create("div", "sm-legend");
        div.innerHTML = d.legend;
        L.DomEvent.disableClickPropagation(div);
        return div;
    };
    // Fit once the frame has its real size (it starts small and grows after the
    // script ran), leaving room on the right for an open legend.
    var fit = function () {
        map.invalidateSize();
        var wide = map.getSize().x >= 500;
        // A dense map keeps the legend folded: open, it covered the east, where most events are.
        var open = wide && !d.cluster;
        var fold = document.querySelector(".sm-legend details");
        if (fold) { fold.open = open; }
        if (d.fit) {
            map.fitBounds(d.bounds, {maxZoom: 9, paddingTopLeft: [16, 16],
                                     paddingBottomRight: [open ? 200 : 16, 16]});
        }
    };
    var timer;
    var onResize = function () { clearTimeout(timer); timer = setTimeout(fit, 150); };
    // An open popup pans clear of the controls at the top right (layers, "Copy link"),
    // which otherwise covered popups in the north-east, where Kharkiv and Sumy are; the
    // legend (bottom right) folds to one line, as controls sit above popups.
    var keepClear = function (e) {
        var fold = document.querySelector(".sm-legend details");
        if (fold) { fold.open = false; }
        var corner = map._controlCorners && map._controlCorners.topright;
        if (!corner || !e.popup._adjustPan) { return; }
        var top = corner.getBoundingClientRect().bottom - map.getContainer().getBoundingClientRect().top;
        e.popup.options.autoPanPaddingTopLeft = [16, Math.max(16, Math.round(top) + 8)];
        e.popup._adjustPan();
    };
    group.on("add", function () {
        legend.addTo(map);
        map.whenReady(function () { setTimeout(fit, 0); });
        window.addEventListener("resize", onResize);
        map.on("popupopen", keepClear);
    });
    group.on("remove", function () {
        legend.remove();
        window.removeEventListener("resize", onResize);
        map.off("popupopen", keepClear);
    });
    window.strikeMapEvents = group;
    window.strikeMapPointCount = d.lat.length;
    return group;
})();
{% endmacro %}
"""
    )
    default_js = [("markerclusterjs", LOCAL_ASSETS["markerclusterjs"])]
    default_css = [
        ("markerclustercss", LOCAL_ASSETS["markerclustercss"]),
        ("markerclusterdefaultcss", LOCAL_ASSETS["markerclusterdefaultcss"]),
    ]

    def __init__(self, points: MapPoints, *, fit: bool = True, name: str | None = None):
        super().__init__(name=escape_text(name or tr("Events")))
        payload = points_payload(points, with_popups=len(points.table) <= MAX_POPUPS)
        payload.update(
            cluster=len(points.table) > CLUSTER_ABOVE,
            legend=legend_html(points, clustered=len(points.table) > CLUSTER_ABOVE),
            bounds=map_bounds(points),
            fit=fit,
        )
        self.payload = script_json(payload)


def map_bounds(points: MapPoints) -> list[list[float]]:
    """Bounds that fit the points (Ukraine when there are none), padded a little."""
    from geo.oblasts import ukraine_bounds

    if not len(points.table):
        return ukraine_bounds()
    lat = points.table["latitude"].astype(float)
    lon = points.table["longitude"].astype(float)
    pad = 0.3
    return [
        [float(lat.min()) - pad, float(lon.min()) - pad],
        [float(lat.max()) + pad, float(lon.max()) + pad],
    ]


def points_payload(points: MapPoints, with_popups: bool) -> dict:
    """The arrays the EventPoints layer draws from (one entry per point)."""
    table = points.table
    killed = table[S.KILLED].to_numpy(dtype=float)
    injured = table[S.INJURED].to_numpy(dtype=float)
    first = points.first
    single = (table["events"] == 1).to_numpy()
    # Records only for single-event points (the others show a summary), and without
    # popups only the columns the tooltip reads: to_dict on all columns was most of the time.
    columns = list(points.located.columns) if with_popups else [S.LOCATION, S.OBLAST, S.WEAPON]
    singles = points.located[columns].iloc[first[single]].to_dict("records") if single.any() else []
    firsts: list[dict | None] = [None] * len(table)
    for row, event in zip(np.flatnonzero(single), singles):
        firsts[row] = event
    payload = {
        "lat": np.round(table["latitude"].to_numpy(dtype=float), 5).tolist(),
        "lon": np.round(table["longitude"].to_numpy(dtype=float), 5).tolist(),
        "radius": radius_for(killed, injured).tolist(),
        "colour": [weapon_colour(w) for w in table["weapon"]],
        "hollow": (table["no_figures"] == table["events"]).astype(int).tolist(),
        "approx": table["approximate"].astype(int).tolist(),
        "events": table["events"].astype(int).tolist(),
        "tip": point_tooltips(table, firsts),
    }
    if with_popups:
        records = table.to_dict("records")
        order = np.argsort(points.group, kind="stable")
        starts = np.searchsorted(points.group[order], np.arange(len(table)))
        # The first 5 events of every point in ONE take: an .iloc per point on a
        # 250,000-row table cost ~10 ms each.
        listed = np.minimum(table["events"].to_numpy(), 5)
        offsets = np.cumsum(listed) - listed
        rows = order[np.repeat(starts, listed) + np.arange(int(listed.sum())) - np.repeat(offsets, listed)]
        lines = member_lines(points.located[MEMBER_COLUMNS].iloc[rows]) if len(rows) else []
        popups = []
        for row, (point, event) in enumerate(zip(records, firsts)):
            if event is not None:
                popups.append(event_popup_html(event))
            else:
                start = offsets[row]
                popups.append(group_popup_from_lines(point, lines[start : start + listed[row]]))
        payload["popup"] = popups
    return payload
