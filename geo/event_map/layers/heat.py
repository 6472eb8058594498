"""Heat map of events (weighted by the events at each point), via Leaflet.heat."""

from __future__ import annotations

from jinja2 import Template

from data.display import escape_text
from data.i18n import tr
from geo.event_map.layers._script import ScriptLayer, script_json
from geo.event_map.points import MapPoints


class HeatLayer(ScriptLayer):
    """A heat map over the map points; the plugin script is declared by the base map."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.layerGroup([
    L.heatLayer({{ this.payload }}, {radius: 18, blur: 22, minOpacity: 0.3, maxZoom: 18})
]);
{% endmacro %}
"""
    )

    def __init__(self, points: MapPoints, name: str | None = None):
        super().__init__(name=escape_text(name or tr("Heat map (events)")))
        table = points.table
        self.payload = script_json(
            table[["latitude", "longitude", "events"]].astype(float).round(5).values.tolist()
        )
