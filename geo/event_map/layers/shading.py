"""Oblast shading: each oblast filled by a value of the current filter (events, killed, injured).

The geometry is the outlines file the base map already fetched (``window.smOutlines``);
this layer sends only a value and an escaped summary per oblast.  The colour ramp is a
branca ``LinearColormap`` (light to dark red), on the square root of the share so small
oblasts stay visible next to a dominant one.
"""

from __future__ import annotations

import math

import pandas as pd
from branca.colormap import LinearColormap
from jinja2 import Template

from data.display import escape_text
from data.i18n import tr
from geo.event_map.layers._script import ScriptLayer, script_json

_RAMP = LinearColormap(["#fee5d9", "#a50f15"], vmin=0.0, vmax=1.0)


def shade(share: float) -> str:
    """Fill colour for a share of the largest value (0..1)."""
    return _RAMP(math.sqrt(max(0.0, min(1.0, share))))[:7]


class OblastShading(ScriptLayer):
    """Shaded oblasts with a tooltip per oblast (name and the escaped summary)."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
    var shading = {{ this.payload }};
    var group = L.layerGroup();
    (window.smOutlines || Promise.resolve({features: []})).then(function (outlines) {
        L.geoJSON(outlines, {
            style: function (f) {
                var s = shading[f.properties.iso_3166_2];
                return {fillColor: s ? s.fill : "#ffffff", fillOpacity: s ? 0.7 : 0.05,
                        color: "#555", weight: 1, noClip: true};  // as the outlines (base.py)
            },
            onEachFeature: function (f, layer) {
                var s = shading[f.properties.iso_3166_2];
                var box = document.createElement("div");
                var b = document.createElement("b");
                b.textContent = f.properties.name_en;
                box.appendChild(b);
                box.appendChild(document.createElement("br"));
                box.appendChild(document.createTextNode(s ? s.summary : "no events"));
                layer.bindTooltip(box, {sticky: true});
            }
        }).addTo(group);
    });
    return group;
})();
{% endmacro %}
"""
    )

    def __init__(self, values: pd.DataFrame, label: str = "events"):
        super().__init__(name=escape_text(tr("Oblast shading ({measure})", measure=tr(label))))
        top = float(values["value"].max() or 0) if len(values) else 0.0
        shading = {}
        for iso, row in values.iterrows():
            value = float(row["value"] or 0)
            if value > 0:
                # Plain text: the browser inserts it as a text node, never as HTML.
                shading[str(iso)] = {"fill": shade(value / top if top else 0), "summary": str(row["label"])}
        self.payload = script_json(shading)
