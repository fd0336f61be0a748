"""Importing a program workbook: round trip, hand-drafted sheets, problems, one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from coordinator.services import program_import_apply
from coordinator.services.directory_service import DirectoryService
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.program_export import ProgramExportService
from coordinator.services.program_import import ProgramImportService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput, UnavailabilityInput
from coordinator.services.roster import RosterService
from coordinator.services.roster_import import ImportRefusedError
from coordinator.store import Database
from tests.excel.test_program_reader import TURKISH_ROWS, turkish_file
from tests.excel.workbooks import ole2_file
from tests.itinerary_support import CODE, TUE, WED, add_activity, add_guide, make_program
from tests.stores import AddDemo, Store

FIRST, LAST = dt.date(2021, 8, 24), dt.date(2021, 8, 29)


def new_program(database: Database, code: str = "COPY") -> None:
    ProgramService(database).create(
        ProgramInput(code=code, title="Copy", first_day=FIRST, last_day=LAST)
    )


def activities(database: Database, code: str) -> list[tuple[object, ...]]:
    return [
        (a.day, a.start_time, a.end_time, a.kind, a.title, a.venue, a.venue_owner, a.hosts,
         tuple((item.guide, item.role) for item in a.assignments), a.needs_guide, a.notes,
         a.summary)
        for a in ItineraryService(database).list_activities(code)
    ]  # fmt: skip


def guides(database: Database, code: str) -> list[tuple[object, ...]]:
    return [
        (g.name, g.title, g.organization, g.languages, g.roles, g.unavailable, g.max_hours_per_day)
        for g in GuideService(database).list_for_program(code)
    ]


def roster(database: Database, code: str) -> list[object]:
    return [
        # What was assumed is the office's knowledge, not carried by a workbook.
        dataclasses.replace(p, id=0, person_id=0, program_code="", assumed=())
        for p in RosterService(database).list_participants(code)
    ]


def venues(database: Database) -> list[tuple[object, ...]]:
    return [(v.name, v.owner, v.kind, v.address, v.city, v.notes)
            for v in DirectoryService(database).venues()]  # fmt: skip


def test_demo_round_trip_into_a_new_database(
    database: Database, tmp_path: Path, new_store: Callable[[], Store], add_demo: AddDemo
) -> None:
    program = add_demo(database)
    path = tmp_path / "program.xlsx"
    ProgramExportService(database).export_program(program.code, path)
    other = new_store().open()
    try:
        new_program(other)
        service = ProgramImportService(other)
        plan = service.plan("COPY", path)
        assert plan.problems == ()
        assert plan.sheets["Itinerary"].added == program.activity_count
        service.apply(plan)
        assert activities(other, "COPY") == activities(database, program.code)
        assert guides(other, "COPY") == guides(database, program.code)
        assert roster(other, "COPY") == roster(database, program.code)
        used = {a.venue for a in ItineraryService(database).list_activities(program.code)}
        assert venues(other) == [v for v in venues(database) if v[0] in used]
        again = service.plan("COPY", path)
        assert (again.added, again.problems) == (0, ())
    finally:
        other.close()


def test_turkish_itinerary_creates_venues_hosts_and_guides(
    database: Database, tmp_path: Path
) -> None:
    new_program(database)
    service = ProgramImportService(database)
    plan = service.plan("COPY", turkish_file(tmp_path), itinerary_only=True)
    assert (plan.added, plan.problems) == (3, ())
    service.apply(plan)
    found = ItineraryService(database).list_activities("COPY")
    assert [a.title for a in found] == [row[3] for row in TURKISH_ROWS]
    assert found[0].venue == "Üsküdar Belediyesi"
    assert found[0].hosts[0].name == "Hilmi Türkmen"
    assert [(item.guide, item.role) for item in found[1].assignments] == [
        ("Zekeriya Şanlıer", "guide"), ("Ayşe Kaya", "interpreter")]  # fmt: skip
    assert {g.name for g in GuideService(database).list_guides()} == {
        "Zekeriya Şanlıer", "Ayşe Kaya"}  # fmt: skip
    assert {v.name for v in DirectoryService(database).venues()} == {
        "Üsküdar Belediyesi", "Beytaş Tesisi"}  # fmt: skip
    again = service.plan("COPY", turkish_file(tmp_path), itinerary_only=True)
    assert (again.added, again.updated, again.skipped) == (0, 0, 3)


def test_matching_activity_is_updated_keeping_what_the_file_leaves_empty(
    database: Database, tmp_path: Path
) -> None:
    new_program(database)
    service = ProgramImportService(database)
    service.apply(service.plan("COPY", turkish_file(tmp_path)))
    changed = [["25.08.2021", "10:30", "12:00", "BELEDIYE BAŞKANI ZİYARETİ", None, None, None]]
    plan = service.plan("COPY", turkish_file(tmp_path, changed))
    assert (plan.added, plan.updated) == (0, 1)
    service.apply(plan)
    first = ItineraryService(database).list_activities("COPY")[0]
    assert (first.end_time, first.kind, first.venue) == (
        dt.time(12), "courtesy_visit", "Üsküdar Belediyesi")  # fmt: skip
    assert [host.name for host in first.hosts] == ["Hilmi Türkmen"]
    assert [item.guide for item in first.assignments] == ["Zekeriya Şanlıer"]


def test_day_outside_the_program_is_a_problem(database: Database, tmp_path: Path) -> None:
    new_program(database)
    rows = [["01.09.2021", "10:00", "11:00", "Too late", None], *TURKISH_ROWS[:1]]
    plan = ProgramImportService(database).plan("COPY", turkish_file(tmp_path, rows))
    (problem,) = plan.problems
    assert (problem.sheet, problem.row, problem.column) == ("Program", 3, "A")
    assert "outside the program COPY" in problem.message
    assert (plan.added, plan.skipped) == (1, 1)


def test_planning_writes_nothing(database: Database, tmp_path: Path) -> None:
    new_program(database)
    ProgramImportService(database).plan("COPY", turkish_file(tmp_path))
    assert ItineraryService(database).list_activities("COPY") == []
    assert DirectoryService(database).venues() == []


def test_a_failure_midway_rolls_everything_back(
    database: Database,
    tmp_path: Path,
    new_store: Callable[[], Store],
    monkeypatch: pytest.MonkeyPatch,
    add_demo: AddDemo,
) -> None:
    program = add_demo(database)
    path = tmp_path / "program.xlsx"
    ProgramExportService(database).export_program(program.code, path)
    other = new_store().open()
    try:
        new_program(other)
        service = ProgramImportService(other)
        plan = service.plan("COPY", path)

        def fail(*_arguments: object) -> None:
            raise RuntimeError("disk full")

        monkeypatch.setattr(program_import_apply, "_assign", fail)
        with pytest.raises(RuntimeError):
            service.apply(plan)
        assert RosterService(other).list_participants("COPY") == []
        assert ItineraryService(other).list_activities("COPY") == []
        assert GuideService(other).list_guides() == []
        assert DirectoryService(other).venues() == []
    finally:
        other.close()


def test_hostile_file_is_refused(database: Database, tmp_path: Path) -> None:
    new_program(database)
    path = ole2_file(tmp_path / "locked.xlsx", encrypted=True)
    with pytest.raises(ImportRefusedError) as caught:
        ProgramImportService(database).plan("COPY", path)
    assert "locked.xlsx" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_guides_with_absences_limits_and_user_kinds_round_trip(
    database: Database, tmp_path: Path, new_store: Callable[[], Store]
) -> None:
    make_program(database)
    activity = add_activity(database, "+Workshop", "09:00", "10:30", kind="workshop",
                            venue="=Hall", needs_guide=True, day=TUE)  # fmt: skip
    guide = add_guide(database, "Ayşe Kaya", ("ru", "kk"), ("interpreter", "escort"), hours=6.5)
    GuideService(database).add_unavailability(guide.id, UnavailabilityInput(WED))
    GuideService(database).assign(activity.id, guide.id, "escort")
    path = tmp_path / "program.xlsx"
    ProgramExportService(database).export_program(CODE, path)
    other = new_store().open()
    try:
        make_program(other)
        service = ProgramImportService(other)
        service.apply(service.plan(CODE, path))
        assert activities(other, CODE) == activities(database, CODE)
        assert guides(other, CODE) == guides(database, CODE)
    finally:
        other.close()


def program_fields(database: Database, code: str) -> tuple[object, ...]:
    p = ProgramService(database).get(code)
    return (p.title, p.organizer, p.partners, p.city, p.country, p.first_day, p.last_day,
            p.languages, p.notes)  # fmt: skip


def test_program_sheet_round_trips_into_a_program_with_another_code(
    database: Database, tmp_path: Path
) -> None:
    source = ProgramInput(
        code="KZ-2021", title="Turkistan information sharing", first_day=FIRST, last_day=LAST,
        city="Istanbul", country="Türkiye", organizer="TDBB",
        partners=("Üsküdar Municipality", "Beykoz Municipality", "Eyüpsultan Municipality"),
        languages=("ru", "kk", "tr"), notes="Hosted with three districts.\nSecond line.",
    )  # fmt: skip
    ProgramService(database).create(source)
    path = tmp_path / "program.xlsx"
    ProgramExportService(database).export_program("KZ-2021", path)
    new_program(database)
    service = ProgramImportService(database)
    plan = service.plan("COPY", path)
    assert plan.problems == ()
    assert plan.program_code == "COPY"
    assert (plan.sheets["Program"].added, plan.sheets["Program"].updated) == (0, 7)
    service.apply(plan)
    assert ProgramService(database).get("COPY").code == "COPY"
    assert program_fields(database, "COPY") == program_fields(database, "KZ-2021")
    again = service.plan("COPY", path)
    assert (again.updated, again.program_update) == (0, None)


def test_program_sheet_round_trips_with_the_demo(
    database: Database, tmp_path: Path, new_store: Callable[[], Store], add_demo: AddDemo
) -> None:
    program = add_demo(database)
    path = tmp_path / "program.xlsx"
    ProgramExportService(database).export_program(program.code, path)
    other = new_store().open()
    try:
        ProgramService(other).create(
            ProgramInput(code="COPY", title="Copy", first_day=program.first_day,
                         last_day=program.last_day)
        )  # fmt: skip
        service = ProgramImportService(other)
        service.apply(service.plan("COPY", path))
        assert program_fields(other, "COPY") == program_fields(database, program.code)
    finally:
        other.close()


def test_hourly_absences_round_trip(
    database: Database, tmp_path: Path, new_store: Callable[[], Store]
) -> None:
    make_program(database)
    activity = add_activity(database, "Workshop", "09:00", "10:30", day=TUE)
    guide = add_guide(database, "Ayşe Kaya", ("ru",), ("interpreter",))
    for absence in (
        UnavailabilityInput(TUE, dt.time(14), dt.time(18)),
        UnavailabilityInput(TUE, dt.time(7), dt.time(8, 30)),
        UnavailabilityInput(WED),
    ):
        GuideService(database).add_unavailability(guide.id, absence)
    GuideService(database).assign(activity.id, guide.id, "interpreter")
    path = tmp_path / "program.xlsx"
    ProgramExportService(database).export_program(CODE, path)
    other = new_store().open()
    try:
        make_program(other)
        service = ProgramImportService(other)
        service.apply(service.plan(CODE, path))
        service.apply(service.plan(CODE, path))
        (copy,) = GuideService(other).list_guides()
        assert absences(other, copy.id) == absences(database, guide.id) == [
            (TUE, dt.time(7), dt.time(8, 30)), (TUE, dt.time(14), dt.time(18)), (WED, None, None)
        ]  # fmt: skip
    finally:
        other.close()


def absences(database: Database, guide_id: int) -> list[tuple[object, ...]]:
    return sorted(
        (
            (a.day, a.start_time, a.end_time)
            for a in GuideService(database).unavailability(guide_id)
        ),
        key=lambda item: (item[0], item[1] or dt.time()),
    )


def edited(path: Path, sheet: str, cells: dict[str, object]) -> Path:
    workbook = openpyxl.load_workbook(path)
    for cell, value in cells.items():
        workbook[sheet][cell] = value
    workbook.save(path)
    return path


def test_program_days_leaving_an_activity_outside_are_a_problem(
    database: Database, tmp_path: Path
) -> None:
    make_program(database)
    add_activity(database, "Workshop", "09:00", "10:30", day=TUE)
    path = tmp_path / "program.xlsx"
    ProgramExportService(database).export_program(CODE, path)
    # Rows: Field/Value, Code, Title, Organizer, Partners, City, Country, First day…
    edited(path, "Program", {"B3": "Another title", "B8": WED})
    service = ProgramImportService(database)
    plan = service.plan(CODE, path)
    (problem,) = plan.problems
    assert (problem.sheet, problem.row, problem.column) == ("Program", 8, "B")
    assert "'Workshop' of 02.06.2026 would fall outside" in problem.message
    assert plan.program_update is None
    before = program_fields(database, CODE)
    service.apply(plan)
    assert program_fields(database, CODE) == before


def test_hand_written_absences_and_a_bad_one(database: Database, tmp_path: Path) -> None:
    make_program(database)
    add_activity(database, "Workshop", "09:00", "10:30", day=TUE)
    path = tmp_path / "program.xlsx"
    ProgramExportService(database).export_program(CODE, path)
    guides_sheet = [["Name", "Roles", "Unavailable"],
                    ["Ayşe Kaya", "tercüman", "02.06.2026, 14.00 - 18.00\n2026-06-03"],
                    ["Ali Veli", "rehber", "03.06.2026 saat 18:00 ile 14:00"]]  # fmt: skip
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Guides"]
    sheet.delete_rows(1, sheet.max_row)
    for row in guides_sheet:
        sheet.append(row)
    workbook.save(path)
    service = ProgramImportService(database)
    plan = service.plan(CODE, path)
    (problem,) = plan.problems
    assert (problem.sheet, problem.row, problem.column) == ("Guides", 3, "C")
    assert "must be after the start" in problem.message
    service.apply(plan)
    ayse = GuideService(database).find("Ayşe Kaya")
    assert absences(database, ayse.id) == [(TUE, dt.time(14), dt.time(18)), (WED, None, None)]
