"""The Travel sheet of a program workbook: export, import into an empty database, drafted sheets."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl

from coordinator.excel.travel_sheet import travel_headers
from coordinator.services.program_export import ProgramExportService
from coordinator.services.program_import import ProgramImportService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantRecord, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.store import Database
from tests.stores import AddDemo, Store

DAY = dt.date(2021, 8, 24)
_TRAVEL = (
    "arrival", "arrival_time_known", "arrival_mode", "arrival_number", "arrival_from",
    "arrival_place", "arrival_terminal", "departure", "departure_time_known", "departure_mode",
    "departure_number", "departure_to", "departure_place", "departure_terminal",
)  # fmt: skip


def travel_of(database: Database, code: str) -> dict[str, tuple[object, ...]]:
    """Each participant's travel fields, by name."""
    return {
        p.name: tuple(getattr(p, name) for name in _TRAVEL)
        for p in RosterService(database).list_participants(code)
    }


def set_travel(database: Database, record: ParticipantRecord, **travel: object) -> None:
    before = record.as_input()
    RosterService(database).update(record.id, dataclasses.replace(before, **travel), before)


def add_travel(database: Database, code: str) -> list[ParticipantRecord]:
    """A flight with its time, a train whose time is not known; the others travel unknown."""
    people = RosterService(database).list_participants(code)
    set_travel(database, people[0], arrival=dt.datetime(2021, 8, 24, 14, 35),
               arrival_mode="flight", arrival_number="TK 351", arrival_from="Almaty",
               arrival_place="IST", arrival_terminal="International",
               departure=dt.datetime(2021, 8, 29, 9, 5), departure_mode="flight",
               departure_number="TK 350", departure_to="=Almaty",
               departure_place="IST")  # fmt: skip
    set_travel(database, people[1], arrival=dt.datetime(2021, 8, 24), arrival_time_known=False,
               arrival_mode="train", arrival_number="Doğu Ekspresi",
               arrival_place="Haydarpaşa")  # fmt: skip
    return people


def test_travel_round_trips_on_its_own_sheet_into_an_empty_database(
    database: Database, tmp_path: Path, new_store: Callable[[], Store], add_demo: AddDemo
) -> None:
    program = add_demo(database)
    people = add_travel(database, program.code)
    path = tmp_path / "program.xlsx"
    counts = ProgramExportService(database).export_program(program.code, path)
    assert counts["Travel"] == 2
    book = openpyxl.load_workbook(path)
    assert not {"Arrival", "Arrival time", "Departure"} & {c.value for c in book["Participants"][1]}
    sheet = book["Travel"]
    assert tuple(cell.value for cell in sheet[1]) == travel_headers("en")
    first = [cell.value for cell in sheet[2]]
    assert first[:8] == [people[0].name, dt.datetime(2021, 8, 24), dt.time(14, 35), "Flight",
                         "TK 351", "Almaty", "IST", "International"]  # fmt: skip
    assert sheet["M2"].data_type == "s"  # formula-looking text written as text
    second = [cell.value for cell in sheet[3]]
    assert second[:4] == [people[1].name, dt.datetime(2021, 8, 24), None, "Train"]
    other = new_store().open()
    try:
        ProgramService(other).create(ProgramInput(code="COPY", title="Copy", first_day=DAY,
                                                  last_day=dt.date(2021, 8, 29)))  # fmt: skip
        service = ProgramImportService(other)
        plan = service.plan("COPY", path)
        assert plan.problems == ()
        assert plan.sheets["Travel"].updated == 2
        service.apply(plan)
        assert travel_of(other, "COPY") == travel_of(database, program.code)
        again = service.plan("COPY", path)
        assert (again.sheets["Travel"].updated, again.sheets["Travel"].skipped) == (0, 2)
    finally:
        other.close()


