"""This period against the one before it: events, killed, injured and children, by oblast.

Totals come from :func:`data.aggregate.total_count`, so they follow the page's one
rule: a total is a lower bound ("≥") when any summed figure is one, or when some
events have no figure (their number is unknown, not zero), and the number of
events without a figure is kept beside it.

The change between two totals is only as certain as they are:

| now     | before  | change                                   |
| ------- | ------- | ---------------------------------------- |
| exact a | exact b | ``a - b``                                |
| ≥ a     | exact b | ``≥ a - b`` (now may be higher)          |
| exact a | ≥ b     | ``≤ a - b`` (before may be higher)       |
| ≥ a     | ≥ b     | unknown: either may be higher            |

A period holds the dated events whose stored date falls in it, as the date
filter does.  An event known only to a month or year is stored at the first day
of that month or year; the number of such events in each period is reported, as
they may belong to a neighbouring one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from data import schema as S
from data.aggregate import CountTotal, total_count
from data.display import format_count
from data.i18n import N_, format_number, ntr, tr

if TYPE_CHECKING:
    # Imported where a chart is built: altair takes 0.7 s to import, and a page's
    # first run (the map first) builds no chart.
    import altair as alt

COUNTS: tuple[str, ...] = S.COUNT_COLUMNS
MEASURE_LABELS = {
    "events": N_("events"),
    S.KILLED: N_("killed"),
    S.INJURED: N_("injured"),
    S.CHILDREN_KILLED: N_("children killed"),
    S.CHILDREN_INJURED: N_("children injured"),
}
ALL = N_("All oblasts")
NO_OBLAST = N_("(oblast not reported)")
PERIODS = ("before", "now")
# The page's words for the periods and the table's headers (the keys stay English).
PERIOD_WORDS = {"before": N_("before"), "now": N_("now")}
HEADERS = {"before": N_("{measure} before"), "now": N_("{measure} now"), "change": N_("{measure} change")}
COARSE_PRECISIONS = ("month", "year")


@dataclass(frozen=True)
class Change:
    """The difference now - before, with what is known about it.

    ``kind`` is ``"exact"``, ``"at_least"`` (the true change may be larger),
    ``"at_most"`` (it may be smaller) or ``"unknown"``; ``value`` is None when unknown.
    """

    value: int | None
    kind: str

    def __str__(self) -> str:
        if self.kind == "unknown" or self.value is None:
            return tr("unknown (both lower bounds)")
        signed = ("+" if self.value > 0 else "−") + format_number(abs(self.value)) if self.value else "0"
        return {"exact": signed, "at_least": f"≥ {signed}", "at_most": f"≤ {signed}"}[self.kind]


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same number of days that ends the day before ``start``."""
    days = (end - start).days + 1
    return start - dt.timedelta(days=days), start - dt.timedelta(days=1)


