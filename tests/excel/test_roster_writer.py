"""The exported workbook: styled, filterable, dates as dates, text never a formula."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from coordinator.excel import EXPORT_FIELDS, FIELD_LABELS, write_roster
from coordinator.excel.roster_fields import RosterField

DANGEROUS = ["=1+1", "+90 532 000 00 00", "-5", "@SUM(A1)", "\tTab", "\nNew line", "#N/A"]


def row(**values: object) -> tuple[object, ...]:
    return tuple(values.get(field.value) for field in EXPORT_FIELDS)


def test_header_layout_and_properties(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    rows = [row(name="Zhandos Tasov", title="Deputy Mayor", birth_date=dt.date(1978, 5, 3),
                arrival=dt.datetime(2021, 8, 24, 14, 30))]  # fmt: skip
    write_roster(path, "Turkistan Municipality Study Visit", rows)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    assert workbook.properties.title == "Turkistan Municipality Study Visit"
    assert [cell.value for cell in sheet[1]] == [FIELD_LABELS[f] for f in EXPORT_FIELDS]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:AB2"  # 28 columns: nationality and travel included
    assert sheet.column_dimensions["A"].width >= len("Zhandos Tasov")
    birth = sheet.cell(2, EXPORT_FIELDS.index(RosterField.BIRTH_DATE) + 1)
    arrival = sheet.cell(2, EXPORT_FIELDS.index(RosterField.ARRIVAL) + 1)
    assert birth.is_date
    assert birth.number_format == "dd.mm.yyyy"
    assert arrival.value == dt.datetime(2021, 8, 24, 14, 30)
    assert arrival.number_format == "dd.mm.yyyy hh:mm"


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    write_roster(path, "T", [row(name=f"P{i}", notes=text) for i, text in enumerate(DANGEROUS)])
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    assert 't="e"' not in xml
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    notes = EXPORT_FIELDS.index(RosterField.NOTES) + 1
    cells = [sheet.cell(index + 2, notes) for index in range(len(DANGEROUS))]
    assert [cell.value for cell in cells] == DANGEROUS
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in cells)


def test_characters_xml_cannot_hold_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    write_roster(path, "T", [row(name="Bell\x07 Ringer")])
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet["A2"].value == "Bell Ringer"


def test_a_failed_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"previous export")

    def full_disk(*_arguments: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_roster(path, "T", [row(name="A")])
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["roster.xlsx"]


def test_cancelled_export_writes_nothing(tmp_path: Path) -> None:
    from coordinator.excel import ReadCancelledError

    path = tmp_path / "roster.xlsx"
    with pytest.raises(ReadCancelledError):
        write_roster(path, "T", [row(name=f"P{i}") for i in range(2500)], lambda d, t: d < 2000)
    assert list(tmp_path.iterdir()) == []
