"""Published figures: map image, chart images, captions against the headline, figure pack, CLI, URL parsing."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import struct
import xml.etree.ElementTree as ET
import zipfile

import pandas as pd
import pytest

from data import schema as S
from data.__main__ import main as cli_main
from data.captions import citation, figures_line, period_phrase, source_line, title_sentence
from data.embedded import load_embedded_events
from data.events_io import events_to_csv, load_events
from data.filters import apply_filter, layers_from_query, parse_query, selection_from_query
from data.summary import headline_cards
from data.synthetic import make_synthetic_events
from tests.conftest import FIXTURES

MADE = dt.date(2026, 11, 28)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
KHARKIV_DRONES_2023 = "weapon=drone&oblast=Kharkiv+Oblast&dates=2023-01-01&dates=2023-12-31"


def png_size(content: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (and a check that it is a PNG at all)."""
    assert content[:8] == PNG_SIGNATURE, "not a PNG"
    assert content[12:16] == b"IHDR"
    width, height = struct.unpack(">II", content[16:24])
    assert content.endswith(b"IEND\xaeB`\x82"), "PNG is truncated"
    return width, height


def svg_root(content: bytes) -> ET.Element:
    root = ET.fromstring(content)
    assert root.tag.endswith("svg"), root.tag
    return root


def svg_text(content: bytes) -> str:
    # matplotlib writes text as <text> elements (svg.fonttype none); Vega writes the
    # lines of a wrapped title as <tspan>s of one <text>: joined with spaces.
    parts = (" ".join(el.itertext()) for el in svg_root(content).iter() if el.tag.endswith("text"))
    return re.sub(r"\s+", " ", " ".join(parts))


@pytest.fixture(scope="module")
def embedded() -> pd.DataFrame:
    return load_embedded_events()


@pytest.fixture(scope="module")
def synthetic() -> pd.DataFrame:
    return make_synthetic_events(4000, seed=3)


@pytest.fixture(scope="module")
def kharkiv_drones(synthetic) -> pd.DataFrame:
    selection, ignored = selection_from_query(KHARKIV_DRONES_2023, synthetic)
    assert ignored == []
    visible = apply_filter(synthetic, selection)
    assert 5 < len(visible) < len(synthetic)
    return visible


# --- captions are the headline's numbers -------------------------------------------------


def card_values(events: pd.DataFrame) -> dict[str, str]:
    return {card["key"]: card["value"] for card in headline_cards(events)}


@pytest.mark.parametrize("which", ["embedded", "kharkiv_drones", "synthetic"])
def test_caption_numbers_are_the_headline_numbers(request, which):
    events = request.getfixturevalue(which)
    cards = card_values(events)
    title = title_sentence(events)
    assert title.startswith(f"{cards['events']} ")
    line = figures_line(events)
    assert f"Killed {cards[S.KILLED]}" in line
    assert f"injured {cards[S.INJURED]}" in line
    if cards[S.CHILDREN_KILLED] != "not reported":
        assert f"children killed {cards[S.CHILDREN_KILLED]}" in line


def test_title_sentence_for_one_weapon_one_oblast_one_month():
    events = make_synthetic_events(3000, seed=1)
    events = events[(events[S.WEAPON] == "drone") & (events[S.OBLAST_ISO] == "UA-63")]
    events = events[(events[S.DATE] >= "2024-03-01") & (events[S.DATE] < "2024-04-01")]
    events = events[events[S.DATE_PRECISION] == "day"]
    assert len(events) >= 2
    first, last = events[S.DATE].min(), events[S.DATE].max()
    expected = f"{len(events)} drone attacks on Kharkiv Oblast, {first.day}–{last.day} March 2024"
    assert title_sentence(events) == expected


def test_embedded_caption_says_what_is_unknown(embedded):
    assert title_sentence(embedded) == "6 attacks in 5 oblasts, dates not reported"
    line = figures_line(embedded)
    assert "Killed ≥ 1" in line and "injured ≥ 27" in line
    assert "4 events without casualty figures" in line
    assert "1 without a place" in line
    assert period_phrase(embedded) == "dates not reported"


def test_source_line_names_sources_and_data_credits(kharkiv_drones):
    line = source_line(kharkiv_drones, MADE)
    assert "Synthetic event (invented for testing)" in line
    for credit in ("OpenStreetMap", "geoBoundaries", "GeoNames", "28 November 2026"):
        assert credit in line


