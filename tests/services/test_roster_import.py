"""Importing a roster: plan without writing, apply in one transaction, match, remember, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text

from coordinator.domain.directory import Person
from coordinator.excel import RosterField
from coordinator.excel.roster_records import ProblemEffect
from coordinator.services.bulk_insert import _insert_returning
from coordinator.services.bulk_insert import insert_rows as _insert
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.services.roster_import import (
    ImportCancelledError,
    ImportRefusedError,
    RosterImportService,
)
from coordinator.store import Database
from tests.excel.workbooks import write_xlsx
from tests.stores import Store

CODE = "KZ-2021"
HEADER = ["Adı Soyadı", "Görevi", "Kurumu", "Doğum Tarihi", "E-posta"]


@pytest.fixture
def service(database: Database) -> RosterImportService:
    ProgramService(database).create(
        ProgramInput(code=CODE, title="Turkistan Municipality Study Visit",
                     first_day=dt.date(2021, 8, 24), last_day=dt.date(2021, 8, 29))
    )  # fmt: skip
    return RosterImportService(database)


def roster(database: Database) -> list[tuple[str, str, str]]:
    return [
        (p.name, p.title, p.organization) for p in RosterService(database).list_participants(CODE)
    ]


def sheet(tmp_path: Path, *rows: list[object], name: str = "liste.xlsx") -> Path:
    return write_xlsx(tmp_path / name, [HEADER, *rows])


def test_plan_writes_nothing_and_apply_adds_everyone(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    path = sheet(
        tmp_path,
        ["Zhandos Tasov", "Deputy Mayor", "Turkistan Municipality", "03.05.1978", "z@t.kz"],
        ["Gulzhamal Dahanova", "Head of Department", "Turkistan Municipality", None, None],
    )
    plan = service.plan(CODE, service.read(path))
    assert [item.data.name for item in plan.additions] == ["Zhandos Tasov", "Gulzhamal Dahanova"]
    assert (plan.updates, plan.problems) == ((), ())
    assert roster(database) == []
    result = service.apply(plan)
    assert len(result.added) == 2
    assert roster(database) == [
        ("Zhandos Tasov", "Deputy Mayor", "Turkistan Municipality"),
        ("Gulzhamal Dahanova", "Head of Department", "Turkistan Municipality"),
    ]
    [first, _] = RosterService(database).list_participants(CODE)
    assert (first.birth_date, first.email, first.position) == (dt.date(1978, 5, 3), "z@t.kz", 0)


def test_values_with_problems_are_left_out_of_rows_imported_and_named(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    path = sheet(
        tmp_path,
        ["Zhandos Tasov", "Deputy Mayor", "", "", "not-an-address"],
        ["Gulzhamal Dahanova", "", "", "31.02.1980", ""],
        ["Ali Veli", "", "", "", ""],
    )
    plan = service.plan(CODE, service.read(path))
    assert [(p.sheet, p.row, p.column, p.effect) for p in plan.problems] == [
        ("Sheet1", 2, "E", ProblemEffect.VALUE_LEFT_OUT),
        ("Sheet1", 3, "D", ProblemEffect.VALUE_LEFT_OUT),
    ]  # fmt: skip
    assert "e-mail" in plan.problems[0].message
    service.apply(plan)
    assert [name for name, _, _ in roster(database)] == [
        "Zhandos Tasov", "Gulzhamal Dahanova", "Ali Veli",
    ]  # fmt: skip
    zhandos, gulzhamal, _ = RosterService(database).list_participants(CODE)
    assert (zhandos.title, zhandos.email, gulzhamal.birth_date) == ("Deputy Mayor", "", None)


def test_a_row_matching_a_participant_updates_what_the_file_fills(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    RosterService(database).add(
        CODE, ParticipantInput(name="Ahmet Arısoy", title="Expert", organization="TDBB",
                               email="a@tdbb.org", room="214")
    )  # fmt: skip
    path = sheet(tmp_path, ["AHMET ARISOY", "Deputy Secretary General", "", "", ""])
    plan = service.plan(CODE, service.read(path))
    assert plan.additions == ()
    [update] = plan.updates
    assert update.before.title == "Expert"
    service.apply(plan)
    [participant] = RosterService(database).list_participants(CODE)
    assert participant.name == "Ahmet Arısoy"
    assert participant.title == "Deputy Secretary General"
    assert (participant.organization, participant.email, participant.room) == (
        "TDBB", "a@tdbb.org", "214",
    )  # fmt: skip
    again = service.plan(CODE, service.read(path))
    assert (again.updates, again.skipped_count) == ((), 1)
    assert again.skipped[0].reason == "unchanged"


def test_namesakes_are_told_apart_by_organization_then_birth_date(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    namesakes = sheet(
        tmp_path,
        ["Ali Yılmaz", "", "Beykoz", "", ""],
        ["Ali Yılmaz", "", "Eyüp", "01.01.1970", ""],
        name="namesakes.xlsx",
    )
    assert len(service.apply(service.plan(CODE, service.read(namesakes))).added) == 2
    path = sheet(
        tmp_path,
        ["Ali Yilmaz", "Mayor", "EYÜP", "", ""],
        ["ali yılmaz", "Driver", "", "", ""],
    )
    plan = service.plan(CODE, service.read(path))
    [update] = plan.updates
    assert (update.before.organization, update.data.title) == ("Eyüp", "Mayor")
    [problem] = plan.problems
    assert (problem.row, problem.column) == (3, "A")
    assert "matches several participants" in problem.message


def test_a_person_in_the_directory_is_reused(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    ProgramService(database).create(
        ProgramInput(code="OLD", title="An earlier visit", first_day=dt.date(2019, 5, 1),
                     last_day=dt.date(2019, 5, 3))
    )  # fmt: skip
    earlier = RosterService(database).add(
        "OLD", ParticipantInput(name="Zhandos Tasov", title="Adviser", organization="Turkistan")
    )
    path = sheet(tmp_path, ["Zhandos Tasov", "Deputy Mayor", "Turkistan", "", ""])
    service.apply(service.plan(CODE, service.read(path)))
    [participant] = RosterService(database).list_participants(CODE)
    assert participant.person_id == earlier.person_id
    [old] = RosterService(database).list_participants("OLD")
    assert old.title == "Adviser"


def test_apply_is_all_or_nothing(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    rows = [[f"Participant {index}", "Member", "TDBB", "", ""] for index in range(4500)]
    plan = service.plan(CODE, service.read(sheet(tmp_path, *rows)))
    with pytest.raises(ImportCancelledError):
        service.apply(plan, progress=lambda done, total: done < 4000)
    assert roster(database) == []
    calls: list[tuple[int, int]] = []
    service.apply(plan, progress=lambda done, total: calls.append((done, total)) is None)
    assert calls[-1] == (4500, 4500)
    assert len(roster(database)) == 4500


def test_a_plan_made_stale_by_an_edit_is_refused(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    added = RosterService(database).add(CODE, ParticipantInput(name="Ahmet Arısoy"))
    plan = service.plan(CODE, service.read(sheet(tmp_path, ["Ahmet Arisoy", "Expert", "", "", ""])))
    RosterService(database).update(added.id, ParticipantInput(name="Ahmet Arısoy", room="1"))
    with pytest.raises(InvalidInputError, match="plan the import again"):
        service.apply(plan)


def test_a_corrected_mapping_is_remembered_for_the_layout(
    service: RosterImportService, tmp_path: Path
) -> None:
    first = write_xlsx(tmp_path / "a.xlsx", [["Katılımcı", "Ünvan2", "X"], ["A", "Mayor", "1"]])
    table = service.read(first)
    assert table.mapping == {RosterField.NAME: 0}
    corrected = {RosterField.NAME: 0, RosterField.TITLE: 1}
    plan = service.plan(CODE, table, corrected)
    assert plan.mapping_corrected
    service.apply(plan)
    second = write_xlsx(tmp_path / "b.xlsx", [["KATILIMCI", "ünvan2", "x"], ["B", "Adviser", ""]])
    table = service.read(second)
    assert table.mapping == corrected
    [addition] = service.plan(CODE, table).additions
    assert addition.data.title == "Adviser"


def test_undo_removes_what_was_added_and_restores_what_was_updated(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    RosterService(database).add(CODE, ParticipantInput(name="Ahmet Arısoy", title="Expert"))
    before = roster(database)
    path = sheet(tmp_path, ["Ahmet Arısoy", "Adviser", "", "", ""], ["New Person", "", "", "", ""])
    result = service.apply(service.plan(CODE, service.read(path)))
    assert len(roster(database)) == 2
    service.undo(result)
    assert roster(database) == before


def test_unknown_program_and_unreadable_file(service: RosterImportService, tmp_path: Path) -> None:
    table = service.read(sheet(tmp_path, ["A", "", "", "", ""]))
    with pytest.raises(NotFoundError, match="NOPE"):
        service.plan("NOPE", table)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04broken")
    with pytest.raises(ImportRefusedError, match=r"broken\.xlsx"):
        service.read(broken)


def test_a_mapping_that_does_not_fit_is_invalid_input(
    service: RosterImportService, tmp_path: Path
) -> None:
    table = service.read(sheet(tmp_path, ["A", "", "", "", ""]))
    with pytest.raises(InvalidInputError, match="name"):
        service.plan(CODE, table, {RosterField.TITLE: 1})


FULL_HEADER = ["Name", "Title", "Organization", "Role", "Arrival", "Departure", "Room",
               "Dietary", "Needs", "Passport number", "Birth date", "E-mail", "Phone",
               "Languages", "Notes"]  # fmt: skip
STORED = text(
    "SELECT pa.id, pa.position, pa.role, pa.title, pa.arrival, pa.departure, pa.room, pa.dietary,"
    " pa.needs, pa.passport_number, pa.birth_date, pa.notes, pe.full_name, pe.name_key, pe.title,"
    " pe.languages, pe.email, pe.phone, pe.notes, o.name, o.name_key"
    " FROM participant pa JOIN person pe ON pe.id = pa.person_id"
    " LEFT JOIN organization o ON o.id = pa.organization_id ORDER BY pa.position"
)


def test_imported_rows_are_stored_as_the_roster_service_stores_them(
    service: RosterImportService, database: Database, tmp_path: Path, new_store: Callable[[], Store]
) -> None:
    data = ParticipantInput(
        name="İsmail Işık", title="Deputy Mayor", organization="Turkistan Municipality",
        role="head", arrival=dt.datetime(2021, 8, 24, 14, 30),
        departure=dt.datetime(2021, 8, 29, 10, 5), room="0214", dietary="halal",
        needs="wheelchair", passport_number="N0123456", birth_date=dt.date(1978, 5, 3),
        email="i.isik@example.kz", phone="+7 701 000 00 00", languages=("kk", "ru"),
        notes="#N/A",
    )  # fmt: skip
    path = write_xlsx(tmp_path / "full.xlsx", [FULL_HEADER, [
        data.name, data.title, data.organization, data.role, data.arrival, data.departure,
        data.room, data.dietary, data.needs, data.passport_number, data.birth_date, data.email,
        data.phone, "kk, ru", data.notes]])  # fmt: skip
    service.apply(service.plan(CODE, service.read(path)))
    other = new_store().open()
    try:
        ProgramService(other).create(ProgramInput(
            code=CODE, title="T", first_day=dt.date(2021, 8, 24), last_day=dt.date(2021, 8, 29)
        ))  # fmt: skip
        RosterService(other).add(CODE, data)
        with database.reading() as imported, other.reading() as added:
            assert imported.execute(STORED).all() == added.execute(STORED).all()
    finally:
        other.close()


def test_rows_are_numbered_after_the_highest_id_or_numbered_by_the_database(
    database: Database,
) -> None:
    rows = [{"full_name": name, "name_key": name.lower(), "title": "", "organization_id": None,
             "languages": ("en",), "email": "", "phone": "", "notes": ""}
            for name in ("A", "B", "C", "D")]  # fmt: skip
    with database.transaction() as session:
        assert _insert(session, Person, rows[:2]) == [1, 2]
        session.execute(delete(Person).where(Person.id == 2))
        # SQLite's rows are numbered after the highest id; a server's sequence never goes back.
        numbered = database.engine.dialect.name == "sqlite"
        assert _insert(session, Person, rows[2:3]) == ([2] if numbered else [3])
        table = Person.metadata.tables["person"]
        assert _insert_returning(session.connection(), table, rows[3:]) == (
            [3] if numbered else [4]
        )
        stored = session.execute(select(Person.full_name, Person.languages).order_by(Person.id))
        assert stored.all() == [("A", ["en"]), ("C", ["en"]), ("D", ["en"])]
