"""The registry of importable formats: every ``FORMAT`` in :mod:`data.importers.formats`.

Adding a format is adding one module to that package; nothing else lists formats.
Detection asks each format how sure it is that a table is its own
(:meth:`~data.importers.common.EventFormat.score`) and takes the surest; equal
scores go to the format that names more identifying columns.
"""

from __future__ import annotations

import importlib
import pkgutil

from data.importers import formats as _package
from data.importers.common import EventFormat
from data.importers.reading import Table


def _discover() -> dict[str, EventFormat]:
    found: list[EventFormat] = []
    for info in pkgutil.iter_modules(_package.__path__):
        module = importlib.import_module(f"{_package.__name__}.{info.name}")
        candidate = getattr(module, "FORMAT", None)
        if isinstance(candidate, EventFormat):
            found.append(candidate)
    found.sort(key=lambda f: (f.order, f.name))
    return {f.name: f for f in found}


FORMATS: dict[str, EventFormat] = _discover()
FORMAT_LABELS: dict[str, str] = {name: f.label for name, f in FORMATS.items()}


def detect_format(table: Table) -> str | None:
    """The name of the format the table is surest to be in, or None when none claims it.

    Parameters
    ----------
    table
        The raw records of a file (see :func:`data.importers.reading.read_table`).

    Returns
    -------
    str or None
        A key of :data:`FORMATS`.
    """
    scored = [(f.score(table), len(f.required), -f.order, name) for name, f in FORMATS.items()]
    best = max(scored, default=(0.0, 0, 0, None))
    return best[3] if best[0] > 0 else None
