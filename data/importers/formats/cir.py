"""CIR "Eyes on Russia" / Russia-Ukraine Monitor Map CSV export.

Column names carry spaces and slashes (``brief description``, ``town/city``,
``arms/munition``).  Some rows have no date (kept, with the date empty); some
are in Russia or Belarus (kept, with their country).  CIR gives no casualty
counts, so every count stays empty.
"""

from __future__ import annotations

import pandas as pd

from data import schema as S
from data.importers import common as C

SOURCE_NAME = "CIR Eyes on Russia"
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


class CirEyesOnRussia(C.EventFormat):
    name = "cir"
    label = "CIR Eyes on Russia"
    required = frozenset({"entry", "brief description", "town/city"})
    source_name = SOURCE_NAME
    order = 30

    def map_frame(self, frame: pd.DataFrame, container: str = "csv") -> C.Mapped:
        """Every CIR record as canonical columns; see the module docstring."""
        problems = C.RowProblems(len(frame))
        index = frame.index
        source_id = C.column(frame, "entry")
        problems.add(source_id.isna(), "cir_id_empty", "entry")
        date = C.dates(frame, "date", DATE_FORMATS, problems)
        latitude, longitude = C.point(frame, problems, "lat", "lon")
        arms = C.column(frame, "arms/munition")
        named = arms.notna() & (arms.str.lower() != "unknown")
        weapon = C.weapons_of(arms).fillna(C.text_where(named, "other", index)).fillna("unknown")
        geolocation = C.links(C.column(frame, "geolocation"))
        columns = {
            S.DATE: date,
            S.DATE_PRECISION: C.day_or_unknown(date),
            S.LOCATION: C.column(frame, "town/city").fillna(C.column(frame, "district")),
            S.COUNTRY: C.country_codes(C.column(frame, "country")),
            S.LATITUDE: latitude,
            S.LONGITUDE: longitude,
            # CIR geolocates footage to the spot it shows.
            S.GEO_PRECISION: C.text_where(C.column(frame, "lat").notna(), "point", index).fillna("unknown"),
            S.WEAPON: weapon,
            S.TARGET: C.targets_of(C.column(frame, "event_group")).fillna("unknown"),
            S.SOURCE_TITLE: C.column(frame, "title"),
            S.SOURCE_URL: C.links(C.column(frame, "link")),
            S.DESCRIPTION: C.join_columns(
                C.column(frame, "brief description"),
                "Arms/munition (CIR): " + arms + ".",
                "Geolocation: " + geolocation,
            ),
            C.OBLAST_HINT: C.column(frame, "province"),
        }
        return self.mapped(columns, source_id, problems)


FORMAT = CirEyesOnRussia()
