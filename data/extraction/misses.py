"""Where the extractor's misses sit: each wrong count of a labelled report put under one kind.

The scorer says how much is right; this says where the rest is lost, so work goes to the stage that loses most:

- a place of the labels with no event: was it *read but not made an event* (the place reader finds it in some clause
  of the report as a possible attack site, and the event builder left it out) or *not read* at all (the gazetteer
  lacks the name, or the place reader took it for a speaker, a venue or a passing mention);
- a count of a paired event that is wrong: *left out* while the figure is written in the report (a number, in figures
  or words, of that value stands somewhere in the text: the count reader or its attribution lost it), *left out* with
  no such figure (a figure the labeller added up, or "a man" read as one), *invented* (the label has none), *too high*
  or *too low*, or right but for the *lower bound* alone;
- an event the labels lack: *extra with figures* or *extra without figures*.

Every kind is counted per count, as the scorer counts: a missed place loses its killed and its injured, and so on.
``python -m data.extraction.score --misses DIR`` prints the totals: they name no report and quote no text, so a held-out
set can be traced without being read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from data.extraction import numbers
from data.extraction.rules import rules_for
from data.extraction.sentences import split_sentences
from data.extraction.slavic import numbers as slavic_numbers

# The kinds, in the order they are printed.
PLACE_NAMED_NOT_TAKEN = "place read, no event made"
PLACE_NOT_RECOGNISED = "place not read"
PLACE_OTHER_OBLAST = "place taken in another oblast"
LEFT_OUT_WRITTEN = "left out, the figure is written"
LEFT_OUT_UNWRITTEN = "left out, no such figure written"
INVENTED = "invented (label: not reported)"
TOO_HIGH = "too high"
TOO_LOW = "too low"
BOUND_ONLY = "right but for the lower bound"
EXTRA_WITH_FIGURES = "extra event with figures"
EXTRA_WITHOUT_FIGURES = "extra event without figures"
COUNT_KINDS = (
    PLACE_NAMED_NOT_TAKEN,
    PLACE_NOT_RECOGNISED,
    PLACE_OTHER_OBLAST,
    LEFT_OUT_WRITTEN,
    LEFT_OUT_UNWRITTEN,
    INVENTED,
    TOO_HIGH,
    TOO_LOW,
    BOUND_ONLY,
)
EXTRA_KINDS = (EXTRA_WITH_FIGURES, EXTRA_WITHOUT_FIGURES)


def written_values(text: str, language: str = "en") -> set[int]:
    """Every value written as a number in ``text``, in figures or in the language's words ("seven", "семеро")."""
    find = numbers.find_numbers if language == "en" else slavic_numbers.find_numbers
    return {number.value for number in find(text) if not number.person}


def named_places(text: str, language: str, key: Callable[[dict], tuple[str, str]]) -> set[tuple[str, str]]:
    """The keys of every place the language's place reader finds in any clause of ``text`` as a possible attack site."""
    rules = rules_for(language)
    found: set[tuple[str, str]] = set()
    for sentence in split_sentences(text):
        for clause in rules.split_clauses(sentence.text):
            for mention in rules.find_places(clause):
                location = mention.place_name or mention.name
                found.add(key({"location": location, "geo_precision": mention.precision}))
    return found


def count_miss(want: tuple[int | None, bool], got: tuple[int | None, bool], written: set[int]) -> str | None:
    """The kind of one count's miss, or None when it is right. Each side is ``(value, at_least)``."""
    if want == got:
        return None
    (wanted, _), (found, _) = want, got
    if wanted == found:
        return BOUND_ONLY
    if found is None:
        return LEFT_OUT_WRITTEN if wanted in written else LEFT_OUT_UNWRITTEN
    if wanted is None:
        return INVENTED
    return TOO_HIGH if found > wanted else TOO_LOW


def place_miss(want_key: tuple[str, str], named: set[tuple[str, str]]) -> str:
    """The kind of a labelled place with no event: read somewhere in the report, or never read."""
    return PLACE_NAMED_NOT_TAKEN if want_key in named else PLACE_NOT_RECOGNISED


def extra_kind(event: dict, fields: Iterable[str]) -> str:
    """An event the labels lack, told apart by whether it carries any of ``fields``."""
    return (
        EXTRA_WITH_FIGURES if any(event.get(name) is not None for name in fields) else EXTRA_WITHOUT_FIGURES
    )
