"""The parquet cache of validated events tables (data/cache.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from data import schema as S
from data.cache import cache_path, load_events_cached
from data.events_io import EventsFileError, events_to_csv, load_events
from data.synthetic import make_synthetic_events


class CountingLoader:
    """load_events that counts how often the source file is actually parsed."""

    def __init__(self):
        self.calls = 0

    def __call__(self, path):
        self.calls += 1
        return load_events(path)


@pytest.fixture
def events_file(tmp_path):
    path = tmp_path / "events.csv"
    path.write_bytes(events_to_csv(make_synthetic_events(40, seed=3)))
    return path


def test_second_load_comes_from_the_cache_and_is_identical(events_file, tmp_path):
    loader = CountingLoader()
    first = load_events_cached(events_file, tmp_path / "cache", loader=loader)
    second = load_events_cached(events_file, tmp_path / "cache", loader=loader)
    assert loader.calls == 1
    assert cache_path(events_file, tmp_path / "cache").is_file()
    pd.testing.assert_frame_equal(second, load_events(events_file))
    pd.testing.assert_frame_equal(first, second)
    assert list(second.columns) == list(S.COLUMNS)


def test_a_changed_file_is_read_again(events_file, tmp_path):
    loader = CountingLoader()
    load_events_cached(events_file, tmp_path / "cache", loader=loader)
    before = cache_path(events_file, tmp_path / "cache")
    events_file.write_bytes(events_to_csv(make_synthetic_events(25, seed=4)))
    reloaded = load_events_cached(events_file, tmp_path / "cache", loader=loader)
    assert loader.calls == 2
    assert len(reloaded) == 25
    assert cache_path(events_file, tmp_path / "cache") != before


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_bytes(b"not a parquet file"), id="garbage"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), id="truncated"),
        pytest.param(lambda p: p.write_bytes(b""), id="empty"),
        pytest.param(
            lambda p: pd.DataFrame({"something": [1, 2]}).to_parquet(p, index=False), id="wrong-columns"
        ),
    ],
)
def test_a_corrupt_cache_is_ignored_and_replaced(events_file, tmp_path, damage):
    cache_dir = tmp_path / "cache"
    load_events_cached(events_file, cache_dir)
    damage(cache_path(events_file, cache_dir))
    loader = CountingLoader()
    events = load_events_cached(events_file, cache_dir, loader=loader)
    assert loader.calls == 1
    pd.testing.assert_frame_equal(events, load_events(events_file))
    # The broken entry was rewritten: the next load is a hit again.
    load_events_cached(events_file, cache_dir, loader=loader)
    assert loader.calls == 1


def test_an_invalid_file_raises_and_caches_nothing(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("event_id,killed\na,-3\n", encoding="utf-8")
    with pytest.raises(EventsFileError):
        load_events_cached(path, tmp_path / "cache")
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_an_unwritable_cache_dir_still_loads(events_file, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    events = load_events_cached(events_file, blocker / "cache")
    assert len(events) == 40
