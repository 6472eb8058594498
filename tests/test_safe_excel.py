"""Excel workbooks: no XML entity expansion, and formulas without saved results are said."""

from __future__ import annotations

import io
import time
import zipfile

import openpyxl
import pytest

from data.importers import import_file
from data.importers.reading import ImportFileError, read_table

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n' for n in range(1, 10)
    )
    + "]>\n"
)


def _workbook(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _replace_part(content: bytes, part: str, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info.filename, change(data.decode()).encode() if info.filename == part else data)
    return buffer.getvalue()


def test_openpyxl_parses_with_defusedxml():
    assert openpyxl.DEFUSEDXML is True


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_billion_laughs_is_refused_with_a_message(part):
    rows = [["event_id", "location"], ["E1", "Kharkiv"]]

    def inject(xml: str) -> str:
        body = xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml
        return LAUGHS + body.replace("Kharkiv", "&lol9;")

    content = _replace_part(_workbook(rows), part, inject)
    started = time.perf_counter()
    with pytest.raises(ImportFileError, match="entity declarations") as caught:
        read_table("laughs.xlsx", content)
    assert time.perf_counter() - started < 5
    assert "laughs.xlsx" in str(caught.value)


def test_formula_without_a_saved_result_is_noted():
    content = _workbook([["event_id", "location", "killed"], ["E1", "Kharkiv", "=1+2"], ["E2", "Sumy", 4]])
    table = read_table("formulas.xlsx", content)
    assert table.records[0]["killed"] == ""
    assert any("formula whose result was never saved (C2)" in note for note in table.notes), table.notes
    result = import_file("formulas.xlsx", content)
    assert any("C2" in note for note in result.notes)


def test_formula_with_a_saved_result_loads_its_value_without_a_note():
    content = _replace_part(
        _workbook([["event_id", "killed"], ["E1", "=1+2"]]),
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace("<v />", "<v>3</v>").replace("<v/>", "<v>3</v>"),
    )
    table = read_table("saved.xlsx", content)
    assert table.records[0]["killed"] == "3"
    assert not any("formula" in note for note in table.notes)


def test_a_workbook_without_formulas_takes_one_pass():
    table = read_table("plain.xlsx", _workbook([["event_id", "killed"], ["E1", 3]]))
    assert table.records == [{"event_id": "E1", "killed": "3"}]
    assert not any("formula" in note for note in table.notes)
