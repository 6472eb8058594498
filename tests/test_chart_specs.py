"""The page's Vega-Lite specs are built without Altair's validation (it cost a quarter of a
chart's build at 250,000 events); here every spec the page draws is validated instead, and
checked equal to what the page sends."""

from __future__ import annotations

import datetime as dt

import pytest

from components.charts import _TAB_CHARTS, _tab_specs
from components.timeline import MEASURES, timeline_chart
from data.charts import page_charts
from data.synthetic import make_synthetic_events
from data.timeline import bin_events


@pytest.fixture(scope="module")
def events():
    return make_synthetic_events(3_000, seed=5)


@pytest.mark.parametrize("tab", sorted(_TAB_CHARTS))
def test_every_chart_of_a_tab_validates_and_is_what_the_page_sends(events, tab):
    sent = _tab_specs(events, tab)
    charts, _ = page_charts(events, _TAB_CHARTS[tab])
    assert charts, tab
    for chart in charts:
        assert sent[chart.key] == chart.chart.to_dict(validate=True)  # raises if the spec is invalid


@pytest.mark.parametrize("measure", sorted(MEASURES))
def test_the_timeline_spec_validates_for_every_measure_and_a_brushed_range(events, measure):
    timeline = bin_events(events)
    dates = events["date"].dropna()
    domain = (dates.min().date(), dates.max().date())
    shown = (domain[0] + dt.timedelta(days=30), domain[1] - dt.timedelta(days=30))
    for brushed in (None, shown):
        chart = timeline_chart(timeline, measure, brushed, domain)
        assert chart.to_dict(validate=False) == chart.to_dict(validate=True)


def test_an_invalid_spec_is_caught_by_validation():
    # The check above can fail: Altair's validation rejects what the page would not check.
    import altair as alt
    import pandas as pd

    chart = alt.Chart(pd.DataFrame({"a": [1]})).mark_bar().encode(x=alt.X("a:Q", bin="yes"))
    chart.to_dict(validate=False)
    with pytest.raises(Exception):  # noqa: B017, PT011 - Altair's schema error type varies by version
        chart.to_dict(validate=True)
