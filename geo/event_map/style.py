"""How an event looks on the map: colour by weapon, circle size by casualties."""

from __future__ import annotations

import math

import numpy as np

from data.vocabulary import MIXED_COLOUR, WEAPON_COLOURS

__all__ = ["MIXED_COLOUR", "WEAPON_COLOURS", "radius_for", "weapon_colour"]

# Colours come from the one vocabulary (Okabe-Ito, colour-blind safe, keyed by the schema's weapons).
MIN_RADIUS = 4.0
MAX_RADIUS = 24.0


def weapon_colour(weapon: str) -> str:
    """The colour of a weapon class; points mixing several weapons share one colour."""
    return WEAPON_COLOURS.get(weapon, MIXED_COLOUR)


def radius_for(killed: np.ndarray, injured: np.ndarray) -> np.ndarray:
    """Circle radius in pixels: area grows with killed + injured, with a floor and a ceiling.

    The scale is absolute for small totals (so one event's size means the same
    across filters) and shrinks only when the largest point would exceed
    :data:`MAX_RADIUS`, as grouped points of thousands of events do.
    """
    total = np.nan_to_num(killed) + np.nan_to_num(injured)
    largest = float(total.max()) if len(total) else 0.0
    scale = min(2.2, (MAX_RADIUS - MIN_RADIUS) / math.sqrt(largest)) if largest > 0 else 2.2
    return np.round(MIN_RADIUS + scale * np.sqrt(total), 1)
