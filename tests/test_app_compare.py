"""The period comparison on the page (AppTest) against a plain pandas groupby, lower bounds and unknowns included."""

from __future__ import annotations

import sys

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components.pacing import READY_KEY
from data import schema as S
from data.events_io import events_to_csv
from data.importers import import_file
from data.synthetic import make_synthetic_events
from tests.test_app import APP

NOW = ("2024-01-01", "2024-03-31")  # 91 days
BEFORE = ("2023-10-02", "2023-12-31")  # the 91 days before


@pytest.fixture(scope="module")
def events_file(tmp_path_factory) -> tuple[str, pd.DataFrame]:
    events = make_synthetic_events(1_500, seed=11)
    # Lower bounds and unknowns in both periods, and events without an oblast.
    events.loc[events.index[::7], S.KILLED] = events[S.KILLED].iloc[::7].fillna(4)
    events.loc[events.index[::7], S.at_least_column(S.KILLED)] = True
    events.loc[events.index[::5], S.INJURED] = pd.NA
    events.loc[events.index[::5], S.at_least_column(S.INJURED)] = False  # no bound on a missing figure
    events.loc[events.index[::13], [S.OBLAST, S.OBLAST_ISO, S.LOCATION, S.LATITUDE, S.LONGITUDE]] = pd.NA
    path = tmp_path_factory.mktemp("compare") / "events.csv"
    path.write_bytes(events_to_csv(events))
    # The reference reads what the page reads (the importer fills oblasts from their codes).
    loaded = import_file("events.csv", path.read_bytes())
    assert loaded.rows_rejected == 0
    return str(path), loaded.events


def expected_cell(values: pd.Series, bounds: pd.Series) -> str:
    """What a total must read: sum of reported figures, "≥" if bounded or incomplete, the unknowns beside."""
    if values.empty:
        return "0"
    missing = int(values.isna().sum())
    if missing == len(values):
        return f"not reported · {missing:,} without figures"
    prefix = "≥ " if bounds.any() or missing else ""
    return f"{prefix}{int(values.sum()):,}" + (f" · {missing:,} without figures" if missing else "")


def reference(events: pd.DataFrame, first: str, last: str) -> dict[str, dict[str, str]]:
    dates = events[S.DATE]
    part = events[(dates >= pd.Timestamp(first)) & (dates <= pd.Timestamp(last))]
    oblast = part[S.OBLAST].astype("string").fillna("(oblast not reported)")
    table: dict[str, dict[str, str]] = {}
    for name, group in [("All oblasts", part), *part.groupby(oblast)]:
        row = {"events": f"{len(group):,}"}
        for column in S.COUNT_COLUMNS:
            row[column] = expected_cell(group[column], group[S.at_least_column(column)])
        table[name] = row
    return table


def test_comparison_table_matches_groupby(monkeypatch, events_file):
    path, events = events_file
    monkeypatch.setattr(sys, "argv", ["app.py", "--data", path])
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["dates"] = list(NOW)
    # 1,500 events: the page sends the map first and the rest once the browser reports
    # the map drawn; no browser here, so the session starts as if it had.
    at.session_state[READY_KEY] = True
    at.run()
    assert not at.exception, at.exception
    # Closed, the comparison is not computed (it is lazy); a link opens it.
    assert not any("events now" in d.value.columns for d in at.dataframe)
    at.query_params["compare"] = "true"
    at.run()
    assert not at.exception, at.exception
    shown = next(d.value for d in at.dataframe if "events now" in d.value.columns).set_index("oblast")
    for period, (first, last) in {"now": NOW, "before": BEFORE}.items():
        expected = reference(events, first, last)
        for oblast, row in expected.items():
            assert shown.loc[oblast, f"events {period}"] == row["events"], (oblast, period)
            for column in S.COUNT_COLUMNS:
                label = column.replace("_", " ")
                assert shown.loc[oblast, f"{label} {period}"] == row[column], (oblast, period, column)
    # Lower bounds, unknowns and unplaced events really are in play, and the page says so.
    assert "(oblast not reported)" in shown.index
    assert shown["killed now"].str.startswith("≥").any()
    assert shown["injured before"].str.contains("without figures").any()
    total_now = events[(events[S.DATE] >= NOW[0]) & (events[S.DATE] <= NOW[1])]
    total_before = events[(events[S.DATE] >= BEFORE[0]) & (events[S.DATE] <= BEFORE[1])]
    assert shown.loc["All oblasts", "events change"] == f"{len(total_now) - len(total_before):+,}".replace(
        "-", "−"
    ).replace("+0", "0")
    # Killed in both periods has lower bounds: the change cannot be known.
    assert shown.loc["All oblasts", "killed change"] == "unknown (both lower bounds)"
