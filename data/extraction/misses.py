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

A place read and left out is put under the step that left it out (:func:`left_out_at`, from the trace of
:mod:`data.extraction.trace`): the sentence naming it was read as a recall, another day's attack, a title..., or an
event was made and a settling step took it away. Those are counted per labelled place, not per count. A place not read is put under what its name is
(:func:`not_read_why`): a region, a name neither table of places knows, a village only the settlements table knows,
or a place the gazetteer knows, written in the report as labelled (the reader passed it by) or otherwise (another
spelling or case the reader did not match).

Every kind is counted per count, as the scorer counts: a missed place loses its killed and its injured, and so on.
``python -m data.extraction.score --misses DIR`` prints the totals: they name no report and quote no text, so a held-out
set can be traced without being read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from data.extraction import numbers, trace
from data.extraction.rules import rules_for
from data.extraction.sentences import split_sentences
from data.extraction.slavic import numbers as slavic_numbers
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.settlements import find_settlements

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
    return {
        key_of_mention(m, key) for _, _, ms in clause_mentions(split_sentences(text), language) for m in ms
    }


def clause_mentions(sentences: list, language: str) -> Iterator[tuple[int, str, list]]:
    """Each clause of ``sentences`` (data.extraction.sentences) with its position and the places the language's place
    reader finds in it."""
    rules = rules_for(language)
    for position, sentence in enumerate(sentences):
        for clause in rules.split_clauses(sentence.text):
            yield position, clause, rules.find_places(clause)


def key_of_mention(mention, key: Callable[[dict], tuple[str, str]]) -> tuple[str, str]:
    """The scorer's key (``key``) of a place the reader found."""
    return key({"location": mention.place_name or mention.name, "geo_precision": mention.precision})


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


def left_out_at(
    want_key: tuple[str, str], traced: trace.Trace, language: str, key: Callable[[dict], tuple[str, str]]
) -> str:
    """The step of the extractor that left out a labelled place its place reader found (see
    :mod:`data.extraction.trace`): a settling step that took its event away, else the step that left the first
    sentence of the body naming it (a title only when no sentence of the body names it)."""
    for location, precision, step in traced.dropped:
        if location and key({"location": location, "geo_precision": precision}) == want_key:
            return f"made, then taken away: {step}"
    skipped_clauses = {(position, clause): step for position, clause, step in traced.clause_skips}
    steps = []
    for position, clause, found in clause_mentions(traced.sentences, language):
        mentions = [m for m in found if key_of_mention(m, key) == want_key]
        if mentions:
            if position in traced.skipped:
                steps.append(traced.skipped[position])
            elif (position, clause) in skipped_clauses:
                steps.append(skipped_clauses[(position, clause)])
            elif not any(m.strong for m in mentions):
                steps.append(trace.SPEAKER)
            else:
                steps.append(trace.IN_ATTACK_SENTENCE)
    body = [step for step in steps if step != trace.TITLE]
    return (body or steps or [UNTRACED])[0]


# A place read in the raw text that no sentence of the trace names (the reader rejoined or re-lettered it)
UNTRACED = "not found in the trace"


NOT_READ_REGION = "a region"
NOT_READ_UNKNOWN = "a name neither table of places knows"
NOT_READ_TABLE_ONLY = "a village only the settlements table knows"
NOT_READ_AS_WRITTEN = "a place the gazetteer knows, written as labelled"
NOT_READ_OTHERWISE = "a place the gazetteer knows, written otherwise"


def not_read_why(want: dict, text: str) -> str:
    """What a labelled place the place reader never found is: a region, a name no table knows, a village only the
    settlements table knows, or a place the gazetteer knows, written in ``text`` as labelled (its Latin name, or the
    stem of its Ukrainian one) or otherwise. Says which table or reading to work on, without quoting the report."""
    location = str(want.get("location") or "")
    if want.get("geo_precision") == "oblast" and find_oblast(location) is not None:
        return NOT_READ_REGION
    gazetteer = load_gazetteer()
    key = normalize_name(location)
    rows = gazetteer.primary.get(key) or gazetteer.index.get(key)
    if not rows:
        return NOT_READ_TABLE_ONLY if find_settlements(location, want.get("oblast_iso")) else NOT_READ_UNKNOWN
    place = gazetteer.places.iloc[gazetteer.rank(rows)[0]]
    names = [location, str(place["name"])]
    if isinstance(place.get("name_uk"), str) and place["name_uk"]:
        # the Ukrainian name without its last letter, so its cases are found too ("Сміл" of "у Смілі"), nor a last
        # к, г or х, which the locative turns to ц, з, с ("Шост" of "у Шостці")
        stem = place["name_uk"][:-1] if len(place["name_uk"]) > 4 else place["name_uk"]
        names.append(stem[:-1] if stem[-1:] in ("к", "г", "х") else stem)
    written = any(re.search(r"(?<!\w)" + re.escape(name), text, re.IGNORECASE) for name in names if name)
    return NOT_READ_AS_WRITTEN if written else NOT_READ_OTHERWISE