def test_citation_keeps_only_http_links(embedded):
    assert "javascript" not in citation(embedded, MADE, "javascript:alert(1)")
    assert citation(embedded, MADE, "https://example.org/?weapon=drone").endswith(
        "https://example.org/?weapon=drone"
    )


# --- the map image --------------------------------------------------------------------


@pytest.mark.parametrize("which", ["embedded", "kharkiv_drones"])
@pytest.mark.parametrize(("size", "pixels"), [("web", (1200, 900)), ("print", (2160, 1620))])
def test_map_png_is_valid_with_the_expected_size(request, which, size, pixels):
    from geo.map_image import SIZES, render_map_image

    events = request.getfixturevalue(which)
    content = render_map_image(events, size=size, fmt="png", made=MADE)
    assert png_size(content) == pixels == SIZES[size].pixels


@pytest.mark.parametrize("shade_by", ["none", "killed"])
def test_map_svg_is_valid_and_carries_its_caption(kharkiv_drones, shade_by):
    from geo.map_image import render_map_image

    content = render_map_image(kharkiv_drones, shade_by=shade_by, fmt="svg", made=MADE)
    root = svg_root(content)
    assert root.get("width") == "864pt" and root.get("height") == "648pt"  # 12 x 9 in
    text = svg_text(content)
    assert title_sentence(kharkiv_drones) in text
    assert f"Killed {card_values(kharkiv_drones)[S.KILLED]}" in text
    assert "drone" in text and "hollow: no figures reported" in text
    assert "GeoNames" in text and "28 November 2026" in text
    assert ("oblasts by killed" in text) == (shade_by == "killed")


def test_map_image_draws_every_point_with_web_map_colours(kharkiv_drones):
    # The scatter collections of the image hold exactly the web map's points, in its colours.
    from matplotlib.collections import PathCollection
    from matplotlib.colors import to_hex

    from geo import map_image
    from geo.event_map import WEAPON_COLOURS, group_events

    drawn = []
    original = map_image.Figure.add_axes

    def spy(self, *args, **kwargs):
        ax = original(self, *args, **kwargs)
        drawn.append(ax)
        return ax

    map_image.Figure.add_axes = spy
    try:
        map_image.render_map_image(kharkiv_drones, made=MADE)
    finally:
        map_image.Figure.add_axes = original
    points = [c for c in drawn[0].collections if isinstance(c, PathCollection) and len(c.get_offsets())]
    colours = sorted(to_hex(colour) for c in points for colour in c.get_edgecolors())
    table = group_events(kharkiv_drones).table
    assert sum(len(c.get_offsets()) for c in points) == len(table)
    assert colours == sorted(WEAPON_COLOURS[w].lower() for w in table["weapon"])


def test_map_image_of_nothing_says_so():
    from geo.map_image import render_map_image

    empty = load_embedded_events().iloc[0:0]
    text = svg_text(render_map_image(empty, fmt="svg", made=MADE))
    assert "No events match these filters" in text and "No event on the map" in text


def test_map_image_rejects_unknown_formats(embedded):
    from geo.map_image import render_map_image

    with pytest.raises(ValueError, match="fmt"):
        render_map_image(embedded, fmt="gif")


# --- chart images ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def embedded_charts(embedded):
    from data.figures import chart_images

    return chart_images(embedded, made=MADE)


def test_chart_images_for_the_embedded_report(embedded_charts, embedded):
    from data.figures import CHART_WIDTH, PNG_SCALE

    names = {name.rsplit(".", 1)[0] for name in embedded_charts}
    # No event has a date: no timeline, as on the page.
    assert names == {
        "charts/casualties-by-place",
        "charts/casualties-by-oblast",
        "charts/events-by-weapon",
        "charts/events-by-target",
    }
    for name, content in embedded_charts.items():
        if name.endswith(".png"):
            width, height = png_size(content)
            assert width >= CHART_WIDTH * PNG_SCALE * 0.8 and height > 200
        else:
            text = svg_text(content)
            assert title_sentence(embedded) in text, name
            assert "GeoNames" in text and "28 November 2026" in text
    place = svg_text(embedded_charts["charts/casualties-by-place.svg"])
    assert "≥ 20" in place and "killed not reported" in place
    assert "4 events with no figures are counted as unknown, not zero." in place


