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

from branca.element import MacroElement

from geo.event_map.compat import descendants

# From the component frame (<base>/component/<name>/index.html) to <base>/app/static/.
STATIC_ROOT = "../../app/static/"
VENDOR_PREFIX = STATIC_ROOT + "vendor/"
# The oblast outlines the map draws, served as a file so the browser caches them
# instead of receiving 0.4 MB inside the map script on every page run.
OUTLINES_URL = STATIC_ROOT + "geo/oblasts.geojson"

# folium's CDN entries -> files served by this app; entries not listed are dropped
# (Bootstrap and awesome-markers are not needed for circles, GeoJSON or heat maps).
LOCAL_ASSETS: dict[str, str] = {
    "leaflet": "leaflet.js",
    "jquery": "jquery.min.js",
    "leaflet_css": "leaflet.css",
    "markerclusterjs": "leaflet.markercluster.js",
    "markerclustercss": "MarkerCluster.css",
    "markerclusterdefaultcss": "MarkerCluster.Default.css",
    "leaflet-heat.js": "leaflet_heat.min.js",
}


def use_local_assets(element: MacroElement, prefix: str = VENDOR_PREFIX) -> None:
    """Point every script and stylesheet of ``element`` and its children at ``prefix``."""
    for item in [element, *descendants(element)]:
        for attribute in ("default_js", "default_css"):
            entries = getattr(item, attribute, None)
            if entries:
                local = [(name, prefix + LOCAL_ASSETS[name]) for name, _ in entries if name in LOCAL_ASSETS]
                setattr(item, attribute, local)


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
