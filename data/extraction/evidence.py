"""Where in the report each candidate's evidence lies, for highlighting."""

from __future__ import annotations

from data.extraction.extract import CandidateEvent


def evidence_segments(text: str, candidates: list[CandidateEvent]) -> list[tuple[str, list[int]]]:
    """Cut the report into pieces, each with the (1-based) candidates it is evidence for.

    Parameters
    ----------
    text
        The report.
    candidates
        Candidates extracted from ``text``.

    Returns
    -------
    list of (str, list of int)
        Consecutive pieces that join back into ``text``; an empty list marks a
        piece that is evidence for nothing.

    Examples
    --------
    >>> from data.extraction import extract_events
    >>> report = "Talks go on. A drone hit Sumy, injuring two."
    >>> evidence_segments(report, extract_events(report))
    [('Talks go on. ', []), ('A drone hit Sumy, injuring two.', [1])]
    """
    spans: dict[tuple[int, int], list[int]] = {}
    for number, candidate in enumerate(candidates, start=1):
        for sentence in candidate.sentences:
            start = text.find(sentence)
            if start >= 0:
                spans.setdefault((start, start + len(sentence)), []).append(number)
    segments: list[tuple[str, list[int]]] = []
    position = 0
    for (start, end), numbers in sorted(spans.items()):
        if start < position:  # a sentence already covered
            continue
        if start > position:
            segments.append((text[position:start], []))
        segments.append((text[start:end], sorted(set(numbers))))
        position = end
    if position < len(text):
        segments.append((text[position:], []))
    return segments
