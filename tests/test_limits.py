"""Limits on what one file may cost, checked while reading (data/limits.py)."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from data.importers import import_file, import_files
from data.importers.reading import FileTooLarge, ImportFileError, _has_line_longer_than, read_table
from data.limits import LimitExceeded, Limits, check_json_depth
from tests.hostile import write_zip_bomb

ROOT = Path(__file__).resolve().parents[1]
CSV = b"event_id,location,killed\nE1,Kharkiv,3\nE2,Odesa,\n"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# --- settings -------------------------------------------------------------------


def test_defaults_environment_and_secrets():
    assert Limits.from_settings({}, {}) == Limits()
    limits = Limits.from_settings({"max_rows": 10, "max_json_depth": "8"}, {"STRIKE_MAP_MAX_ROWS": "20"})
    # The environment wins over secrets.toml, which wins over the default.
    assert limits.max_rows == 20 and limits.max_json_depth == 8
    assert limits.max_upload_bytes == Limits().max_upload_bytes


@pytest.mark.parametrize("value", ["0", "-5", "lots", "1.5"])
def test_a_bad_setting_names_itself(value):
    with pytest.raises(ValueError, match="STRIKE_MAP_MAX_ROWS must be a positive whole number"):
        Limits.from_settings({}, {"STRIKE_MAP_MAX_ROWS": value})


def test_every_limit_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in Limits.__dataclass_fields__:
        assert f"`{name}`" in readme and f"STRIKE_MAP_{name.upper()}" in readme, name


# --- each limit refuses with a message naming it and the file -------------------


def _refused(name: str, content: bytes, limit: str, **limits: int) -> str:
    with pytest.raises(FileTooLarge) as caught:
        read_table(name, content, Limits(**limits))
    message = str(caught.value)
    assert f"limit {limit}" in message and name in message, message
    assert isinstance(caught.value, ImportFileError) and caught.value.limit == limit
    return message


def test_upload_size():
    _refused("big.csv", CSV, "max_upload_bytes", max_upload_bytes=10)
    assert len(read_table("ok.csv", CSV, Limits(max_upload_bytes=len(CSV)))) == 2


def test_rows():
    _refused("rows.csv", CSV, "max_rows", max_rows=1)
    as_json = json.dumps([{"event_id": "a"}, {"event_id": "b"}]).encode()
    _refused("rows.json", as_json, "max_rows", max_rows=1)
    assert len(read_table("rows.csv", CSV, Limits(max_rows=2))) == 2


def test_header_and_line_length():
    _refused("wide.csv", b"a" * 100 + b"\nx\n", "max_header_bytes", max_header_bytes=50)
    _refused(
        "long.csv", b"event_id,description\nE1," + b"x" * 200 + b"\n", "max_line_bytes", max_line_bytes=100
    )
    hundred_kb = "ж" * 100_000
    table = read_table("fine.csv", f"event_id,description\nE1,{hundred_kb}\n".encode())
    assert table.records[0]["description"] == hundred_kb  # the default limit keeps 100 KB cells


def test_five_million_character_header_is_refused_fast():
    started = time.perf_counter()
    _refused("header.csv", b"a," * 2_500_000 + b"\n", "max_header_bytes")
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("[]", 1),
        ('{"a": [1, {"b": [2]}]}', 4),
        ('["[[[[[", "\\"[[[", "\\\\", [1]]', 2),  # brackets in strings, escaped quotes, a final backslash
        ('{"type": "FeatureCollection", "features": [{"geometry": {"coordinates": [1, 2]}}]}', 5),
    ],
)
def test_json_depth_scan_counts_only_real_brackets(text, depth):
    check_json_depth(text.encode(), depth, "x.json")
    with pytest.raises(LimitExceeded):
        check_json_depth(text.encode(), depth - 1, "x.json")


def test_json_depth_scan_across_chunks():
    # A string full of brackets and escaped quotes straddling the 1 MB chunk boundary.
    filler = "\\\\" * 300_000 + '\\"[[[' * 100_000
    text = json.dumps([[[{"a": filler}]]])
    check_json_depth(text.encode(), 4, "x.json")
    with pytest.raises(LimitExceeded):
        check_json_depth(text.encode(), 3, "x.json")


@pytest.mark.parametrize("pairs", [0, 1, 3])
def test_json_depth_scan_backslash_runs_on_the_chunk_boundary(pairs):
    """An escaped quote (odd run of backslashes) and a closing one (even run), with the 1 MB
    chunk boundary falling on every byte of them in turn."""
    inside = "\\" * (2 * pairs + 1) + '"[[[[[' + "\\" * (2 * pairs)
    for offset in range(len(inside) + 2):
        text = '["' + "a" * ((1 << 20) - 2 - offset) + inside + '", [[1]]]'
        assert json.loads(text)[1] == [[1]]  # valid JSON, three levels deep
        check_json_depth(text.encode(), 3, "x.json")
        with pytest.raises(LimitExceeded):
            check_json_depth(text.encode(), 2, "x.json")


def test_json_nested_100000_deep_is_refused():
    message = _refused("deep.json", b"[" * 100_000 + b"]" * 100_000, "max_json_depth")
    assert "nested deeper" in message


def test_archive_members_and_nesting():
    many = _zip({f"f{i}.txt": b"x" for i in range(20)} | {"events.csv": CSV})
    _refused("many.zip", many, "max_archive_members", max_archive_members=10)
    inner = _zip({"events.csv": CSV})
    nested = _zip({"inner.csv": inner})
    message = _refused("nested.zip", nested, "max_archive_depth")
    assert "nested.zip" in message
    assert len(read_table("nested.zip", nested, Limits(max_archive_depth=2))) == 2


def test_zip_nested_1500_deep_is_refused():
    content = _zip({"events.csv": CSV})
    for _ in range(1500):
        content = _zip({"events.csv": content})
    _refused("russian-doll.zip", content, "max_archive_depth")


def test_decompressed_bytes_counted_over_nested_archives():
    inner = _zip({"events.csv": CSV + b"E3,Sumy,1\n" * 100})
    outer = _zip({"inner.csv": inner})
    _refused(
        "outer.zip",
        outer,
        "max_decompressed_bytes",
        max_decompressed_bytes=len(inner) + 100,
        max_archive_depth=2,
    )


def test_a_lying_declared_size_is_refused_not_trusted(monkeypatch):
    # The declared size is checked before decompressing, and the bytes are counted as they
    # come; a header that under-declares makes zipfile stop at the declared size and the
    # CRC fails, so the member is refused, never read past its claim.
    from data.importers.reading import _Budget, _read_member

    content = _zip({"events.csv": CSV * 1000})
    archive = zipfile.ZipFile(io.BytesIO(content))
    info = archive.getinfo("events.csv")
    budget = _Budget(Limits(max_decompressed_bytes=1000))
    with pytest.raises(FileTooLarge, match="max_decompressed_bytes"):
        _read_member("honest.zip", archive, info, budget)
    monkeypatch.setattr(info, "file_size", 10)
    budget = _Budget(Limits(max_decompressed_bytes=1000))
    with pytest.raises(ImportFileError, match="cannot be read"):
        _read_member("liar.zip", archive, info, budget)
    assert budget.decompressed <= 10


def test_batch_lists_the_refusal_and_keeps_the_other_files():
    batch = import_files([("a.csv", CSV), ("b.csv", b"a" * 100 + b"\n")], limits=Limits(max_header_bytes=50))
    assert [r.file_name for r in batch.results] == ["a.csv"]
    assert "max_header_bytes" in batch.errors["b.csv"]
    assert import_file("a.csv", CSV, limits=Limits()).rows_loaded == 2


# --- done when: a 1 MB zip expanding to 1.2 GB --------------------------------------

_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run([sys.executable, "-m", "data", "import", *sys.argv[1:]], capture_output=True, text=True)
elapsed = time.perf_counter() - started
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(repr((done.returncode, elapsed, peak_kb, done.stdout, done.stderr)))
"""


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bomb.zip"
    write_zip_bomb(path, 1_200_000_000)
    assert path.stat().st_size < 2_000_000
    return path


