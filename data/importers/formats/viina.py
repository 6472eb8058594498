"""VIINA ``event_info`` CSV (one row per news report), optionally joined with ``event_labels``.

Dates are ``YYYYMMDD``.  VIINA gives no counts: when the label columns are in
the same file, ``t_civcas_b`` = 1 becomes a ``casualty_note`` ("civilian casualties
reported, no number") and ``t_airstrike_b`` / ``t_uav_b`` / ``t_artillery_b`` the
weapon when exactly one is set.  These labels are a model's output, which the note
says.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from data import schema as S
from data.importers import common as C

SOURCE_NAME = "VIINA"
DATE_FORMATS = ("%Y%m%d", "%Y-%m-%d")
WEAPON_LABELS = {"t_airstrike_b": "airstrike", "t_uav_b": "drone", "t_artillery_b": "artillery"}


def _flag(frame: pd.DataFrame, name: str, problems: C.RowProblems) -> pd.Series:
    text = C.column(frame, name)
    numbers = pd.to_numeric(text, errors="coerce").astype("float64")
    bad = text.notna() & np.isnan(numbers)
    problems.add(bad, "not_0_or_1", name, lambda i: text.iloc[i])
    return pd.Series(numbers >= 1, index=frame.index)


def _geo_precision(codes: pd.Series) -> pd.Series:
    code = codes.str.upper()
    precision = pd.Series("unknown", index=codes.index, dtype="string")
    precision[code.str.startswith("PPL").fillna(False).astype(bool)] = "settlement"
    # A raion or an oblast: somewhere in the oblast is the most the point says.
    precision[code.str.match(r"ADM[12]").fillna(False).astype(bool)] = "oblast"
    return precision


class ViinaEventInfo(C.EventFormat):
    name = "viina"
    label = "VIINA event_info"
    required = frozenset({"event_id", "geonameid", "asciiname", "adm1_name"})
    source_name = SOURCE_NAME
    order = 50

    def map_frame(self, frame: pd.DataFrame, container: str = "csv") -> C.Mapped:
        """Every VIINA record as canonical columns; see the module docstring."""
        problems = C.RowProblems(len(frame))
        index = frame.index
        source_id = C.column(frame, "event_id")
        problems.add(source_id.isna(), "viina_id_empty", "event_id")
        raw_date = C.column(frame, "date")
        shaped = raw_date.str.fullmatch(r"\d{8}|\d{4}-\d\d-\d\d").fillna(True).astype(bool)
        problems.add(~shaped, "not_yyyymmdd", "date", lambda i: raw_date.iloc[i])
        date = C.dates(frame.assign(date=raw_date.where(shaped)), "date", DATE_FORMATS, problems)
        flags = pd.DataFrame(
            {weapon: _flag(frame, column, problems) for column, weapon in WEAPON_LABELS.items()}
        )
        single = flags.sum(axis=1) == 1
        weapon = flags.idxmax(axis=1).where(single, "unknown") if len(flags) else pd.Series(dtype="string")
        civilian = _flag(frame, "t_civcas_b", problems)
        outlet = C.column(frame, "source")
        latitude, longitude = C.point(frame, problems)
        columns = {
            S.DATE: date,
            S.DATE_PRECISION: C.day_or_unknown(date),
            S.LOCATION: C.column(frame, "asciiname").fillna(C.column(frame, "location")),
            S.LATITUDE: latitude,
            S.LONGITUDE: longitude,
            S.GEO_PRECISION: _geo_precision(C.column(frame, "feature_code")),
            S.WEAPON: weapon,
            S.CASUALTY_NOTE: C.text_where(
                civilian,
                "VIINA's model flags civilian casualties in the report (t_civcas_b); no number is given.",
                index,
            ),
            S.SOURCE_TITLE: "News report (" + outlet + ") via VIINA",
            S.SOURCE_URL: C.links(C.column(frame, "url")),
            S.SOURCE_DATE: date,
            S.DESCRIPTION: C.column(frame, "text"),
            C.OBLAST_HINT: C.column(frame, "adm1_name"),
        }
        return self.mapped(columns, source_id, problems)


FORMAT = ViinaEventInfo()
