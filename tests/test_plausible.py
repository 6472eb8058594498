"""Implausible dates are reported with their value, even where Python's datetime cannot format them."""

from __future__ import annotations

import numpy as np
import pandas as pd

from data import schema as S
from data.embedded import load_embedded_events
from data.plausible import implausible


def test_a_date_before_year_one_is_reported_not_a_crash():
    events = load_embedded_events().iloc[:2].copy()
    events[S.DATE] = pd.Series(
        np.array(["-0003-01-01", "2024-03-02"], dtype="datetime64[s]"), index=events.index
    )
    found = implausible(events)
    assert [(row, column) for row, column, *_ in found] == [(1, S.DATE)]
    assert found[0][-1] == "-0003-01-01"
