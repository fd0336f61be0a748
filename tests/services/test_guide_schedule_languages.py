"""A guide's schedule in English and in Turkish: its words, and the sheet read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from coordinator.cli import main
from coordinator.domain.enum_words import guide_role_word
from coordinator.excel.program_parsing import guide_role
from coordinator.excel.program_reader import read_program_workbook
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.errors import InvalidInputError
from coordinator.services.guide_schedule import HEADERS, GuideScheduleService
from coordinator.services.guides import GuideService
from coordinator.store import Database
from tests.stores import AddDemo, Store

STAMP = dt.datetime(2021, 8, 20, 9, 0, tzinfo=dt.UTC)
WORDS = {
    # language: title, sheet, weekday of 25.08.2021, the role host_official, calendar's role line
    "en": ("Zekeriya Şanlıer: schedule", "Schedule", "Wed", "Host official", "Role: Host official"),
    "tr": ("Zekeriya Şanlıer: görev programı", "Görev programı", "Çar", "Ev sahibi yetkili",
           "Görev: Ev sahibi yetkili"),
}  # fmt: skip


@pytest.fixture
def zekeriya(database: Database, add_demo: AddDemo) -> int:
    add_demo(database)
    return GuideService(database).find("Zekeriya Şanlıer").id


@pytest.mark.parametrize("language", ["en", "tr"])
def test_the_workbook_is_headed_and_worded_in_its_language(
    database: Database, zekeriya: int, tmp_path: Path, language: str
) -> None:
    title, sheet_name, day, role, _ = WORDS[language]
    path = tmp_path / f"zekeriya-{language}.xlsx"
    GuideScheduleService(database).write(zekeriya, DEMO_PROGRAM_CODE, path, language=language)
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.title == sheet_name
    assert sheet["A1"].value == title
    assert tuple(cell.value for cell in sheet[4]) == HEADERS[language]
    first = [cell.value for cell in sheet[5]]
    assert first[0] == dt.datetime(2021, 8, 25)
    assert first[1:4] == [day, dt.time(11, 0), dt.time(11, 45)]
    # The role is the word every exported workbook writes, and it reads back as its code.
    assert first[5] == role == guide_role_word("host_official", language)
    assert guide_role(first[5]) == "host_official"


@pytest.mark.parametrize("language", ["en", "tr"])
def test_the_workbook_reads_back_as_the_guide_s_itinerary(
    database: Database, zekeriya: int, tmp_path: Path, language: str
) -> None:
    service = GuideScheduleService(database)
    path = tmp_path / f"zekeriya-{language}.xlsx"
    schedule = service.write(zekeriya, DEMO_PROGRAM_CODE, path, language=language)
    read = read_program_workbook(path, itinerary_only=True)
    assert read.problems == []
    assert [(a.day, a.start, a.end, a.title, a.venue, a.summary) for a in read.activities] == [
        (e.day, e.start_time, e.end_time, e.title, e.venue, e.summary) for e in schedule.entries
    ]


@pytest.mark.parametrize("language", ["en", "tr"])
def test_the_calendar_says_the_role_in_its_language(
    database: Database, zekeriya: int, tmp_path: Path, language: str
) -> None:
    path = tmp_path / f"zekeriya-{language}.ics"
    service = GuideScheduleService(database)
    service.write(zekeriya, DEMO_PROGRAM_CODE, path, now=STAMP, language=language)
    first = next(iter(Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
    assert WORDS[language][4] in str(first["DESCRIPTION"])


def test_another_language_is_refused(database: Database, zekeriya: int, tmp_path: Path) -> None:
    path = tmp_path / "zekeriya.xlsx"
    with pytest.raises(InvalidInputError, match="English \\(en\\) or Turkish \\(tr\\), not 'ru'"):
        GuideScheduleService(database).write(zekeriya, DEMO_PROGRAM_CODE, path, language="ru")
    assert not path.exists()


@pytest.mark.parametrize("language", ["en", "tr"])
def test_the_command_writes_the_schedule_in_the_language_asked(
    capsys: pytest.CaptureFixture[str], demo_store: Store, tmp_path: Path, language: str
) -> None:
    out_file = tmp_path / "zekeriya.xlsx"
    arguments = [*demo_store.arguments, "guide-schedule", "Şanlıer", "--program", "TURKISTAN-2021"]
    code = main([*arguments, "--out", str(out_file), "--lang", language])
    assert (code, capsys.readouterr().err) == (0, "")
    sheet = load_workbook(out_file).active
    assert sheet is not None
    assert tuple(cell.value for cell in sheet[4]) == HEADERS[language]
    assert sheet.cell(5, 6).value == WORDS[language][3]
