"""Row numbers and cell references a sheet may claim: refused past Excel's limits, free within.

openpyxl's read-only ``iter_rows`` makes an empty row for every number a sheet
skips, so one row numbered 2**63 in a 6 KB file used to make empty rows without
end. Each workbook here is written by openpyxl and then renumbered inside its
sheet XML; each must be answered within the time bound.
"""

from __future__ import annotations

import datetime as dt
import re
import signal
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from openpyxl import load_workbook

from coordinator.excel import WorkbookRefusedError, parse_roster, read_roster_table, xlsx_source
from coordinator.excel.program_reader import read_program_workbook
from coordinator.excel.xlsx_source import XlsxSource
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.services.roster_import import ImportRefusedError, RosterImportService
from coordinator.store import Database
from tests.excel.workbooks import ROSTER_HEADER, ROSTER_ROWS, replace_member, write_xlsx

SHEET = "xl/worksheets/sheet1.xml"
TIME_LIMIT_SECONDS = 5.0


class _Hang(BaseException):
    """The alarm went off: a reader hangs (no reader may catch this)."""


def _hang(_signal: int, _frame: FrameType | None) -> None:
    raise _Hang


@pytest.fixture(autouse=True)
def alarm() -> Iterator[None]:
    """Fail a test that hangs instead of hanging the suite."""
    previous = signal.signal(signal.SIGALRM, _hang)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def timed(read: Callable[[], Any]) -> tuple[Any, float]:
    """Return what ``read`` returned, or the refusal it raised, and the seconds it took."""
    started = time.perf_counter()
    try:
        result = read()
    except WorkbookRefusedError as refusal:
        result = refusal
    return result, time.perf_counter() - started


def sheet_of(path: Path, member: str = SHEET) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(member)


def renumber(xml: bytes, numbers: dict[int, str], *, cells: bool = True) -> bytes:
    """Give each row (and its cells) the number ``numbers`` has for it, written as given."""
    pattern = rb'(<row r="|<c r="[A-Z]+)(\d+)"' if cells else rb'(<row r=")(\d+)"'

    def new(match: re.Match[bytes]) -> bytes:
        number = numbers.get(int(match.group(2)), match.group(2).decode())
        return match.group(1) + number.encode() + b'"'

    return re.sub(pattern, new, xml)


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    """A roster written by openpyxl: header in row 1, two people in rows 2 and 3."""
    return write_xlsx(tmp_path / "valid.xlsx", [ROSTER_HEADER, *ROSTER_ROWS])


def renumbered_roster(
    roster: Path, name: str, new: str, old: int = 3, *, cells: bool = True
) -> Path:
    xml = renumber(sheet_of(roster), {old: new}, cells=cells)
    return replace_member(roster, roster.with_name(name), SHEET, xml)


def refused_quickly(path: Path) -> str:
    refusal, seconds = timed(lambda: read_roster_table(path))
    assert seconds < TIME_LIMIT_SECONDS
    assert isinstance(refusal, WorkbookRefusedError), refusal
    message = str(refusal)
    assert "\n" not in message
    assert f"{path.name}, sheet Sheet1," in message
    return message


def test_row_2_to_the_63_is_refused_at_once(roster: Path) -> None:
    path = renumbered_roster(roster, "row-2-63.xlsx", str(2**63))
    assert path.stat().st_size < 8_000
    message = refused_quickly(path)
    assert "numbers a row 9,223,372,036,854,775,808, past Excel's last row (1,048,576)" in message


def test_row_ten_million_is_refused(roster: Path) -> None:
    message = refused_quickly(renumbered_roster(roster, "row-1e7.xlsx", "10000000"))
    assert "row 10,000,000, past Excel's last row" in message


def test_the_row_after_excels_last_is_refused(roster: Path) -> None:
    message = refused_quickly(renumbered_roster(roster, "row-1048577.xlsx", "1048577"))
    assert "row 1,048,577, past Excel's last row" in message


