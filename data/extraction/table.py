"""Candidate events as rows of the canonical events table, with the report as their source."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from data import schema as S
from data.events_io import coerce_events, validate_events
from data.extraction.extract import (
    COUNT_FIELDS,
    CandidateEvent,
    candidate_record,
    report_id,
    report_title,
)
from geo.gazetteer import geocode_place
from geo.oblasts import find_oblast

SOURCE_NAME = "News report"


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _description(event: CandidateEvent) -> str:
    # The first sentence the event was read from, so the table shows what the report said.
    return event.sentences[0] if event.sentences else ""


def candidates_to_events(
    candidates: list[CandidateEvent],
    text: str,
    title: str | None = None,
    url: str | None = None,
    report_date: dt.date | None = None,
    source_name: str = SOURCE_NAME,
) -> pd.DataFrame:
    """Candidate events as a canonical events table.

    Parameters
    ----------
    candidates
        From :func:`data.extraction.extract_events`.
    text
        The report text: gives the stable event ids and, without ``title``, the title.
    title, url, report_date
        The report's title, link and publication date (the events' source).
    source_name
        Who published the report.

    Returns
    -------
    pandas.DataFrame
        Every column of :data:`data.schema.COLUMNS`, one row per candidate,
        ids ``rpt-<hash of the text>-NN`` (the same report gives the same ids).

    Raises
    ------
    ValueError
        If a row breaks the schema (a bug in the extractor, not in the report).
    """
    prefix = report_id(text)
    title = title or report_title(text)
    rows = []
    for number, event in enumerate(candidates, start=1):
        record = candidate_record(event)
        row = {name: _cell(record.get(name)) for name in S.COLUMNS if name in record}
        row[S.EVENT_ID] = f"{prefix}-{number:02d}"
        row[S.SOURCE_NAME] = source_name
        row[S.SOURCE_EVENT_ID] = prefix
        row[S.SOURCE_TITLE] = _cell(title)
        row[S.SOURCE_URL] = _cell(url)
        row[S.SOURCE_DATE] = _cell(report_date)
        row[S.DESCRIPTION] = _description(event)
        rows.append(row)
    raw = pd.DataFrame(rows, columns=list(S.COLUMNS), dtype="string")
    events, problems = coerce_events(raw)
    problems += validate_events(events)
    if problems:
        raise ValueError("; ".join(p.describe() for p in problems))
    return events


def relocate_events(events: pd.DataFrame, previous: pd.DataFrame) -> pd.DataFrame:
    """Geocode again the rows whose ``location`` or ``geo_precision`` a reviewer changed.

    Parameters
    ----------
    events
        The edited canonical table.
    previous
        The table before editing, same index.

    Returns
    -------
    pandas.DataFrame
        ``events`` with oblast, coordinates and precision filled from the offline
        gazetteer for edited places; a place it cannot find is kept by name and
        left unmapped (``geo_precision`` "unknown").
    """
    events = events.copy()
    for index in events.index:
        location = events.at[index, S.LOCATION]
        precision = str(events.at[index, S.GEO_PRECISION])
        same_place = index in previous.index and (
            str(previous.at[index, S.LOCATION]) == str(location)
            and str(previous.at[index, S.GEO_PRECISION]) == precision
        )
        if same_place:
            continue
        latitude = longitude = iso = oblast_name = None
        new_precision = "unknown"
        if isinstance(location, str) and location.strip():
            oblast = find_oblast(location) if precision == "oblast" else None
            if oblast is not None:
                latitude, longitude, iso, oblast_name = (
                    oblast.latitude,
                    oblast.longitude,
                    oblast.iso,
                    oblast.name,
                )
                new_precision = "oblast"
            else:
                found = geocode_place(location)
                if found.found and found.confidence >= 0.9:
                    place = found.place
                    latitude, longitude = place.latitude, place.longitude
                    iso, oblast_name = place.oblast_iso, place.oblast
                    new_precision = "settlement"
        events.at[index, S.LATITUDE] = latitude if latitude is not None else pd.NA
        events.at[index, S.LONGITUDE] = longitude if longitude is not None else pd.NA
        events.at[index, S.OBLAST_ISO] = iso if iso is not None else pd.NA
        events.at[index, S.OBLAST] = oblast_name if oblast_name is not None else pd.NA
        events.at[index, S.GEO_PRECISION] = new_precision
    # An edited count keeps its flag; a cleared count cannot stay a lower bound.
    for name in COUNT_FIELDS:
        flag = S.at_least_column(name)
        events[flag] = events[flag].fillna(False).astype("boolean") & events[name].notna()
    return events.astype(S.DTYPES)
