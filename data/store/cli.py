"""``python -m data store export OUT.csv`` and ``python -m data store import FILE``.

Backups and moves between databases, in the canonical events format (CSV, or GeoJSON
when the name ends in ``.geojson``).  An export imported into an empty store and
exported again gives the same bytes.  The database is ``--database URL``, else
``STRIKE_MAP_DATABASE_URL``, else the app's SQLite file.  The command line never seeds
a store with the embedded report, so a restore into a new database holds exactly the
file.  Exit status: 0 done, 1 refused (bad file, ids already stored), 2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from data.events_io import EventsFileError, events_to_csv, events_to_geojson, load_events
from data.store.config import database_url, describe_url, normalise_url
from data.store.records import StoreValidationError
from data.store.store import EventStore, StoreError
from data.store.writer import authorise_writer


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register the ``store`` sub-command and its ``export`` / ``import`` actions."""
    parser = subparsers.add_parser(
        "store",
        help="export the event store to a file, or import a file into it",
        description=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument(
        "--database",
        default=None,
        help="database URL (default: STRIKE_MAP_DATABASE_URL or the app's SQLite file)",
    )
    actions = parser.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write every stored event to a canonical CSV or GeoJSON file")
    export.add_argument("out", type=Path, metavar="OUT", help="file to write (.csv or .geojson)")
    load = actions.add_parser("import", help="add a canonical events file to the store as one batch")
    load.add_argument("path", type=Path, metavar="FILE", help="canonical CSV or GeoJSON events file")
    load.add_argument(
        "--label", default=None, help="what the batch is called in the history (default: the file name)"
    )
    load.add_argument(
        "--replace",
        action="store_true",
        help="events whose id is already stored replace the stored ones (a revision); the history keeps both",
    )
    load.add_argument(
        "--by", default=None, help="who is importing, for the history (default: the system user)"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Run ``store export`` or ``store import``; print a JSON summary; return the exit status."""
    # An explicit --database wins over the environment (unlike the app's secrets).
    url = normalise_url(args.database) if args.database else database_url()
    store = EventStore.open(url, seed=False)
    try:
        if args.action == "export":
            events = store.load_events()
            content = (
                events_to_geojson(events) if args.out.suffix.lower() == ".geojson" else events_to_csv(events)
            )
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_bytes(content)
            summary = {
                "database": describe_url(url),
                "events": len(events),
                "revision": store.revision(),
                "out": str(args.out),
            }
            code = 0
        else:
            summary = {"database": describe_url(url), "file": str(args.path)}
            try:
                events = load_events(args.path)
                writer = authorise_writer(args.by or getpass.getuser() or "command line", "cli")
                result = store.add_batch(
                    events,
                    writer,
                    label=args.label or args.path.name,
                    kind="import",
                    replace_existing=args.replace,
                )
                summary.update(batch=result.batch_id, added=result.added, replaced=result.replaced)
                code = 0
            except (OSError, EventsFileError, StoreError, StoreValidationError) as err:
                summary["error"] = str(err)
                code = 1
    finally:
        store.dispose()
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return code
