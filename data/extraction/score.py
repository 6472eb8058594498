"""Score the extractor against hand-labelled reports: ``python -m data.extraction.score [--dir DIR]``.

Each report ``NAME.txt`` in the directory has ``NAME.json`` beside it::

    {"report_date": "2025-03-13" or null,
     "language": "en" | "uk" | "ru" (optional: detected when left out),
     "score_attributes": true (optional: false when weapon, target and date are not labelled),
     "events": [{"location": "Dnipro", "geo_precision": "settlement", "killed": 12,
                 "killed_at_least": true, ...}],
     "not_places": ["London"]}

A count left out of an expected event is "not reported" (null), and its flag false.
Events are paired by place: the gazetteer's place when the name resolves (so "Kharkov",
"Харків" and "Kharkiv" pair), else the settlements table's village by its national romanisation
("Новоселівка", "Novoselivka"), else the folded name; events without a place by target. A region pairs by the
region it names, however written ("Kharkiv", "Kharkiv Oblast", "Kharkiv region"). A label that
gives ``oblast_iso`` pairs only with an event in that oblast: a namesake elsewhere is a miss and an extra.
The directory may be anywhere: a private set of real reports is scored the same way
as the project's own fixtures, and its texts never need to enter the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from data.extraction.extract import COUNT_FIELDS, candidate_record, extract_events
from data.extraction.language import detect_language
from data.extraction.misses import (
    COUNT_KINDS,
    EXTRA_KINDS,
    PLACE_NAMED_NOT_TAKEN,
    PLACE_OTHER_OBLAST,
    count_miss,
    extra_kind,
    left_out_at,
    named_places,
    not_read_why,
    place_miss,
    written_values,
)
from data.extraction.trace import tracing
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.romanisation import national_spelling, romanize_ukrainian
from geo.settlements import find_settlements

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "reports"
ADULT_FIELDS = ("killed", "injured")
CHILD_FIELDS = ("children_killed", "children_injured")
LANGUAGE_GROUPS = {"en": "English", "uk": "Ukrainian and Russian", "ru": "Ukrainian and Russian"}


@dataclass
class ReportScore:
    """What one report got right."""

    name: str
    language: str = "en"
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    counts_right: int = 0
    counts_total: int = 0
    adult_counts_right: int = 0
    adult_counts_total: int = 0
    child_counts_right: int = 0
    child_counts_total: int = 0
    children_overcounted: int = 0
    attributes_right: int = 0
    attributes_total: int = 0
    forbidden_places: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # (group, kind) of every wrong count and extra event: see data/extraction/misses.py
    misses: Counter = field(default_factory=Counter)
    # the step that left out each labelled place read but made no event (data/extraction/trace.py)
    left_out_at: Counter = field(default_factory=Counter)
    # what each labelled place the reader never found is (misses.not_read_why)
    not_read: Counter = field(default_factory=Counter)


def place_key(event: dict) -> tuple[str, str]:
    """How events are paired: the place and its precision, or the target when unplaced.

    A name the gazetteer lacks is looked up in the settlements table (``geo/settlements.py``), in Ukrainian or
    Latin, and paired by its national romanisation ("Новоселівка", "Novoselivka"); so is a village put at its
    oblast because the report does not say which of that oblast's namesakes it is. A Cyrillic name neither table
    knows is romanised ("Вербівочка", "Verbivochka").
    """
    location = event.get("location")
    if not location:
        return ("unplaced", str(event.get("target", "unknown")))
    precision = str(event.get("geo_precision", "settlement"))
    if precision == "oblast" and find_oblast(location) is None and _settlement_name(location, None):
        precision = "settlement"  # (a village at its oblast's point: "Novoselivka", one of several there)
    key = normalize_name(location)
    oblast = find_oblast(location) if precision == "oblast" else None
    if oblast is not None:
        # However the label writes the region ("Kharkiv", "Kharkiv Oblast", "Kharkiv region"), it is one region.
        return (normalize_name(oblast.name), "oblast")
    gazetteer = load_gazetteer()
    rows = gazetteer.primary.get(key) or gazetteer.index.get(key)
    if precision == "settlement" and rows:
        key = normalize_name(gazetteer.places.name.iloc[gazetteer.rank(rows)[0]])
    elif precision != "oblast":
        found = _settlement_name(location, event.get("oblast_iso"))
        if found is None and not location.isascii():
            # A village neither table knows, written as the report writes it ("Вербівочка"), pairs with a label in
            # its national romanisation ("Verbivochka")
            found = romanize_ukrainian(location)
        key = normalize_name(found or location)
    return (key, "oblast" if precision == "oblast" else "settlement")


def _settlement_name(location: str, oblast_iso: str | None) -> str | None:
    """The national romanisation of a settlement the table knows by ``location`` (in its oblast first)."""
    spellings = [location]
    if location.isascii() and national_spelling(location) != location:
        spellings.append(national_spelling(location))  # ("Khotiyivka": Khotiivka)
    for spelling in spellings:
        found = (find_settlements(spelling, oblast_iso) if oblast_iso else []) or find_settlements(spelling)
        if found:
            return found[0].name
    return None


# The city and the oblast around it: a label may give either for Kyiv or Sevastopol.
_SAME_OBLAST = {"UA-30": "UA-32", "UA-40": "UA-43"}


def same_oblast(want: dict, got: dict) -> bool:
    """Whether a labelled event and the extractor's event paired by name are in the same oblast.

    Only a label that gives ``oblast_iso`` is checked, and only against an extractor's event that has one: so
    "Novoselivka" of Kharkiv oblast does not pair with a Novoselivka of Zaporizhzhia oblast.
    """
    wanted, found = want.get("oblast_iso"), got.get("oblast_iso")
    if not wanted or not found:
        return True
    return _SAME_OBLAST.get(wanted, wanted) == _SAME_OBLAST.get(found, found)


def expected_counts(event: dict) -> dict[str, tuple[int | None, bool]]:
    """Each count of an expected event as ``(value, at_least)``; left out = ``(None, False)``."""
    return {name: (event.get(name), bool(event.get(f"{name}_at_least", False))) for name in COUNT_FIELDS}


def load_fixture(path: Path) -> tuple[str, dict]:
    """The report text and its labels."""
    labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return path.read_text(encoding="utf-8"), labels


def predict(text: str, labels: dict) -> list[dict]:
    """The extractor's events for a labelled report, as records."""
    report_date = labels.get("report_date")
    date = dt.date.fromisoformat(report_date) if report_date else None
    return [candidate_record(e) for e in extract_events(text, date)]


