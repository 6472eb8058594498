"""Strike Map's own events format, from CSV, GeoJSON, Excel, parquet or a JSON array.

Columns are the canonical ones (``data.schema.COLUMNS``) and go straight to the
canonical loader's parsers (:func:`data.events_io.coerce_events`), typed columns
(parquet) as they are.  A misspelt column name stops the import with a suggestion;
columns that are clearly foreign are ignored and listed in the notes.  Rows without
coordinates but with a place name are geocoded like every other format's.
"""

from __future__ import annotations

import pandas as pd

from data import schema as S
from data.cells import restore_columns
from data.events_io import Note, check_header
from data.i18n import N_
from data.importers import common as C
from data.importers.reading import EXTRA, ImportFileError, Table


class CanonicalEvents(C.EventFormat):
    name = "canonical"
    label = N_("Strike Map events")
    required = frozenset({S.EVENT_ID})
    order = 90

    def score(self, table: Table) -> float:
        """At most 0.9: ``event_id`` alone is weak evidence, so any foreign format that matches wins.

        The more of the table's columns are canonical, the surer (0.5 to 0.9).
        """
        columns = C.column_set(table)
        if S.EVENT_ID not in columns:
            return 0.0
        return 0.5 + 0.4 * len(columns & set(S.COLUMNS)) / max(len(columns), 1)

    def check(self, file_name: str, table: Table) -> list[str]:
        """A misspelt or missing ``event_id`` stops the import; foreign columns are noted."""
        columns = [str(c).strip() for c in table.columns]
        header_problems = check_header([c.lower() for c in columns])
        blocking = [p for p in header_problems if p.column == S.EVENT_ID or p.code == "not_a_column_suggest"]
        if blocking:
            raise ImportFileError(code="file_not_events_table", file=file_name, problems=tuple(blocking))
        ignored = [c for c in columns if c.lower() not in S.COLUMNS and c.lower() not in (EXTRA, "(record)")]
        return [Note("note_columns_ignored", columns=", ".join(ignored))] if ignored else []

    def map_frame(self, frame: pd.DataFrame, container: str = "csv") -> C.Mapped:
        """The canonical columns as they are; the oblast name doubles as the placing hint."""
        present = [c for c in S.COLUMNS if c in frame.columns]
        columns = frame.loc[:, present].copy(deep=False)
        for name in present:
            if frame[name].dtype == object:
                # JSON cells: true/false and numbers as text, lists and objects as nothing.
                columns[name] = C.column(frame, name)
        if container in ("csv", "excel"):
            # Our CSV export quotes formula-like text (data/cells.py): a cell read from a CSV
            # or a workbook saved from one loses that quote again; GeoJSON is read as is.
            columns = restore_columns(columns, [c for c in S.TEXT_COLUMNS if c in present])
        columns[C.OBLAST_HINT] = C.column(columns, S.OBLAST)
        return C.Mapped(columns, C.RowProblems(len(frame)))


FORMAT = CanonicalEvents()
