"""Tile layers a user can put under the map: registered by key, keyless providers only.

``none`` draws no tiles: the oblast outlines carry the map and nothing leaves the
machine.  The attribution follows the choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from data.i18n import N_


@dataclass(frozen=True)
class Basemap:
    key: str
    label: str
    url: str | None  # tile URL template; None = no tiles
    attribution: str
    max_zoom: int = 19


BASEMAPS: dict[str, Basemap] = {
    basemap.key: basemap
    for basemap in (
        Basemap(
            "osm",
            N_("Street map (OpenStreetMap)"),
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
        ),
        Basemap(
            "light",
            N_("Light grey (CARTO Positron)"),
            "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
            '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
            '&copy; <a href="https://carto.com/attributions">CARTO</a>',
            max_zoom=20,
        ),
        Basemap("none", N_("No tiles (outlines only, works offline)"), None, ""),
    )
}
DEFAULT_BASEMAP = "osm"
