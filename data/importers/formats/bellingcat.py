"""Bellingcat civilian-harm TimeMap (``api.json``: a JSON array of records).

Coordinates come as strings and are blurred by about 150 m, so they stand for the
settlement, not the spot.  ``filters`` is a list of key/value pairs ("Type of area
affected", "Weapon System").  Casualties appear only in ``description``; a count
is taken from the text when it states one figure per kind ("1 x fatality",
"12 x wounded", "3 people were killed"), otherwise the counts stay empty and
``casualty_note`` says what the text mentions.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from data import schema as S
from data.importers import common as C
from data.numbers import TOO_LARGE

SOURCE_NAME = "Bellingcat civilian harm TimeMap"
DATE_FORMATS = ("%m/%d/%Y", "%Y-%m-%d")

_AT_LEAST = r"(?P<bound>at\s+least|over|more\s+than)?\s*"
KILLED_PATTERNS = (
    re.compile(r"(?P<n>\d+)\s*x\s*(?:fatalit(?:y|ies)|deaths?|killed|dead)\b", re.IGNORECASE),
    re.compile(
        _AT_LEAST
        + r"(?P<n>\d+)\s+(?:people|persons|civilians|residents)?\s*(?:were\s+|was\s+)?(?:killed|dead|died)\b",
        re.IGNORECASE,
    ),
)
INJURED_PATTERNS = (
    re.compile(r"(?P<n>\d+)\s*x\s*(?:wounded|injur(?:ed|y|ies))\b", re.IGNORECASE),
    re.compile(
        _AT_LEAST
        + r"(?P<n>\d+)\s+(?:people|persons|civilians|residents)?\s*(?:were\s+|was\s+)?(?:wounded|injured)\b",
        re.IGNORECASE,
    ),
)
MENTIONS = re.compile(r"fatalit|killed|dead\b|died|wounded|injur|casualt", re.IGNORECASE)
TARGETS = {
    "residential": "residential",
    "commercial": "commercial",
    "industrial": "other",
    "infrastructure": "infrastructure",
    "energy": "energy",
    "healthcare": "civic",
    "school or childcare": "civic",
    "administrative": "civic",
    "cultural": "civic",
    "religious": "civic",
    "military": "military",
}


# Joins the descriptions into one text for the scans: no pattern can match across it (each
# position of a match is a digit, a letter or a space), and a word boundary sees it as the end.
_JOINER = "\x00"
_INT64_MAX = int(np.iinfo(np.int64).max)


def _scan(texts: list[str], pattern: re.Pattern) -> tuple[np.ndarray, list[re.Match]]:
    """Every match of ``pattern`` in ``texts`` and the position of the text it is in.

    One ``finditer`` over the texts joined finds what a scan per text finds (the patterns
    look behind no match's start), without a Python call per text.
    """
    lengths = np.fromiter((len(text) + 1 for text in texts), dtype=np.int64, count=len(texts))
    starts = np.cumsum(lengths) - lengths
    matches = list(pattern.finditer(_JOINER.join(texts)))
    where = np.searchsorted(starts, [match.start() for match in matches], side="right") - 1
    return where.astype(np.int64), matches


def _needle(pattern: re.Pattern) -> re.Pattern | None:
    """What every match of a pattern that may open with a bound holds: its figure's last digit
    and all that follows (a pattern opening with an optional group is tried at every position of
    the text, 0.28 s for 50,000 descriptions; one opening with a digit skips to the digits)."""
    if not pattern.pattern.startswith(_AT_LEAST):
        return None
    rest = pattern.pattern.removeprefix(_AT_LEAST)
    return re.compile(rest.replace(r"(?P<n>\d+)", r"\d", 1), pattern.flags)


def _matches(descriptions: pd.Series, pattern: re.Pattern) -> pd.DataFrame | None:
    """Every match of ``pattern`` in each description (``n`` and ``bound``, indexed by row), or None.

    The same matches as ``str.extractall`` found row by row, at a tenth of the cost.
    """
    present = descriptions.dropna()
    texts = present.tolist()
    needle = _needle(pattern)
    if needle is not None and texts:
        # Only the descriptions that hold the needle can hold a match.
        candidates = np.unique(_scan(texts, needle)[0])
        present = present.iloc[candidates]
        texts = [texts[i] for i in candidates]
    if not texts:
        return None
    where, matches = _scan(texts, pattern)
    if not matches:
        return None
    rows = present.index[where]
    has_bound = "bound" in pattern.groupindex
    numbers = [m.group("n") for m in matches]
    figures = pd.Series(numbers, index=rows, dtype=descriptions.dtype)
    bounds = pd.Series([has_bound and m.group("bound") is not None for m in matches], index=rows)
    # A figure past int64 ended the whole import with an OverflowError: it is kept apart,
    # as written, and the row is refused for it (see map_frame).
    fits = np.fromiter(
        (len(text) < 19 or int(text) <= _INT64_MAX for text in numbers), dtype=bool, count=len(numbers)
    )
    # Read as str.extractall's text column was, so figures convert as they did.
    found = pd.DataFrame(
        {"n": figures[fits].astype(int), "bound": bounds[fits], "text": pd.NA}, index=rows[fits]
    )
    if fits.all():
        return found
    too_large = pd.DataFrame({"n": 0, "bound": False, "text": figures[~fits]}, index=rows[~fits])
    return pd.concat([found, too_large])


def parse_casualties(
    descriptions: pd.Series, patterns: tuple[re.Pattern, ...]
) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """``(count, at_least, ambiguous, too_large)`` per row for one kind of casualty stated in the text.

    A count is taken when the text states exactly one figure for the kind; several
    different figures are ambiguous and give none.  ``too_large`` holds, as written, a
    figure too long to be a number here (past int64); the other figures count without it.
    """
    index = descriptions.index
    found = [matches for pattern in patterns if (matches := _matches(descriptions, pattern)) is not None]
    count = pd.Series(pd.NA, index=index, dtype="Int64")
    at_least = pd.Series(False, index=index, dtype="boolean")
    ambiguous = pd.Series(False, index=index, dtype=bool)
    too_large = pd.Series(pd.NA, index=index, dtype="string")
    if found:
        every = pd.concat(found)
        oversize = every["text"].notna().to_numpy(dtype=bool)
        if oversize.any():
            first = every["text"][oversize]
            first = first[~first.index.duplicated(keep="first")]
            too_large[first.index] = first.astype("string")
            every = every[~oversize]
        every.index.name = "row"
        per_row = every.groupby(["row", "n"])["bound"].any().reset_index("n")
        distinct = per_row.groupby(level=0)["n"].count()
        single = distinct[distinct == 1].index
        count[single] = per_row.loc[single, "n"].astype("Int64")
        at_least[single] = per_row.loc[single, "bound"].astype("boolean")
        ambiguous[distinct[distinct > 1].index] = True
    return count, at_least, ambiguous, too_large


_PAIR_FIELDS = ("key", "value", "path", "description")


def _pairs(values: pd.Series, wanted_keys: set[str]) -> pd.DataFrame:
    """The ``{"key": ..., "value": ...}`` items of list cells, one row each (row, key, value)."""
    # Gathered in one pass over the cells: Series.map, explode and a second map took 0.6 s
    # for 50,000 records' filters and sources.
    positions, items = [], []
    for position, cell in enumerate(values.tolist()):
        if isinstance(cell, list):
            for item in cell:
                if isinstance(item, dict):
                    positions.append(position)
                    items.append(item)
    if not items:
        return pd.DataFrame({name: [] for name in _PAIR_FIELDS}, dtype="string")
    # Only the fields read here are built (each typed from its values, as before).
    present = set().union(*items)
    wanted = [name for name in _PAIR_FIELDS if name in present]
    pairs = pd.DataFrame(items, index=values.index.take(positions), columns=wanted)
    columns = {}
    for name in _PAIR_FIELDS:
        columns[name] = (
            C.column(pairs, name)
            if name in pairs.columns
            else pd.Series(pd.NA, index=pairs.index, dtype="string")
        )
    pairs = pd.DataFrame(columns, index=pairs.index)
    if wanted_keys:
        pairs = pairs[pairs["key"].str.lower().isin(wanted_keys).fillna(False).astype(bool)]
    return pairs


def _one_class(classes: pd.Series, index: pd.Index, drop: str | None = None) -> pd.Series:
    """The class shared by every value of a row, or ``unknown`` when they differ."""
    if drop is not None:
        classes = classes[classes != drop]
    distinct = classes.groupby(level=0).nunique()
    first = classes.groupby(level=0).first()
    return first.where(distinct == 1, "unknown").reindex(index).astype("string")


class BellingcatTimeMap(C.EventFormat):
    name = "bellingcat"
    label = "Bellingcat TimeMap"
    required = frozenset({"id", "date", "latitude", "longitude"})
    containers = ("json",)
    source_name = SOURCE_NAME
    order = 40

    def map_frame(self, frame: pd.DataFrame, container: str = "csv") -> C.Mapped:
        """Every TimeMap record as canonical columns; see the module docstring."""
        problems = C.RowProblems(len(frame))
        index = frame.index
        source_id = C.column(frame, "id")
        problems.add(source_id.isna(), "bellingcat_id_empty", "id", field=True)
        description = C.column(frame, "description")
        killed, killed_bound, killed_unclear, killed_huge = parse_casualties(description, KILLED_PATTERNS)
        injured, injured_bound, injured_unclear, injured_huge = parse_casualties(
            description, INJURED_PATTERNS
        )
        for huge, name in ((killed_huge, S.KILLED), (injured_huge, S.INJURED)):
            problems.add(huge.notna(), TOO_LARGE, name, value=lambda p, huge=huge: huge.iloc[p])
        unclear = killed_unclear | injured_unclear
        mentions = description.str.contains(MENTIONS).fillna(False).astype(bool)
        note = C.text_where(
            ~unclear & killed.isna() & injured.isna() & mentions,
            "The description mentions casualties without a number.",
            index,
        )
        note[unclear] = "The description gives several casualty figures; none was taken as the total."

        empty = pd.Series(dtype=object)
        filters = _pairs(
            frame["filters"] if "filters" in frame else empty, {"weapon system", "type of area affected"}
        )
        filters = filters[filters["key"].notna() & filters["value"].notna()]
        kinds = filters["key"].str.lower()
        weapon_values = filters.loc[kinds == "weapon system", "value"]
        named = C.weapons_of(weapon_values)
        vague = weapon_values.str.lower() == "unknown"
        weapon_classes = named.fillna(C.text_where(vague, "unknown", weapon_values.index)).fillna("other")
        weapon = _one_class(weapon_classes, index, drop="unknown").fillna("unknown")
        area_values = filters.loc[kinds == "type of area affected", "value"]
        area_classes = (
            area_values.str.lower()
            .map(TARGETS)
            .astype("string")
            .fillna(C.targets_of(area_values))
            .fillna("other")
        )
        target = _one_class(area_classes, index).fillna("unknown")

        sources = _pairs(frame["sources"] if "sources" in frame else empty, set())
        sources = sources.assign(path=C.links(sources["path"])).dropna(subset=["path"])
        first_source = sources[~sources.index.duplicated(keep="first")].reindex(index)

        latitude_text = C.column(frame, "latitude")
        date = C.dates(frame, "date", DATE_FORMATS, problems)
        latitude, longitude = C.point(frame, problems)
        columns = {
            S.DATE: date,
            S.DATE_PRECISION: C.day_or_unknown(date),
            S.LOCATION: C.column(frame, "location"),
            S.LATITUDE: latitude,
            S.LONGITUDE: longitude,
            # The published points are blurred by about 150 m on purpose.
            S.GEO_PRECISION: C.text_where(latitude_text.notna(), "settlement", index).fillna("unknown"),
            S.WEAPON: weapon,
            S.TARGET: target,
            S.KILLED: killed,
            S.at_least_column(S.KILLED): killed_bound,
            S.INJURED: injured,
            S.at_least_column(S.INJURED): injured_bound,
            S.CASUALTY_NOTE: note,
            S.SOURCE_TITLE: first_source["description"].astype("string"),
            S.SOURCE_URL: first_source["path"].astype("string"),
            S.DESCRIPTION: description,
        }
        return self.mapped(columns, source_id, problems)


FORMAT = BellingcatTimeMap()
