"""Tells the page, once per map frame, that the events are drawn.

The page sends its charts, table and panels only after the map is drawn
(see ``components/pacing.py``): the browser builds the page and the map's frame on
one thread, so anything it receives before the map is drawn delays the map.  This
layer, added after the event layers, waits for the map to be ready and one frame to
be painted, then sets the component's value with :data:`DRAWN_KEY`, which reruns
the map's fragment.  It speaks through streamlit-folium's ``window.Streamlit`` (see
:mod:`geo.event_map.compat`); in a saved HTML file there is no page to tell and it
does nothing.
"""

from __future__ import annotations

from jinja2 import Template

from geo.event_map.compat import component_value_script
from geo.event_map.layers._script import ScriptLayer, script_json

# The key the map's value carries once its events are drawn.
DRAWN_KEY = "strike_map_drawn"


class DrawnSignal(ScriptLayer):
    """An empty layer whose addition reports "drawn" to the page, once per frame."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
    var map = {{ this._parent.get_name() }};
    var layer = L.layerGroup();
    var key = {{ this.key }};
    layer.on("add", function () {
        if (window.__smDrawnSent) { return; }
        map.whenReady(function () {
            // After one painted frame: what the user sees is on the screen first.
            requestAnimationFrame(function () {
                setTimeout(function () {
                    if (window.__smDrawnSent) { return; }
                    var extra = {};
                    extra[key] = true;
                    window.__smDrawnSent = {{ this.send }}(extra);
                }, 0);
            });
        });
    });
    return layer;
})();
{% endmacro %}
"""
    )

    def __init__(self, name: str = "Drawn signal"):
        super().__init__(name=name)
        self.control = False
        self.key = script_json(DRAWN_KEY)
        self.send = component_value_script()
