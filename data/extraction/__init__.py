"""Attacks, casualties and places extracted from the text of a news report (rules + gazetteer).

Pure Python: no Streamlit here.  See ``docs/extraction.md``.
"""

from data.extraction.extract import (
    COUNT_FIELDS,
    CandidateEvent,
    candidate_record,
    extract_events,
    find_counts,
    find_places,
    report_id,
    report_title,
    split_sentences,
)
from data.extraction.match import match_candidates, merge_reports
from data.extraction.table import candidates_to_events, relocate_events

__all__ = [
    "COUNT_FIELDS",
    "CandidateEvent",
    "candidate_record",
    "candidates_to_events",
    "extract_events",
    "find_counts",
    "find_places",
    "match_candidates",
    "merge_reports",
    "relocate_events",
    "report_id",
    "report_title",
    "split_sentences",
]
