"""``python -m data schema-doc [--check README.md]``: the README's column table, from the schema.

Prints the Markdown table generated from :class:`data.schema.EventsModel`.  With
``--check FILE`` it prints nothing and exits 1 when the file does not contain that
table exactly (paste the printed table into the file to fix it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from data.schema import column_table


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register the ``schema-doc`` sub-command."""
    parser = subparsers.add_parser(
        "schema-doc",
        help="print the README's column table, generated from the schema",
        description=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument(
        "--check", type=Path, default=None, metavar="FILE", help="fail if FILE lacks the table"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Print the table, or check that a file holds it; return the exit status."""
    table = column_table()
    if args.check is None:
        sys.stdout.write(table)
        return 0
    if table in args.check.read_text(encoding="utf-8"):
        return 0
    print(
        f"{args.check} does not hold the schema's column table; run `python -m data schema-doc`.",
        file=sys.stderr,
    )
    return 1
