"""ACLED exports (CSV or Excel, one row per event).

``fatalities`` becomes ``killed``; ACLED's figure is deliberately conservative and
may be split across several events, which ``casualty_note`` says.  ACLED writes
0 when no fatalities were reported, so 0 is kept out of ``killed`` (unknown is not
zero) and stated in the note instead.
"""

from __future__ import annotations

import pandas as pd

from data import schema as S
from data.i18n import N_
from data.importers import common as C

SOURCE_NAME = "ACLED"

DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%d-%B-%Y", "%d %b %Y")
TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
# ACLED 1 = the named place itself, 2 = near it or part of a region, 3 = only the region.
GEO_PRECISION = {"1": "settlement", "2": "settlement", "3": "oblast"}
SUB_EVENT_WEAPONS = {
    "air/drone strike": "airstrike",
    "remote explosive/landmine/ied": "mine",
    "grenade": "other",
    "suicide bomb": "other",
    "chemical weapon": "other",
}
# Event types that are not attacks: reported as rejected, with the type named.
NOT_ATTACKS = {"protests", "riots", "strategic developments"}
_SPLIT = r"(\[[^\]]*fatalit[^\]]*split[^\]]*\])"


def _weapons(sub_event_type: pd.Series, notes: pd.Series) -> pd.Series:
    from_notes = C.weapons_of(notes)
    sub = sub_event_type.str.lower()
    weapon = sub.map(SUB_EVENT_WEAPONS).astype("string").fillna(from_notes).fillna("unknown")
    air = (sub == "air/drone strike").fillna(False).astype(bool)
    air_named = from_notes.isin(["drone", "airstrike", "missile", "glide bomb"]).fillna(False).astype(bool)
    weapon[air] = from_notes.where(air_named, "airstrike")[air]
    # The sub-type joins three weapons; only the notes can tell which.
    shelling = (sub == "shelling/artillery/missile attack").fillna(False).astype(bool)
    shelling_named = from_notes.isin(["artillery", "missile", "rocket"]).fillna(False).astype(bool)
    weapon[shelling] = from_notes.where(shelling_named, "unknown")[shelling]
    return weapon


class AcledExport(C.EventFormat):
    name = "acled"
    label = N_("ACLED export")
    required = frozenset({"event_id_cnty", "event_date", "fatalities"})
    source_name = SOURCE_NAME
    order = 10

    def map_frame(self, frame: pd.DataFrame, container: str = "csv") -> C.Mapped:
        """Every ACLED record as canonical columns; see the module docstring."""
        problems = C.RowProblems(len(frame))
        index = frame.index
        source_id = C.column(frame, "event_id_cnty")
        problems.add(source_id.isna(), "acled_id_empty", "event_id_cnty")
        event_type = C.column(frame, "event_type")
        not_attack = event_type.str.lower().isin(NOT_ATTACKS).fillna(False).astype(bool)
        problems.add(not_attack, "acled_not_attack", event_type=lambda i: event_type.iloc[i])
        precision = C.column(frame, "time_precision")
        bad_precision = precision.notna() & ~precision.isin(list(TIME_PRECISION))
        problems.add(bad_precision, "not_1_2_or_3", "time_precision", lambda i: precision.iloc[i])
        date = C.dates(frame, "event_date", DATE_FORMATS, problems)
        fatalities = C.counts(frame, "fatalities", problems)
        notes = C.column(frame, "notes")

        count_text = fatalities.astype("string")
        word = pd.Series("fatalities", index=index, dtype="string").where(fatalities != 1, "fatality")
        note = (
            "ACLED records "
            + count_text
            + " "
            + word
            + ": a conservative count, possibly lower than other reports."
        )
        zero = (fatalities == 0).fillna(False).astype(bool)
        note[zero] = "ACLED records 0 fatalities, meaning none were reported; left empty here."
        split = notes.str.extract(_SPLIT, flags=2, expand=False).astype("string")  # 2 = IGNORECASE
        note = C.join_columns(note, "ACLED notes: " + split)

        sub_event_type = C.column(frame, "sub_event_type")
        civilian = (C.column(frame, "civilian_targeting").str.lower() == "civilian targeting").fillna(False)
        cited = C.column(frame, "source")
        raw_date = C.column(frame, "event_date")
        country = C.country_codes(C.column(frame, "country"), C.column(frame, "iso"))
        latitude, longitude = C.point(frame, problems)
        columns = {
            S.DATE: date,
            S.DATE_PRECISION: precision.map(TIME_PRECISION)
            .astype("string")
            .fillna(C.text_where(raw_date.notna(), "day", index)),
            S.LOCATION: C.column(frame, "location"),
            S.COUNTRY: country,
            S.LATITUDE: latitude,
            S.LONGITUDE: longitude,
            S.GEO_PRECISION: C.column(frame, "geo_precision").map(GEO_PRECISION).fillna("unknown"),
            S.WEAPON: _weapons(sub_event_type, notes),
            S.TARGET: C.targets_of(notes).fillna("unknown"),
            S.KILLED: fatalities.mask(zero),
            S.CASUALTY_NOTE: note,
            S.SOURCE_TITLE: C.join_columns("ACLED", event_type, sub_event_type, sep=" · ", index=index),
            S.DESCRIPTION: C.join_columns(
                notes,
                C.text_where(civilian, "ACLED codes this as civilian targeting.", index),
                "Sources cited by ACLED: " + cited + ".",
            ),
            C.OBLAST_HINT: C.column(frame, "admin1"),
        }
        return self.mapped(columns, source_id, problems)


FORMAT = AcledExport()
