"""``python -m data import PATH [PATH ...] [--format NAME] --out OUT.csv``.

Writes the imported events as canonical CSV and prints a JSON summary to stdout:
``format``, ``rows_in``, ``rows_loaded``, ``rows_rejected`` and each rejected row
with its reason.  With several files the summary has totals and one entry per
file.  Exit status: 0 when every file was read (rows may still be rejected), 1
when a file could not be read at all, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from data.events_io import events_to_csv
from data.importers import FORMATS, import_files
from data.limits import Limits, describe_bytes


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register the ``import`` sub-command."""
    parser = subparsers.add_parser(
        "import",
        help="import ACLED, UCDP, CIR, Bellingcat, VIINA or Strike Map files into canonical CSV",
        description=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="file(s) to import")
    parser.add_argument(
        "--format", choices=sorted(FORMATS), default=None, help="force the format instead of detecting it"
    )
    parser.add_argument("--out", required=True, type=Path, help="canonical CSV file to write")
    return parser


def run(args: argparse.Namespace) -> int:
    """Import the files, write ``--out``, print the JSON summary; return the exit status."""
    limits = Limits.from_settings()
    files = []
    errors: dict[str, str] = {}
    for path in args.paths:
        try:
            # Checked before reading: a file past the limit never enters memory.
            size = path.stat().st_size
            if size > limits.max_upload_bytes:
                errors[path.name] = (
                    f"{path.name}: the file has {describe_bytes(size)}, more than "
                    f"{describe_bytes(limits.max_upload_bytes)} (limit max_upload_bytes). Nothing was loaded "
                    "from it. Set STRIKE_MAP_MAX_UPLOAD_BYTES to raise the limit."
                )
                continue
            files.append((path.name, path.read_bytes()))
        except OSError as err:
            errors[path.name] = f"{path} cannot be read: {err.strerror or err}."
    batch = import_files(files, fmt=args.format, limits=limits)
    batch.errors = {**errors, **batch.errors}
    if batch.results:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(events_to_csv(batch.events))
    if len(args.paths) == 1 and batch.results:
        summary = batch.results[0].summary()
    elif len(args.paths) == 1:
        summary = {"file": args.paths[0].name, "error": next(iter(batch.errors.values()))}
    else:
        summary = batch.summary()
    if batch.results:
        summary["out"] = str(args.out)
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 1 if batch.errors else 0