def events_in_period(events: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Dated events from ``start`` to ``end``, both days included."""
    dates = events[S.DATE]
    inside = (dates >= pd.Timestamp(start)) & (dates < pd.Timestamp(end) + pd.Timedelta(days=1))
    return events[inside.fillna(False)]


def count_change(now: CountTotal, before: CountTotal) -> Change:
    """The change from ``before`` to ``now``; see the table in the module docstring."""
    difference = now.value - before.value
    if now.at_least and before.at_least:
        return Change(None, "unknown")
    if now.at_least:
        return Change(difference, "at_least")
    if before.at_least:
        return Change(difference, "at_most")
    return Change(difference, "exact")


def _oblast_labels(events: pd.DataFrame) -> pd.Series:
    return events[S.OBLAST].astype("string").fillna(NO_OBLAST)


def compare_periods(events: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Per oblast (and all oblasts first): each measure now, before, and the change.

    Parameters
    ----------
    events
        Events matching every filter except the dates.
    start, end
        The period shown ("now"), both days included; "before" is
        :func:`previous_period`.

    Returns
    -------
    pandas.DataFrame
        One row per oblast with events in either period, ``All oblasts`` first,
        then by events now.  Columns: ``oblast``; ``events_now``,
        ``events_before``, ``events_change``; ``coarse_now``, ``coarse_before``
        (events dated only to a month or year); and for each count column ``c``:
        ``c_now`` / ``c_before`` (:class:`~data.aggregate.CountTotal`) and
        ``c_change`` (:class:`Change`).
    """
    periods = {
        "now": events_in_period(events, start, end),
        "before": events_in_period(events, *previous_period(start, end)),
    }
    labels = {name: _oblast_labels(part) for name, part in periods.items()}
    present = pd.concat(labels.values()).value_counts(sort=False)
    now_sizes = labels["now"].value_counts()
    oblasts = sorted(present.index, key=lambda name: (-now_sizes.get(name, 0), name == NO_OBLAST, name))
    rows = [_row(ALL, periods)]
    for oblast in oblasts:
        rows.append(_row(oblast, {name: part[labels[name] == oblast] for name, part in periods.items()}))
    return pd.DataFrame(rows)


def _row(label: str, periods: dict[str, pd.DataFrame]) -> dict[str, object]:
    row: dict[str, object] = {"oblast": label}
    for name, part in periods.items():
        row[f"events_{name}"] = len(part)
        row[f"coarse_{name}"] = int(part[S.DATE_PRECISION].astype("string").isin(COARSE_PRECISIONS).sum())
    row["events_change"] = Change(row["events_now"] - row["events_before"], "exact")
    for column in COUNTS:
        for name, part in periods.items():
            row[f"{column}_{name}"] = total_count(part, column)
        row[f"{column}_change"] = count_change(row[f"{column}_now"], row[f"{column}_before"])
    return row


def format_total(total: CountTotal) -> str:
    """``12``, ``≥ 12 · 3 without figures``, ``not reported · 2 without figures``, or ``0`` (no events)."""
    if total.reported == 0 and total.unreported == 0:
        return "0"
    shown = tr("not reported") if total.reported == 0 else format_count(total.value, total.at_least)
    if not total.unreported:
        return shown
    return shown + " · " + ntr("{n} without figures", "{n} without figures", total.unreported)


def oblast_text(name: str, oblast_label: Callable[[str], str] | None = None) -> str:
    """An oblast row's name as shown: the total and "not reported" rows translated, others by ``oblast_label``."""
    if name in (ALL, NO_OBLAST):
        return tr(name)
    return oblast_label(name) if oblast_label else name


def comparison_display(table: pd.DataFrame, oblast_label: Callable[[str], str] | None = None) -> pd.DataFrame:
    """The comparison as the page shows it: one text column per measure and period, and the change.

    Headers and words are in the current language; ``oblast_label`` turns an English
    oblast name into the reader's (unchanged when not given).
    """
    shown = pd.DataFrame({tr("oblast"): [oblast_text(n, oblast_label) for n in table["oblast"]]})
    for measure in ("events", *COUNTS):
        label = tr(MEASURE_LABELS[measure])
        for name in PERIODS:
            values = table[f"{measure}_{name}"]
            shown[tr(HEADERS[name], measure=label)] = [
                format_number(v) if measure == "events" else format_total(v) for v in values
            ]
        shown[tr(HEADERS["change"], measure=label)] = [str(change) for change in table[f"{measure}_change"]]
    coarse = table["coarse_now"] + table["coarse_before"]
    shown[tr("dated only to month/year")] = [format_number(n) if n else "" for n in coarse]
    return shown


def comparison_long(
    table: pd.DataFrame, top: int = 12, oblast_label: Callable[[str], str] | None = None
) -> pd.DataFrame:
    """Events, killed and injured per oblast and period, long, for the chart (without the total row)."""
    rows = []
    for record in table[table["oblast"] != ALL].head(top).to_dict("records"):
        for name in PERIODS:
            rows.append(
                {
                    "oblast": oblast_text(record["oblast"], oblast_label),
                    "period": tr(PERIOD_WORDS[name]),
                    "measure": tr("events"),
                    "value": record[f"events_{name}"],
                    "label": format_number(record[f"events_{name}"]),
                    "at_least": False,
                }
            )
            for column in (S.KILLED, S.INJURED):
                total = record[f"{column}_{name}"]
                rows.append(
                    {
                        "oblast": oblast_text(record["oblast"], oblast_label),
                        "period": tr(PERIOD_WORDS[name]),
                        "measure": tr(MEASURE_LABELS[column]),
                        "value": total.value,
                        "label": format_total(total),
                        "at_least": total.at_least,
                    }
                )
    return pd.DataFrame(rows, columns=["oblast", "period", "measure", "value", "label", "at_least"])


def comparison_chart(
    table: pd.DataFrame, top: int = 12, oblast_label: Callable[[str], str] | None = None
) -> alt.Chart:
    """Before and now side by side per oblast, one panel per measure; lower bounds lighter and dashed."""
    import altair as alt

    long = comparison_long(table, top, oblast_label)
    order = long["oblast"].drop_duplicates().tolist()
    periods = [tr(PERIOD_WORDS[name]) for name in PERIODS]
    measures = [tr(MEASURE_LABELS[m]) for m in ("events", S.KILLED, S.INJURED)]
    return (
        alt.Chart(long)
        .mark_bar()
        .encode(
            y=alt.Y("oblast:N", sort=order, title=None),
            yOffset=alt.YOffset("period:N", sort=periods),
            x=alt.X("value:Q", title=None),
            color=alt.Color(
                "period:N",
                sort=periods,
                scale=alt.Scale(domain=periods, range=["#9AA5B1", "#B5172B"]),
                legend=alt.Legend(title=None, orient="top"),
            ),
            opacity=alt.condition("datum.at_least", alt.value(0.45), alt.value(1.0)),
            strokeDash=alt.condition("datum.at_least", alt.value([3, 2]), alt.value([1, 0])),
            stroke=alt.value("#333"),
            strokeWidth=alt.condition("datum.at_least", alt.value(1), alt.value(0)),
            tooltip=[
                alt.Tooltip("oblast:N", title=tr("oblast")),
                alt.Tooltip("period:N", title=tr("period")),
                alt.Tooltip("measure:N", title=tr("measure")),
                alt.Tooltip("label:N", title=tr("value")),
            ],
        )
        .properties(width=220, height=alt.Step(11))
        .facet(column=alt.Column("measure:N", sort=measures, title=None))
        .resolve_scale(x="independent")
    )


__all__ = [
    "Change",
    "compare_periods",
    "comparison_chart",
    "comparison_display",
    "count_change",
    "events_in_period",
    "format_total",
    "previous_period",
]
