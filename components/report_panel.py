"""Events from a pasted news report (filled in by issue 5's work)."""

from __future__ import annotations

import pandas as pd

from data.schema import empty_events


def show_report_panel() -> pd.DataFrame:
    """Events the user added from reports in this session (none yet)."""
    return empty_events()
