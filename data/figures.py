"""Chart images and the figure pack: what a journalist takes away from the page.

Chart images are the page's own Altair specs (:mod:`data.charts`) rendered by
Vega-Lite's converter (``vl-convert-python``, no browser, works offline) with the
figure's title sentence above and the sources line below.  The figure pack is
one zip: the map image, the chart images, the filtered events as canonical CSV,
the sources with their links, a README of what the figures show and how the
numbers read, and a citation line.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import TYPE_CHECKING

import pandas as pd
import vl_convert as vlc

from data.captions import (
    PROJECT,
    citation,
    data_credits,
    figures_line,
    made_line,
    source_line,
    sources_table,
    title_sentence,
)
from data.charts import PageChart
from data.charts import page_charts as charts_of_page
from data.events_io import events_to_csv
from data.i18n import N_, localized_spec, ntr, tr

if TYPE_CHECKING:
    # Imported where a chart is built: altair takes 0.7 s to import, and a page's
    # first run (the map first) builds no chart.
    import altair as alt

CHART_WIDTH = 640  # px of the plotting area; the image adds axes, labels and captions
PNG_SCALE = 2  # PNG at twice the CSS size: sharp on high-density screens and in print
FONT = "DejaVu Sans, sans-serif"


# One chart of the page, ready to render (the page's own list: data.charts.page_charts).
ChartFigure = PageChart


def page_charts(events: pd.DataFrame) -> list[ChartFigure]:
    """The charts the page shows for ``events``, built with the page's own specs."""
    return charts_of_page(events)[0]


def captioned_chart(
    figure: ChartFigure, events: pd.DataFrame, made: dt.date | None = None
) -> alt.VConcatChart:
    """The chart with the title sentence and figures above, the note and sources below."""
    import altair as alt

    # Vega-Lite clips a title wider than the chart, so long lines are wrapped.
    top = [_wrap(title_sentence(events), 60), _wrap(figures_line(events), 90)]
    bottom = [*_wrap(figure.note, 110), *_wrap(source_line(events, made), 110)]
    below = alt.vconcat(
        figure.chart,
        # One multi-line title: every line of the note and the sources in one style.
        title=alt.TitleParams(
            bottom, orient="bottom", anchor="start", fontSize=10, fontWeight="normal", color="#555",
            lineHeight=13,
        ),
    )  # fmt: skip
    return (
        alt.vconcat(below, title=alt.TitleParams(top[0], subtitle=top[1], anchor="start", fontSize=16))
        .configure_view(continuousWidth=CHART_WIDTH, stroke=None)
        .configure(font=FONT)
        .configure_title(subtitleFontSize=12, subtitleColor="#333", font=FONT, subtitleFont=FONT, offset=12)
    )


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width=width)


def render_chart(chart: alt.TopLevelMixin, fmt: str = "png") -> bytes:
    """A chart as PNG or SVG bytes, through Vega-Lite's own renderer."""
    # Month names and the group separator in the reader's language (vl-convert reads config.locale).
    spec = localized_spec(chart.to_dict())
    if fmt == "png":
        return vlc.vegalite_to_png(spec, scale=PNG_SCALE)
    if fmt == "svg":
        return vlc.vegalite_to_svg(spec).encode("utf-8")
    raise ValueError(f"fmt must be png or svg, not {fmt!r}")


def chart_images(
    events: pd.DataFrame, formats: tuple[str, ...] = ("png", "svg"), made: dt.date | None = None
) -> dict[str, bytes]:
    """Every page chart as image files: ``{"charts/casualties-by-place.png": b"...", ...}``."""
    files = {}
    for figure in page_charts(events):
        chart = captioned_chart(figure, events, made)
        for fmt in formats:
            files[f"charts/{figure.name}.{fmt}"] = render_chart(chart, fmt)
    return files


def sources_markdown(events: pd.DataFrame) -> str:
    """The list of sources with their links, for the pack."""
    lines = [
        "# " + tr("Sources"),
        "",
        ntr(
            "{project}: the source of the {n} event in this pack.",
            "{project}: the sources of the {n} events in this pack.",
            len(events),
            project=tr(PROJECT),
        ),
        "",
    ]
    for row in sources_table(events).itertuples():
        label = row.source_title or row.source_name or tr("source not named")
        details = [row.source_name if row.source_title and row.source_name else "", row.source_date]
        extra = ", ".join(d for d in details if d)
        link = f" <{row.source_url}>" if row.source_url else " " + tr("(no link given)")
        lines.append(
            f"- {label}{f' ({extra})' if extra else ''}, {ntr('{n} event', '{n} events', row.events)}:{link}"
        )
    lines += ["", "## " + tr("Map data"), "", data_credits(), ""]
    return "\n".join(lines)


