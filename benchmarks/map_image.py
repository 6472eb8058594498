"""The static map image at scale: one JSON line ``{"measurement": "map_image", ...}``.

Run from the repository root::

    python benchmarks/map_image.py                     # 10,000 events, web PNG, 5 runs
    python benchmarks/map_image.py --events 100000 --size print --repeat 3

The events are SYNTHETIC (``data.synthetic``).  Each run draws the whole image
(``geo.map_image.render_map_image``: grouping, outlines, circles, legend, captions,
PNG encoding) from the filtered table the page would hand it.  Target: < 3 s at
10,000 events.  ``measure_map_image`` is what ``benchmarks/run.py`` can call.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_S = 3.0


def measure_map_image(events, repeat: int = 5, size: str = "web", fmt: str = "png") -> dict[str, Any]:
    """Median and runs of drawing ``events`` as a map image (the first run warms fonts and outlines)."""
    from geo.map_image import render_map_image

    runs, content = [], b""
    render_map_image(events.head(10), size=size, fmt=fmt)  # warm-up: font cache, oblasts, imports
    for _ in range(repeat):
        start = time.perf_counter()
        content = render_map_image(events, size=size, fmt=fmt)
        runs.append(round(time.perf_counter() - start, 3))
    return {
        "measurement": "map_image",
        "events": len(events),
        "size": size,
        "format": fmt,
        "bytes": len(content),
        "median_s": round(statistics.median(runs), 3),
        "runs_s": runs,
        "target_s": TARGET_S,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--size", choices=["web", "print"], default="web")
    parser.add_argument("--format", choices=["png", "svg"], default="png")
    args = parser.parse_args(argv)
    from data.synthetic import make_synthetic_events

    events = make_synthetic_events(args.events)
    print(json.dumps(measure_map_image(events, args.repeat, args.size, args.format)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