def test_turkish_headers_read_back(database: Database, tmp_path: Path, add_demo: AddDemo) -> None:
    program = add_demo(database)
    people = RosterService(database).list_participants(program.code)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Seyahat"
    sheet.append(travel_headers("tr"))
    sheet.append([people[2].name, "24.08.2021", "11:20", "Otobüs", "", "Bursa", "Otogar", "",
                  "28.08.2021", "", "Tren"])  # fmt: skip
    path = tmp_path / "seyahat.xlsx"
    book.save(path)
    service = ProgramImportService(database)
    plan = service.plan(program.code, path)
    assert plan.problems == ()
    assert plan.workbook.travel_sheet == "Seyahat"
    service.apply(plan)
    record = RosterService(database).list_participants(program.code)[2]
    assert (record.arrival, record.arrival_mode, record.arrival_from, record.arrival_place) == (
        dt.datetime(2021, 8, 24, 11, 20),
        "bus",
        "Bursa",
        "Otogar",
    )
    assert (record.departure, record.departure_time_known, record.departure_mode) == (
        dt.datetime(2021, 8, 28),
        False,
        "train",
    )


def test_drafted_turkish_travel_sheet_wins_with_problems_at_their_cells(
    database: Database, tmp_path: Path, add_demo: AddDemo
) -> None:
    program = add_demo(database)
    people = RosterService(database).list_participants(program.code)
    book = openpyxl.Workbook()
    roster = book.active
    assert roster is not None
    roster.title = "Katılımcılar"
    roster.append(["Ad Soyad", "Kurum", "Geliş tarihi", "Nereden"])
    roster.append(["Ayşe Yeni", "Bakanlık", "20.08.2021", "Ankara"])  # new, Seyahat wins
    travel = book.create_sheet("Seyahat")
    travel.append(["Ad Soyad", "Geliş tarihi", "Geliş saati", "Uçuş", "Havalimanı", "Terminal",
                   "Dönüş tarihi", "Dönüş saati", "Uçuş"])  # fmt: skip
    travel.append(["Ayşe Yeni", "24.08.2021", "", "pc 2011", "saw", "", "29.08.2021", "18:40",
                   "PC 2012"])  # fmt: skip
    travel.append([people[0].name, "24.08.2021", "25:99", "TK351", "IST", "İç hatlar",
                   "yarın", "", ""])  # fmt: skip
    travel.append(["Kimse Bilinmiyor", "24.08.2021", "10:00", "TK 1", "IST", "", "", "", ""])
    path = tmp_path / "seyahat.xlsx"
    book.save(path)
    service = ProgramImportService(database)
    plan = service.plan(program.code, path)
    where = {(p.sheet, p.row, p.column, p.row_left_out) for p in plan.problems}
    assert where == {("Seyahat", 3, "C", False), ("Seyahat", 3, "G", False),
                     ("Seyahat", 4, "A", True)}  # fmt: skip
    unknown = next(p for p in plan.problems if p.row == 4)
    assert "Kimse Bilinmiyor" in unknown.message
    service.apply(plan)
    by_name = {p.name: p for p in RosterService(database).list_participants(program.code)}
    new = by_name["Ayşe Yeni"]
    assert (new.arrival, new.arrival_time_known, new.arrival_from) == (
        dt.datetime(2021, 8, 24),
        False,
        "Ankara",
    )  # the Travel sheet's date, the roster's "from"
    assert (new.arrival_number, new.arrival_mode, new.arrival_place) == ("PC 2011", "flight", "SAW")
    assert (new.departure, new.departure_number) == (dt.datetime(2021, 8, 29, 18, 40), "PC 2012")
    known = by_name[people[0].name]
    assert (known.arrival, known.arrival_time_known, known.arrival_terminal) == (
        dt.datetime(2021, 8, 24),
        False,
        "İç hatlar",
    )  # the bad time left out, the rest kept
    assert known.departure == people[0].departure
    assert "Kimse Bilinmiyor" not in by_name


def test_travel_columns_on_a_participants_sheet_still_read(
    database: Database, tmp_path: Path, add_demo: AddDemo
) -> None:
    program = add_demo(database)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Participants"
    sheet.append(["Name", "Organization", "Arrival", "Arrival time", "Flight"])
    sheet.append(["John New", "Ministry", "24.08.2021", "14:35", "TK 351"])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    service = ProgramImportService(database)
    plan = service.plan(program.code, path)
    assert plan.problems == ()
    assert plan.workbook.travel_sheet is None
    service.apply(plan)
    record = next(p for p in RosterService(database).list_participants(program.code)
                  if p.name == "John New")  # fmt: skip
    assert (record.arrival, record.arrival_number) == (dt.datetime(2021, 8, 24, 14, 35), "TK 351")
