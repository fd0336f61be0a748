"""Files written for people: formulas stay text, failures keep the old file."""

from __future__ import annotations

import errno
import os
import stat
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from coordinator.atomic_files import remove_leftovers, write_atomically
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


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_file_shorter_than_its_writer_reports_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"previous report")

    def short(part: Path) -> int:
        part.write_bytes(b"%PDF-1.7 cut")
        return 4096  # what the writer believes it wrote

    with pytest.raises(OSError, match="only 12 of the 4096 bytes") as raised:
        write_atomically(path, short)
    assert raised.value.errno == errno.EIO
    assert path.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_writer_reporting_its_size_is_written(tmp_path: Path) -> None:
    path = tmp_path / "calendar.ics"
    write_atomically(path, lambda part: part.write_bytes(b"BEGIN:VCALENDAR\r\n"))
    assert path.read_bytes() == b"BEGIN:VCALENDAR\r\n"


def test_a_failed_flush_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that accepts the bytes but cannot store them fails at the flush."""
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"previous export")

    def full(handle: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        write_atomically(path, lambda part: part.write_bytes(b"new export"))
    monkeypatch.undo()
    assert path.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.xlsx"]


def test_the_next_write_removes_what_a_killed_writer_left(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    leftovers = [".roster-3f9a0c1e.xlsx.part", ".roster-k2_x9q7z.xlsx.part"]  # new and old names
    for name in leftovers:
        (tmp_path / name).write_bytes(b"half a workbook")
    write_atomically(path, lambda part: part.write_bytes(b"export"))
    assert path.read_bytes() == b"export"
    assert _parts(tmp_path) == []


def test_the_leftovers_of_other_files_are_left_alone(tmp_path: Path) -> None:
    others = [
        ".roster-2-3f9a0c1e.xlsx.part",  # of roster-2.xlsx
        ".roster-3f9a0c1e.csv.part",  # of roster.csv
        ".Roster-3f9a0c1e.xlsx.part",
        ".roster-3f9a0c1.xlsx.part",
        "roster-3f9a0c1e.xlsx.part",
        ".roster-3f9a0c1e.xlsx.part.keep",
    ]
    for name in others:
        (tmp_path / name).write_bytes(b"someone else's")
    write_atomically(tmp_path / "roster.xlsx", lambda part: part.write_bytes(b"export"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*others, "roster.xlsx"])


def test_a_live_writers_temporary_file_is_not_removed(tmp_path: Path) -> None:
    """Two writers of one destination at once: the second leaves the first's file alone."""
    path = tmp_path / "roster.xlsx"
    writing, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow(part: Path) -> int:
        written = part.write_bytes(b"first")
        writing.set()
        release.wait(10)
        return written

    def first() -> None:
        try:
            write_atomically(path, slow)
        except BaseException as error:  # reported by the test below
            errors.append(error)

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert writing.wait(10)
        write_atomically(path, lambda part: part.write_bytes(b"second"))
        assert len(_parts(tmp_path)) == 1  # the first writer's, still being written
    finally:
        release.set()
        thread.join(10)
    assert errors == []
    assert path.read_bytes() == b"first"  # the last one moved into place
    assert _parts(tmp_path) == []


def test_a_leftover_is_removed_only_when_nobody_holds_it(tmp_path: Path) -> None:
    leftover = tmp_path / ".roster-0123abcd.xlsx.part"
    leftover.write_bytes(b"half")
    with leftover.open("rb") as held:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        assert remove_leftovers(tmp_path / "roster.xlsx") == []
    assert leftover.exists()
    assert remove_leftovers(tmp_path / "roster.xlsx") == [leftover]
    assert not leftover.exists()
