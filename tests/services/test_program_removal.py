"""Deleting a program with what goes with it, and putting it back exactly, ids and all."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator.domain.audit import Change
from coordinator.domain.directory import Person, Venue
from coordinator.services.demo import load_demo
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.program_removal import ProgramRemovalService
from coordinator.services.program_rows import ProgramRows, read_program_rows
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.store import Database


@pytest.fixture
def removal(database: Database) -> ProgramRemovalService:
    return ProgramRemovalService(database)


def read_program_rows_of(database: Database, program_id: int) -> ProgramRows:
    with database.reading() as session:
        return read_program_rows(session, program_id)


def _directory(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        people = session.scalar(select(func.count()).select_from(Person)) or 0
        venues = session.scalar(select(func.count()).select_from(Venue)) or 0
        return people, venues


def test_the_summary_counts_what_goes_with_the_program(
    database: Database, removal: ProgramRemovalService
) -> None:
    demo = load_demo(database)
    summary = removal.summary(demo.code)
    assert summary.code == demo.code
    assert summary.participants == demo.participant_count > 0
    assert summary.activities == demo.activity_count > 0
    assert summary.assignments > 0
    rows = read_program_rows_of(database, demo.id)
    assert summary.assignments == rows.count("assignment")
    assert summary.documents == rows.count("produced_document")
    assert summary.logistics == rows.count("stay") + rows.count("movement") + rows.count("gift")


def test_remove_takes_everything_of_the_program_and_keeps_the_directory(
    database: Database, removal: ProgramRemovalService
) -> None:
    demo = load_demo(database)
    directory = _directory(database)
    removed = removal.remove(demo.code)
    assert removed.rows.count("participant") == demo.participant_count
    assert removed.rows.count("activity") == demo.activity_count
    with pytest.raises(NotFoundError):
        ProgramService(database).get(demo.code)
    assert _directory(database) == directory
    empty = read_program_rows_of(database, demo.id)
    assert all(not rows for _name, rows in empty.tables)


def test_restore_brings_back_every_row_under_its_own_id(
    database: Database, removal: ProgramRemovalService
) -> None:
    demo = load_demo(database)
    before = read_program_rows_of(database, demo.id)
    removed = removal.remove(demo.code)
    restored = removal.restore(removed)
    assert restored.id == demo.id
    assert restored.code == demo.code
    assert restored.participant_count == demo.participant_count
    assert read_program_rows_of(database, demo.id) == before
    with database.reading() as session:
        actions = list(
            session.scalars(
                select(Change.action).where(Change.record == "program", Change.record_id == demo.id)
            )
        )
    assert "removed" in actions
    assert actions[-1] == "added"


def test_restore_is_refused_once_the_code_is_taken_again(
    database: Database, removal: ProgramRemovalService
) -> None:
    demo = load_demo(database)
    removed = removal.remove(demo.code)
    ProgramService(database).create(
        ProgramInput(
            code=demo.code, title="Another", first_day=demo.first_day, last_day=demo.last_day
        )
    )
    with pytest.raises(InvalidInputError, match="cannot be put back"):
        removal.restore(removed)


def test_removing_a_program_that_is_gone_is_refused(removal: ProgramRemovalService) -> None:
    with pytest.raises(NotFoundError):
        removal.remove("NOPE")


def test_a_program_import_is_taken_back_and_done_again_exactly(
    database: Database, tmp_path: Path
) -> None:
    from coordinator.services.program_export import ProgramExportService
    from coordinator.services.program_import import ProgramImportService
    from coordinator.services.program_import_undo import UndoableProgramImport

    demo = load_demo(database)
    workbook = tmp_path / "demo.xlsx"
    ProgramExportService(database).export_program(demo.code, workbook)
    empty = ProgramService(database).create(
        ProgramInput(code="EMPTY", title="Empty", first_day=demo.first_day, last_day=demo.last_day)
    )
    plan = ProgramImportService(database).plan("EMPTY", workbook)
    undoable = UndoableProgramImport(database)
    imported = undoable.apply(plan)
    assert imported.after.count("activity") == demo.activity_count
    assert imported.before.count("activity") == 0
    assert undoable.undo(imported).activity_count == 0
    assert read_program_rows_of(database, empty.id) == imported.before
    assert undoable.redo(imported).activity_count == demo.activity_count
    assert read_program_rows_of(database, empty.id) == imported.after


def test_an_import_changed_since_is_not_taken_back(database: Database, tmp_path: Path) -> None:
    from coordinator.services.program_export import ProgramExportService
    from coordinator.services.program_import import ProgramImportService
    from coordinator.services.program_import_undo import UndoableProgramImport

    demo = load_demo(database)
    workbook = tmp_path / "demo.xlsx"
    ProgramExportService(database).export_program(demo.code, workbook)
    ProgramService(database).create(
        ProgramInput(code="EMPTY", title="Empty", first_day=demo.first_day, last_day=demo.last_day)
    )
    undoable = UndoableProgramImport(database)
    imported = undoable.apply(ProgramImportService(database).plan("EMPTY", workbook))
    record = ProgramService(database).get("EMPTY")
    ProgramService(database).update("EMPTY", dataclasses.replace(record.as_input(), city="Bursa"))
    with pytest.raises(InvalidInputError, match="changed since"):
        undoable.undo(imported)
    assert ProgramService(database).get("EMPTY").activity_count == demo.activity_count
