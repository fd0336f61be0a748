"""Files written for people: formulas stay text, failures keep the old file."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from coordinator.atomic_files import write_atomically
from coordinator.excel.safe_output import text_cell

DANGEROUS = ["=1+1", "+90 532 000 00 00", "-x", "@SUM(A1)", "\tTab", "#N/A", '=HYPERLINK("x")']


@pytest.mark.parametrize("write_only", [False, True])
def test_text_that_looks_like_a_formula_is_written_as_text(
    tmp_path: Path, write_only: bool
) -> None:
    workbook = Workbook(write_only=write_only)
    sheet = workbook.create_sheet("S") if write_only else workbook.active
    for value in DANGEROUS:
        sheet.append([text_cell(sheet, value)])
    path = tmp_path / "out.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        sheet_xml = next(
            archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")
        )
    assert b"<f>" not in sheet_xml
    read = load_workbook(path)
    values = [row[0] for row in read.worksheets[0].iter_rows(values_only=True)]
    assert values == DANGEROUS


def test_a_written_file_has_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    old = os.umask(0o022)
    try:
        write_atomically(path, lambda part: part.write_text("x", encoding="utf-8"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_failed_write_leaves_the_previous_file_and_no_debris(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"previous export")

    def fail(part: Path) -> None:
        part.write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_atomically(path, fail)
    assert path.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.xlsx"]