def test_chart_images_for_a_filtered_synthetic_set(kharkiv_drones):
    from data.figures import chart_images

    files = chart_images(kharkiv_drones, formats=("svg",), made=MADE)
    assert "charts/events-per-month.svg" in files
    text = svg_text(files["charts/events-per-month.svg"])
    assert "events per month" in text
    # The title is wrapped into lines at spaces; joined again it is the sentence.
    assert title_sentence(kharkiv_drones) in text


# --- the figure pack and the CLI ----------------------------------------------------------


def test_figure_pack_round_trips_and_explains_itself(kharkiv_drones):
    from data.figures import figure_pack

    pack, files = figure_pack(
        kharkiv_drones, made=MADE, url="https://example.org/?weapon=drone", query="weapon=drone"
    )
    with zipfile.ZipFile(io.BytesIO(pack)) as archive:
        names = set(archive.namelist())
        assert archive.testzip() is None
        csv = archive.read("strike-map-figures/events.csv")
        readme = archive.read("strike-map-figures/README.md").decode("utf-8")
        sources = archive.read("strike-map-figures/SOURCES.md").decode("utf-8")
    assert {f"strike-map-figures/{name}" for name in files} == names
    for name in ("map.png", "map.svg", "map-print.png", "charts/casualties-by-place.png", "CITATION.txt"):
        assert f"strike-map-figures/{name}" in names
    loaded = load_events(io.BytesIO(csv), file_name="events.csv")
    expected = kharkiv_drones.reset_index(drop=True)
    pd.testing.assert_frame_equal(loaded.reset_index(drop=True), expected, check_dtype=True)
    assert csv == events_to_csv(kharkiv_drones)
    assert "≥" in readme and "not reported" in readme and "never read as 0" in readme
    assert title_sentence(kharkiv_drones) in readme
    assert files["CITATION.txt"].decode().strip() in readme
    assert "https://example.org/synthetic/" in sources


def test_figure_pack_csv_of_the_embedded_report_round_trips(embedded):
    from data.figures import figure_pack

    _, files = figure_pack(embedded, made=MADE)
    loaded = load_events(io.BytesIO(files["events.csv"]), file_name="events.csv")
    pd.testing.assert_frame_equal(loaded.reset_index(drop=True), embedded.reset_index(drop=True))


def test_cli_writes_the_pack_for_a_page_query(tmp_path, capsys, synthetic):
    data = tmp_path / "events.csv"
    data.write_bytes(events_to_csv(synthetic))
    out = tmp_path / "figures"
    code = cli_main(
        ["figures", "--data", str(data), "--query", KHARKIV_DRONES_2023 + "&shade=events&colour=red",
         "--out", str(out), "--date", "2026-11-28"]
    )  # fmt: skip
    assert code == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    expected = apply_filter(synthetic, selection_from_query(KHARKIV_DRONES_2023, synthetic)[0])
    assert summary["events_loaded"] == len(synthetic)
    assert summary["events_shown"] == len(expected)
    assert summary["ignored_parameters"] == ["Ignored from the link: colour (not a parameter of the page)."]
    assert "colour" in captured.err
    assert summary["citation"].startswith(f"Strike Map (2026-11-28). {title_sentence(expected)}.")
    assert zipfile.is_zipfile(out / "strike-map-figures.zip")
    assert png_size((out / "map.png").read_bytes()) == (1200, 900)
    loaded = load_events(out / "events.csv")
    assert list(loaded[S.EVENT_ID]) == list(expected[S.EVENT_ID])


# --- the page's URL parameters ------------------------------------------------------------


def test_parse_query_reads_repeated_keys_and_mappings():
    assert parse_query("?weapon=drone&weapon=missile&q=") == {"weapon": ["drone", "missile"], "q": [""]}
    assert parse_query({"weapon": "drone", "oblast": ["A", "B"]}) == {
        "weapon": ["drone"],
        "oblast": ["A", "B"],
    }


DATED = FIXTURES / "dated_events.csv"


@pytest.mark.parametrize(
    ("query", "events"),
    [
        ("", 7),
        ("weapon=missile", 2),
        ("weapon=missile&weapon=drone", 4),
        ("target=residential", 3),
        ("place=Kharkiv", 2),
        ("min_cas=10", 2),
        ("q=substation", 1),
        ("undated=false", 6),
        ("oblast=Odesa+Oblast", 1),
        ("oblast=UA-51", 7),  # codes are not what the page writes: ignored there and here
        ("oblast=odesa+oblast", 7),
        ("weapon=catapult", 7),  # not an option: ignored, as the page ignores it
    ],
)
def test_selection_from_query_matches_the_pages_url_filters(query, events):
    # The same expectations as tests/test_app_filters.py has for the page itself.
    table = load_events(DATED)
    selection, _ = selection_from_query(query, table)
    assert len(apply_filter(table, selection)) == events


