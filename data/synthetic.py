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


UCDP_GED_COLUMNS = (
    "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,"
    "dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,"
    "number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,"
    "where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,"
    "region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,"
    "high,low,gwnoa,gwnob"
).split(",")


def make_synthetic_ucdp_ged(count: int, seed: int = 0) -> pd.DataFrame:
    """``count`` invented records shaped like a UCDP GED CSV (all 49 columns, month-first dates).

    Text columns carry Windows-1252 punctuation (en dashes, curly quotes), as UCDP's
    own files do; write them with ``to_csv(..., encoding="cp1252")``.  Every headline
    says SYNTHETIC: these are not real events.
    """
    events = make_synthetic_events(count, seed)
    rng = np.random.default_rng(seed + 1)
    dates = events[S.DATE].fillna(pd.Timestamp("2023-06-01"))
    month_first = dates.dt.strftime("%-m/%-d/%Y 12:00:00 AM")
    best = rng.negative_binomial(0.5, 0.2, size=count)
    low = np.maximum(best - rng.integers(0, 3, size=count), 0)
    high = best + rng.integers(0, 4, size=count)
    ids = np.arange(800_000, 800_000 + count)
    where_prec = rng.choice([1, 2, 3, 4], size=count, p=[0.6, 0.25, 0.1, 0.05])
    frame = pd.DataFrame(
        {
            "id": ids,
            "relid": [f"UKR-SYN-{i}" for i in ids],
            "year": dates.dt.year,
            "active_year": "TRUE",
            "code_status": "Clear",
            "type_of_violence": rng.choice([1, 3], size=count),
            "conflict_dset_id": 900,
            "conflict_new_id": 900,
            "conflict_name": "Synthetic side A \u2013 Synthetic side B",
            "dyad_dset_id": 900,
            "dyad_new_id": 900,
            "dyad_name": "Synthetic side A \u2013 Civilians",
            "side_a_dset_id": 1,
            "side_a_new_id": 1,
            "side_a": "Synthetic side A",
            "side_b_dset_id": 2,
            "side_b_new_id": 2,
            "side_b": "Civilians",
            "number_of_sources": 1,
            "source_article": "Invented Wire",
            "source_office": "Invented Wire",
            "source_date": dates.dt.strftime("%Y-%m-%d"),
            "source_headline": "\u201cSYNTHETIC event\u201d (invented for load testing)",
            "source_original": "",
            "where_prec": where_prec,
            "where_coordinates": events[S.LOCATION] + " town",
            "where_description": "",
            "adm_1": events[S.OBLAST],
            "adm_2": "",
            "latitude": events[S.LATITUDE],
            "longitude": events[S.LONGITUDE],
            "geom_wkt": "POINT ("
            + events[S.LONGITUDE].astype(str)
            + " "
            + events[S.LATITUDE].astype(str)
            + ")",
            "priogrid_gid": 180000,
            "country": "Ukraine",
            "country_id": 369,
            "region": "Europe",
            "event_clarity": 1,
            "date_prec": rng.choice([1, 2, 4], size=count, p=[0.9, 0.05, 0.05]),
            "date_start": month_first,
            "date_end": month_first,
            "deaths_a": 0,
            "deaths_b": 0,
            "deaths_civilians": best,
            "deaths_unknown": 0,
            "best": best,
            "high": high,
            "low": low,
            "gwnoa": 365,
            "gwnob": "",
        }
    )
    return frame[UCDP_GED_COLUMNS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a file of SYNTHETIC (invented) events.")
    parser.add_argument("count", type=int, help="number of events")
    parser.add_argument("--out", required=True, type=Path, help="CSV file to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--format",
        choices=["canonical", "ucdp"],
        default="canonical",
        help="canonical CSV (default) or a UCDP GED CSV in Windows-1252",
    )
    args = parser.parse_args(argv)
    if args.format == "ucdp":
        # Place names outside Windows-1252 become "?", as they would in a cp1252 export.
        make_synthetic_ucdp_ged(args.count, args.seed).to_csv(
            args.out, index=False, encoding="cp1252", errors="replace"
        )
    else:
        args.out.write_bytes(events_to_csv(make_synthetic_events(args.count, args.seed)))
    print(f"wrote {args.count:,} SYNTHETIC events to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
