"""The map legend: colour = weapon, size = casualties, hollow = no figures, dashed = approximate."""

from __future__ import annotations

from data.display import escape_text
from data.i18n import label, tr
from geo.event_map.points import MapPoints
from geo.event_map.style import WEAPON_COLOURS, weapon_colour


def legend_html(points: MapPoints | None, clustered: bool = False) -> str:
    """The legend box as escaped HTML, listing the weapons present (all when there are none)."""
    weapons = list(WEAPON_COLOURS)
    if points is not None and len(points.table):
        present = set(points.table["weapon"])
        weapons = [w for w in WEAPON_COLOURS if w in present] or weapons
        if "mixed" in present:
            weapons.append("mixed")
    # Words first, outside the markup, so the message extractor sees every one.
    several = escape_text(tr("several weapons"))
    title, weapon = escape_text(tr("Legend")), escape_text(tr("Weapon"))
    size = escape_text(tr("Circle area grows with killed + injured"))
    hollow = escape_text(tr("hollow: no casualty figures reported"))
    dashed = escape_text(tr("dashed: placed at oblast level"))
    bubble = escape_text(tr("numbered bubble: events grouped at this zoom"))
    swatches = "".join(
        f"<div><span class='sm-dot' style='background:{weapon_colour(w)}'></span>"
        f"{escape_text(label(w)) if w != 'mixed' else several}</div>"
        for w in weapons
    )
    return (
        "<div style='background:rgba(255,255,255,.92);padding:5px 7px;border-radius:4px;"
        "font:11px/1.35 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:190px'>"
        f"<details open><summary>{title}</summary><b>{weapon}</b>"
        "<style>.sm-dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px}</style>"
        f"{swatches}"
        f"<div style='margin-top:4px'>{size}</div>"
        "<div><span class='sm-dot' style='border:2px solid #222;background:none;width:8px;height:8px'></span>"
        f"{hollow}</div>"
        "<div><span class='sm-dot' style='border:2px dashed #222;background:none;width:8px;height:8px'></span>"
        f"{dashed}</div>" + (f"<div>{bubble}</div>" if clustered else "") + "</details></div>"
    )
