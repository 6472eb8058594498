"""What every map has and a rerun never changes: outlines, plugin scripts, attribution."""

from __future__ import annotations

import json

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from data.display import escape_text
from geo.event_map.assets import LOCAL_ASSETS, OUTLINES_URL


class BaseMapAssets(JSCSSMixin, MacroElement):
    """Declares every plugin script a later layer may need.

    streamlit-folium loads a map's scripts once, when the map is first drawn; a heat
    or cluster layer swapped in later (``feature_group_to_add``) finds its plugin
    only if the base map declared it from the start.
    """

    # The layers' styles live here too: only the base map's header reaches the frame.
    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>
.sm-cluster div { background: rgba(120, 20, 35, 0.78); color: #fff; font: 600 11px/1 sans-serif; }
.sm-cluster { background: rgba(120, 20, 35, 0.25); }
.sm-legend summary { cursor: pointer; font-weight: 600; }
.sm-popup { font: 12px/1.4 sans-serif; }
.sm-popup table th { text-align: left; padding-right: 8px; font-weight: 600; }
.sm-muted { color: #666; }
.sm-warn { background: #fff4e5; padding: 3px 5px; border-radius: 4px; }
/* The credits wrap on the right and leave the scale bar (bottom left) uncovered. */
.leaflet-control-attribution { max-width: calc(100% - 140px); font-size: 11px; line-height: 1.35; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}{% endmacro %}
"""
    )
    default_js = [
        ("markerclusterjs", LOCAL_ASSETS["markerclusterjs"]),
        ("leaflet-heat.js", LOCAL_ASSETS["leaflet-heat.js"]),
    ]
    default_css = [
        ("markerclustercss", LOCAL_ASSETS["markerclustercss"]),
        ("markerclusterdefaultcss", LOCAL_ASSETS["markerclusterdefaultcss"]),
    ]

    def __init__(self):
        super().__init__()
        self._name = "BaseMapAssets"


class OblastOutlines(MacroElement):
    """Oblast outlines, always drawn (they carry the map when tiles are unreachable).

    The geometry is a static file served by the app (``static/geo/oblasts.geojson``),
    fetched once and cached by the browser, instead of 0.4 MB of script re-sent and
    re-parsed on every page run.  ``window.smOutlines`` is a promise of it, which the
    oblast shading layer reuses.  ``url`` may be a ``data:`` URL for a saved map.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    map.createPane("smOutlines");
    map.getPane("smOutlines").style.zIndex = 350;
    window.smOutlines = fetch({{ this.url_json }}).then(function (r) { return r.json(); });
    window.smOutlines.then(function (outlines) {
        L.geoJSON(outlines, {
            pane: "smOutlines",
            style: {color: "#555", weight: 1, fillColor: "#f2efe9", fillOpacity: 0.35},
            // Not clipped to the view: clipping 16,000 vertices on every move and zoom was the
            // costliest function of a filter change in Chromium's profile (Leaflet's clipPolygon).
            noClip: true,
            onEachFeature: function (f, layer) {
                layer.bindTooltip(document.createTextNode(f.properties.name_en), {sticky: true});
            }
        }).addTo(map);
    });
})();
{% endmacro %}
"""
    )

    def __init__(self, url: str = OUTLINES_URL):
        super().__init__()
        self._name = "OblastOutlines"
        self.url_json = json.dumps(url)


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
