"""A guide's own schedule: the sheet and the calendar file."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event
from openpyxl import load_workbook

from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.guide_schedule import GuideScheduleService
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.store import Database
from tests.itinerary_support import activity_input
from tests.stores import AddDemo

STAMP = dt.datetime(2021, 8, 20, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def zekeriya(database: Database, add_demo: AddDemo) -> int:
    add_demo(database)
    return GuideService(database).find("Zekeriya Şanlıer").id


def test_schedule_lists_the_guides_activities_in_order(database: Database, zekeriya: int) -> None:
    schedule = GuideScheduleService(database).schedule(zekeriya, DEMO_PROGRAM_CODE)
    assert schedule.guide == "Zekeriya Şanlıer"
    assert [(entry.start_time, entry.title) for entry in schedule.entries] == [
        (dt.time(11, 0), "Site visit to the Marketplace for Women's Labor Products, Üsküdar"),
        (dt.time(11, 45), "Visit to Tebessüm Coffeehouse, Üsküdar"),
    ]
    assert schedule.entries[0].role == "host_official"


def test_workbook(database: Database, zekeriya: int, tmp_path: Path) -> None:
    path = tmp_path / "zekeriya.xlsx"
    GuideScheduleService(database).write(zekeriya, DEMO_PROGRAM_CODE, path)
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "Zekeriya Şanlıer: schedule"
    assert [cell.value for cell in sheet[4]][:6] == [
        "Date",
        "Day",
        "Start",
        "End",
        "Activity",
        "Role",
    ]
    first = [cell.value for cell in sheet[5]]
    assert first[0] == dt.datetime(2021, 8, 25)
    assert first[1:4] == ["Wed", dt.time(11, 0), dt.time(11, 45)]
    assert first[5:7] == ["Host official", "Marketplace for Women's Labor Products"]
    assert sheet.max_row == 6
    assert sheet.freeze_panes == "A5"


def test_calendar(database: Database, zekeriya: int, tmp_path: Path) -> None:
    path = tmp_path / "zekeriya.ics"
    GuideScheduleService(database).write(zekeriya, DEMO_PROGRAM_CODE, path, now=STAMP)
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 2
    first = events[0]
    istanbul = ZoneInfo("Europe/Istanbul")
    assert str(first["SUMMARY"]).startswith("Site visit to the Marketplace")
    assert first.decoded("DTSTART") == dt.datetime(2021, 8, 25, 11, 0, tzinfo=istanbul)
    assert first.decoded("DTEND") == dt.datetime(2021, 8, 25, 11, 45, tzinfo=istanbul)
    assert str(first["DTSTART"].params["TZID"]) == "Europe/Istanbul"
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Istanbul"
    # Istanbul keeps one offset all year since 2016: UTC+3.
    assert first.decoded("DTSTART").utcoffset() == dt.timedelta(hours=3)
    assert int(first["SEQUENCE"]) == 0
    assert first.decoded("DTSTAMP") == STAMP
    assert str(first["LOCATION"]) == "Marketplace for Women's Labor Products"
    assert "Role: Host official" in str(first["DESCRIPTION"])
    assert len({str(event["UID"]) for event in events}) == 2
    # The office's notes stay inside; the summary is for the guide.
    notes = ItineraryService(database).get_activity(_activity_id(first)).notes
    assert notes
    assert notes not in path.read_text(encoding="utf-8").replace("\r\n ", "")


def _activity_id(event: Event) -> int:
    return int(str(event["UID"]).split("-")[1])


def test_a_changed_activity_keeps_its_uid_and_its_sequence_grows(
    database: Database, zekeriya: int, tmp_path: Path
) -> None:
    service = GuideScheduleService(database)
    before_path, after_path = tmp_path / "before.ics", tmp_path / "after.ics"
    service.write(zekeriya, DEMO_PROGRAM_CODE, before_path, now=STAMP)
    before = next(iter(Calendar.from_ical(before_path.read_bytes()).walk("VEVENT")))
    itinerary = ItineraryService(database)
    activity = itinerary.get_activity(_activity_id(before))
    moved = dataclasses.replace(activity.as_input(), start_time=dt.time(11, 15))
    itinerary.update_activity(activity.id, moved)
    service.write(zekeriya, DEMO_PROGRAM_CODE, after_path, now=STAMP)
    after = next(iter(Calendar.from_ical(after_path.read_bytes()).walk("VEVENT")))
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("DTSTART").time() == dt.time(11, 15)


def test_a_program_without_a_time_zone_gets_floating_times(
    database: Database, zekeriya: int, tmp_path: Path
) -> None:
    programs = ProgramService(database)
    program = programs.get(DEMO_PROGRAM_CODE)
    programs.update(program.code, dataclasses.replace(program.as_input(), time_zone=""))
    path = tmp_path / "zekeriya.ics"
    GuideScheduleService(database).write(zekeriya, DEMO_PROGRAM_CODE, path, now=STAMP)
    calendar = Calendar.from_ical(path.read_bytes())
    assert calendar.walk("VTIMEZONE") == []
    first = next(iter(calendar.walk("VEVENT")))
    assert first.decoded("DTSTART") == dt.datetime(2021, 8, 25, 11, 0)


def test_an_activity_without_times_is_an_all_day_event(
    database: Database, zekeriya: int, tmp_path: Path
) -> None:
    walk = ItineraryService(database).add_activity(
        DEMO_PROGRAM_CODE, activity_input("Free walk", None, None, day=dt.date(2021, 8, 27))
    )
    GuideService(database).assign(walk.id, zekeriya)
    path = tmp_path / "zekeriya.ics"
    GuideScheduleService(database).write(zekeriya, DEMO_PROGRAM_CODE, path, now=STAMP)
    event = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))[-1]
    assert event.decoded("DTSTART") == dt.date(2021, 8, 27)
    assert event.decoded("DTEND") == dt.date(2021, 8, 28)


def test_other_file_kinds_are_refused(database: Database, zekeriya: int, tmp_path: Path) -> None:
    path = tmp_path / "zekeriya.pdf"
    with pytest.raises(InvalidInputError, match=r"zekeriya.pdf: a guide's schedule is written"):
        GuideScheduleService(database).write(zekeriya, DEMO_PROGRAM_CODE, path)
    assert not path.exists()


def test_an_unwritable_place_is_refused(database: Database, zekeriya: int, tmp_path: Path) -> None:
    path = tmp_path / "missing" / "zekeriya.ics"
    with pytest.raises(InvalidInputError, match="cannot be written"):
        GuideScheduleService(database).write(zekeriya, DEMO_PROGRAM_CODE, path, now=STAMP)


def test_unknown_program_or_guide(database: Database, zekeriya: int) -> None:
    service = GuideScheduleService(database)
    with pytest.raises(NotFoundError):
        service.schedule(zekeriya, "NOPE")
    with pytest.raises(NotFoundError):
        service.schedule(999, DEMO_PROGRAM_CODE)


def test_typed_text_that_looks_like_a_formula_stays_text(
    database: Database, zekeriya: int, tmp_path: Path
) -> None:
    title = '=HYPERLINK("http://example.invalid","Click")'
    walk = ItineraryService(database).add_activity(
        DEMO_PROGRAM_CODE,
        activity_input(title, "16:00", "17:00", day=dt.date(2021, 8, 27), summary="-2+3"),
    )
    GuideService(database).assign(walk.id, zekeriya)
    path = tmp_path / "zekeriya.xlsx"
    GuideScheduleService(database).write(zekeriya, DEMO_PROGRAM_CODE, path)
    row = list(load_workbook(path).active[7])
    assert (row[4].value, row[4].data_type) == (title, "s")
    assert (row[9].value, row[9].data_type) == ("-2+3", "s")
