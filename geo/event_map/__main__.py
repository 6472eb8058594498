"""``python -m geo.event_map``: rewrite the served files made from others.

The oblast outlines (static/geo/oblasts.geojson) and the Leaflet bundle
(static/vendor/leaflet-bundle.js); tests check both are current.
"""

from pathlib import Path

from geo.event_map.assets import BUNDLE, VENDOR_DIR, bundle_js, outlines_geojson

target = Path(__file__).resolve().parents[2] / "static" / "geo" / "oblasts.geojson"
target.parent.mkdir(parents=True, exist_ok=True)
target.write_text(outlines_geojson(), encoding="utf-8")
print(f"wrote {target}")
bundle = VENDOR_DIR / BUNDLE
bundle.write_text(bundle_js(), encoding="utf-8")
print(f"wrote {bundle}")
