"""Events from a pasted or uploaded news report: extract, review with the evidence, edit, add.

The extraction and the review logic (``data.extraction``, ``data.extraction.review``:
typing, checks, geocoding again) are pure and tested without Streamlit; this module
only draws them and keeps what the user added in ``st.session_state``
so the events survive reruns.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from components.settings import app_limits
from data import schema as S
from data.display import MISSING_CELL, hidden_text_cells, plain_markdown
from data.events_io import concat_events
from data.extraction import candidates_to_events, extract_events, review
from data.i18n import N_, format_number, label, ntr, tr

ADDED_KEY = "report_events"
COUNT_NAMES = {
    S.KILLED: N_("killed"),
    S.INJURED: N_("injured"),
    S.CHILDREN_KILLED: N_("children killed"),
    S.CHILDREN_INJURED: N_("children injured"),
}
CANDIDATES_KEY = "report_candidates"
ADDED_MESSAGE_KEY = "report_added_message"
EDITABLE_COLUMNS = review.EDITABLE_COLUMNS
ADD_COLUMN = review.ADD_COLUMN
EVIDENCE_COLUMN = review.EVIDENCE_COLUMN
# Names other tests use (tests/test_hostile_corpus.py): the logic itself lives in data.extraction.review.
_highlighted_report = review.highlighted_report_html
_editor_table = review.editor_table
_apply_edits = review.apply_edits


def _added_events() -> pd.DataFrame:
    return st.session_state.get(ADDED_KEY, S.empty_events())


def added_report_events() -> pd.DataFrame:
    """The events added from reports in this session (read at the top of the page, before the map)."""
    return _added_events()


def _column_config() -> dict:
    # Select boxes hold the stored codes and show them through the catalogue.
    config = {
        ADD_COLUMN: st.column_config.CheckboxColumn(tr("add to map"), help=tr("add this event to the map")),
        S.LOCATION: st.column_config.TextColumn(
            tr("place"), help=tr("a settlement or oblast; — = no place (listed, not mapped)")
        ),
        S.GEO_PRECISION: st.column_config.SelectboxColumn(
            tr("placed at"), options=list(S.GEO_PRECISIONS), format_func=label, required=True
        ),
        S.WEAPON: st.column_config.SelectboxColumn(
            tr("weapon"), options=list(S.WEAPONS), format_func=label, required=True
        ),
        S.TARGET: st.column_config.SelectboxColumn(
            tr("target"), options=list(S.TARGETS), format_func=label, required=True
        ),
        S.DATE: st.column_config.DateColumn(tr("date"), format="YYYY-MM-DD"),
        S.DATE_PRECISION: st.column_config.SelectboxColumn(
            tr("date precision"), options=list(S.DATE_PRECISIONS), format_func=label, required=True
        ),
        S.CASUALTY_NOTE: st.column_config.TextColumn(tr("note")),
        EVIDENCE_COLUMN: st.column_config.TextColumn(tr("evidence (from the report)"), width="large"),
    }
    for column in S.COUNT_COLUMNS:
        name = tr(COUNT_NAMES[column])
        config[column] = st.column_config.NumberColumn(
            name, min_value=0, step=1, format="%d", help=tr("— = not reported (an empty cell)")
        )
        config[S.at_least_column(column)] = st.column_config.CheckboxColumn(
            "≥", help=tr("{count} is a lower bound ('at least')", count=name)
        )
    return config


def _show_hidden_text(edited: pd.DataFrame) -> None:
    # The editor must show the stored text (editing a written-out copy would save "[U+202E]"
    # as letters), so cells holding invisible characters are named below it instead.
    headers = {S.LOCATION: tr("place"), S.CASUALTY_NOTE: tr("note")}
    cells = hidden_text_cells(edited, list(headers))
    if not cells:
        return
    st.warning(
        tr(
            "Invisible characters in the table above, written out here by their code (U+202E, for one, "
            "makes text read backwards). The cells keep them as they are: delete them there if they do not belong."
        )
        + "\n\n"
        + "\n".join(
            "- " + tr("event {n}, {column}:", n=row, column=headers[column]) + " " + plain_markdown(shown)
            for row, column, shown in cells
        )
    )


def _extract(text: str, title: str, url: str, report_date: dt.date | None) -> None:
    candidates = extract_events(text, report_date)
    events = candidates_to_events(candidates, text, title or None, url or None, report_date)
    st.session_state[CANDIDATES_KEY] = {"text": text, "candidates": candidates, "events": events}


def _show_candidates() -> None:
    state = st.session_state[CANDIDATES_KEY]
    events, candidates = state["events"], state["candidates"]
    if events.empty:
        st.info(
            tr("No attacks found in this report. Places where talks or statements happened are not attacks.")
        )
        return
    placed = int(events[S.LATITUDE].notna().sum())
    st.markdown(
        "**"
        + ntr("{n} candidate event", "{n} candidate events", len(events))
        + "** "
        + tr(
            "({placed} with a place). Review them against the highlighted sentences, edit, then add.",
            placed=format_number(placed),
        )
    )
    st.caption(
        tr(
            "Read as {language}; the evidence is shown as the report wrote it.",
            language=review.report_language(state["text"]),
        )
    )
    with st.expander(tr("The report, evidence highlighted"), expanded=True):
        # st.html, not markdown: escaped report text must not be read as markdown links.
        st.html(review.highlighted_report_html(state["text"], candidates))
    edited = st.data_editor(
        review.editor_table(events, candidates),
        key=f"report_editor_{events[S.EVENT_ID].iloc[0]}",
        hide_index=True,
        width="stretch",
        num_rows="fixed",
        disabled=[EVIDENCE_COLUMN],
        column_config=_column_config(),
        placeholder=MISSING_CELL,  # as the events table shows it, not "None"
    )
    _show_hidden_text(edited)
    if st.button(tr("Add selected events to the map"), type="primary", key="report_add"):
        reviewed, problems = review.apply_edits(events, edited)
        if problems:
            st.error(
                tr("Not added; fix these first:")
                + "\n\n"
                + "\n".join(f"- {plain_markdown(p)}" for p in problems)
            )
            return
        before = len(_added_events())
        st.session_state[ADDED_KEY] = concat_events(_added_events(), reviewed)
        added = len(st.session_state[ADDED_KEY]) - before
        unplaced = int(reviewed[S.LATITUDE].isna().sum())
        message = ntr("Added {n} event from the report.", "Added {n} events from the report.", added)
        if added < len(reviewed):
            message += " " + ntr("{n} was already added.", "{n} were already added.", len(reviewed) - added)
        if unplaced:
            message += " " + ntr(
                "{n} without a place: in the table, not on the map.",
                "{n} without a place: in the table, not on the map.",
                unplaced,
            )
        # The page reads the added events at its top, before the map: run it again so
        # the map, figures and table include them, and say what happened after that run.
        st.session_state[ADDED_MESSAGE_KEY] = message
        st.rerun()


def show_report_panel() -> pd.DataFrame:
    """Let the user turn a news report into events, and return the events added so far.

    Returns
    -------
    pandas.DataFrame
        Canonical events table of the events added in this session (empty until
        the user adds some), with the report as their source.
    """
    st.subheader(tr("Add events from a news report"))
    st.caption(
        tr(
            "Paste or upload a report: attacks, places and casualty figures are found by rules and the offline "
            "gazetteer, each with the sentence it came from. Nothing is added until you review and add it."
        )
    )
    if ADDED_MESSAGE_KEY in st.session_state:
        st.success(st.session_state.pop(ADDED_MESSAGE_KEY))
    max_chars = app_limits().max_report_chars
    with st.form("report_form", border=True):
        # max_chars makes the browser stop at the limit: a 2 MB paste used to freeze the tab.
        text = st.text_area(
            tr("Report text"),
            height=180,
            max_chars=max_chars,
            placeholder=tr("Paste the text of a news report here"),
        )
        # At most 4 bytes a character: a file past this cannot be a report within the limit.
        upload = st.file_uploader(
            tr("or upload a text file"),
            type=["txt", "md"],
            max_upload_size=max(1, -(-max_chars * 4 // 2**20)),
        )
        title_column, url_column, date_column = st.columns([2, 2, 1])
        title = title_column.text_input(tr("Report title (optional)"))
        url = url_column.text_input(tr("Report link (optional)"), placeholder="https://")
        report_date = date_column.date_input(
            tr("Report date (optional)"), value=None, help=tr("resolves 'on Monday', 'yesterday'")
        )
        submitted = st.form_submit_button(tr("Find events"))
    if submitted:
        if upload is not None:
            text = upload.getvalue().decode("utf-8", errors="replace")
        if len(text) > max_chars:
            st.error(
                tr(
                    "The report has {count} characters, more than {limit} (limit max_report_chars). "
                    "Split it into parts and add them one by one.",
                    count=format_number(len(text)),
                    limit=format_number(max_chars),
                )
            )
        elif url and not url.startswith(("http://", "https://")):
            st.error(tr("The report link must start with http:// or https://."))
        elif not text.strip():
            st.warning(tr("Paste a report or upload a text file first."))
        else:
            _extract(text, title.strip(), url.strip(), report_date)
    if CANDIDATES_KEY in st.session_state:
        _show_candidates()
    added = _added_events()
    if len(added):
        st.caption(
            ntr(
                "{n} event added from reports in this session. It follows the sidebar filters like any other "
                "event: reset the filters if it is not shown.",
                "{n} events added from reports in this session. They follow the sidebar filters like any other "
                "event: reset the filters if one is not shown.",
                len(added),
            )
        )
        if st.button(tr("Remove the events added from reports"), key="report_clear"):
            st.session_state[ADDED_KEY] = S.empty_events()
            st.rerun()
    return _added_events()
