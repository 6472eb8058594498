"""``python -m geo.event_map``: rewrite the served outlines file (static/geo/oblasts.geojson)."""

from pathlib import Path

from geo.event_map.assets import outlines_geojson

target = Path(__file__).resolve().parents[2] / "static" / "geo" / "oblasts.geojson"
target.parent.mkdir(parents=True, exist_ok=True)
target.write_text(outlines_geojson(), encoding="utf-8")
print(f"wrote {target}")
