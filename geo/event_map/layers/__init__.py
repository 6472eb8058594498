"""Map layers, one module each, in the manner of folium's own plugins.

Each layer is a ``folium.FeatureGroup`` subclass whose script is rendered once as
plain text (see :mod:`geo.event_map.compat`), so it can be added to a whole map
(the saved-HTML path) or sent alone as streamlit-folium's ``feature_group_to_add``
(the page's path: the base map stays, only these layers are swapped on a rerun).
"""

from geo.event_map.layers.base import BaseMapAssets, OblastOutlines
from geo.event_map.layers.events import EventPoints, points_payload
from geo.event_map.layers.heat import HeatLayer
from geo.event_map.layers.shading import OblastShading, shade

__all__ = [
    "BaseMapAssets",
    "EventPoints",
    "HeatLayer",
    "OblastOutlines",
    "OblastShading",
    "points_payload",
    "shade",
]
