"""Recognise the same attack in two reports, and merge them with the later report's figures.

Reports revise tolls ("at least 21 killed" in the morning, "34 killed" at night):
the later report's counts replace the earlier's, what only the earlier report
says is kept, and the evidence from both stays attached.
"""

from __future__ import annotations

import copy

from data.extraction.extract import CandidateEvent
from geo.gazetteer import normalize_name

# Reports of one attack give dates a day apart ("overnight", "on Tuesday").
MAX_DATE_GAP_DAYS = 1


def _compatible(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def same_attack(earlier: CandidateEvent, later: CandidateEvent) -> bool:
    """Whether two candidates describe the same attack.

    Parameters
    ----------
    earlier, later
        Candidates from two reports.

    Returns
    -------
    bool
        True for the same place (same name and oblast; or both without a place
        and the same target), dates at most a day apart or unknown, and weapon and
        target equal or unknown in one of them.
    """
    if earlier.location and later.location:
        if normalize_name(earlier.location) != normalize_name(later.location):
            return False
        if earlier.oblast_iso != later.oblast_iso:
            return False
    elif earlier.location or later.location:
        return False
    elif earlier.target != later.target or earlier.target == "unknown":
        return False
    if earlier.date and later.date and abs((earlier.date - later.date).days) > MAX_DATE_GAP_DAYS:
        return False
    return _compatible(earlier.weapon, later.weapon) and _compatible(earlier.target, later.target)


def match_candidates(earlier: list[CandidateEvent], later: list[CandidateEvent]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` where ``earlier[i]`` and ``later[j]`` are the same attack.

    Each candidate is paired at most once, in order of first mention.
    """
    pairs = []
    used: set[int] = set()
    for i, old in enumerate(earlier):
        for j, new in enumerate(later):
            if j not in used and same_attack(old, new):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def merge_event(earlier: CandidateEvent, later: CandidateEvent) -> CandidateEvent:
    """One event from two reports of the same attack; the later report's values win."""
    merged = copy.deepcopy(earlier)
    for name in ("weapon", "target", "date_precision"):
        if getattr(later, name) != "unknown":
            setattr(merged, name, getattr(later, name))
    if later.date is not None:
        merged.date = later.date
    if later.geo_precision == "settlement" or merged.location is None:
        for name in ("location", "oblast_iso", "oblast", "latitude", "longitude", "geo_precision"):
            setattr(merged, name, getattr(later, name))
    merged.counts.update(later.counts)
    merged.evidence.update(later.evidence)
    # A note about unnumbered children is stale once the later report gives a number.
    merged.notes = [n for n in merged.notes if not _note_answered(n, merged)]
    for note in later.notes:
        if note not in merged.notes:
            merged.notes.append(note)
    for sentence in later.sentences:
        merged.add_sentence(sentence)
    return merged


def _note_answered(note: str, event: CandidateEvent) -> bool:
    return ("children among the dead" in note and "children_killed" in event.counts) or (
        "children among the injured" in note and "children_injured" in event.counts
    )


def merge_reports(earlier: list[CandidateEvent], later: list[CandidateEvent]) -> list[CandidateEvent]:
    """Events of two reports, the same attacks merged once.

    Parameters
    ----------
    earlier, later
        Candidates from the earlier and the later report.

    Returns
    -------
    list of CandidateEvent
        Matched attacks merged by :func:`merge_event` (later figures win), then
        the attacks only one report mentions.
    """
    pairs = match_candidates(earlier, later)
    matched_old = {i for i, _ in pairs}
    matched_new = {j for _, j in pairs}
    by_old = dict(pairs)
    merged = []
    for i, old in enumerate(earlier):
        merged.append(merge_event(old, later[by_old[i]]) if i in matched_old else old)
    merged += [new for j, new in enumerate(later) if j not in matched_new]
    return merged
