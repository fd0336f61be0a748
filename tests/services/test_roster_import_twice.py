"""The same list imported twice, or twice at once, adds nobody twice.

A plan is checked against the roster again inside the transaction that
applies it: a preview left open while another window (or a script) imported
the same list is refused and must be planned again. Real databases (a SQLite
file, and one on the PostgreSQL server when one is given); the concurrent case
uses two connections in two threads, as two processes would.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator.domain.directory import Person
from coordinator.domain.programs import Participant
from coordinator.services.errors import InvalidInputError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.services.roster import RosterService
from coordinator.services.roster_import import RosterImportService
from coordinator.store import Database
from tests.excel.workbooks import write_xlsx
from tests.stores import Store

CODE = "KZ-2021"
PEOPLE = 300


@pytest.fixture
def roster_file(tmp_path: Path) -> Path:
    rows = [["Adı Soyadı", "Görevi", "Kurumu"]]
    rows += [[f"Delegate {n:03d} Tokhtarova", "Expert", "Turkistan Municipality"]
             for n in range(PEOPLE)]  # fmt: skip
    return write_xlsx(tmp_path / "heyet.xlsx", rows)


@pytest.fixture
def service(database: Database) -> RosterImportService:
    ProgramService(database).create(
        ProgramInput(code=CODE, title="Turkistan Municipality Study Visit",
                     first_day=dt.date(2021, 8, 24), last_day=dt.date(2021, 8, 29))
    )  # fmt: skip
    return RosterImportService(database)


def counts(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        participants = session.scalar(select(func.count()).select_from(Participant))
        persons = session.scalar(select(func.count()).select_from(Person))
    return int(participants or 0), int(persons or 0)


def test_two_plans_of_one_list_applied_one_after_the_other_add_everyone_once(
    service: RosterImportService, database: Database, roster_file: Path
) -> None:
    first = service.plan(CODE, service.read(roster_file))
    second = service.plan(CODE, service.read(roster_file))
    assert len(first.additions) == len(second.additions) == PEOPLE
    service.apply(first)
    with pytest.raises(InvalidInputError, match="since the import was planned"):
        service.apply(second)
    assert counts(database) == (PEOPLE, PEOPLE)
    again = service.plan(CODE, service.read(roster_file))
    assert again.additions == ()


def test_two_imports_of_one_list_at_once_add_everyone_once(
    service: RosterImportService, store: Store, roster_file: Path
) -> None:
    outcomes: list[str] = []
    ready = threading.Barrier(2)

    def run() -> None:
        database = store.open()
        try:
            importer = RosterImportService(database)
            plan = importer.plan(CODE, importer.read(roster_file))
            ready.wait(10)  # both planned before either applies
            importer.apply(plan)
            outcomes.append("added")
        except InvalidInputError:
            outcomes.append("refused")
        finally:
            database.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["added", "refused"]
    database = store.open()
    try:
        assert counts(database) == (PEOPLE, PEOPLE)
    finally:
        database.close()


def test_an_import_done_again_gives_back_the_same_ids(
    service: RosterImportService, database: Database, roster_file: Path
) -> None:
    result = service.apply(service.plan(CODE, service.read(roster_file)))
    service.undo(result)
    assert counts(database) == (0, PEOPLE)  # the persons stay in the directory
    again = service.apply(result.plan, participant_ids=result.added)
    assert again.added == result.added
    assert [p.id for p in RosterService(database).list_participants(CODE)] == list(result.added)
    assert counts(database) == (PEOPLE, PEOPLE)


def test_an_import_cannot_be_done_again_over_entries_taken_since(
    service: RosterImportService, database: Database, roster_file: Path
) -> None:
    result = service.apply(service.plan(CODE, service.read(roster_file)))
    service.undo(result)
    with database.transaction() as session:
        program = ProgramService(database).get(CODE)
        person = session.scalars(select(Person).order_by(Person.id)).first()
        assert person is not None
        session.add(Participant(id=result.added[-1], program_id=program.id, person=person))
    with pytest.raises(InvalidInputError):
        service.apply(result.plan, participant_ids=result.added)
    assert counts(database) == (1, PEOPLE)
