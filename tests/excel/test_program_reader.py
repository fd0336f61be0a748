"""Reading program workbooks: sheets found by their headers, rows parsed, problems placed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator.excel import WorkbookRefusedError
from coordinator.excel.absence_text import AbsenceEntry
from coordinator.excel.program_fields import SheetKind
from coordinator.excel.program_parsing import guides_in, parse_time
from coordinator.excel.program_reader import read_program_workbook
from coordinator.excel.program_records import GuideOnActivity
from tests.excel.workbooks import ROSTER_HEADER, ROSTER_ROWS, ole2_file, write_csv, write_xlsx

TURKISH_HEADER = ["Tarih", "Başlangıç", "Bitiş", "Etkinlik", "Tür", "Yer", "Ev sahibi", "Rehber"]
TURKISH_ROWS = [
    ["25.08.2021", "10:30", "11:30", "Belediye Başkanı ziyareti", "Nezaket ziyareti",
     "Üsküdar Belediyesi", "Hilmi Türkmen", "Zekeriya Şanlıer"],
    [None, "14:00", "16:00", "Tesis gezisi", "Teknik gezi", "Beytaş Tesisi", None,
     "Zekeriya Şanlıer; Ayşe Kaya (tercüman)"],
    ["26.08.2021", "9.30", "12:00", "Çalıştay", "Atölye", None, None, None],
]  # fmt: skip


def turkish_file(tmp_path: Path, rows: list[list[object]] | None = None) -> Path:
    return write_xlsx(
        tmp_path / "program.xlsx",
        [TURKISH_HEADER, *(TURKISH_ROWS if rows is None else rows)],
        sheet="Program",
        title="TÜRKİSTAN HEYETİ ZİYARET PROGRAMI",
    )


def test_hand_drafted_turkish_itinerary_is_found_under_a_merged_title(tmp_path: Path) -> None:
    workbook = read_program_workbook(turkish_file(tmp_path))
    assert workbook.sheets == {"Program": SheetKind.ITINERARY}
    assert workbook.problems == []
    first, second, third = workbook.activities
    assert (first.day, first.start, first.end) == (dt.date(2021, 8, 25), dt.time(10, 30),
                                                   dt.time(11, 30))  # fmt: skip
    assert first.kind == "courtesy_visit"
    assert (first.venue, first.hosts, first.row) == ("Üsküdar Belediyesi", ("Hilmi Türkmen",), 3)
    assert second.day == dt.date(2021, 8, 25)  # the date written once for the day
    assert second.guides == (
        GuideOnActivity("Zekeriya Şanlıer", "guide"),
        GuideOnActivity("Ayşe Kaya", "interpreter"),
    )
    assert (third.kind, third.start) == ("Atölye", dt.time(9, 30))  # a kind of the user's own


def test_problems_name_sheet_row_and_column(tmp_path: Path) -> None:
    rows = [
        ["25.08.2021", "11:00", "10:00", "Backwards", None],
        ["25.08.2021", "25:99", "12:00", "Bad time", None],
        ["05/06/2021", "10:00", "11:00", "Ambiguous date", None],
    ]
    workbook = read_program_workbook(turkish_file(tmp_path, rows))
    found = {(p.sheet, p.row, p.column) for p in workbook.problems}
    assert found == {("Program", 3, "C"), ("Program", 4, "B"), ("Program", 5, "A")}
    assert workbook.activities == []


def test_sheets_of_a_full_workbook_are_told_apart(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "full.xlsx",
        [ROSTER_HEADER, *ROSTER_ROWS],
        sheet="Heyet",
        extra_sheets={
            "Rehberler": [["Ad Soyad", "Diller", "Roller", "Müsait değil"],
                          ["Ayşe Kaya", "Rusça, Türkçe", "tercüman", "26.08.2021"]],
            "Mekanlar": [["Mekan", "Sahibi", "Adres"], ["Beytaş", "Üsküdar Belediyesi", "X"]],
            "Kişiler": [["Ad Soyad", "Unvan", "Kurum", "Telefon"],
                        ["Hilmi Türkmen", "Belediye Başkanı", "Üsküdar Belediyesi", "1"]],
        },
    )  # fmt: skip
    workbook = read_program_workbook(path)
    assert workbook.sheets == {
        "Rehberler": SheetKind.GUIDES, "Mekanlar": SheetKind.VENUES,
        "Kişiler": SheetKind.CONTACTS, "Heyet": SheetKind.PARTICIPANTS,
    }  # fmt: skip
    assert workbook.participants_sheet == "Heyet"
    (guide,) = workbook.guides
    assert (guide.languages, guide.roles, guide.unavailable) == (
        ("ru", "tr"),
        ("interpreter",),
        (AbsenceEntry(dt.date(2021, 8, 26)),),
    )
    assert workbook.venues[0].owner == "Üsküdar Belediyesi"
    assert workbook.contacts[0].title == "Belediye Başkanı"


def test_itinerary_only_needs_an_itinerary(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [ROSTER_HEADER, *ROSTER_ROWS])
    with pytest.raises(WorkbookRefusedError, match="no sheet of an itinerary"):
        read_program_workbook(path, itinerary_only=True)


@pytest.mark.parametrize("encrypted", [False, True])
def test_hostile_and_old_files_are_refused_in_one_sentence(
    tmp_path: Path, *, encrypted: bool
) -> None:
    path = ole2_file(tmp_path / "old.xls", encrypted=encrypted)
    with pytest.raises(WorkbookRefusedError) as caught:
        read_program_workbook(path)
    assert "\n" not in str(caught.value)
    assert "old.xls" in str(caught.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("10:30", dt.time(10, 30)), ("9.05", dt.time(9, 5)), (0.5, dt.time(12)),
     (dt.datetime(2021, 8, 25, 8, 15), dt.time(8, 15)), (None, None)],
)  # fmt: skip
def test_times(value: object, expected: dt.time | None) -> None:
    assert parse_time(value) == expected  # type: ignore[arg-type]


def test_guide_cell_with_unknown_parenthesis_keeps_it_in_the_name() -> None:
    assert guides_in("Ali Veli (Üsküdar)", "guide") == (GuideOnActivity("Ali Veli (Üsküdar)"),)


def test_csv_itinerary_and_one_sheet_only(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "gezi.csv",
        ["Tarih;Başlangıç;Bitiş;Etkinlik", "25.08.2021;10:30;11:30;Toplantı"],
    )
    (activity,) = read_program_workbook(path, itinerary_only=True).activities
    assert (activity.title, activity.start) == ("Toplantı", dt.time(10, 30))
    with pytest.raises(WorkbookRefusedError, match="no sheet named 'Nope'"):
        read_program_workbook(turkish_file(tmp_path), sheet="Nope")
