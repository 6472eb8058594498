"""The embedded default dataset: the attacks described in the report the project started from.

See ``data/embedded/README.md`` for how each value was taken from the report.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from data.events_io import load_events

EMBEDDED_PATH = Path(__file__).resolve().parent / "embedded" / "report_000.csv"
EMBEDDED_LABEL = "Embedded report (1 news report, undated)"


def load_embedded_events() -> pd.DataFrame:
    """The embedded events, validated like any other file."""
    return load_events(EMBEDDED_PATH)