def score_report(path: Path) -> ReportScore:
    """Compare the extractor's events for one report with its labels."""
    text, labels = load_fixture(path)
    with tracing() as traced:
        predicted = predict(text, labels)
    expected = labels["events"]
    score = ReportScore(
        path.stem, labels.get("language") or detect_language(text), len(expected), len(predicted)
    )
    by_key = {place_key(e): e for e in predicted}
    forbidden = {normalize_name(n) for n in labels.get("not_places", [])}
    score.forbidden_places = [
        e["location"] for e in predicted if e["location"] and normalize_name(e["location"]) in forbidden
    ]
    attributes = labels.get("score_attributes", True)
    wrong_oblast: set[tuple[str, str]] = set()
    written = written_values(text, score.language)
    named: set[tuple[str, str]] | None = None
    paired: set[tuple[str, str]] = set()
    for want in expected:
        got = by_key.get(place_key(want))
        if place_key(want) in paired:
            # Two labelled events of one place (two namesake villages of one oblast) and one event found: the event
            # pairs with the first label only, and the second is missed, so precision never passes 100%.
            got = None
        paired.add(place_key(want))
        score.counts_total += len(COUNT_FIELDS)
        score.adult_counts_total += len(ADULT_FIELDS)
        score.child_counts_total += len(CHILD_FIELDS)
        if attributes:
            score.attributes_total += 3
        if got is None:
            score.problems.append(f"missed {place_key(want)}")
            if named is None:
                named = named_places(text, score.language, place_key)
            kind = place_miss(place_key(want), named)
            _missed_whole(score, kind)
            if kind == PLACE_NAMED_NOT_TAKEN:
                score.left_out_at[left_out_at(place_key(want), traced, score.language, place_key)] += 1
            else:
                score.not_read[not_read_why(want, text)] += 1
            continue
        if not same_oblast(want, got):
            # A namesake in another oblast is another place: the label's is missed and the extractor's is extra.
            score.problems.append(
                f"missed {place_key(want)} in {want.get('oblast_iso')}: found a namesake in {got.get('oblast_iso')}"
            )
            wrong_oblast.add(place_key(want))
            _missed_whole(score, PLACE_OTHER_OBLAST)
            continue
        score.matched += 1
        for name, value in expected_counts(want).items():
            kind = count_miss(value, (got[name], got[f"{name}_at_least"]), written)
            if kind is None:
                score.counts_right += 1
                if name in ADULT_FIELDS:
                    score.adult_counts_right += 1
                else:
                    score.child_counts_right += 1
            else:
                score.misses[(_group(name), kind)] += 1
                score.problems.append(
                    f"{want.get('location')}: {name} {got[name]}/{got[f'{name}_at_least']} != {value[0]}/{value[1]}"
                )
            if name in CHILD_FIELDS and (got[name] or 0) > (value[0] or 0):
                # More children than the report names: an adult (or a total) was read as a child.
                score.children_overcounted += 1
                score.problems.append(f"{want.get('location')}: {name} counts an adult as a child")
        if not attributes:
            continue
        for name in ("weapon", "target", "date"):
            wanted = want.get(name, None if name == "date" else "unknown")
            if got[name] == wanted:
                score.attributes_right += 1
            else:
                score.problems.append(f"{want.get('location')}: {name} {got[name]!r} != {wanted!r}")
    extra = set(by_key) - ({place_key(w) for w in expected} - wrong_oblast)
    score.problems += [f"extra {key}" for key in sorted(extra)]
    for key in extra:
        score.misses[("events", extra_kind(by_key[key], COUNT_FIELDS))] += 1
    return score