@pytest.mark.parametrize(
    ("written", "shown"), [("1e7", "10,000,000"), ("&#49;0000000", "10,000,000"), ("0", "0")]
)
def test_a_row_number_is_checked_as_the_parser_reads_it(
    roster: Path, written: str, shown: str
) -> None:
    message = refused_quickly(renumbered_roster(roster, "spelt.xlsx", written, cells=False))
    assert f"numbers a row {shown}," in message


def test_a_cell_past_column_xfd_is_refused(roster: Path) -> None:
    xml = sheet_of(roster).replace(b'<c r="E2"', b'<c r="XFE2"')
    path = replace_member(roster, roster.with_name("xfe.xlsx"), SHEET, xml)
    assert "has a cell at XFE2, past Excel's last column XFD (16,384)" in refused_quickly(path)


def test_a_cell_past_the_last_row_is_refused(roster: Path) -> None:
    xml = sheet_of(roster).replace(b'<c r="A2"', b'<c r="A9999999"')
    path = replace_member(roster, roster.with_name("a9999999.xlsx"), SHEET, xml)
    assert "has a cell at A9999999, past Excel's last row" in refused_quickly(path)


def test_rows_5_and_1048576_are_read_at_once(tmp_path: Path) -> None:
    rows = [[], [], [], [], ROSTER_HEADER, ROSTER_ROWS[0]]
    written = write_xlsx(tmp_path / "written.xlsx", rows)
    xml = renumber(sheet_of(written), {6: "1048576"})
    path = replace_member(written, tmp_path / "far.xlsx", SHEET, xml)
    table, seconds = timed(lambda: read_roster_table(path))
    assert seconds < 1.0
    assert table.header_row == 5
    [entry] = parse_roster(table).entries
    assert (entry.row, entry.name) == (1_048_576, "Zhandos Tasov")
    source = XlsxSource(path)
    try:
        [(number, _values)] = source.rows_after("Sheet1", 5, len(ROSTER_HEADER))
    finally:
        source.close()
    assert number == 1_048_576  # the rows between are never made


def test_progress_is_told_whatever_the_row_numbers(tmp_path: Path) -> None:
    people = [[f"Person {index}", "Member"] for index in range(4999)]
    written = write_xlsx(tmp_path / "written.xlsx", [["Name", "Title"], *people])
    # Rows 2, 3, 4… become 3, 5, 7…: no number is a multiple of the progress step.
    xml = renumber(sheet_of(written), {n: str(2 * n - 1) for n in range(2, 5001)})
    path = replace_member(written, tmp_path / "odd.xlsx", SHEET, xml)
    calls: list[tuple[int, int]] = []
    table = read_roster_table(
        path, progress=lambda done, total: calls.append((done, total)) or True
    )
    assert table.rows[-1][0] == 9_999
    assert len(calls) > 1
    assert calls[-1] == (4999, 4999)


def test_a_hostile_row_on_another_sheet_is_refused(tmp_path: Path) -> None:
    written = write_xlsx(
        tmp_path / "written.xlsx",
        [ROSTER_HEADER, *ROSTER_ROWS],
        extra_sheets={"Notes": [["Visit"], ["of the delegation"]]},
    )
    xml = renumber(sheet_of(written), {2: str(2**64)})
    path = replace_member(written, tmp_path / "notes.xlsx", SHEET, xml)
    refusal, _ = timed(lambda: read_roster_table(path))
    assert isinstance(refusal, WorkbookRefusedError)
    assert str(refusal).startswith("notes.xlsx, sheet Notes, numbers a row 18,446,744,073,7")


def test_repeated_row_numbers_cannot_make_endless_work(
    roster: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_source, "MAX_ROW", 100)
    xml = sheet_of(roster)
    row = re.search(rb'<row r="3">.*?</row>', xml)
    assert row is not None
    xml = xml.replace(row.group(0), row.group(0) * 200)
    path = replace_member(roster, roster.with_name("repeated.xlsx"), SHEET, xml)
    assert "holds more than 100 rows, more than Excel has" in refused_quickly(path)


