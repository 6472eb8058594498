"""Text cells that are safe to open in a spreadsheet, and read back unchanged.

Excel and LibreOffice run a CSV cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return as a formula (``=HYPERLINK(...)``, ``+cmd|' /C calc'!A0``).
OWASP's advice (https://owasp.org/www-community/attacks/CSV_Injection) is to put a
single quote in front of such a cell.  Our exports do that to every text cell
(never to numbers: a negative longitude stays a number), and the readers of our own
canonical CSV take exactly one quote off again, so a round trip is exact:

- text that starts with a trigger: ``=1+2`` is written ``'=1+2`` and read as ``=1+2``;
- text that already starts with quotes before a trigger gets one more:
  ``'=1`` is written ``''=1`` and read as ``'=1``;
- any other text (``'hello``, ``-`` alone is still a trigger) is written as it is.

Only Strike Map's own format (CSV, or a workbook saved from it) is read this way;
other publishers' files keep their text exactly as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

FORMULA_TRIGGERS = "=+-@\t\r"
# Zero or more quotes, then a trigger: such text gets one more quote on the way out.
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r]")
# One or more quotes, then a trigger: such text loses one quote on the way in.
_QUOTED = re.compile(r"^'+[=+\-@\t\r]")


def neutralise_formula(text: str) -> str:
    """The text as it should be written to a CSV or spreadsheet cell."""
    return "'" + text if _NEEDS_QUOTE.match(text) else text


def restore_formula(text: str) -> str:
    """The text a cell written by :func:`neutralise_formula` held originally."""
    return text[1:] if _QUOTED.match(text) else text


def neutralise_columns(table: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """A copy of ``table`` whose text ``columns`` are neutralised (missing values stay missing)."""
    table = table.copy()
    for name in columns:
        values = table[name]
        if not (pd.api.types.is_string_dtype(values) or values.dtype == object):
            continue
        text = values.astype("string")
        hit = text.str.match(_NEEDS_QUOTE.pattern).fillna(False).astype(bool)
        if hit.any():
            table[name] = text.mask(hit, "'" + text)
    return table


def restore_columns(raw: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """``raw`` (cells as text) with one quote taken off neutralised cells of ``columns``."""
    raw = raw.copy()
    for name in columns:
        if name not in raw.columns:
            continue
        text = raw[name].astype("string")
        hit = text.str.match(_QUOTED.pattern).fillna(False).astype(bool)
        if hit.any():
            raw[name] = text.mask(hit, text.str.slice(1))
    return raw