def _group(count: str) -> str:
    return "killed and injured" if count in ADULT_FIELDS else "children"


def _missed_whole(score: ReportScore, kind: str) -> None:
    """A labelled event with no event paired: each of its counts is lost by the place."""
    for name in COUNT_FIELDS:
        score.misses[(_group(name), kind)] += 1


def _share(right: int, total: int) -> float:
    return right / total if total else 1.0


def summarize(scores: list[ReportScore]) -> dict[str, float]:
    """Totals over some scored reports (see :func:`score_directory`)."""
    expected = sum(s.expected for s in scores)
    predicted = sum(s.predicted for s in scores)
    matched = sum(s.matched for s in scores)
    precision, recall = _share(matched, predicted), _share(matched, expected)
    return {
        "reports": len(scores),
        "expected_events": expected,
        "predicted_events": predicted,
        "place_precision": precision,
        "place_recall": recall,
        "place_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "counts_exact": _share(sum(s.counts_right for s in scores), sum(s.counts_total for s in scores)),
        "killed_injured_exact": _share(
            sum(s.adult_counts_right for s in scores), sum(s.adult_counts_total for s in scores)
        ),
        "children_exact": _share(
            sum(s.child_counts_right for s in scores), sum(s.child_counts_total for s in scores)
        ),
        "adults_as_children": sum(s.children_overcounted for s in scores),
        "attributes_exact": _share(
            sum(s.attributes_right for s in scores), sum(s.attributes_total for s in scores)
        ),
        "forbidden_places": sum(len(s.forbidden_places) for s in scores),
    }


def score_directory(directory: Path = DEFAULT_DIR) -> tuple[list[ReportScore], dict[str, float]]:
    """Score every labelled report in ``directory``.

    Returns
    -------
    scores, totals
        One :class:`ReportScore` per report, and the totals over all of them:
        ``place_precision``, ``place_recall``, ``place_f1``, ``counts_exact``
        (share of the four counts of every expected event that are exactly
        right, value and lower-bound flag), ``killed_injured_exact`` and
        ``children_exact`` (the same over two counts each), ``adults_as_children``
        (children counts above the labelled number: must be 0),
        ``attributes_exact`` (weapon, target, date), ``forbidden_places``.
    """
    # A report is a .txt with its labels beside it: notes and URL lists kept in the same folder are not reports.
    reports = [path for path in sorted(Path(directory).glob("*.txt")) if path.with_suffix(".json").exists()]
    scores = [score_report(path) for path in reports]
    return scores, summarize(scores)


INTERVAL_MEASURES = ("place_f1", "killed_injured_exact", "children_exact")


def bootstrap_interval(
    scores: list[ReportScore], resamples: int = 2000, seed: int = 0
) -> dict[str, tuple[float, float]]:
    """A 95% interval for each of :data:`INTERVAL_MEASURES`, resampling whole reports with replacement.

    Forty reports give wide intervals: a change of a few points between two runs of one set can be chance. The
    report is the unit resampled because its events are not independent (one roundup's places share a reader).
    The seed is fixed, so the same scores always give the same interval.
    """
    rng = np.random.default_rng(seed)
    draws: dict[str, list[float]] = {name: [] for name in INTERVAL_MEASURES}
    for _ in range(resamples):
        sample = [scores[i] for i in rng.integers(0, len(scores), len(scores))]
        totals = summarize(sample)
        for name in INTERVAL_MEASURES:
            draws[name].append(totals[name])
    return {
        name: (float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5)))
        for name, values in draws.items()
    }


def by_language(scores: list[ReportScore]) -> dict[str, dict[str, float]]:
    """Totals for English and for Ukrainian and Russian, separately."""
    groups: dict[str, list[ReportScore]] = {}
    for s in scores:
        groups.setdefault(LANGUAGE_GROUPS.get(s.language, s.language), []).append(s)
    return {name: summarize(group) for name, group in groups.items()}


def _shown(value: float, percent: bool = True) -> str:
    """A share as printed, never rounded up to a perfect score: one wrong count in 1,443 is 99.9%, not 100.0%."""
    text = f"{value:.1%}" if percent else f"{value:.3f}"
    if value < 1.0 and text in ("100.0%", "1.000"):
        return "99.9%" if percent else "0.999"
    return text


