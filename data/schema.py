"""The canonical events table: column names, vocabularies and validation.

Every other module refers to columns through the constants defined here, so a
column is named exactly once.  A loaded table always has every column of
:data:`COLUMNS`, in that order, with the dtypes of :data:`DTYPES`.

Counts follow one rule: ``<NA>`` means *not reported*, never zero.  Each count
has a companion ``<count>_at_least`` flag: ``True`` when the source gave a lower
bound ("at least 7", "over 20"), ``False`` when it gave an exact figure.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pyarrow.compute as pc
from pandera.engines import pandas_engine
from pandera.typing import Series

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

REQUIRED_COLUMNS: tuple[str, ...] = (EVENT_ID,)
URL_PATTERN = r"^https?://[^\s<>\"']+$"
OBLAST_ISO_PATTERN = r"^UA-\d\d$"


def _category(values: tuple[str, ...]) -> dict:
    return {"categories": list(values), "ordered": False}


def _at_least_doc(count: str) -> str:
    return f'`true` when `{count}` is a lower bound ("at least"), `false` when exact.'


# --- the schema: one declaration per column ------------------------------------------


def _fullmatch_distinct(values: pd.Series, pattern: str) -> pd.Series:
    """``values.str.fullmatch(pattern)``, missing counted as a match, tested once per distinct value.

    Codes repeat a few dozen values over every row: a regex over 100,000 cells took 6 ms,
    a membership test of the distinct values that match takes 1.
    """
    # The distinct values and the membership test in Arrow (pandas' unique and isin on Arrow
    # text went through Python objects: 10 ms a column at 100,000 rows).
    cells = pa_arrow.array(values.array) if isinstance(values.dtype, pd.StringDtype) else None
    if cells is None:
        distinct = pd.Series(values.dropna().unique(), dtype=values.dtype)
        matching = distinct[distinct.str.fullmatch(pattern).fillna(False).astype(bool)]
        return (values.isin(matching) | values.isna()).astype(bool)
    distinct = pd.Series(pd.arrays.ArrowStringArray(pc.unique(cells).drop_null()))
    matching = pa_arrow.array(distinct[distinct.str.fullmatch(pattern).fillna(False).astype(bool)].array)
    passed = pc.or_(pc.is_in(cells, value_set=matching), cells.is_null())
    return pd.Series(passed.to_numpy(zero_copy_only=False), index=values.index)


class EventsModel(pa.DataFrameModel):
    """The canonical events table: each column's type, checks, default and meaning, declared once.

    Everything else is derived from it: :data:`COLUMNS` (the order), :data:`DTYPES`,
    :data:`DEFAULTS`, :data:`EVENTS_SCHEMA` (with the cross-column rules of
    :data:`TABLE_RULES`) and the README's column table (``python -m data schema-doc``).
    A check's name is the message a user reads.
    """

    event_id: Series[pd.StringDtype] = pa.Field(
        nullable=False, unique=True, description="Stable unique id of the event (text)."
    )
    date: Series[pandas_engine.DateTime] = pa.Field(
        nullable=True, description="Date of the attack, `YYYY-MM-DD`; empty when the source gives none."
    )
    date_precision: Series[pd.CategoricalDtype] = pa.Field(
        dtype_kwargs=_category(DATE_PRECISIONS),
        default="unknown",
        description="How exact `date` is: " + " / ".join(DATE_PRECISIONS) + ".",
    )
    location: Series[pd.StringDtype] = pa.Field(
        nullable=True, description="The place as the source names it."
    )
    oblast_iso: Series[pd.StringDtype] = pa.Field(
        nullable=True, description="ISO 3166-2 code of the oblast, `UA-xx`."
    )
    oblast: Series[pd.StringDtype] = pa.Field(nullable=True, description="English name of the oblast.")
    country: Series[pd.StringDtype] = pa.Field(
        nullable=True,
        description="ISO 3166-1 alpha-2 country code (`UA`); events elsewhere are kept and marked.",
    )
    latitude: Series[pd.Float64Dtype] = pa.Field(
        nullable=True,
        description="WGS84 latitude; empty when the event has no known place (listed, not mapped).",
    )
    longitude: Series[pd.Float64Dtype] = pa.Field(
        nullable=True, description="WGS84 longitude; empty together with `latitude`."
    )
    geo_precision: Series[pd.CategoricalDtype] = pa.Field(
        dtype_kwargs=_category(GEO_PRECISIONS),
        default="unknown",
        description="What the point stands for: "
        + " / ".join(GEO_PRECISIONS)
        + " (the exact spot, the settlement, somewhere in the oblast, unknown).",
    )
    weapon: Series[pd.CategoricalDtype] = pa.Field(
        dtype_kwargs=_category(WEAPONS),
        default="unknown",
        description="Weapon class: " + " / ".join(WEAPONS) + ".",
    )
    target: Series[pd.CategoricalDtype] = pa.Field(
        dtype_kwargs=_category(TARGETS),
        default="unknown",
        description="What was hit: " + " / ".join(TARGETS) + ".",
    )
    killed: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, description="People killed; empty = not reported (never 0 for unknown)."
    )
    killed_at_least: Series[pd.BooleanDtype] = pa.Field(default=False, description=_at_least_doc(KILLED))
    injured: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, description="People injured; empty = not reported."
    )
    injured_at_least: Series[pd.BooleanDtype] = pa.Field(default=False, description=_at_least_doc(INJURED))
    children_killed: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, description="Children among the killed; empty = not reported."
    )
    children_killed_at_least: Series[pd.BooleanDtype] = pa.Field(
        default=False, description=_at_least_doc(CHILDREN_KILLED)
    )
    children_injured: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, description="Children among the injured; empty = not reported."
    )
    children_injured_at_least: Series[pd.BooleanDtype] = pa.Field(
        default=False, description=_at_least_doc(CHILDREN_INJURED)
    )
    casualty_note: Series[pd.StringDtype] = pa.Field(
        nullable=True,
        description="What the source says about casualties without a number "
        '("children among the injured, number not given").',
    )
    source_name: Series[pd.StringDtype] = pa.Field(
        nullable=True, description="Who published the record (a dataset or a report)."
    )
    source_event_id: Series[pd.StringDtype] = pa.Field(
        nullable=True, description="The record's id in its source dataset, if any."
    )
    source_title: Series[pd.StringDtype] = pa.Field(
        nullable=True, description="Title of the source report or record."
    )
    source_url: Series[pd.StringDtype] = pa.Field(
        nullable=True, description="Link to the source; `http` or `https` only."
    )
    source_date: Series[pandas_engine.DateTime] = pa.Field(
        nullable=True, description="Publication date of the source, `YYYY-MM-DD`."
    )
    description: Series[pd.StringDtype] = pa.Field(
        nullable=True, description="What happened, in the project's own words."
    )
    possible_duplicates: Series[pd.StringDtype] = pa.Field(
        nullable=True,
        description="Ids of events from other loaded sources that may be the same attack "
        "(same place, same day, same kind of attack), separated by `; `; flagged for review, never merged.",
    )

    @pa.check(EVENT_ID, name="must not be empty")
    def _event_id_not_empty(cls, values: Series[str]) -> Series[bool]:
        return values.str.len() >= 1

    @pa.check(OBLAST_ISO, name="must look like UA-23")
    def _oblast_iso_shape(cls, values: Series[str]) -> Series[bool]:
        return _fullmatch_distinct(values, OBLAST_ISO_PATTERN)

    @pa.check(COUNTRY, name="must be a two-letter code")
    def _country_shape(cls, values: Series[str]) -> Series[bool]:
        return _fullmatch_distinct(values, r"[A-Z]{2}")

    @pa.check(LATITUDE, name="must be between -90 and 90")
    def _latitude_range(cls, values: Series[float]) -> Series[bool]:
        return values.between(-90, 90).fillna(True).astype(bool)

    @pa.check(LONGITUDE, name="must be between -180 and 180")
    def _longitude_range(cls, values: Series[float]) -> Series[bool]:
        return values.between(-180, 180).fillna(True).astype(bool)

    @pa.check(KILLED, INJURED, CHILDREN_KILLED, CHILDREN_INJURED, name="must not be negative")
    def _count_not_negative(cls, values: Series[int]) -> Series[bool]:
        return (values >= 0).fillna(True).astype(bool)

    @pa.check(SOURCE_URL, name="must be an http:// or https:// link")
    def _link(cls, values: Series[str]) -> Series[bool]:
        return values.str.match(URL_PATTERN).fillna(True).astype(bool)

    class Config:
        strict = True
        ordered = True


def _pandas_dtype(column: pa.Column) -> object:
    dtype = column.dtype
    if isinstance(dtype, pandas_engine.Category):
        return pd.CategoricalDtype(list(dtype.categories))
    if isinstance(dtype, pandas_engine.DateTime):
        # The table keeps dates to the second (pandera's DateTime does not carry a unit).
        return "datetime64[s]"
    return {"string[pyarrow]": "string", "string[python]": "string"}.get(str(dtype), str(dtype))


_MODEL_SCHEMA = EventsModel.to_schema()
COLUMNS: tuple[str, ...] = tuple(_MODEL_SCHEMA.columns)
DESCRIPTIONS: dict[str, str] = {name: column.description for name, column in _MODEL_SCHEMA.columns.items()}
DTYPES: dict[str, object] = {name: _pandas_dtype(column) for name, column in _MODEL_SCHEMA.columns.items()}
# Defaults for optional columns a file leaves out.
DEFAULTS: dict[str, object] = {
    name: column.default for name, column in _MODEL_SCHEMA.columns.items() if column.default is not None
}
TEXT_COLUMNS: tuple[str, ...] = tuple(c for c in COLUMNS if DTYPES[c] == "string")
CATEGORY_COLUMNS: dict[str, tuple[str, ...]] = {
    c: tuple(DTYPES[c].categories) for c in COLUMNS if isinstance(DTYPES[c], pd.CategoricalDtype)
}
DATE_COLUMNS: tuple[str, ...] = tuple(c for c in COLUMNS if DTYPES[c] == "datetime64[s]")
FLOAT_COLUMNS: tuple[str, ...] = tuple(c for c in COLUMNS if DTYPES[c] == "Float64")


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


class _Text(pandas_engine.STRING):
    """pandera's text dtype, answering "all of them" in one word when every cell passes.

    pandera's own check answers cell by cell when the types match, and pandera then
    gathers and prints the (empty) failing cells for every text column: 20 ms of each
    validation at 100,000 rows.  Failures are found and reported exactly as before.
    """

    def check(self, pandera_dtype: Any, data_container: Any = None) -> Any:
        found = super().check(pandera_dtype, data_container)
        if isinstance(found, np.ndarray) and found.all():
            return True
        return found


def _validated_columns(columns: dict[str, pa.Column]) -> dict[str, pa.Column]:
    """The model's columns, text columns checked through :class:`_Text`."""
    validated = {}
    for name, column in columns.items():
        if type(column.dtype) is pandas_engine.STRING:
            column = copy.copy(column)
            column.dtype = _Text(column.dtype.storage)
        validated[name] = column
    return validated


