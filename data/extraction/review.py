"""The review step between extraction and the map, as plain data: no Streamlit here.

The report panel (``components/report_panel.py``) only draws what these functions
build: the report with its evidence marked, the table a reviewer edits, and the
reviewed rows typed, checked and geocoded again.
"""

from __future__ import annotations

import html

import pandas as pd

from data import schema as S
from data.display import reveal_hidden
from data.events_io import coerce_events, validate_events
from data.extraction.evidence import evidence_segments
from data.extraction.language import detect_language
from data.extraction.table import relocate_events
from data.i18n import N_, tr

ADD_COLUMN = "add"
EVIDENCE_COLUMN = "evidence"
LANGUAGE_NAMES = {"en": N_("English"), "uk": N_("Ukrainian"), "ru": N_("Russian")}
# What a reviewer may change; place columns are filled again from the gazetteer.
EDITABLE_COLUMNS = (
    S.LOCATION,
    S.GEO_PRECISION,
    S.WEAPON,
    S.TARGET,
    S.DATE,
    S.DATE_PRECISION,
    S.KILLED,
    S.at_least_column(S.KILLED),
    S.INJURED,
    S.at_least_column(S.INJURED),
    S.CHILDREN_KILLED,
    S.at_least_column(S.CHILDREN_KILLED),
    S.CHILDREN_INJURED,
    S.at_least_column(S.CHILDREN_INJURED),
    S.CASUALTY_NOTE,
)


def report_language(text: str) -> str:
    """The report's language as a word for the page ("Ukrainian")."""
    return tr(LANGUAGE_NAMES[detect_language(text)])


def highlighted_report_html(text: str, candidates) -> str:
    """The report as escaped HTML, each evidence sentence marked with the numbers of its events.

    The sentences stay in the report's own language: the reviewer checks the
    figures against what the source said, not against a translation.
    """
    pieces = []
    for piece, numbers in evidence_segments(text, candidates):
        # Invisible characters written out: a pasted direction override cannot reorder what the reviewer reads.
        escaped = html.escape(reveal_hidden(piece)).replace("\n", "<br>")
        if numbers:
            label = ", ".join(str(n) for n in numbers)
            pieces.append(
                f'<mark title="{html.escape(tr("evidence for event {events}", events=label))}">'
                f"{escaped} <sup><b>[{label}]</b></sup></mark>"
            )
        else:
            pieces.append(f'<span style="opacity:0.75">{escaped}</span>')
    return '<div class="report-evidence" style="line-height:1.6">' + "".join(pieces) + "</div>"


def editor_table(events: pd.DataFrame, candidates) -> pd.DataFrame:
    """The table a reviewer edits: the editable columns, an "add" tick and the evidence.

    Parameters
    ----------
    events
        Canonical events from :func:`data.extraction.candidates_to_events`.
    candidates
        The candidates they were made from, in the same order.
    """
    table = events[list(EDITABLE_COLUMNS)].copy()
    for column in (S.LOCATION, S.CASUALTY_NOTE):
        table[column] = table[column].astype(object).where(table[column].notna(), None)
    for column in (S.GEO_PRECISION, S.WEAPON, S.TARGET, S.DATE_PRECISION):
        table[column] = table[column].astype(str)
    table[S.DATE] = [None if pd.isna(d) else pd.Timestamp(d).date() for d in events[S.DATE]]
    for column in S.AT_LEAST_COLUMNS:
        table[column] = table[column].astype(bool)
    table.insert(0, ADD_COLUMN, True)
    # Read-only, so written out: a direction override in a sentence cannot reorder what the reviewer reads.
    table[EVIDENCE_COLUMN] = [reveal_hidden(" · ".join(c.sentences)) for c in candidates]
    return table


def apply_edits(events: pd.DataFrame, edited: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The reviewed rows to add, typed, geocoded again where the place changed, and checked.

    Returns
    -------
    events, problems
        The ticked rows as canonical events, and every problem as a sentence
        ("event 1: children_killed ..."); nothing should be added while there are
        problems.
    """
    chosen = edited[edited[ADD_COLUMN].fillna(False).astype(bool)]
    raw = events.loc[chosen.index].astype(object)
    for column in EDITABLE_COLUMNS:
        raw[column] = chosen[column].astype(object)
    raw = raw.map(lambda v: "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v))
    typed, problems = coerce_events(raw.reset_index(drop=True))
    typed.index = chosen.index
    typed = relocate_events(typed, events.loc[chosen.index])
    problems += validate_events(typed.reset_index(drop=True))
    return typed.reset_index(drop=True), [p.describe(lambda n: tr("event {n}", n=n)) for p in problems]
