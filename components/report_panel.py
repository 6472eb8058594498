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
from data.display import plain_markdown
from data.events_io import concat_events
from data.extraction import candidates_to_events, extract_events, review

ADDED_KEY = "report_events"
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
    config = {
        ADD_COLUMN: st.column_config.CheckboxColumn("add", help="add this event to the map"),
        S.LOCATION: st.column_config.TextColumn(
            "place", help="a settlement or oblast; empty = no place (listed, not mapped)"
        ),
        S.GEO_PRECISION: st.column_config.SelectboxColumn(
            "placed at", options=list(S.GEO_PRECISIONS), required=True
        ),
        S.WEAPON: st.column_config.SelectboxColumn("weapon", options=list(S.WEAPONS), required=True),
        S.TARGET: st.column_config.SelectboxColumn("target", options=list(S.TARGETS), required=True),
        S.DATE: st.column_config.DateColumn("date", format="YYYY-MM-DD"),
        S.DATE_PRECISION: st.column_config.SelectboxColumn(
            "date precision", options=list(S.DATE_PRECISIONS), required=True
        ),
        S.CASUALTY_NOTE: st.column_config.TextColumn("note"),
        EVIDENCE_COLUMN: st.column_config.TextColumn("evidence (from the report)", width="large"),
    }
    for column in S.COUNT_COLUMNS:
        config[column] = st.column_config.NumberColumn(
            column.replace("_", " "), min_value=0, step=1, format="%d", help="empty = not reported"
        )
        config[S.at_least_column(column)] = st.column_config.CheckboxColumn(
            "≥", help=f"{column.replace('_', ' ')} is a lower bound ('at least')"
        )
    return config


def _extract(text: str, title: str, url: str, report_date: dt.date | None) -> None:
    candidates = extract_events(text, report_date)
    events = candidates_to_events(candidates, text, title or None, url or None, report_date)
    st.session_state[CANDIDATES_KEY] = {"text": text, "candidates": candidates, "events": events}


def _show_candidates() -> None:
    state = st.session_state[CANDIDATES_KEY]
    events, candidates = state["events"], state["candidates"]
    if events.empty:
        st.info("No attacks found in this report. Places where talks or statements happened are not attacks.")
        return
    placed = int(events[S.LATITUDE].notna().sum())
    st.markdown(
        f"**{len(events)} candidate event{'s' if len(events) != 1 else ''}** "
        f"({placed} with a place). Review them against the highlighted sentences, edit, then add."
    )
    st.caption(
        f"Read as {review.report_language(state['text'])}; the evidence is shown as the report wrote it."
    )
    with st.expander("The report, evidence highlighted", expanded=True):
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
    )
    if st.button("Add selected events to the map", type="primary", key="report_add"):
        reviewed, problems = review.apply_edits(events, edited)
        if problems:
            st.error(
                "Not added; fix these first:\n\n" + "\n".join(f"- {plain_markdown(p)}" for p in problems)
            )
            return
        before = len(_added_events())
        st.session_state[ADDED_KEY] = concat_events(_added_events(), reviewed)
        added = len(st.session_state[ADDED_KEY]) - before
        unplaced = int(reviewed[S.LATITUDE].isna().sum())
        message = f"Added {added} event{'s' if added != 1 else ''} from the report."
        if added < len(reviewed):
            message += f" {len(reviewed) - added} were already added."
        if unplaced:
            message += f" {unplaced} without a place: in the table, not on the map."
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
    st.subheader("Add events from a news report")
    st.caption(
        "Paste or upload a report: attacks, places and casualty figures are found by rules and the offline "
        "gazetteer, each with the sentence it came from. Nothing is added until you review and add it."
    )
    if ADDED_MESSAGE_KEY in st.session_state:
        st.success(st.session_state.pop(ADDED_MESSAGE_KEY))
    max_chars = app_limits().max_report_chars
    with st.form("report_form", border=True):
        # max_chars makes the browser stop at the limit: a 2 MB paste used to freeze the tab.
        text = st.text_area(
            "Report text", height=180, max_chars=max_chars, placeholder="Paste the text of a news report here"
        )
        # At most 4 bytes a character: a file past this cannot be a report within the limit.
        upload = st.file_uploader(
            "or upload a text file", type=["txt", "md"], max_upload_size=max(1, -(-max_chars * 4 // 2**20))
        )
        title_column, url_column, date_column = st.columns([2, 2, 1])
        title = title_column.text_input("Report title (optional)")
        url = url_column.text_input("Report link (optional)", placeholder="https://")
        report_date = date_column.date_input(
            "Report date (optional)", value=None, help="resolves 'on Monday', 'yesterday'"
        )
        submitted = st.form_submit_button("Find events")
    if submitted:
        if upload is not None:
            text = upload.getvalue().decode("utf-8", errors="replace")
        if len(text) > max_chars:
            st.error(
                f"The report has {len(text):,} characters, more than {max_chars:,} (limit max_report_chars). "
                "Split it into parts and add them one by one."
            )
        elif url and not url.startswith(("http://", "https://")):
            st.error("The report link must start with http:// or https://.")
        elif not text.strip():
            st.warning("Paste a report or upload a text file first.")
        else:
            _extract(text, title.strip(), url.strip(), report_date)
    if CANDIDATES_KEY in st.session_state:
        _show_candidates()
    added = _added_events()
    if len(added):
        st.caption(
            f"{len(added)} event{'s' if len(added) != 1 else ''} added from reports in this session. "
            "They follow the sidebar filters like any other event: reset the filters if one is not shown."
        )
        if st.button("Remove the events added from reports", key="report_clear"):
            st.session_state[ADDED_KEY] = S.empty_events()
            st.rerun()
    return _added_events()
