"""The events map as a static image (PNG or SVG) for articles, reports and slides.

Drawn on the server with geopandas and matplotlib from the same filtered events
as the web map, with the web map's own pieces: the same grouping of events into
points (:func:`geo.event_map.points.group_events`), the same circle radius
(:func:`geo.event_map.style.radius_for`), the same weapon colours, hollow rings for
events without figures, dashed rings for events placed at oblast level, and the
same oblast shading.  No browser and no tiles: the oblast outlines carry the
map, so it works offline and on Community Cloud.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import textwrap
from dataclasses import dataclass

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from data import schema as S
from data.aggregate import oblast_shading
from data.captions import figures_line, source_line, title_sentence
from data.i18n import N_, format_number, label, tr
from geo.event_map.layers.events import map_bounds
from geo.event_map.layers.shading import shade
from geo.event_map.points import group_events
from geo.event_map.style import MIXED_COLOUR, WEAPON_COLOURS, radius_for, weapon_colour
from geo.oblasts import load_oblasts

# Text as text in SVG (editable in Illustrator/Inkscape), with the font named.
matplotlib.rcParams["svg.fonttype"] = "none"


@dataclass(frozen=True)
class ImageSize:
    """Width and height in inches at a resolution; pixels = inches x dpi."""

    width: float
    height: float
    dpi: int

    @property
    def pixels(self) -> tuple[int, int]:
        return round(self.width * self.dpi), round(self.height * self.dpi)


SIZES: dict[str, ImageSize] = {
    # 1200 x 900 px: an article's full-width image.
    "web": ImageSize(12.0, 9.0, 100),
    # 183 x 137 mm at 300 dpi (2160 x 1620 px): a full text width in print.
    "print": ImageSize(7.2, 5.4, 300),
}
FORMATS = ("png", "svg")
# A web map pixel is 0.75 pt; circles keep their on-screen size relative to the text.
PT_PER_PX = 0.75
OUTLINE_COLOUR = "#555555"
LAND_COLOUR = "#f2efe9"
# The web map never zooms past 9 for a fit: a single event still shows its surroundings.
MIN_SPAN_DEGREES = 2.0


def _extent(points) -> tuple[float, float, float, float]:
    (south, west), (north, east) = map_bounds(points)
    mid_lat, mid_lon = (south + north) / 2, (west + east) / 2
    half_lat = max((north - south) / 2, MIN_SPAN_DEGREES / 2)
    half_lon = max((east - west) / 2, MIN_SPAN_DEGREES / 2 / math.cos(math.radians(mid_lat)))
    return mid_lon - half_lon, mid_lon + half_lon, mid_lat - half_lat, mid_lat + half_lat


def _fit_axes(ax, extent, box_aspect: float) -> None:
    # Widen the shorter side so the map fills its box at the local scale.
    west, east, south, north = extent
    mid_lat = (south + north) / 2
    stretch = 1 / math.cos(math.radians(mid_lat))  # degrees of latitude per displayed degree of longitude
    width, height = east - west, (north - south) * stretch
    if height / width < box_aspect:
        height = width * box_aspect
    else:
        width = height / box_aspect
    mid_lon = (west + east) / 2
    ax.set_xlim(mid_lon - width / 2, mid_lon + width / 2)
    ax.set_ylim(mid_lat - height / stretch / 2, mid_lat + height / stretch / 2)
    ax.set_aspect(stretch)


def _legend_handles(ax, table: pd.DataFrame, scale: float) -> tuple[list, list]:
    # Empty scatter collections as handles: the legend copies their face, edge and
    # dash style, so the dashed ring in the legend is dashed like on the map.
    def handle(size_pt: float, face, edge, dashed: bool = False):
        return ax.scatter([], [], s=size_pt**2, facecolors=face, edgecolors=edge,
                          linewidths=0.9 * scale, linestyles="--" if dashed else "-")  # fmt: skip

    handles, labels = [], []
    present = set(table["weapon"]) if len(table) else set()
    dot = 2 * 6 * PT_PER_PX * scale
    for weapon, colour in [*WEAPON_COLOURS.items(), ("mixed", MIXED_COLOUR)]:
        if weapon in present:
            handles.append(handle(dot, _with_alpha(np.array([colour]), 0.45), colour))
            labels.append(tr("several weapons") if weapon == "mixed" else label(weapon))
    totals = np.nan_to_num(table[S.KILLED].to_numpy(float)) + np.nan_to_num(table[S.INJURED].to_numpy(float))
    largest = float(totals.max()) if len(totals) else 0.0
    # Reference circles on the map's own scale: radius_for scales by the largest
    # total it is given, so the references go in together with the points' totals.
    references = [v for v in (1, 10, 100, 1_000, 10_000) if v <= largest]
    if references:
        every = np.array([*totals, *references], float)
        reference_radii = radius_for(every, np.zeros(len(every)))[len(totals) :]
        for value, radius in zip(references, reference_radii):
            handles.append(handle(2 * radius * PT_PER_PX * scale, "#dddddd", "#555555"))
            labels.append(tr("{count} killed + injured", count=format_number(value)))
    handles.append(handle(dot, "none", "#222222"))
    labels.append(tr("hollow: no figures reported"))
    handles.append(handle(dot, "none", "#222222", dashed=True))
    labels.append(tr("dashed: placed at oblast level"))
    return handles, labels


SHADING_LABELS = {
    "events": N_("oblasts by events: few"),
    "killed": N_("oblasts by killed: few"),
    "injured": N_("oblasts by injured: few"),
}


def render_map_image(
    events: pd.DataFrame,
    *,
    shade_by: str = "none",
    size: str | ImageSize = "web",
    fmt: str = "png",
    made: dt.date | None = None,
) -> bytes:
    """Draw the events map as a PNG or SVG image.

    Parameters
    ----------
    events
        The filtered events, exactly as the page shows them (unplaced events are
        counted in the title and the figures line, not drawn).
    shade_by
        ``"none"``, ``"events"``, ``"killed"`` or ``"injured"``: the oblast shading of the web map.
    size
        A key of :data:`SIZES` (``"web"``, ``"print"``) or an :class:`ImageSize`.
    fmt
        ``"png"`` or ``"svg"``.
    made
        The date printed as when the image was made (today by default).

    Returns
    -------
    bytes
        The image file.
    """
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    box = SIZES[size] if isinstance(size, str) else size
    figure = map_figure(events, shade_by=shade_by, size=box, made=made)
    buffer = io.BytesIO()
    canvas = FigureCanvasAgg(figure) if fmt == "png" else FigureCanvasSVG(figure)
    metadata = {"Software": "Strike Map"} if fmt == "png" else {"Creator": "Strike Map"}
    canvas.print_figure(buffer, format=fmt, dpi=box.dpi, facecolor="white", metadata=metadata)
    return buffer.getvalue()


def map_figure(
    events: pd.DataFrame,
    *,
    shade_by: str = "none",
    size: str | ImageSize = "web",
    made: dt.date | None = None,
) -> Figure:
    """The map image as a matplotlib ``Figure`` (see :func:`render_map_image` for the parameters)."""
    box = SIZES[size] if isinstance(size, str) else size
    figure = Figure(figsize=(box.width, box.height), dpi=box.dpi, facecolor="white")
    # Sizes in points follow the figure's width, down to what stays legible in print
    # (a 7.2 in print image: title 12 pt, legend 6 pt, sources 6 pt).
    scale = max(box.width / 12.0, 0.72)
    title_pt, figures_pt, source_pt = 17 * scale, 10.5 * scale, max(7.5 * scale, 6.0)
    title = _wrap(title_sentence(events), _chars_per_line(box.width * 0.97, title_pt, bold=True))
    figures = _wrap(figures_line(events), _chars_per_line(box.width * 0.97, figures_pt))
    sources = _wrap(source_line(events, made), _chars_per_line(box.width * 0.97, source_pt))
    # The heights of the text blocks decide where the map goes, so nothing overlaps.
    height_pt = box.height * 72
    margin = 0.02
    title_top = 1 - margin
    figures_top = (
        title_top - (title.count("\n") + 1) * title_pt * 1.25 / height_pt - 0.3 * figures_pt / height_pt
    )
    top = 1 - figures_top + (figures.count("\n") + 1) * figures_pt * 1.35 / height_pt + figures_pt / height_pt
    bottom = margin / 2 + (sources.count("\n") + 1) * source_pt * 1.35 / height_pt + source_pt / height_pt
    # The map on the left, the legend in its own column: on the web map the legend
    # floats over the map, on paper it must never hide an event.
    map_width = 0.76
    ax = figure.add_axes((0.01, bottom, map_width, 1 - top - bottom))
    ax.set_axis_off()

    oblasts = load_oblasts()
    points = group_events(events)
    table = points.table
    _fit_axes(ax, _extent(points), box_aspect=(1 - top - bottom) * box.height / (map_width * box.width))

    shading_handles: list = []
    if shade_by != "none" and not events.empty:
        values = oblast_shading(events, shade_by)
        top_value = float(values["value"].max() or 0) if len(values) else 0.0
        fills = [
            shade(float(values["value"].get(iso, 0) or 0) / top_value)
            if top_value > 0 and float(values["value"].get(iso, 0) or 0) > 0
            else "#ffffff"
            for iso in oblasts.iso_3166_2
        ]
        oblasts.plot(ax=ax, color=fills, edgecolor=OUTLINE_COLOUR, linewidth=0.6 * scale, alpha=0.6)
        if top_value > 0:
            shading_handles = [
                Patch(
                    facecolor=shade(0.05),
                    edgecolor=OUTLINE_COLOUR,
                    alpha=0.6,
                    label=tr(SHADING_LABELS.get(shade_by, SHADING_LABELS["events"])),
                ),
                Patch(
                    facecolor=shade(1.0),
                    edgecolor=OUTLINE_COLOUR,
                    alpha=0.6,
                    label=tr("most ({count})", count=format_number(round(top_value))),
                ),
            ]
    else:
        oblasts.plot(ax=ax, color=LAND_COLOUR, edgecolor=OUTLINE_COLOUR, linewidth=0.6 * scale)

    if len(table):
        killed = table[S.KILLED].to_numpy(float)
        injured = table[S.INJURED].to_numpy(float)
        radii = radius_for(killed, injured)
        colours = np.array([weapon_colour(w) for w in table["weapon"]])
        hollow = (table["no_figures"] == table["events"]).to_numpy()
        dashed = table["approximate"].to_numpy(dtype=bool)
        # scatter sizes are the marker's diameter in points, squared.
        area = (2 * radii * PT_PER_PX * scale) ** 2
        # Largest first so small circles stay visible on top of big ones.
        order = np.argsort(-radii, kind="stable")
        for is_hollow in (False, True):
            for is_dashed in (False, True):
                pick = order[(hollow[order] == is_hollow) & (dashed[order] == is_dashed)]
                if not len(pick):
                    continue
                ax.scatter(
                    table["longitude"].to_numpy(float)[pick],
                    table["latitude"].to_numpy(float)[pick],
                    s=area[pick],
                    facecolors="none" if is_hollow else _with_alpha(colours[pick], 0.45),
                    edgecolors=colours[pick],
                    linewidths=0.9 * scale,
                    linestyles="--" if is_dashed else "-",
                    zorder=3,
                )
        handles, labels = _legend_handles(ax, table, scale)
    else:
        handles, labels = [], []
        ax.text(0.5, 0.5, tr("No event on the map"), transform=ax.transAxes, ha="center", va="center",
                fontsize=14 * scale, color="#555")  # fmt: skip

    if handles:
        handles += shading_handles
        labels += [h.get_label() for h in shading_handles]
        figure.legend(
            handles, labels, loc="upper left", bbox_to_anchor=(map_width + 0.02, 1 - top), fontsize=max(8.5 * scale, 6.0),
            title=tr("Colour: weapon\nArea: killed + injured"), title_fontsize=8.5 * scale, frameon=False,
            borderpad=0.2, labelspacing=0.7, alignment="left",
        )  # fmt: skip

    figure.text(0.015, title_top, title, fontsize=title_pt, fontweight="bold", va="top", linespacing=1.15)
    figure.text(0.015, figures_top, figures, fontsize=figures_pt, va="top", color="#333", linespacing=1.25)
    figure.text(0.015, margin / 2, sources, fontsize=source_pt, va="bottom", color="#555", linespacing=1.25)

    return figure


def _with_alpha(colours: np.ndarray, alpha: float) -> np.ndarray:
    from matplotlib.colors import to_rgba_array

    rgba = to_rgba_array(colours)
    rgba[:, 3] = alpha
    return rgba


def _chars_per_line(width_in: float, size_pt: float, bold: bool = False) -> int:
    # DejaVu Sans averages ~0.55 em per character in running text, bold ~0.62 em.
    return max(20, int(width_in * 72 / (size_pt * (0.62 if bold else 0.55))))


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width=width))
