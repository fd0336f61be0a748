"""Undoing a program workbook's import takes back the directory entries it created, exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from coordinator.domain.audit import Change
from coordinator.domain.base import Base
from coordinator.services.demo import load_demo
from coordinator.services.directory_records import VenueInput
from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import InvalidInputError
from coordinator.services.program_export import ProgramExportService
from coordinator.services.program_import import ProgramImportService
from coordinator.services.program_import_directory import DIRECTORY_TABLES
from coordinator.services.program_import_undo import UndoableProgramImport
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.store import Database, open_database

Directory = dict[str, list[dict[str, Any]]]


def _directory(database: Database) -> Directory:
    with database.reading() as session:
        found: Directory = {}
        for name in (*DIRECTORY_TABLES, "guide_unavailability", "venue_travel"):
            table = Base.metadata.tables[name]
            order = list(table.primary_key.columns)
            found[name] = [
                dict(row) for row in session.execute(select(table).order_by(*order)).mappings()
            ]
        return found


@pytest.fixture
def workbook(tmp_path: Path) -> tuple[Path, Any]:
    """The demo program exported from another database, so every directory entry is new here."""
    other = open_database(tmp_path / "other.sqlite")
    try:
        demo = load_demo(other)
        path = tmp_path / "demo.xlsx"
        ProgramExportService(other).export_program(demo.code, path)
    finally:
        other.close()
    return path, demo


def _import(database: Database, workbook: tuple[Path, Any]) -> tuple[UndoableProgramImport, Any]:
    path, demo = workbook
    ProgramService(database).create(
        ProgramInput(code="NEW", title="New", first_day=demo.first_day, last_day=demo.last_day)
    )
    undoable = UndoableProgramImport(database)
    return undoable, undoable.apply(ProgramImportService(database).plan("NEW", path))


def test_undo_takes_back_the_entries_the_import_created_and_redo_puts_them_back(
    database: Database, workbook: tuple[Path, Any]
) -> None:
    empty = _directory(database)
    undoable, imported = _import(database, workbook)
    left = _directory(database)
    kinds = {entry.table for entry in imported.created}
    assert {"organization", "person", "venue", "guide"} <= kinds
    assert len(imported.created) == sum(len(left[name]) for name in DIRECTORY_TABLES)

    undoable.undo(imported)
    assert _directory(database) == empty
    with database.reading() as session:
        gone = session.scalars(select(Change.record).where(Change.action == "removed")).all()
    assert {"venue", "person", "guide", "organization"} <= set(gone)

    undoable.redo(imported)
    assert _directory(database) == left  # same ids, same values
    undoable.undo(imported)
    assert _directory(database) == empty


def test_an_entry_used_elsewhere_by_the_undo_stays_and_the_rest_goes(
    database: Database, workbook: tuple[Path, Any]
) -> None:
    undoable, imported = _import(database, workbook)
    person = next(entry for entry in imported.created if entry.table == "person")
    ProgramService(database).create(
        ProgramInput(code="LATER", title="Later", first_day=workbook[1].first_day,
                     last_day=workbook[1].last_day)
    )  # fmt: skip
    RosterService(database).add("LATER", ParticipantInput(name=person.label))
    undoable.undo(imported)
    after = _directory(database)
    assert [row["id"] for row in after["person"]] == [person.id]
    assert after["venue"] == []
    assert after["guide"] == []
    assert ProgramService(database).get("NEW").activity_count == 0

    undoable.redo(imported)
    assert ProgramService(database).get("NEW").activity_count == workbook[1].activity_count
    assert len(_directory(database)["person"]) == sum(
        1 for entry in imported.created if entry.table == "person"
    )


def test_redo_is_refused_when_another_entry_took_a_created_entrys_id(
    database: Database, workbook: tuple[Path, Any]
) -> None:
    undoable, imported = _import(database, workbook)
    venue = max((entry for entry in imported.created if entry.table == "venue"), key=lambda e: e.id)
    undoable.undo(imported)
    DirectoryService(database).add_venue(
        VenueInput(name="Somewhere Else Entirely"), venue_id=venue.id
    )
    with pytest.raises(InvalidInputError, match="cannot be done again"):
        undoable.redo(imported)
    assert ProgramService(database).get("NEW").activity_count == 0  # nothing written


def test_an_entry_edited_since_the_import_stays_at_its_undo(
    database: Database, workbook: tuple[Path, Any]
) -> None:
    undoable, imported = _import(database, workbook)
    venue = next(entry for entry in imported.created if entry.table == "venue")
    venues = DirectoryService(database).venues()
    record = next(item for item in venues if item.id == venue.id)
    DirectoryService(database).update_venue(
        venue.id, VenueInput(name=record.name, address="Edited since")
    )
    undoable.undo(imported)
    after = _directory(database)
    assert [(row["id"], row["address"]) for row in after["venue"]] == [(venue.id, "Edited since")]
    assert after["guide"] == []
    undoable.redo(imported)  # the edited venue is still the same entry: the redo goes on
    assert ProgramService(database).get("NEW").activity_count == workbook[1].activity_count