def readme_text(events: pd.DataFrame, files: list[str], made: dt.date, cite: str, query: str = "") -> str:
    """The README of the pack: what is in it, what the figures show and how numbers read."""
    listing = "\n".join(f"- `{name}`" for name in files)
    view = "\n" + tr("The view: `{query}` (the page's URL parameters).", query=query) + "\n" if query else ""
    return f"""# {title_sentence(events)}

{figures_line(events)}.
{view}
""" + tr(
        README_BODY,
        project=tr(PROJECT),
        made=f"{made:%Y-%m-%d}",
        listing=listing,
        cite=cite,
    )


# The README's body, one message: translators see it whole.
README_BODY = N_("""Made with {project} on {made} from the sources listed in `SOURCES.md`.

## Files

{listing}

## What the figures show

- `map.png` / `map.svg`: each circle is one place (events at the same spot are grouped); its area grows
  with killed + injured, its colour is the weapon; a hollow ring means no casualty figures were reported,
  a dashed ring that the event is only known at oblast level and is drawn at a point inside the oblast.
  Events without a place are counted in the title and the figures line but not drawn.
- `charts/`: casualties by place and by oblast (killed and injured side by side, children as a dark inner
  bar), events and casualties per month, events by weapon and by target.
- `events.csv`: the events behind every figure, in Strike Map's canonical format (it loads back unchanged).

## How the numbers read

| written | meaning |
| --- | --- |
| 7 | exactly 7, as reported |
| ≥ 20 | at least 20: the source gave a lower bound ("over 20"), or some events in a total have no figure |
| not reported (in the CSV: an empty cell) | the source gives no number; never read as 0 |

A total is the sum of the figures that were reported. It carries "≥" when any part is a lower bound or
when some events have no figure, and the number of events without a figure is given beside it.
Dates are shown at the precision the source gives (a day, a month, a year, or "date not reported").

Boundaries are the de jure Ukrainian units and say nothing about control of territory.

## Cite as

{cite}
""")


def figure_pack(
    events: pd.DataFrame,
    *,
    shade_by: str = "none",
    made: dt.date | None = None,
    url: str | None = None,
    query: str = "",
    map_size: str = "web",
) -> tuple[bytes, dict[str, bytes]]:
    """The figure pack as one zip, and its files by name (for writing them out one by one).

    Parameters
    ----------
    events
        The filtered events, as the page shows them.
    shade_by
        The page's oblast shading, drawn on the map image.
    made
        The date written on every figure (today by default).
    url
        The page's address for this view, cited when given.
    query
        The page's URL parameters for this view, noted in the README.
    map_size
        The size of ``map.png`` (``"web"`` or ``"print"``); ``map-print.png`` is always added.
    """
    from geo.map_image import render_map_image  # matplotlib is only loaded when a map is drawn

    made = made or dt.date.today()
    cite = citation(events, made, url)
    files: dict[str, bytes] = {
        "map.png": render_map_image(events, shade_by=shade_by, size=map_size, fmt="png", made=made),
        "map-print.png": render_map_image(events, shade_by=shade_by, size="print", fmt="png", made=made),
        "map.svg": render_map_image(events, shade_by=shade_by, size=map_size, fmt="svg", made=made),
        **chart_images(events, made=made),
        "events.csv": events_to_csv(events),
        "SOURCES.md": sources_markdown(events).encode("utf-8"),
        "CITATION.txt": (cite + "\n").encode("utf-8"),
    }
    files["README.md"] = readme_text(events, ["README.md", *files], made, cite, query).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as pack:
        for name, content in files.items():
            info = zipfile.ZipInfo(
                f"strike-map-figures/{name}", date_time=(made.year, made.month, made.day, 0, 0, 0)
            )
            info.compress_type = zipfile.ZIP_DEFLATED
            pack.writestr(info, content)
    return buffer.getvalue(), files


__all__ = [
    "ChartFigure",
    "captioned_chart",
    "chart_images",
    "figure_pack",
    "made_line",
    "page_charts",
    "render_chart",
    "sources_markdown",
]
