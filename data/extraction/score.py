"""Score the extractor against hand-labelled reports: ``python -m data.extraction.score [DIR]``.

Each report ``NAME.txt`` in the directory has ``NAME.json`` beside it::

    {"report_date": "2025-03-13" or null,
     "events": [{"location": "Dnipro", "geo_precision": "settlement", "killed": 12,
                 "killed_at_least": true, ...}],
     "not_places": ["London"]}

A count left out of an expected event is "not reported" (null), and its flag false.
Events are paired by place (name and precision; events without a place by target).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from data.extraction.extract import COUNT_FIELDS, candidate_record, extract_events
from geo.gazetteer import normalize_name

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "reports"


@dataclass
class ReportScore:
    """What one report got right."""

    name: str
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    counts_right: int = 0
    counts_total: int = 0
    attributes_right: int = 0
    attributes_total: int = 0
    forbidden_places: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def place_key(event: dict) -> tuple[str, str]:
    """How events are paired: the place and its precision, or the target when unplaced."""
    location = event.get("location")
    if not location:
        return ("unplaced", str(event.get("target", "unknown")))
    return (normalize_name(location), str(event.get("geo_precision", "settlement")))


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
    predicted = predict(text, labels)
    expected = labels["events"]
    score = ReportScore(path.stem, len(expected), len(predicted))
    by_key = {place_key(e): e for e in predicted}
    forbidden = {normalize_name(n) for n in labels.get("not_places", [])}
    score.forbidden_places = [
        e["location"] for e in predicted if e["location"] and normalize_name(e["location"]) in forbidden
    ]
    for want in expected:
        got = by_key.get(place_key(want))
        score.counts_total += len(COUNT_FIELDS)
        score.attributes_total += 3
        if got is None:
            score.problems.append(f"missed {place_key(want)}")
            continue
        score.matched += 1
        for name, value in expected_counts(want).items():
            if (got[name], got[f"{name}_at_least"]) == value:
                score.counts_right += 1
            else:
                score.problems.append(
                    f"{want.get('location')}: {name} {got[name]}/{got[f'{name}_at_least']} != {value[0]}/{value[1]}"
                )
        for name in ("weapon", "target", "date"):
            wanted = want.get(name, None if name == "date" else "unknown")
            if got[name] == wanted:
                score.attributes_right += 1
            else:
                score.problems.append(f"{want.get('location')}: {name} {got[name]!r} != {wanted!r}")
    extra = set(by_key) - {place_key(w) for w in expected}
    score.problems += [f"extra {key}" for key in sorted(extra)]
    return score


def _share(right: int, total: int) -> float:
    return right / total if total else 1.0


def score_directory(directory: Path = DEFAULT_DIR) -> tuple[list[ReportScore], dict[str, float]]:
    """Score every labelled report in ``directory``.

    Returns
    -------
    scores, totals
        One :class:`ReportScore` per report, and the totals: ``place_precision``,
        ``place_recall``, ``counts_exact`` (share of the four counts of every
        expected event that are exactly right, value and lower-bound flag),
        ``attributes_exact`` (weapon, target, date), ``forbidden_places``.
    """
    scores = [score_report(path) for path in sorted(directory.glob("*.txt"))]
    expected = sum(s.expected for s in scores)
    predicted = sum(s.predicted for s in scores)
    matched = sum(s.matched for s in scores)
    totals = {
        "reports": len(scores),
        "expected_events": expected,
        "predicted_events": predicted,
        "place_precision": _share(matched, predicted),
        "place_recall": _share(matched, expected),
        "counts_exact": _share(sum(s.counts_right for s in scores), sum(s.counts_total for s in scores)),
        "attributes_exact": _share(
            sum(s.attributes_right for s in scores), sum(s.attributes_total for s in scores)
        ),
        "forbidden_places": sum(len(s.forbidden_places) for s in scores),
    }
    return scores, totals


def main(argv: list[str] | None = None) -> int:
    """Print a line per report, its problems with ``-v``, then the totals."""
    parser = argparse.ArgumentParser(
        prog="python -m data.extraction.score", description=__doc__.splitlines()[0]
    )
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("-v", "--verbose", action="store_true", help="list what each report got wrong")
    args = parser.parse_args(argv)
    scores, totals = score_directory(args.directory)
    for s in scores:
        print(
            f"{s.name:32} events {s.matched}/{s.expected} found, {s.predicted} predicted; "
            f"counts {s.counts_right}/{s.counts_total} exact"
        )
        if args.verbose:
            for problem in s.problems:
                print(f"    {problem}")
    print()
    print(
        f"reports: {totals['reports']}, expected events: {totals['expected_events']}, predicted: {totals['predicted_events']}"
    )
    print(f"place precision: {totals['place_precision']:.1%}")
    print(f"place recall:    {totals['place_recall']:.1%}")
    print(f"counts exactly right (value and lower bound): {totals['counts_exact']:.1%}")
    print(f"weapon, target and date exactly right:        {totals['attributes_exact']:.1%}")
    print(f"events placed in a venue or capital abroad:   {totals['forbidden_places']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
