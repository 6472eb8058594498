"""Why a place the reader found became no event: the step of the extractor that left it out.

The scorer's ``--misses`` splits a labelled place with no event into *read* (the place reader found it somewhere in
the report) and *not read*. A place read and left out was left out by one of the extractor's steps: the sentence that
named it was read as a recall, another day's attack, a title, background, a list told for another matter...; or an
event was made for it and a step that settles the report once it is read (folding a district into its region, keeping
the one attack of a single-attack report, dropping a weeks-old attack) took it away. Those steps record what they do
here while a trace is open (:func:`tracing`); no trace is open when the dashboard extracts, and then they record
nothing.

The trace names steps, never the report's words, so ``--misses`` can print it for a held-out set.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

# The steps a sentence can be left at, named as --misses prints them.
TITLE = "a title or a line without a full stop"
OTHER_MATTER = "a list told for another matter"
FOR_CONTEXT = "an attack told for context"
BACKGROUND = "background (the war going on)"
RECALL = "a recall of an earlier report"
RECALLED_PARAGRAPH = "the paragraph of an attack recalled"
ANOTHER_DAY = "another day's attack"
PAST = "past tense, an attacker's claim, or another month or year"
NO_ATTACK_WORD = "a sentence with no attack word (detail)"
ABROAD = "a scene abroad"
SPEAKER = "named only as a speaker or an office"
SUMMARY_LIST = "a list of places read as a summary"
AFTER_OTHER_DAY = "a sentence going on with another day"
# ... and where none of those left the sentence: its clause named the place and still made no event of it
IN_ATTACK_SENTENCE = "in a sentence read as an attack, no event made"


@dataclass
class Trace:
    """What the steps of one extraction left out (see the module's text)."""

    sentences: list = field(
        default_factory=list
    )  # the report's sentences as read (data.extraction.sentences)
    skipped: dict[int, str] = field(default_factory=dict)  # sentence position -> the step that left it
    clause_skips: list[tuple[int, str, str]] = field(default_factory=list)  # (position, clause, step)
    dropped: list[tuple[str | None, str, str]] = field(default_factory=list)  # (location, precision, step)


_CURRENT: ContextVar[Trace | None] = ContextVar("extraction_trace", default=None)


@contextmanager
def tracing() -> Iterator[Trace]:
    """Open a trace for the extractions run inside the block (the last one's is kept)."""
    trace = Trace()
    token = _CURRENT.set(trace)
    try:
        yield trace
    finally:
        _CURRENT.reset(token)


def start(sentences: list) -> None:
    """A report's reading begins: its sentences, and a clean record."""
    trace = _CURRENT.get()
    if trace is not None:
        trace.sentences = list(sentences)
        trace.skipped.clear()
        trace.clause_skips.clear()
        trace.dropped.clear()


def skip(position: int, step: str) -> None:
    """The sentence at ``position`` was left at ``step`` (the first step to leave it is kept)."""
    trace = _CURRENT.get()
    if trace is not None:
        trace.skipped.setdefault(position, step)


def skip_clause(position: int, clause: str, step: str) -> None:
    """One clause of the sentence at ``position`` was left at ``step``, the rest read on."""
    trace = _CURRENT.get()
    if trace is not None:
        trace.clause_skips.append((position, clause, step))


def stage(step: str, before: list, after: list) -> list:
    """``after``, the events a settling step kept of ``before``; the ones it took away are recorded under ``step``."""
    trace = _CURRENT.get()
    if trace is not None:
        kept = {id(event) for event in after}
        trace.dropped += [(e.location, e.geo_precision, step) for e in before if id(e) not in kept]
    return after