def test_selection_from_query_dates_and_messages():
    table = load_events(DATED)
    selection, ignored = selection_from_query(
        "dates=2024-03-01&dates=2024-03-12&weapon=catapult&min_cas=x", table
    )
    assert set(apply_filter(table, selection)[S.EVENT_ID]) == {"d-4", "d-5", "d-6"}
    assert any("catapult" in message for message in ignored)
    assert any("minimum killed + injured 'x'" in message for message in ignored)
    assert selection_from_query("dates=yesterday", table)[1] == [
        "Ignored from the link: dates 'yesterday' (use YYYY-MM-DD)."
    ]
    # Clamped as the page clamps: a fraction to a whole number, reversed dates sorted.
    assert selection_from_query("min_cas=10.7", table)[0].min_casualties == 10
    reversed_dates = selection_from_query("dates=2024-03-05&dates=2024-03-01", table)[0]
    assert (reversed_dates.date_from, reversed_dates.date_to) == (dt.date(2024, 3, 1), dt.date(2024, 3, 5))


def test_layers_from_query():
    assert layers_from_query("heat=true&shade=killed&basemap=No+tiles+(outlines+only,+works+offline)") == {
        "show_heatmap": True,
        "shade_by": "killed",
        "basemap": "none",
        "playback": False,
    }
    assert layers_from_query("play=true")["playback"] is True
    assert layers_from_query("shade=everything")["shade_by"] == "none"
    assert layers_from_query("basemap=Light+grey+(CARTO+Positron)")["basemap"] == "light"
    assert layers_from_query("basemap=satellite")["basemap"] == "osm"
    assert layers_from_query("basemap=none")["basemap"] == "osm"  # a key, not a label: the page ignores it


def test_png_says_what_made_it(embedded):
    from geo.map_image import render_map_image

    content = render_map_image(embedded, made=MADE)
    assert re.search(rb"Software\x00Strike Map", content)


@pytest.mark.parametrize("size", ["web", "print"])
def test_map_image_text_stays_inside_the_image_and_off_the_map(synthetic, size):
    # The longest captions (many sources, a long period) must wrap, not run off the edge,
    # and the title block must end above the map, the sources begin below it.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from geo.map_image import map_figure

    figure = map_figure(synthetic, size=size, made=MADE)
    renderer = FigureCanvasAgg(figure).get_renderer()
    width, height = figure.bbox.width, figure.bbox.height
    map_box = figure.axes[0].get_window_extent(renderer)
    texts = [t for t in figure.texts if t.get_text()]
    assert len(texts) == 3
    for text in texts:
        box = text.get_window_extent(renderer)
        assert 0 <= box.x0 and box.x1 <= width, text.get_text()
        assert 0 <= box.y0 and box.y1 <= height, text.get_text()
    title, figures, sources = texts
    assert figures.get_window_extent(renderer).y0 >= map_box.y1 - 1
    assert sources.get_window_extent(renderer).y1 <= map_box.y0 + 1
    legend = figure.legends[0].get_window_extent(renderer)
    assert legend.x1 <= width and legend.x0 >= map_box.x1 - 1


def test_chart_png_is_the_svg_drawn_at_twice_the_size(embedded_charts):
    from data.figures import PNG_SCALE

    for name, content in embedded_charts.items():
        if not name.endswith(".svg"):
            continue
        root = svg_root(content)
        width, height = float(root.get("width")), float(root.get("height"))
        png_width, png_height = png_size(embedded_charts[name[:-4] + ".png"])
        assert (png_width, png_height) == (round(width * PNG_SCALE), round(height * PNG_SCALE)), name


def test_map_image_needs_no_network(monkeypatch, kharkiv_drones):
    # No tiles and nothing fetched: any socket opened while drawing fails the test.
    import socket

    from geo.map_image import render_map_image

    def refuse(*args, **kwargs):
        raise AssertionError("the map image tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert png_size(render_map_image(kharkiv_drones, made=MADE)) == (1200, 900)
