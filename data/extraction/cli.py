"""``python -m data extract REPORT.txt [--report-date YYYY-MM-DD]``: a report's events as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from data.extraction.extract import candidate_record, extract_events, report_id


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from err


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``extract`` sub-command."""
    parser = subparsers.add_parser(
        "extract",
        help="extract attack events from a news report (text file)",
        description="Print the attacks a news report describes as a JSON list of events "
        "(canonical field names, plus the sentences each value came from).",
    )
    parser.add_argument("path", help="the report as a UTF-8 text file, or - for standard input")
    parser.add_argument(
        "--report-date",
        type=_date,
        default=None,
        help="publication date, to resolve 'on Monday', 'yesterday' and days without a year",
    )
    parser.add_argument(
        "--language",
        choices=("en", "uk", "ru"),
        default=None,
        help="the report's language (default: detected from its letters)",
    )


def run(args: argparse.Namespace) -> int:
    """Extract and print; exit status 2 when the file cannot be read."""
    try:
        text = sys.stdin.read() if args.path == "-" else Path(args.path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        print(f"cannot read {args.path}: {err}", file=sys.stderr)
        return 2
    prefix = report_id(text)
    records = []
    for number, event in enumerate(
        extract_events(text, args.report_date, getattr(args, "language", None)), start=1
    ):
        record = {"event_id": f"{prefix}-{number:02d}", **candidate_record(event)}
        record["source_date"] = args.report_date.isoformat() if args.report_date else None
        records.append(record)
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0
