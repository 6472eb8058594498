"""Playback: a play control on the map that steps through the period a day, week or month at a time.

The map shows the events of the current step brightly and those of the steps
before it fading out.  Everything runs in the browser from one compact payload
(one entry per event, sorted by date), with no plugin script: Leaflet's canvas
circles are added, restyled and removed per step, so a step costs a pass over
the events that began before it and a canvas redraw (measured by
``benchmarks/playback.py``).  Pause keeps the position; the speed and the step
length can be changed while playing.

Dates keep their precision: an event known only to a month (or week, or year) is
current in every step that overlaps that month, drawn with a dashed ring, never
pinned to the month's first day.  Undated events cannot be played and are counted
in the control.

The control and ``window.strikeMapPlayback`` (used by the tests and the
benchmark) appear when the layer is added to the map.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from jinja2 import Template

from data import schema as S
from data.display import escape_text, format_date
from data.timeline import choose_unit, period_end, period_start
from geo.event_map.layers._script import ScriptLayer, script_json
from geo.event_map.style import radius_for, weapon_colour

# Above this many events the payload (about 60 bytes an event) and a step's pass
# grow past what stays smooth; the control then asks for a narrower filter.
MAX_PLAYBACK_EVENTS = 25_000
FADE_STEPS = 3
PLAYABLE_PRECISIONS = ("day", "week", "month", "year")
_EPOCH = pd.Timestamp("1970-01-01")


def _days(stamps: pd.Series) -> np.ndarray:
    return ((stamps - _EPOCH) // pd.Timedelta(days=1)).to_numpy(dtype="int64")


def playback_payload(events: pd.DataFrame, max_events: int = MAX_PLAYBACK_EVENTS) -> dict:
    """The arrays the playback layer steps through: one entry per placed, dated event, by date.

    ``t0`` and ``t1`` are the first day and the day after the last day (days since
    1970-01-01) the event could have happened on, from its date precision.
    """
    located = events[S.LATITUDE].notna() & events[S.LONGITUDE].notna()
    playable = located & events[S.DATE].notna()
    playable &= events[S.DATE_PRECISION].astype("string").isin(PLAYABLE_PRECISIONS).fillna(False)
    chosen = events[playable.to_numpy(dtype=bool)]
    base = {"n": 0, "left_out": int(len(events) - len(chosen)), "too_many": 0, "fade": FADE_STEPS}
    if chosen.empty:
        return base | {"unit": "month", "first": 0, "last": 0}
    if len(chosen) > max_events:
        return base | {"too_many": int(len(chosen)), "unit": "month", "first": 0, "last": 0}
    precision = chosen[S.DATE_PRECISION].astype(str)
    starts = pd.Series(pd.NaT, index=chosen.index, dtype="datetime64[s]")
    for level in precision.unique():
        rows = precision == level
        starts[rows] = period_start(chosen.loc[rows, S.DATE].astype("datetime64[s]"), level)
    ends = starts.copy()
    for level in precision.unique():
        rows = precision == level
        ends[rows] = period_end(starts[rows], level)
    order = np.argsort(_days(starts), kind="stable")
    chosen, starts, ends, precision = (x.iloc[order] for x in (chosen, starts, ends, precision))
    killed = chosen[S.KILLED].to_numpy(dtype=float, na_value=np.nan)
    injured = chosen[S.INJURED].to_numpy(dtype=float, na_value=np.nan)
    places = chosen[S.LOCATION].fillna("Place not reported").astype(str)
    # Dates and places repeat: each distinct one is formatted once.
    date_text: dict = {}
    place_text: dict = {}
    tips = []
    for place, date, level in zip(places.tolist(), chosen[S.DATE].tolist(), precision.tolist()):
        if place not in place_text:
            place_text[place] = escape_text(place)
        if (date, level) not in date_text:
            date_text[(date, level)] = escape_text(format_date(date, level))
        tips.append(f"{place_text[place]} · {date_text[(date, level)]}")
    t0, t1 = _days(starts), _days(ends)
    return base | {
        "n": int(len(chosen)),
        "unit": choose_unit(starts.min(), ends.max() - pd.Timedelta(days=1)),
        "first": int(t0.min()),
        "last": int(t1.max()) - 1,
        "lat": np.round(chosen[S.LATITUDE].to_numpy(dtype=float), 5).tolist(),
        "lon": np.round(chosen[S.LONGITUDE].to_numpy(dtype=float), 5).tolist(),
        "t0": t0.tolist(),
        "t1": t1.tolist(),
        "radius": radius_for(killed, injured).tolist(),
        "colour": [weapon_colour(w) for w in chosen[S.WEAPON].astype(str)],
        "hollow": (np.isnan(killed) & np.isnan(injured)).astype(int).tolist(),
        "coarse": (precision != "day").astype(int).tolist(),
        "tip": tips,
    }


class PlaybackLayer(ScriptLayer):
    """The play control and the stepped view of the events (see the module docstring)."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
    var d = {{ this.payload }};
    var map = {{ this._parent.get_name() }};
    var DAY = 86400000;
    var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    var layer = L.layerGroup();
    var renderer = L.canvas({padding: 0.5});
    var markers = new Array(d.n);
    var shown = {};  // index -> age drawn (0 = current step)
    var st = {unit: d.unit, index: 0, playing: false, active: false, speed: 2, timer: null, count: 0};
    var control, label, playButton, slider;
    // Only the base map's header reaches the frame, so the control brings its own style.
    if (!document.getElementById("sm-playback-css")) {
        var style = document.createElement("style");
        style.id = "sm-playback-css";
        style.textContent = {{ this.css_json }};
        document.head.appendChild(style);
    }

    function startOf(unit, i) {
        // First day (days since 1970) of step i.
        if (unit === "day") { return d.first + i; }
        if (unit === "week") {
            var weekday = (new Date(d.first * DAY).getUTCDay() + 6) % 7;  // Monday = 0
            return d.first - weekday + 7 * i;
        }
        var f = new Date(d.first * DAY);
        return Date.UTC(f.getUTCFullYear(), f.getUTCMonth() + i, 1) / DAY;
    }
    function stepCount(unit) {
        var n = 0;
        while (startOf(unit, n) <= d.last) { n++; }
        return n;
    }
    function text(day) {
        var t = new Date(day * DAY);
        return t.getUTCDate() + " " + MONTHS[t.getUTCMonth()] + " " + t.getUTCFullYear();
    }
    function stepLabel() {
        var s = startOf(st.unit, st.index), e = startOf(st.unit, st.index + 1) - 1;
        if (st.unit === "day") { return text(s); }
        if (st.unit === "month") { var t = new Date(s * DAY); return MONTHS[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
        return text(s) + " – " + text(e);
    }
    function marker(k) {
        if (!markers[k]) {
            var c = d.colour[k];
            markers[k] = L.circleMarker([d.lat[k], d.lon[k]], {
                renderer: renderer, radius: d.radius[k], color: c, weight: 1.5, fillColor: c,
                dashArray: d.coarse[k] ? "4 4" : null
            }).bindTooltip(d.tip[k], {sticky: true});
        }
        return markers[k];
    }
    function render() {
        var s = startOf(st.unit, st.index), e = startOf(st.unit, st.index + 1);
        var length = e - s, horizon = s - d.fade * length;
        var next = {}, current = 0;
        for (var k = 0; k < d.n && d.t0[k] < e; k++) {
            if (d.t1[k] <= horizon) { continue; }
            // Age in steps: 0 while the event's possible dates overlap this step.
            var age = d.t1[k] > s ? 0 : Math.ceil((s - d.t1[k] + 1) / length);
            if (age > d.fade) { continue; }
            next[k] = age;
            if (age === 0) { current++; }
        }
        for (var old in shown) {
            if (!(old in next)) { layer.removeLayer(markers[old]); }
        }
        for (var key in next) {
            var m = marker(key), a = next[key];
            if (shown[key] !== a) {
                var strength = 1 - a / (d.fade + 1);
                m.setStyle({opacity: 0.95 * strength, fillOpacity: d.hollow[key] ? 0 : 0.6 * strength});
                if (a === 0) { m.bringToFront(); }
            }
            if (!(key in shown)) { layer.addLayer(m); }
        }
        shown = next;
        st.count = current;
        if (label) {
            label.textContent = stepLabel() + " · " + current.toLocaleString("en") + (current === 1 ? " event" : " events");
            slider.max = stepCount(st.unit) - 1;
            slider.value = st.index;
        }
    }
    function activate() {
        if (st.active) { return; }
        st.active = true;
        // The playback replaces the events layer until stopped.
        if (window.strikeMapEvents && map.hasLayer(window.strikeMapEvents)) {
            map.removeLayer(window.strikeMapEvents);
            st.hidEvents = true;
        }
        control.getContainer().classList.add("sm-playing");
    }
    function tick() {
        if (st.index >= stepCount(st.unit) - 1) { pause(); return; }
        st.index++;
        render();
    }
    function play() {
        activate();
        if (st.index >= stepCount(st.unit) - 1) { st.index = 0; }
        st.playing = true;
        playButton.textContent = "❚❚";
        playButton.title = "Pause (keeps the position)";
        clearInterval(st.timer);
        st.timer = setInterval(tick, 1000 / st.speed);
        render();
    }
    function pause() {
        st.playing = false;
        clearInterval(st.timer);
        if (playButton) { playButton.textContent = "▶"; playButton.title = "Play"; }
    }
    function stop() {
        pause();
        st.active = false;
        for (var k in shown) { layer.removeLayer(markers[k]); }
        shown = {};
        if (st.hidEvents && window.strikeMapEvents) { map.addLayer(window.strikeMapEvents); st.hidEvents = false; }
        control.getContainer().classList.remove("sm-playing");
        label.textContent = "Play the period";
    }
    function go(index) {
        activate();
        st.index = Math.max(0, Math.min(stepCount(st.unit) - 1, index));
        render();
    }
    function setUnit(unit) {
        // Keep the position: the new step is the one holding the current step's first day.
        var day = startOf(st.unit, st.index);
        st.unit = unit;
        var i = 0;
        while (startOf(unit, i + 1) <= day) { i++; }
        st.index = i;
        if (st.active) { render(); }
    }
    function setSpeed(speed) {
        st.speed = speed;
        if (st.playing) { clearInterval(st.timer); st.timer = setInterval(tick, 1000 / st.speed); }
    }

    control = L.control({position: "bottomleft"});
    control.onAdd = function () {
        var div = L.DomUtil.create("div", "sm-playback leaflet-bar");
        if (!d.n) {
            div.textContent = d.too_many
                ? "Playback: " + d.too_many.toLocaleString("en") + " events; filter to " +
                  ({{ this.max_events }}).toLocaleString("en") + " or fewer to play them."
                : "Playback: no placed event has a date.";
            return div;
        }
        // Static markup only; every text from the data goes in through textContent or tooltips.
        div.innerHTML =
            '<button type="button" class="sm-pb-play" title="Play">▶</button>' +
            '<button type="button" class="sm-pb-prev" title="Step back">◀</button>' +
            '<button type="button" class="sm-pb-next" title="Step forward">▶▏</button>' +
            '<button type="button" class="sm-pb-stop" title="Stop: back to all events">■</button>' +
            '<select class="sm-pb-unit" title="Step"><option value="day">day</option>' +
            '<option value="week">week</option><option value="month">month</option></select>' +
            '<select class="sm-pb-speed" title="Steps per second"><option value="0.5">0.5×</option>' +
            '<option value="1">1×</option><option value="2" selected>2×</option>' +
            '<option value="4">4×</option><option value="8">8×</option></select>' +
            '<input class="sm-pb-slider" type="range" min="0" value="0" step="1" title="Position">' +
            '<div class="sm-pb-label">Play the period</div>' +
            '<div class="sm-pb-note"></div>';
        label = div.querySelector(".sm-pb-label");
        playButton = div.querySelector(".sm-pb-play");
        slider = div.querySelector(".sm-pb-slider");
        slider.max = stepCount(st.unit) - 1;
        div.querySelector(".sm-pb-unit").value = st.unit;
        div.querySelector(".sm-pb-note").textContent =
            "Current step bright, the " + d.fade + " before fading; dashed: date known only to a week, month or year" +
            (d.left_out ? "; " + d.left_out.toLocaleString("en") + (d.left_out === 1 ? " event" : " events") +
             " without a date or place not played." : ".");
        playButton.onclick = function () { if (st.playing) { pause(); } else { play(); } };
        div.querySelector(".sm-pb-prev").onclick = function () { pause(); go(st.index - 1); };
        div.querySelector(".sm-pb-next").onclick = function () { pause(); go(st.index + 1); };
        div.querySelector(".sm-pb-stop").onclick = stop;
        div.querySelector(".sm-pb-unit").onchange = function (ev) { setUnit(ev.target.value); };
        div.querySelector(".sm-pb-speed").onchange = function (ev) { setSpeed(parseFloat(ev.target.value)); };
        slider.oninput = function (ev) { pause(); go(parseInt(ev.target.value, 10)); };
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    layer.on("add", function () { control.addTo(map); });
    layer.on("remove", function () { pause(); control.remove(); });
    window.strikeMapPlayback = {
        play: play, pause: pause, stop: stop, go: go, setUnit: setUnit, setSpeed: setSpeed,
        next: function () { go(st.index + 1); },
        state: function () {
            return {index: st.index, unit: st.unit, playing: st.playing, active: st.active,
                    steps: stepCount(st.unit), current: st.count, shown: Object.keys(shown).length,
                    label: label ? label.textContent : ""};
        },
        // For the benchmark: draw now instead of on the next animation frame.
        flush: function () { if (renderer._redrawRequest) { renderer._redraw(); } }
    };
    return layer;
})();
{% endmacro %}
"""
    )

    def __init__(self, events: pd.DataFrame, name: str = "Playback", max_events: int = MAX_PLAYBACK_EVENTS):
        super().__init__(name=name)
        self.control = False  # the play control is the switch; no layer-control entry
        self.max_events = int(max_events)
        self.payload = script_json(playback_payload(events, max_events=max_events))
        self.css_json = script_json(PLAYBACK_CSS)


PLAYBACK_CSS = """
.sm-playback { background: rgba(255,255,255,.94); padding: 4px 6px; font: 12px/1.3 sans-serif; max-width: 300px; }
.sm-playback button, .sm-playback select { font: 12px sans-serif; margin: 1px; padding: 1px 5px; cursor: pointer; }
.sm-playback .sm-pb-slider { width: 100%; }
.sm-playback .sm-pb-label { font-weight: 600; }
.sm-playback .sm-pb-note { color: #555; font-size: 11px; display: none; }
.sm-playback.sm-playing .sm-pb-note { display: block; }
"""
