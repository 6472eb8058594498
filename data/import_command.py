"""``python -m data import``: the command line of :mod:`data.importers.cli`, kept light.

Loading the importers (pandas, pandera, geopandas, the gazetteer) takes seconds on
a busy machine.  A file whose size, or whose archive directory, already passes a
limit (:mod:`data.limits`) is refused here first, before any of that is imported:
a 1 MB ZIP that expands to 1.2 GB is answered at once, in little memory.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from data.limits import LimitExceeded, Limits, check_archive

# The registry's format names (data.importers.FORMATS; a test keeps the two equal).
FORMAT_NAMES = ("acled", "bellingcat", "canonical", "cir", "ucdp", "viina")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register the ``import`` sub-command."""
    parser = subparsers.add_parser(
        "import",
        help="import ACLED, UCDP, CIR, Bellingcat, VIINA or Strike Map files into canonical CSV",
        description=_DESCRIPTION,
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="file(s) to import")
    parser.add_argument(
        "--format", choices=FORMAT_NAMES, default=None, help="force the format instead of detecting it"
    )
    parser.add_argument("--out", required=True, type=Path, help="canonical CSV file to write")
    return parser


_DESCRIPTION = (
    "Writes the imported events as canonical CSV and prints a JSON summary to stdout: format, rows_in, "
    "rows_loaded, rows_rejected and each rejected row with its reason. Exit status: 0 when every file "
    "was read (rows may still be rejected), 1 when a file could not be read at all, 2 for a usage error."
)


def refusal(path: Path, limits: Limits) -> str | None:
    """Why ``path`` is refused before reading it, or None: its size, or its archive directory."""
    try:
        size = path.stat().st_size
        if size > limits.max_upload_bytes:
            return str(
                LimitExceeded(
                    path.name,
                    "max_upload_bytes",
                    limits.max_upload_bytes,
                    "limit_file_size",
                    size_bytes=size,
                    limit_bytes=limits.max_upload_bytes,
                )
            )
        with path.open("rb") as file:
            if file.read(4) != b"PK\x03\x04":
                return None
        check_archive(path.name, path.read_bytes(), limits)
    except LimitExceeded as err:
        return str(err)
    except OSError:
        return None  # the full import says why it cannot be read
    return None


def run(args: argparse.Namespace) -> int:
    """Refuse what is certainly too large, then run the import (:func:`data.importers.cli.run`)."""
    limits = Limits.from_settings()
    if len(args.paths) == 1:
        reason = refusal(args.paths[0], limits)
        if reason:
            json.dump({"file": args.paths[0].name, "error": reason}, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 1
    from data.importers import cli

    return cli.run(args)
