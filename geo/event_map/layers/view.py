"""The map's view in a link: go to a point when asked, and a control that copies a link to this view.

``ViewLink`` is added with the event layers.  With a ``focus`` (an event a link
cites, a place searched, or a ``?view=`` from a link) it moves the map there once
the frame has its real size, after the events layer fitted the view to all
events.  It holds there until the user moves the map.  Its control, "Copy link", writes the current centre and zoom into the
page's address (``view=lat,lon,zoom``) beside the filters and the cited event,
and copies that address.  The component frame is same-origin with the page
(streamlit-folium's iframe has ``allow-same-origin``), so the control can read
and update the address bar; when it cannot, it shows the link to copy by hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from jinja2 import Template

from data.i18n import tr
from geo.event_map.layers._script import ScriptLayer, script_json

VIEW_PARAM = "view"


@dataclass(frozen=True)
class Focus:
    """Where the map should go: a centre and a zoom."""

    latitude: float
    longitude: float
    zoom: float = 11.0

    def as_param(self) -> str:
        return f"{self.latitude:.5f},{self.longitude:.5f},{self.zoom:g}"


def parse_view(text: str | None) -> Focus | None:
    """``"50.45,30.52,9"`` -> a Focus; None for anything else (a link is untrusted input)."""
    if not text or len(text) > 60:
        return None
    parts = text.split(",")
    if len(parts) != 3:
        return None
    try:
        lat, lon, zoom = (float(p) for p in parts)
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (lat, lon, zoom)):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Focus(round(lat, 5), round(lon, 5), min(18.0, max(4.0, round(zoom * 4) / 4)))


class ViewLink(ScriptLayer):
    """Optional focus plus the "Copy link" control (see the module docstring)."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
    var d = {{ this.payload }};
    var map = {{ this._parent.get_name() }};
    var layer = L.layerGroup();
    // The focus holds until the user moves the map: the events layer refits the view
    // when it is added and whenever the frame resizes (it grows after the script ran,
    // at a time that varies with the machine's load), so every move that the user did
    // not make is brought back to the focus.
    var userMoved = false;
    function hold() {
        if (!d.focus || userMoved) { return; }
        var c = map.getCenter();
        if (Math.abs(c.lat - d.focus[0]) > 1e-4 || Math.abs(c.lng - d.focus[1]) > 1e-4 || map.getZoom() !== d.focus[2]) {
            map.setView([d.focus[0], d.focus[1]], d.focus[2], {animate: false});
        }
    }
    function moved() { userMoved = true; }
    var USER_EVENTS = ["mousedown", "wheel", "touchstart", "keydown"];
    function pageUrl() {
        var here;
        try { here = new URL(window.parent.location.href); } catch (e) { return null; }
        var c = map.getCenter();
        here.searchParams.set(d.param, c.lat.toFixed(5) + "," + c.lng.toFixed(5) + "," + map.getZoom());
        return here;
    }
    var control = L.control({position: "topright"});
    control.onAdd = function () {
        var div = L.DomUtil.create("div", "sm-viewlink leaflet-bar");
        div.style.cssText = "background:#fff;padding:3px 6px;font:12px sans-serif;max-width:260px";
        div.innerHTML = '<button type="button" class="sm-copy-link"></button>' +
            '<input class="sm-link-text" readonly style="display:none;width:240px;font-size:11px">' +
            '<span class="sm-link-note" style="margin-left:4px;color:#555"></span>';
        var button = div.querySelector(".sm-copy-link"), input = div.querySelector(".sm-link-text");
        // The words come in the payload, in the page's language, and go in as text, never HTML.
        button.textContent = d.words.copy;
        button.title = d.words.title;
        var note = div.querySelector(".sm-link-note");
        button.onclick = function () {
            var url = pageUrl();
            if (!url) { note.textContent = d.words.address; return; }
            try { window.parent.history.replaceState(window.parent.history.state, "", url.toString()); } catch (e) {}
            input.value = url.toString();
            var done = function () { note.textContent = d.words.copied; };
            var manual = function () {
                input.style.display = "block"; input.focus(); input.select();
                try { if (document.execCommand("copy")) { done(); return; } } catch (e) {}
                note.textContent = d.words.manual;
            };
            try {
                window.parent.navigator.clipboard.writeText(url.toString()).then(done, manual);
            } catch (e) { manual(); }
        };
        L.DomEvent.disableClickPropagation(div);
        return div;
    };
    layer.on("add", function () {
        control.addTo(map);
        if (d.focus) {
            userMoved = false;
            map.on("moveend", hold);
            USER_EVENTS.forEach(function (name) { map.getContainer().addEventListener(name, moved, true); });
            map.whenReady(function () { setTimeout(hold, 0); });
        }
    });
    layer.on("remove", function () {
        control.remove();
        map.off("moveend", hold);
        USER_EVENTS.forEach(function (name) { map.getContainer().removeEventListener(name, moved, true); });
    });
    window.strikeMapViewLink = {pageUrl: function () { var u = pageUrl(); return u ? u.toString() : null; }};
    return layer;
})();
{% endmacro %}
"""
    )

    def __init__(self, focus: Focus | None = None, name: str = "View link"):
        super().__init__(name=name)
        self.control = False
        self.payload = script_json(
            {
                "focus": [focus.latitude, focus.longitude, focus.zoom] if focus else None,
                "param": VIEW_PARAM,
                "words": {
                    "copy": tr("Copy link"),
                    "title": tr("Copy a link to this view: filters, selected event, centre and zoom"),
                    "address": tr("copy the address bar"),
                    "copied": tr("copied"),
                    "manual": tr("select and copy"),
                },
            }
        )
