"""Files that are not readable rosters: one clear sentence each, nothing else."""

from __future__ import annotations

import random
import string
import zipfile
from pathlib import Path

import pytest

from coordinator.excel import WorkbookRefusedError, parse_roster, read_roster_table, workbook_guard
from tests.excel.workbooks import (
    ROSTER_HEADER,
    ROSTER_ROWS,
    inline_row,
    ole2_file,
    replace_member,
    sheet_xml,
    with_shared_strings,
    write_xlsx,
)

SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture
def valid(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "valid.xlsx", [ROSTER_HEADER, *ROSTER_ROWS])


def refusal(path: Path) -> str:
    with pytest.raises(WorkbookRefusedError) as caught:
        read_roster_table(path)
    message = str(caught.value)
    assert "\n" not in message
    assert path.name in message
    return message


def test_old_binary_xls_says_to_save_as_xlsx(tmp_path: Path) -> None:
    message = refusal(ole2_file(tmp_path / "liste.xls", encrypted=False))
    assert "old binary Excel file (.xls)" in message
    assert "save it as an Excel Workbook (.xlsx)" in message


def test_password_protected_workbook(tmp_path: Path) -> None:
    message = refusal(ole2_file(tmp_path / "protected.xlsx", encrypted=True))
    assert "protected with a password" in message


def test_strict_open_xml(valid: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(valid) as archive:
        workbook = archive.read("xl/workbook.xml")
    strict = workbook.replace(
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        b"http://purl.oclc.org/ooxml/spreadsheetml/main",
    )
    path = replace_member(valid, tmp_path / "strict.xlsx", "xl/workbook.xml", strict)
    assert "Strict Open XML" in refusal(path)


def test_truncated_zip(valid: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(valid.read_bytes()[: valid.stat().st_size // 2])
    assert "damaged or truncated" in refusal(truncated)


def test_corrupt_sheet_xml(valid: Path, tmp_path: Path) -> None:
    path = replace_member(valid, tmp_path / "corrupt.xlsx", SHEET, b"<worksheet><sheetData><row")
    assert "damaged" in refusal(path)


def test_zip_bomb_by_inflation_ratio(valid: Path, tmp_path: Path) -> None:
    path = replace_member(valid, tmp_path / "bomb.xlsx", SHEET, b" " * (20 << 20))
    assert "zip bomb" in refusal(path)


def test_zip_bomb_by_entry_count(valid: Path, tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    path.write_bytes(valid.read_bytes())
    with zipfile.ZipFile(path, "a") as archive:
        for index in range(1001):
            archive.writestr(f"xl/media/image{index}.png", b"x")
    assert "1002 entries" in refusal(path) or "entries" in refusal(path)


def test_zip_bomb_by_total_size(
    valid: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook_guard, "MAX_TOTAL_BYTES", 1000)
    assert "zip bomb" in refusal(valid)


def test_xml_entity_bomb(valid: Path, tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">'.encode()
            for i in range(1, 10)
        )
        + b"]>"
    )
    bomb = laughs + sheet_xml(
        inline_row(1, "Name")
        + '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    )
    path = replace_member(valid, tmp_path / "lolz.xlsx", SHEET, bomb)
    assert "entity bomb" in refusal(path)


def test_reader_refuses_without_defusedxml(valid: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(WorkbookRefusedError, match="defusedxml"):
        read_roster_table(valid)


def test_million_columns_claimed_are_not_read(valid: Path, tmp_path: Path) -> None:
    rows = inline_row(1, "Name", "Title") + inline_row(2, "Zhandos Tasov", "Deputy Mayor")
    rows += '<row r="3"><c r="XFD3"><v>1</v></c></row>'
    rows += '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    path = replace_member(valid, tmp_path / "wide.xlsx", SHEET, sheet_xml(rows, "A1:XFD1048576"))
    table = read_roster_table(path)
    assert table.width == 2
    assert [entry.name for entry in parse_roster(table).entries] == ["Zhandos Tasov"]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert "is empty" in refusal(path)


def test_empty_csv(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\xef\xbb\xbf \r\n")
    assert "is empty" in refusal(path)


def test_empty_workbook_has_no_header(tmp_path: Path) -> None:
    message = refusal(write_xlsx(tmp_path / "blank.xlsx", []))
    assert "no roster header" in message
    assert "Adı Soyadı" in message
    assert "ФИО" in message


def test_no_recognisable_header_names_what_was_expected(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "budget.xlsx", [["Item", "Amount"], ["Hotel", 1200]])
    message = refusal(path)
    assert "first 30 rows of sheet Sheet1" in message
    assert "First name and Last name" in message


def test_unknown_sheet(valid: Path) -> None:
    with pytest.raises(WorkbookRefusedError, match="no sheet named 'Nope'"):
        read_roster_table(valid, "Nope")


def test_binary_file_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(bytes(range(256)) * 4)
    assert "not a text file" in refusal(path)


def test_not_a_workbook_at_all(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.7")
    assert "not an Excel workbook" in refusal(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    assert "cannot be read as a workbook" in refusal(path)


def test_missing_file(tmp_path: Path) -> None:
    assert "cannot be opened" in refusal(tmp_path / "gone.xlsx")


def test_a_megabyte_string_in_every_cell_costs_nothing(valid: Path, tmp_path: Path) -> None:
    letters = random.Random(3).choices(string.ascii_letters + " ", k=1 << 20)
    huge = "".join(letters)
    header = '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>'
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c><c r="B{n}" t="s"><v>0</v></c></row>'
        for n in range(2, 3000)
    )
    path = with_shared_strings(valid, tmp_path / "huge.xlsx", [huge, "Name"], header + rows)
    reading = parse_roster(read_roster_table(path))
    assert reading.entries == []
    assert len(reading.problems) == 2998
    assert "longer than 200 characters" in reading.problems[0].message
