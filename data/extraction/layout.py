"""A roundup's layout: which lines head the items that follow them.

Daily roundups are laid out before they are written: a place's name on a line of its own above what
happened there ("Antonivka" / "A woman was hurt by a drone."), a region's name above the places in it
("Kherson region" / "Antonivka" / ...), or an item opened by its place and a colon ("Velyka Pysarivka
community: mortar fire, 14 explosions."). The sentence rules read one sentence at a time and would give
the item's figures to the last place a sentence named. Reading the layout first says which place each
item is about, so each place keeps its own figures, and which region the places below a heading are in.

The functions here see only the text's shape; whether a heading is a place is for the caller to say
(``extract.py`` asks the gazetteer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from data.extraction.sentences import ITEM_HEAD, Sentence

# A heading line: a few capitalised words, maybe a kind of area after them ("Kherson region", "Kindiika",
# "Velyka Pysarivka community", "Nikopol district"), nothing else, no closing punctuation.
_HEADING = re.compile(
    r"^[-–—•*]?\s*(?P<name>[A-Z][\w'’.-]*(?:[\s-]+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+(?:region|oblast|district|raion|community|hromada|city|town|village))?)\s*$"
)
# Lines that end an item: what follows them is no longer about the place above ("Victims: 1 dead, 4 hurt.",
# "Source: the regional police.", "In total, ...", "Recall").
_CLOSING = re.compile(
    r"^\W*(?:victims|source|sources|in\s+total|total|overall|altogether|recall|background|details|addendum"
    r"|let\s+us\s+remind|as\s+a\s+reminder|earlier|read\s+also|photo)\b",
    re.IGNORECASE,
)


def heading_lines(sentences: Sequence[Sentence]) -> dict[int, str]:
    """The sentences that may head an item, by their position: a short line of a name alone.

    The first line is the report's title, never a heading; a line that closes an item ("Victims: ...",
    "Recall") is none either.

    Parameters
    ----------
    sentences
        The report's sentences, as ``split_sentences`` gives them (a line without closing punctuation is
        a headline).

    Returns
    -------
    dict of int to str
        Position of each heading among ``sentences`` and the name it gives, bullets and spaces taken off.
    """
    headings: dict[int, str] = {}
    for position, sentence in enumerate(sentences):
        if position == 0 or not sentence.headline or _CLOSING.match(sentence.text):
            continue
        match = _HEADING.match(sentence.text.strip())
        if match and len(match.group("name").split()) <= 4:
            headings[position] = match.group("name")
    return headings


def closes_item(sentence: Sentence) -> bool:
    """Whether the line ends the item above it ("Victims: 2 dead, 11 hurt.", "Source: police.", "Recall")."""
    return bool(_CLOSING.match(sentence.text))


def item_head(text: str) -> str | None:
    """The community or district an item opens with ("Seredyna-Buda community: ..."), if it opens with one.

    >>> item_head("Krasnopillia community: artillery fire (6 explosions).")
    'Krasnopillia community'
    >>> item_head("Victims: 1 dead, 3 wounded.") is None
    True
    """
    match = ITEM_HEAD.match(text)
    return match.group("head") if match else None


# "In the Nikopol district, ...", "In Synelnykove district: ...": a sentence opened by the district it is about.
_DISTRICT_OPENING = re.compile(
    r"^\W*In\s+(?P<district>(?:the\s+)?[A-Z][\w'’-]+\s+(?:district|raion))\b(?!\s+of\b)", re.IGNORECASE
)
# "the district centre": the town the district is named after
DISTRICT_CENTRE = re.compile(
    r"\b(?:the\s+)?(?:district|raion)(?:'s)?\s+(?:cent(?:re|er)|capital|seat)\b", re.IGNORECASE
)
_DISTRICT_NAMED = re.compile(r"\b[A-Z][\w'’-]+\s+(?:district|raion)\b")


def district_opening(text: str) -> str | None:
    """The district a sentence opens with ("In the Nikopol district, ..."): it heads what follows.

    >>> district_opening("In the Nikopol district, drones hit the district centre.")
    'the Nikopol district'
    """
    match = _DISTRICT_OPENING.match(text)
    return match.group("district") if match else None


def with_district(text: str, district: str | None) -> str:
    """A sentence that names "the district centre" but not the district, read under the district heading it
    is in ("A woman was hurt in the district centre." after "In the Nikopol district, ...")."""
    if district and DISTRICT_CENTRE.search(text) and not _DISTRICT_NAMED.search(text):
        return f"In {district}: {text}"
    return text


def list_runs(sentences: Sequence[Sentence], headings: dict[int, str]) -> list[list[int]]:
    """The lists laid out over lines: runs of headings one under the other ("Kupiansk" / "Borova" / "Izium"), and
    runs of bulleted items told with the same lead ("Settlements under fire:" / "- Kupiansk" / "- Borova"), by their
    positions among ``sentences``.  A list over lines is one list, as a list in a sentence is: its places are of the
    oblast most of them are in.

    >>> from data.extraction.sentences import split_sentences
    >>> lines = split_sentences("Title\\n\\nHit over the day:\\n- Kupiansk\\n- Borova\\n- Izium\\nNo one was hurt.")
    >>> [[lines[p].text for p in run] for run in list_runs(lines, {})]
    [['- Kupiansk', '- Borova', '- Izium']]
    """
    runs: list[list[int]] = []
    for position, sentence in enumerate(sentences):
        previous = position - 1
        if position in headings:
            joined = bool(runs) and runs[-1][-1] == previous and previous in headings
        elif sentence.lead:
            joined = bool(runs) and runs[-1][-1] == previous and sentences[previous].lead == sentence.lead
        else:
            continue
        if joined:
            runs[-1].append(position)
        else:
            runs.append([position])
    return [run for run in runs if len(run) >= 3]
