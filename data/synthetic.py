"""SYNTHETIC events for benchmarks and load tests: invented, not real attacks.

Every event made here carries ``source_name = "SYNTHETIC TEST DATA"`` and a
description that says so, so a generated file can never be mistaken for data.
Places are drawn from the bundled gazetteer (weighted towards larger places and
eastern and southern oblasts, as real attack data is), dates spread over
2022-2025, and counts follow a skewed distribution with many events without
figures and some lower bounds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from data import schema as S
from data.events_io import events_to_csv
from geo.gazetteer import PLACES_PATH

SYNTHETIC_SOURCE = "SYNTHETIC TEST DATA"
_FRONT_OBLASTS = {
    "UA-14": 6.0,
    "UA-63": 5.0,
    "UA-23": 4.0,
    "UA-65": 4.0,
    "UA-59": 3.0,
    "UA-12": 2.5,
    "UA-51": 2.0,
    "UA-09": 2.0,
    "UA-48": 1.5,
    "UA-30": 1.5,
}


def make_synthetic_events(count: int, seed: int = 0) -> pd.DataFrame:
    """``count`` invented events in the canonical schema (deterministic for a seed)."""
    rng = np.random.default_rng(seed)
    places = pd.read_csv(PLACES_PATH, keep_default_na=False)
    places = places[~places.likely_city_district]
    weight = np.sqrt(places.population.clip(lower=200).to_numpy(float))
    weight *= places.oblast_iso.map(_FRONT_OBLASTS).fillna(0.4).to_numpy()
    chosen = places.iloc[rng.choice(len(places), size=count, p=weight / weight.sum())]
    start = np.datetime64("2022-02-24")
    days = rng.integers(0, 365 * 3 + 300, size=count)
    precision = rng.choice(["day", "week", "month", "unknown"], size=count, p=[0.85, 0.05, 0.05, 0.05])
    dates = pd.Series(start + days.astype("timedelta64[D]")).astype("datetime64[s]")
    dates = dates.mask(precision == "unknown")
    jitter = rng.normal(0, 0.01, size=(count, 2)) * (rng.random((count, 1)) < 0.4)
    killed = rng.negative_binomial(0.4, 0.25, size=count).astype(float)
    injured = (killed * rng.uniform(1, 4, size=count) + rng.negative_binomial(0.6, 0.2, size=count)).round()
    killed[rng.random(count) < 0.35] = np.nan
    injured[rng.random(count) < 0.3] = np.nan
    children = np.where(rng.random(count) < 0.1, rng.integers(0, 4, size=count), np.nan)
    children = np.where(np.isnan(killed), np.nan, np.minimum(children, np.nan_to_num(killed)))
    ids = [f"syn-{seed}-{i:07d}" for i in range(count)]
    frame = pd.DataFrame(
        {
            S.EVENT_ID: ids,
            S.DATE: dates,
            S.DATE_PRECISION: precision,
            S.LOCATION: chosen["name"].to_numpy(),
            S.OBLAST_ISO: chosen.oblast_iso.to_numpy(),
            S.OBLAST: chosen.oblast_name.to_numpy(),
            S.COUNTRY: "UA",
            S.LATITUDE: (chosen.latitude.to_numpy() + jitter[:, 0]).round(5),
            S.LONGITUDE: (chosen.longitude.to_numpy() + jitter[:, 1]).round(5),
            S.GEO_PRECISION: np.where(jitter[:, 0] != 0, "point", "settlement"),
            S.WEAPON: rng.choice(S.WEAPONS, size=count, p=[0.2, 0.3, 0.1, 0.05, 0.2, 0.05, 0.02, 0.03, 0.05]),
            S.TARGET: rng.choice(S.TARGETS, size=count, p=[0.35, 0.15, 0.15, 0.1, 0.08, 0.07, 0.05, 0.05]),
            S.KILLED: killed,
            S.KILLED + "_at_least": (np.nan_to_num(killed) > 0) & (rng.random(count) < 0.1),
            S.INJURED: injured,
            S.INJURED + "_at_least": (np.nan_to_num(injured) > 0) & (rng.random(count) < 0.15),
            S.CHILDREN_KILLED: children,
            S.CHILDREN_KILLED + "_at_least": False,
            S.CHILDREN_INJURED: np.nan,
            S.CHILDREN_INJURED + "_at_least": False,
            S.CASUALTY_NOTE: None,
            S.SOURCE_NAME: SYNTHETIC_SOURCE,
            S.SOURCE_EVENT_ID: ids,
            S.SOURCE_TITLE: "Synthetic event (invented for testing)",
            S.SOURCE_URL: [f"https://example.org/synthetic/{i}" for i in ids],
            S.SOURCE_DATE: dates,
            S.DESCRIPTION: "SYNTHETIC: invented event for load testing; not a real attack.",
            S.POSSIBLE_DUPLICATES: None,
        }
    )
    for column in (S.CHILDREN_KILLED + "_at_least", S.CHILDREN_INJURED + "_at_least"):
        frame[column] = False
    return frame.astype(S.DTYPES)[list(S.COLUMNS)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a file of SYNTHETIC (invented) events.")
    parser.add_argument("count", type=int, help="number of events")
    parser.add_argument("--out", required=True, type=Path, help="CSV file to write")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    args.out.write_bytes(events_to_csv(make_synthetic_events(args.count, args.seed)))
    print(f"wrote {args.count:,} SYNTHETIC events to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
