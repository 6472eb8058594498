"""``python -m data figures``: the page's figure pack from the command line.

For scripts and scheduled reports: the same view as a page URL (its query
parameters), the same map image, chart images, events, sources and README as
the page's "figure pack" button.  Prints a JSON summary on stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "figures",
        help="write the map image, chart images and figure pack for a view of the data",
        description="Write the figure pack (map image, chart images, events CSV, sources, README, citation) "
        "for the events a page URL shows.",
    )
    parser.add_argument(
        "--data", type=Path, help="events file in any supported format (default: the embedded report)"
    )
    parser.add_argument(
        "--query",
        default="",
        help="the page's URL parameters, e.g. 'weapon=drone&oblast=Kharkiv+Oblast&dates=2024-03-01&dates=2024-03-31'",
    )
    parser.add_argument("--out", type=Path, required=True, help="folder to write into (created if missing)")
    parser.add_argument(
        "--size", choices=["web", "print"], default="web", help="size of map.png (default: web)"
    )
    parser.add_argument(
        "--date", type=dt.date.fromisoformat, help="date printed on the figures (default: today)"
    )
    parser.add_argument("--url", help="the page's address for this view, added to the citation")


def _load(path: Path | None):
    if path is None:
        from data.embedded import load_embedded_events

        return load_embedded_events(), []
    from data.importers import import_path

    # The page's own path for --data (same pipeline and limits); no cache folder, so a
    # script writes nothing but --out.
    batch = import_path(path, cache_dir=None)
    problems = [f"{name}: {message}" for name, message in batch.errors.items()]
    for result in batch.results:
        problems += [
            f"{result.file_name}: {rejected.where()}: {rejected.reason}" for rejected in result.rejected
        ]
    if not batch.results:
        raise SystemExit(f"{path} could not be loaded: {'; '.join(problems) or 'no events'}")
    return batch.events, problems


def run(args: argparse.Namespace) -> int:
    from data.figures import figure_pack
    from data.filters import apply_filter, layers_from_query, selection_from_query

    events, rejected = _load(args.data)
    selection, ignored = selection_from_query(args.query, events)
    for message in ignored:
        print(f"warning: ignored {message}", file=sys.stderr)
    visible = apply_filter(events, selection)
    layers = layers_from_query(args.query)
    pack, files = figure_pack(
        visible,
        shade_by=str(layers["shade_by"]),
        made=args.date,
        url=args.url,
        query=args.query,
        map_size=args.size,
    )
    args.out.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        target = args.out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    zip_path = args.out / "strike-map-figures.zip"
    zip_path.write_bytes(pack)
    summary = {
        "events_loaded": len(events),
        "rows_rejected": len(rejected),
        "events_shown": len(visible),
        "ignored_parameters": ignored,
        "pack": str(zip_path),
        "files": sorted(files),
        "citation": files["CITATION.txt"].decode("utf-8").strip(),
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0