def test_zip_bomb_is_refused_by_the_reader(bomb):
    # The command line refuses it from the archive's directory (below); the reader, which the
    # page uses, refuses it too (declared size first, then counting as it decompresses).
    started = time.perf_counter()
    with pytest.raises(FileTooLarge, match="max_decompressed_bytes"):
        read_table("bomb.zip", bomb.read_bytes(), Limits(max_decompressed_bytes=20 * 1024 * 1024))
    assert time.perf_counter() - started < 10


def test_the_import_command_names_the_registry_formats():
    from data.import_command import FORMAT_NAMES
    from data.importers import FORMATS

    assert sorted(FORMAT_NAMES) == sorted(FORMATS)


def test_zip_bomb_through_the_cli_answers_fast_in_little_memory(bomb, tmp_path):
    # A small wrapper runs the CLI, so ru_maxrss is the CLI's own peak, not pytest's.
    measured = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(bomb), "--out", str(tmp_path / "out.csv")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    status, elapsed, peak_kb, stdout, stderr = eval(measured.stdout)  # noqa: S307 - our own repr
    assert status != 0, stdout
    assert elapsed < 10, elapsed
    assert peak_kb < 500 * 1024, peak_kb
    assert "max_decompressed_bytes" in stdout and "bomb.zip" in stdout
    assert "Traceback" not in stdout + stderr
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("seed", range(20))
def test_the_windowed_line_check_agrees_with_measuring_every_line(seed):
    rng = random.Random(seed)
    for _ in range(300):
        content = bytes(rng.choice(b"ab\n\n") for _ in range(rng.randint(0, 80)))
        limit = rng.randint(0, 12)
        longest = max(len(line) for line in content.split(b"\n"))
        assert _has_line_longer_than(content, limit) == (longest > limit), (content, limit)
