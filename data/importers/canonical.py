"""Strike Map's own events format, from CSV, GeoJSON, Excel or a JSON array.

Columns are the canonical ones (``data.schema.COLUMNS``).  A misspelt column name
stops the import with a suggestion; columns that are clearly foreign are ignored
and listed in the notes.  Rows without coordinates but with a place name are
geocoded like every other format's.
"""

from __future__ import annotations

from typing import Any

from data import schema as S
from data.cells import restore_formula
from data.events_io import check_header
from data.importers import common as C
from data.importers.reading import ImportFileError, Table

NAME = "canonical"
LABEL = "Strike Map events"
REQUIRED = frozenset({S.EVENT_ID})


def _value(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    return C.text(value)


def import_table(file_name: str, table: Table) -> C.ImportResult:
    """Import a canonical table; header mistakes stop the import, row mistakes reject the row."""
    columns = [str(c).strip() for c in table.columns]
    header_problems = check_header([c.lower() for c in columns])
    blocking = [p for p in header_problems if p.column == S.EVENT_ID or "did you mean" in p.message]
    if blocking:
        raise ImportFileError(
            f"{file_name} is not a Strike Map events table: "
            + "; ".join(p.describe() for p in blocking)
            + "."
        )
    ignored = [
        c for c in columns if c.lower() not in S.COLUMNS and c.lower() not in ("(extra cells)", "(record)")
    ]
    notes = [f"Columns not in the events format were ignored: {', '.join(ignored)}."] if ignored else []

    # Our CSV export quotes formula-like text (data/cells.py): a cell read from a CSV or a
    # workbook saved from one loses that quote again; GeoJSON is written and read as is.
    restore = table.container in ("csv", "excel")

    def map_row(row: dict[str, Any]) -> dict[str, Any]:
        mapped = {c: _value(row.get(c)) for c in S.COLUMNS if c in row}
        if restore:
            mapped = {c: restore_formula(v) if isinstance(v, str) else v for c, v in mapped.items()}
        mapped[C.OBLAST_HINT] = mapped.get(S.OBLAST)
        return mapped

    mapped, problems = C.map_records(table, map_row)
    return C.finish_import(file_name, LABEL, table, mapped, problems, notes)