# The model's columns with the rules across columns.
EVENTS_SCHEMA = pa.DataFrameSchema(
    _validated_columns(_MODEL_SCHEMA.columns),
    checks=[
        # ignore_na=False: each rule says itself what a missing cell means, and pandera's
        # "a row missing in every column passes" cost a scan of the whole table per rule.
        pa.Check(rule, element_wise=False, error=message, ignore_na=False)
        for message, (_column, rule) in TABLE_RULES.items()
    ],
    strict=True,
    ordered=True,
)


def column_table() -> str:
    """The README's table of columns, generated from :class:`EventsModel` (``python -m data schema-doc``)."""
    rows = ["| column | type | if missing | meaning |", "| --- | --- | --- | --- |"]
    for name in COLUMNS:
        dtype = "category" if name in CATEGORY_COLUMNS else str(DTYPES[name])
        default = DEFAULTS.get(name)
        missing = (
            "required"
            if name in REQUIRED_COLUMNS
            else (f"`{str(default).lower()}`" if default is not None else "empty")
        )
        rows.append(f"| `{name}` | {dtype} | {missing} | {DESCRIPTIONS[name]} |")
    return "\n".join(rows) + "\n"


def empty_events() -> pd.DataFrame:
    """An events table with every column and no rows (a new one each time: callers may change it)."""
    return _empty_template().copy()


@functools.cache
def _empty_template() -> pd.DataFrame:
    # Built once: 5 ms a table, asked for on every rerun of every session.
    return pd.DataFrame({c: pd.Series([], dtype=DTYPES[c]) for c in COLUMNS})
