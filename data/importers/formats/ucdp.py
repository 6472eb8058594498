"""UCDP Georeferenced Event Dataset (GED) CSV, Windows-1252, month-first dates.

``killed`` is UCDP's ``best`` estimate, UCDP's own headline figure.  The range
(``low``-``high``) and the civilian part (``deaths_civilians``) go to
``casualty_note``.  When ``best`` is empty but ``low`` is given, ``killed`` is
``low`` marked as a lower bound ("at least").
"""

from __future__ import annotations

import re

import pandas as pd

from data import schema as S
from data.events_io import fill_text, missing_text
from data.importers import common as C

SOURCE_NAME = "UCDP GED"

DATE_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y",
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
)
# date_prec: 1 exact day, 2 within 2-6 days, 3 the week, 4 the month (8-30 days), 5 longer.
DATE_PRECISION = {"1": "day", "2": "week", "3": "week", "4": "month", "5": "year"}
# where_prec: 1 exact place, 2 within 25 km, 3 second-order unit, 4 first-order unit (oblast),
# 5 a line or area, 6 the country, 7 international waters or air.
GEO_PRECISION = {"1": "point", "2": "settlement", "3": "oblast", "4": "oblast"}
VIOLENCE_TYPES = {"1": "state-based conflict", "2": "non-state conflict", "3": "one-sided violence"}

_TRAILING_ZEROS = re.compile(r"\.0+$")


def _meaning(values: pd.Series, meanings: dict[str, str]) -> pd.Series:
    """What each code means (``<NA>`` for an unknown code), looked up once per distinct code.

    Codes may come as "1" or "1.0" (a spreadsheet's doing).  Per distinct value: a regex
    over the whole column cost 7 ms a column at 100,000 rows, for a handful of codes.
    """
    return C.map_distinct(values, lambda code: meanings.get(_TRAILING_ZEROS.sub("", code)))


def _casualty_note(low: pd.Series, high: pd.Series, best: pd.Series, civilians: pd.Series) -> pd.Series:
    """The estimate's range (when low and high differ) and the civilians among the dead, as sentences."""
    ranged = (low.notna() & high.notna() & (low != high)).fillna(False)
    best_text = best.astype("string").fillna("not given")
    estimate = C.concat_text(
        "UCDP estimates ",
        low.astype("string"),
        " to ",
        high.astype("string"),
        " deaths (best estimate ",
        best_text,
        ").",
    )
    return C.join_columns(
        C.text_where(ranged, estimate, low.index),
        C.concat_text("Civilians among the dead: ", civilians.astype("string"), "."),
    )


def _conflict_sentences(
    conflict: pd.Series, side_a: pd.Series, side_b: pd.Series, violence: pd.Series
) -> pd.Series:
    """The conflict, its sides and UCDP's type of violence as sentences, with the parts that are given."""
    sides = C.join_columns(side_a, side_b, sep=" vs ")
    return C.join_columns(
        C.concat_text(conflict, "."),
        C.concat_text("Sides: ", sides, "."),
        C.concat_text("UCDP type: ", violence, "."),
    )


class UcdpGed(C.EventFormat):
    name = "ucdp"
    label = "UCDP GED"
    required = frozenset({"date_start", "best", "where_prec"})
    source_name = SOURCE_NAME
    order = 20
    text_stripped = True  # every text column below is built from C.column and its helpers

    def map_frame(self, frame: pd.DataFrame, container: str = "csv") -> C.Mapped:
        """Every UCDP GED record as canonical columns; see the module docstring."""
        problems = C.RowProblems(len(frame))
        index = frame.index
        source_id = C.column(frame, "id")
        problems.add(source_id.isna(), "ucdp_id_empty", "id")
        start, end = C.date_columns(frame, ("date_start", "date_end"), DATE_FORMATS, problems)
        best = C.counts(frame, "best", problems)
        low = C.counts(frame, "low", problems)
        high = C.counts(frame, "high", problems)
        civilians = C.counts(frame, "deaths_civilians", problems)
        latitude, longitude = C.point(frame, problems)

        note = C.per_distinct(_casualty_note, low, high, best, civilians)
        only_low = best.isna() & low.notna()
        killed = best.fillna(low)

        violence = _meaning(C.column(frame, "type_of_violence"), VIOLENCE_TYPES)
        spans = (start.notna() & end.notna() & (end != start)).fillna(False)
        between = missing_text(index)
        if spans.any():  # dates as text only where they are needed
            between[spans] = (
                "Between "
                + start[spans].dt.strftime("%Y-%m-%d")
                + " and "
                + end[spans].dt.strftime("%Y-%m-%d")
                + "."
            )
        conflict = C.column(frame, "conflict_name")
        side_a, side_b = C.column(frame, "side_a"), C.column(frame, "side_b")
        precision = _meaning(C.column(frame, "date_prec"), DATE_PRECISION)
        columns = {
            S.DATE: start,
            S.DATE_PRECISION: C.text_where(start.notna(), precision, index),
            S.LOCATION: fill_text(C.column(frame, "where_coordinates"), C.column(frame, "adm_2")),
            S.COUNTRY: C.country_codes(C.column(frame, "country")),
            S.LATITUDE: latitude,
            S.LONGITUDE: longitude,
            S.GEO_PRECISION: fill_text(_meaning(C.column(frame, "where_prec"), GEO_PRECISION), "unknown"),
            S.KILLED: killed,
            S.at_least_column(S.KILLED): only_low.astype("boolean"),
            S.CASUALTY_NOTE: note,
            S.SOURCE_TITLE: C.column(frame, "source_headline"),
            S.DESCRIPTION: C.join_columns(
                C.per_distinct(_conflict_sentences, conflict, side_a, side_b, violence), between
            ),
            C.OBLAST_HINT: C.column(frame, "adm_1"),
        }
        return self.mapped(columns, source_id, problems)


FORMAT = UcdpGed()
