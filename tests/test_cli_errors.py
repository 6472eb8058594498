"""``python -m data``: every failure is a message and a non-zero exit, never a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from data import __main__ as cli
from tests.test_safe_excel import LAUGHS, _replace_part, _workbook

ROOT = Path(__file__).resolve().parents[1]


def _nested_zip(depth: int) -> bytes:
    content = b"event_id\nE1\n"
    for _ in range(depth):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("events.csv", content)
        content = buffer.getvalue()
    return content


def test_hostile_files_through_the_cli_give_messages(tmp_path):
    files = {
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        "nested.zip": _nested_zip(1500),
        "header.csv": b"a," * 2_500_000 + b"\n",
        "laughs.xlsx": _replace_part(
            _workbook([["event_id"], ["E1"]]),
            "xl/worksheets/sheet1.xml",
            lambda xml: LAUGHS + xml.split("?>", 1)[-1].replace("E1", "&lol9;"),
        ),
        "binary.csv": bytes(range(256)) * 10,
        "cut.json": b'[{"event_id": "E1"',
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "data",
            "import",
            *(str(tmp_path / n) for n in files),
            "--out",
            str(tmp_path / "o.csv"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    errors = json.loads(done.stdout)["errors"]
    assert set(errors) == set(files)
    assert "max_json_depth" in errors["deep.json"]
    assert "max_archive_depth" in errors["nested.zip"]
    assert "max_header_bytes" in errors["header.csv"]
    assert "entity declarations" in errors["laughs.xlsx"]


def test_an_unexpected_error_is_a_message_and_a_log(tmp_path, monkeypatch, capsys):
    def explode(args):
        raise RuntimeError("boom in the importer")

    monkeypatch.setattr("data.importers.cli.run", explode)
    log = tmp_path / "cli.log"
    status = cli.main(["--log-file", str(log), "import", "x.csv", "--out", str(tmp_path / "o.csv")])
    captured = capsys.readouterr()
    assert status == cli.UNEXPECTED_ERROR
    assert "Traceback" not in captured.err + captured.out
    assert "unexpected error (RuntimeError)" in captured.err and str(log) in captured.err
    logged = log.read_text()
    assert "Traceback" in logged and "boom in the importer" in logged


def test_debug_prints_the_details(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("data.importers.cli.run", lambda args: [][1])
    status = cli.main(["--debug", "import", "x.csv", "--out", str(tmp_path / "o.csv")])
    assert status == cli.UNEXPECTED_ERROR
    assert "IndexError" in capsys.readouterr().err
