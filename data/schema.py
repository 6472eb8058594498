"""The canonical events table: column names, vocabularies and validation.

Every other module refers to columns through the constants defined here, so a
column is named exactly once.  A loaded table always has every column of
:data:`COLUMNS`, in that order, with the dtypes of :data:`DTYPES`.

Counts follow one rule: ``<NA>`` means *not reported*, never zero.  Each count
has a companion ``<count>_at_least`` flag: ``True`` when the source gave a lower
bound ("at least 7", "over 20"), ``False`` when it gave an exact figure.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

# --- column names -----------------------------------------------------------
EVENT_ID = "event_id"
DATE = "date"
DATE_PRECISION = "date_precision"
LOCATION = "location"
OBLAST_ISO = "oblast_iso"
OBLAST = "oblast"
COUNTRY = "country"
LATITUDE = "latitude"
LONGITUDE = "longitude"
GEO_PRECISION = "geo_precision"
WEAPON = "weapon"
TARGET = "target"
KILLED = "killed"
INJURED = "injured"
CHILDREN_KILLED = "children_killed"
CHILDREN_INJURED = "children_injured"
CASUALTY_NOTE = "casualty_note"
SOURCE_NAME = "source_name"
SOURCE_EVENT_ID = "source_event_id"
SOURCE_TITLE = "source_title"
SOURCE_URL = "source_url"
SOURCE_DATE = "source_date"
DESCRIPTION = "description"
POSSIBLE_DUPLICATES = "possible_duplicates"

COUNT_COLUMNS: tuple[str, ...] = (KILLED, INJURED, CHILDREN_KILLED, CHILDREN_INJURED)


def at_least_column(count_column: str) -> str:
    """Name of the flag that marks ``count_column`` as a lower bound."""
    return f"{count_column}_at_least"


AT_LEAST_COLUMNS: tuple[str, ...] = tuple(at_least_column(c) for c in COUNT_COLUMNS)

# --- vocabularies -----------------------------------------------------------
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
GEO_PRECISIONS = ("point", "settlement", "oblast", "unknown")
WEAPONS = (
    "missile",
    "drone",
    "glide bomb",
    "airstrike",
    "artillery",
    "rocket",
    "mine",
    "other",
    "unknown",
)
TARGETS = (
    "residential",
    "energy",
    "infrastructure",
    "civic",
    "commercial",
    "military",
    "other",
    "unknown",
)

# --- column order and dtypes --------------------------------------------------
TEXT_COLUMNS: tuple[str, ...] = (
    EVENT_ID,
    LOCATION,
    OBLAST_ISO,
    OBLAST,
    COUNTRY,
    CASUALTY_NOTE,
    SOURCE_NAME,
    SOURCE_EVENT_ID,
    SOURCE_TITLE,
    SOURCE_URL,
    DESCRIPTION,
    POSSIBLE_DUPLICATES,
)
CATEGORY_COLUMNS: dict[str, tuple[str, ...]] = {
    DATE_PRECISION: DATE_PRECISIONS,
    GEO_PRECISION: GEO_PRECISIONS,
    WEAPON: WEAPONS,
    TARGET: TARGETS,
}
DATE_COLUMNS: tuple[str, ...] = (DATE, SOURCE_DATE)
FLOAT_COLUMNS: tuple[str, ...] = (LATITUDE, LONGITUDE)

COLUMNS: tuple[str, ...] = (
    EVENT_ID,
    DATE,
    DATE_PRECISION,
    LOCATION,
    OBLAST_ISO,
    OBLAST,
    COUNTRY,
    LATITUDE,
    LONGITUDE,
    GEO_PRECISION,
    WEAPON,
    TARGET,
    KILLED,
    KILLED + "_at_least",
    INJURED,
    INJURED + "_at_least",
    CHILDREN_KILLED,
    CHILDREN_KILLED + "_at_least",
    CHILDREN_INJURED,
    CHILDREN_INJURED + "_at_least",
    CASUALTY_NOTE,
    SOURCE_NAME,
    SOURCE_EVENT_ID,
    SOURCE_TITLE,
    SOURCE_URL,
    SOURCE_DATE,
    DESCRIPTION,
    POSSIBLE_DUPLICATES,
)
REQUIRED_COLUMNS: tuple[str, ...] = (EVENT_ID,)

DTYPES: dict[str, object] = {
    **{c: "string" for c in TEXT_COLUMNS},
    **{c: pd.CategoricalDtype(v) for c, v in CATEGORY_COLUMNS.items()},
    **{c: "datetime64[s]" for c in DATE_COLUMNS},
    **{c: "Float64" for c in FLOAT_COLUMNS},
    **{c: "Int64" for c in COUNT_COLUMNS},
    **{c: "boolean" for c in AT_LEAST_COLUMNS},
}

# Defaults for optional columns a file leaves out.
DEFAULTS: dict[str, object] = {
    DATE_PRECISION: "unknown",
    GEO_PRECISION: "unknown",
    WEAPON: "unknown",
    TARGET: "unknown",
    **{c: False for c in AT_LEAST_COLUMNS},
}

# One line per column for the README table and the "About the data" panel.
COLUMN_DOCS: dict[str, str] = {
    EVENT_ID: "Stable unique id of the event (text).",
    DATE: "Date of the attack, `YYYY-MM-DD`; empty when the source gives none.",
    DATE_PRECISION: "How exact `date` is: " + " / ".join(DATE_PRECISIONS) + ".",
    LOCATION: "The place as the source names it.",
    OBLAST_ISO: "ISO 3166-2 code of the oblast, `UA-xx`.",
    OBLAST: "English name of the oblast.",
    COUNTRY: "ISO 3166-1 alpha-2 country code (`UA`); events elsewhere are kept and marked.",
    LATITUDE: "WGS84 latitude; empty when the event has no known place (listed, not mapped).",
    LONGITUDE: "WGS84 longitude; empty together with `latitude`.",
    GEO_PRECISION: "What the point stands for: "
    + " / ".join(GEO_PRECISIONS)
    + " (the exact spot, the settlement, somewhere in the oblast, unknown).",
    WEAPON: "Weapon class: " + " / ".join(WEAPONS) + ".",
    TARGET: "What was hit: " + " / ".join(TARGETS) + ".",
    KILLED: "People killed; empty = not reported (never 0 for unknown).",
    INJURED: "People injured; empty = not reported.",
    CHILDREN_KILLED: "Children among the killed; empty = not reported.",
    CHILDREN_INJURED: "Children among the injured; empty = not reported.",
    **{
        at_least_column(c): f'`true` when `{c}` is a lower bound ("at least"), `false` when exact.'
        for c in COUNT_COLUMNS
    },
    CASUALTY_NOTE: "What the source says about casualties without a number "
    '("children among the injured, number not given").',
    SOURCE_NAME: "Who published the record (a dataset or a report).",
    SOURCE_EVENT_ID: "The record's id in its source dataset, if any.",
    SOURCE_TITLE: "Title of the source report or record.",
    SOURCE_URL: "Link to the source; `http` or `https` only.",
    SOURCE_DATE: "Publication date of the source, `YYYY-MM-DD`.",
    DESCRIPTION: "What happened, in the project's own words.",
    POSSIBLE_DUPLICATES: "Ids of events from other loaded sources that may be the same attack "
    "(same place, same day, same kind of attack), separated by `; `; flagged for review, never merged.",
}

URL_PATTERN = r"^https?://[^\s<>\"']+$"
OBLAST_ISO_PATTERN = r"^UA-\d\d$"


# Rules that span columns: message -> (column the message is reported on, rule).
# A rule returns True for the rows that pass.
TABLE_RULES: dict[str, tuple[str, object]] = {
    "latitude and longitude must be given together": (
        LONGITUDE,
        lambda t: t[LATITUDE].isna() == t[LONGITUDE].isna(),
    ),
    **{
        f"{at_least_column(c)} is true but {c} is empty": (
            at_least_column(c),
            lambda t, c=c: ~(t[at_least_column(c)] & t[c].isna()).astype(bool),
        )
        for c in COUNT_COLUMNS
    },
    **{
        f"{part} is larger than the exact {whole}": (
            part,
            lambda t, part=part, whole=whole: (
                ~((t[part] > t[whole]) & ~t[at_least_column(whole)]).fillna(False).astype(bool)
            ),
        )
        for part, whole in ((CHILDREN_KILLED, KILLED), (CHILDREN_INJURED, INJURED))
    },
}

_SCHEMA_COLUMNS: dict[str, pa.Column] = {
    EVENT_ID: pa.Column(
        "string",
        nullable=False,
        unique=True,
        checks=pa.Check.str_length(min_value=1, error="must not be empty"),
    ),
    DATE: pa.Column("datetime64[s]", nullable=True),
    DATE_PRECISION: pa.Column(DTYPES[DATE_PRECISION], nullable=False),
    LOCATION: pa.Column("string", nullable=True),
    OBLAST_ISO: pa.Column(
        "string",
        nullable=True,
        checks=pa.Check.str_matches(OBLAST_ISO_PATTERN, error="must look like UA-23"),
    ),
    OBLAST: pa.Column("string", nullable=True),
    COUNTRY: pa.Column(
        "string",
        nullable=True,
        checks=pa.Check.str_matches(r"^[A-Z]{2}$", error="must be a two-letter code"),
    ),
    LATITUDE: pa.Column(
        "Float64",
        nullable=True,
        checks=pa.Check.in_range(-90, 90, error="must be between -90 and 90"),
    ),
    LONGITUDE: pa.Column(
        "Float64",
        nullable=True,
        checks=pa.Check.in_range(-180, 180, error="must be between -180 and 180"),
    ),
    GEO_PRECISION: pa.Column(DTYPES[GEO_PRECISION], nullable=False),
    WEAPON: pa.Column(DTYPES[WEAPON], nullable=False),
    TARGET: pa.Column(DTYPES[TARGET], nullable=False),
    **{
        c: pa.Column(
            "Int64",
            nullable=True,
            checks=pa.Check.ge(0, error="must not be negative"),
        )
        for c in COUNT_COLUMNS
    },
    **{c: pa.Column("boolean", nullable=False) for c in AT_LEAST_COLUMNS},
    CASUALTY_NOTE: pa.Column("string", nullable=True),
    SOURCE_NAME: pa.Column("string", nullable=True),
    SOURCE_EVENT_ID: pa.Column("string", nullable=True),
    SOURCE_TITLE: pa.Column("string", nullable=True),
    SOURCE_URL: pa.Column(
        "string",
        nullable=True,
        checks=pa.Check.str_matches(URL_PATTERN, error="must be an http:// or https:// link"),
    ),
    SOURCE_DATE: pa.Column("datetime64[s]", nullable=True),
    DESCRIPTION: pa.Column("string", nullable=True),
    POSSIBLE_DUPLICATES: pa.Column("string", nullable=True),
}

EVENTS_SCHEMA = pa.DataFrameSchema(
    {name: _SCHEMA_COLUMNS[name] for name in COLUMNS},
    checks=[
        pa.Check(rule, element_wise=False, error=message) for message, (_column, rule) in TABLE_RULES.items()
    ],
    strict=True,
    ordered=True,
)


def empty_events() -> pd.DataFrame:
    """An events table with every column and no rows."""
    return pd.DataFrame({c: pd.Series([], dtype=DTYPES[c]) for c in COLUMNS})