def test_the_rows_are_openpyxls_without_the_gaps(tmp_path: Path) -> None:
    written = write_xlsx(tmp_path / "written.xlsx", [[f"R{n}", n] for n in range(1, 9)])
    # Out of order and repeated: openpyxl leaves out a row numbered at or below one read.
    numbers = {2: "4", 3: "2", 4: "9", 5: "9", 6: "40", 7: "12", 8: "41"}
    xml = renumber(sheet_of(written), numbers)
    path = replace_member(written, tmp_path / "shuffled.xlsx", SHEET, xml)
    book = load_workbook(path, read_only=True, data_only=True)
    sheet = book["Sheet1"]
    sheet.reset_dimensions()
    theirs_first = [
        tuple(row) for row in sheet.iter_rows(max_row=30, max_col=256, values_only=True)
    ]
    theirs_after = dict(enumerate(sheet.iter_rows(min_row=3, max_col=2, values_only=True), 3))
    book.close()
    source = XlsxSource(path)
    try:
        ours_first = source.first_rows("Sheet1", 30)
        ours_after = dict(source.rows_after("Sheet1", 2, 2))
    finally:
        source.close()
    assert ours_first == theirs_first
    assert list(ours_after) == [4, 9, 40, 41]
    assert {n: row for n, row in theirs_after.items() if row != (None, None)} == ours_after


ITINERARY = ["Date", "Start", "End", "Activity"]


def test_a_program_sheet_with_rows_5_and_1048576_is_read_at_once(tmp_path: Path) -> None:
    rows = [[], [], [], [], ITINERARY, ["25.08.2021", "10:30", "11:30", "Visit to the mayor"]]
    written = write_xlsx(tmp_path / "written.xlsx", rows, sheet="Program")
    path = replace_member(
        written, tmp_path / "far.xlsx", SHEET, renumber(sheet_of(written), {6: "1048576"})
    )
    workbook, seconds = timed(lambda: read_program_workbook(path))
    assert seconds < 1.0
    [activity] = workbook.activities
    assert (activity.row, activity.day) == (1_048_576, dt.date(2021, 8, 25))


def test_a_program_sheet_with_row_2_to_the_63_is_refused(tmp_path: Path) -> None:
    rows = [
        ITINERARY,
        ["25.08.2021", "10:30", "11:30", "Visit"],
        ["26.08.2021", "9:00", "", "Tour"],
    ]
    written = write_xlsx(tmp_path / "written.xlsx", rows, sheet="Program")
    path = replace_member(
        written, tmp_path / "huge.xlsx", SHEET, renumber(sheet_of(written), {3: str(2**63)})
    )
    refusal, seconds = timed(lambda: read_program_workbook(path))
    assert seconds < TIME_LIMIT_SECONDS
    assert isinstance(refusal, WorkbookRefusedError)
    assert str(refusal).startswith("huge.xlsx, sheet Program, numbers a row 9,223,372,036,854,7")


def test_a_refusal_through_the_import_service_changes_nothing(
    database: Database, roster: Path
) -> None:
    ProgramService(database).create(
        ProgramInput(code="TRK", title="Turkistan", first_day=dt.date(2021, 8, 24),
                     last_day=dt.date(2021, 8, 29))
    )  # fmt: skip
    service = RosterImportService(database)
    service.apply(service.plan("TRK", service.read(roster)))
    before = _participants(database)
    path = renumbered_roster(roster, "row-2-63.xlsx", str(2**63), old=2)
    with pytest.raises(ImportRefusedError, match=r"row-2-63\.xlsx, sheet Sheet1, numbers a row"):
        service.plan("TRK", service.read(path))
    assert _participants(database) == before == 2


def _participants(database: Database) -> int:
    from sqlalchemy import text

    with database.reading() as session:
        return int(session.execute(text("SELECT count(*) FROM participant")).scalar_one())
