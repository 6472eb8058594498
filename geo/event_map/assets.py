"""Browser files the map needs, served by this app (never from a CDN).

streamlit-folium loads every script and stylesheet a folium map declares, one by
one, and stops at the first that fails: one CDN URL left in place leaves the map
blank offline.  Our copies live in ``static/`` and Streamlit serves them at
``<base path>/app/static/`` (``server.enableStaticServing``).

The URLs are *relative to the map's frame*, never absolute: the component frame
is served at ``<base path>/component/streamlit_folium.st_folium/index.html``, so
``../../app/static/`` reaches the files under any base path, as on Community
Cloud, where an absolute ``/app/static/`` missed and the map lost Leaflet.
"""

from __future__ import annotations

from pathlib import Path

from branca.element import MacroElement

from geo.event_map.compat import descendants

# From the component frame (<base>/component/<name>/index.html) to <base>/app/static/.
STATIC_ROOT = "../../app/static/"
VENDOR_PREFIX = STATIC_ROOT + "vendor/"
# Where those files are in the repository (the served copies).
VENDOR_DIR = Path(__file__).resolve().parents[2] / "static" / "vendor"
# The oblast outlines the map draws, served as a file so the browser caches them
# instead of receiving 0.4 MB inside the map script on every page run.
OUTLINES_URL = STATIC_ROOT + "geo/oblasts.geojson"

# Leaflet and the two plugins the map uses are served as ONE file, made by
# ``python -m geo.event_map`` from the vendor copies (their order is the load order;
# a test checks the served file is current).  streamlit-folium loads a map's scripts
# one after another, each waiting for the last to have run and for the page's busy
# thread: three scripts were three waits between the frame and the drawn map.
BUNDLE = "leaflet-bundle.js"
BUNDLED = ("leaflet.js", "leaflet.markercluster.js", "leaflet_heat.min.js")

# folium's CDN entries -> files served by this app; entries not listed are dropped
# (Bootstrap and awesome-markers are not needed for circles, GeoJSON or heat maps).
LOCAL_ASSETS: dict[str, str] = {
    "leaflet": BUNDLE,
    "jquery": "jquery.min.js",
    "leaflet_css": "leaflet.css",
    "markerclusterjs": BUNDLE,
    "markerclustercss": "MarkerCluster.css",
    "markerclusterdefaultcss": "MarkerCluster.Default.css",
    "leaflet-heat.js": BUNDLE,
}


def use_local_assets(element: MacroElement, prefix: str = VENDOR_PREFIX) -> None:
    """Point every script and stylesheet of ``element`` and its children at ``prefix``.

    A file already declared earlier in the tree (the bundle, declared by the map as
    Leaflet and again by the layers as their plugins) is declared once.
    """
    seen: set[str] = set()
    for item in [element, *descendants(element)]:
        for attribute in ("default_js", "default_css"):
            entries = getattr(item, attribute, None)
            if entries:
                local = []
                for name, _ in entries:
                    url = prefix + LOCAL_ASSETS[name] if name in LOCAL_ASSETS else None
                    if url is not None and url not in seen:
                        seen.add(url)
                        local.append((name, url))
                setattr(item, attribute, local)


def bundle_js(vendor: Path = VENDOR_DIR) -> str:
    """The served bundle: the vendor files of :data:`BUNDLED`, in order, each under its name."""
    parts = [
        f"/* {name} (see LICENSES.md) */\n{(vendor / name).read_text(encoding='utf-8')}\n;\n"
        for name in BUNDLED
    ]
    return "".join(parts)


def outlines_geojson() -> str:
    """The oblast outlines as the browser gets them (``static/geo/oblasts.geojson``).

    Derived from ``geo/ukraine_oblasts.geojson`` (ODbL): the geometry and the
    names and codes the map shows; ``python -m geo.event_map`` rewrites the
    served file, and a test checks it is current.
    """
    from geo.oblasts import load_oblasts

    oblasts = load_oblasts()
    keep = ["iso_3166_2", "name_en", "name_uk", "geometry"]
    return oblasts[keep].reset_index(drop=True).to_json(drop_id=True, ensure_ascii=False)