def _print_totals(
    title: str, totals: dict[str, float], interval: dict[str, tuple[float, float]] | None = None
) -> None:
    print(f"== {title}")
    print(
        f"reports: {totals['reports']}, expected events: {totals['expected_events']}, "
        f"predicted: {totals['predicted_events']}"
    )
    print(
        f"places: precision {_shown(totals['place_precision'])}, recall {_shown(totals['place_recall'])}, "
        f"F1 {_shown(totals['place_f1'], percent=False)}"
    )
    print(
        f"killed and injured exactly right (value and lower bound): {_shown(totals['killed_injured_exact'])}"
    )
    print(f"children counts exactly right:                            {_shown(totals['children_exact'])}")
    print(f"all four counts exactly right:                            {_shown(totals['counts_exact'])}")
    print(f"adult counted as a child (must be 0):                     {totals['adults_as_children']}")
    print(f"weapon, target and date exactly right (where labelled):   {_shown(totals['attributes_exact'])}")
    print(f"events placed in a venue or capital abroad:               {totals['forbidden_places']}")
    if interval:
        f1, killed, children = (interval[name] for name in INTERVAL_MEASURES)
        print(
            f"95% interval over reports (bootstrap): places F1 {f1[0]:.3f}-{f1[1]:.3f}, "
            f"killed and injured {killed[0]:.1%}-{killed[1]:.1%}, children {children[0]:.1%}-{children[1]:.1%}"
        )


def misses_by_kind(scores: list[ReportScore]) -> dict[str, Counter]:
    """The wrong counts of some reports by group ("killed and injured", "children", "events") and kind."""
    groups: dict[str, Counter] = {"killed and injured": Counter(), "children": Counter(), "events": Counter()}
    for s in scores:
        for (group, kind), n in s.misses.items():
            groups[group][kind] += n
    return groups


def _print_misses(scores: list[ReportScore]) -> None:
    groups = misses_by_kind(scores)
    totals = {
        "killed and injured": sum(s.adult_counts_total for s in scores),
        "children": sum(s.child_counts_total for s in scores),
    }
    for group, total in totals.items():
        wrong = sum(groups[group].values())
        print(f"  {group}: {wrong} of {total} counts wrong")
        for kind in COUNT_KINDS:
            if groups[group][kind]:
                print(
                    f"    {kind + ':':36} {groups[group][kind]:4} ({_shown(groups[group][kind] / total)} of all)"
                )
    steps = sum((s.left_out_at for s in scores), Counter())
    if steps:
        print(
            f"  places read, no event made ({sum(steps.values())} labelled), by the step that left them out:"
        )
        for step, n in steps.most_common():
            print(f"    {step + ':':62} {n:4}")
    unread = sum((s.not_read for s in scores), Counter())
    if unread:
        print(f"  places not read ({sum(unread.values())} labelled), by what they are:")
        for what, n in unread.most_common():
            print(f"    {what + ':':62} {n:4}")
    extra = groups["events"]
    print(
        f"  events the labels lack: {sum(extra.values())}"
        + "".join(f"; {kind} {extra[kind]}" for kind in EXTRA_KINDS if extra[kind])
    )


def main(argv: list[str] | None = None) -> int:
    """Print a line per report, its problems with ``-v``, then the totals by language."""
    parser = argparse.ArgumentParser(
        prog="python -m data.extraction.score", description=__doc__.splitlines()[0]
    )
    parser.add_argument("directory", nargs="?", type=Path, default=None)
    parser.add_argument("--dir", dest="dir", type=Path, default=None, help="labelled reports (default: ours)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list what each report got wrong")
    parser.add_argument(
        "--interval", action="store_true", help="add 95%% bootstrap intervals over reports to each total"
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="add where the wrong counts sit, by kind (data/extraction/misses.py)",
    )
    args = parser.parse_args(argv)
    directory = args.dir or args.directory or DEFAULT_DIR
    scores, totals = score_directory(directory)
    for s in scores:
        print(
            f"{s.name:36} [{s.language}] events {s.matched}/{s.expected} found, {s.predicted} predicted; "
            f"counts {s.counts_right}/{s.counts_total} exact"
        )
        if args.verbose:
            for problem in s.problems:
                print(f"    {problem}")
    print()

    def show(title: str, group: list[ReportScore]) -> None:
        _print_totals(title, summarize(group), bootstrap_interval(group) if args.interval else None)
        if args.misses:
            _print_misses(group)

    for name in by_language(scores):
        members = [s for s in scores if LANGUAGE_GROUPS.get(s.language, s.language) == name]
        show(name, members)
        # A group of two languages is also given language by language (the targets are per group)
        languages = sorted({s.language for s in members})
        if len(languages) > 1:
            for language in languages:
                show(f"{name}: {language} only", [s for s in members if s.language == language])
    show("all", scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
