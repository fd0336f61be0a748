"""The audit trail: every change of a roster, an itinerary and a program, with who and when."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from coordinator.domain.audit import current_user
from coordinator.services.demo import DEMO_PROGRAM_CODE, load_demo
from coordinator.services.history import HistoryService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import ParticipantInput
from coordinator.services.roster import RosterService
from coordinator.services.roster_import import RosterImportService
from coordinator.store import Database
from tests.excel.workbooks import write_xlsx
from tests.stores import Store

CODE = DEMO_PROGRAM_CODE


@pytest.fixture
def history(database: Database) -> HistoryService:
    load_demo(database)  # not add_demo: the changes it records must be of now
    return HistoryService(database)


def test_a_changed_field_is_recorded_with_its_old_and_new_value(
    history: HistoryService, database: Database
) -> None:
    roster = RosterService(database)
    berik = next(p for p in roster.list_participants(CODE) if p.name == "Berik Baibolov")
    roster.update(berik.id, dataclasses.replace(berik.as_input(), room="214", email="b@x.kz"))
    changes = history.of_participant(berik.id)
    fields = {(c.record, c.field): (c.old, c.new) for c in changes}
    assert fields[("participant", "room")] == ("", "214")
    assert fields[("person", "email")] == ("", "b@x.kz")
    assert {c.user for c in changes} == {current_user()}
    assert all(c.label == "Berik Baibolov" for c in changes)
    assert all(abs(dt.datetime.now(dt.UTC) - c.at) < dt.timedelta(minutes=1) for c in changes)
    assert any(c.field == "room" for c in history.of_program(CODE))


def test_added_and_removed_records_are_recorded(
    history: HistoryService, database: Database
) -> None:
    roster = RosterService(database)
    added = roster.add(CODE, ParticipantInput(name="Aidar Serikbayev"))
    roster.remove(added.id)
    actions = [
        (c.action, c.label)
        for c in history.of_program(CODE)
        if (c.record, c.record_id) == ("participant", added.id)
    ]
    assert actions == [("removed", "Aidar Serikbayev"), ("added", "Aidar Serikbayev")]


def test_an_activity_moved_is_recorded(history: HistoryService, database: Database) -> None:
    itinerary = ItineraryService(database)
    first = itinerary.list_activities(CODE)[0]
    itinerary.move_activity(first.id, first.day, dt.time(7, 30))
    changes = history.of_activity(first.id)
    assert ("start_time", "07:30:00") in [(c.field, c.new) for c in changes]


def test_an_import_and_its_undo_are_recorded_row_by_row(
    history: HistoryService, database: Database, tmp_path: Path
) -> None:
    rows = [["Adı Soyadı"], ["Aidar Serikbayev"], ["Aliya Bekova"]]
    importer = RosterImportService(database)
    result = importer.apply(
        importer.plan(CODE, importer.read(write_xlsx(tmp_path / "l.xlsx", rows)))
    )
    importer.undo(result)
    mine = [
        (c.action, c.label)
        for c in history.of_program(CODE)
        if c.record == "participant" and c.record_id in result.added
    ]
    assert sorted(mine) == sorted(
        [("added", "Aidar Serikbayev"), ("added", "Aliya Bekova"),
         ("removed", "Aidar Serikbayev"), ("removed", "Aliya Bekova")]
    )  # fmt: skip


def test_the_history_command_lists_the_changes(
    history: HistoryService,
    database: Database,
    store: Store,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    from coordinator.cli import main

    roster = RosterService(database)
    berik = next(p for p in roster.list_participants(CODE) if p.name == "Berik Baibolov")
    roster.update(berik.id, dataclasses.replace(berik.as_input(), room="214"))
    capsys.readouterr()
    assert main([*store.arguments, "history", "--program", CODE, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0] | {"at": None} == {
        "at": None, "user": current_user(), "record": "participant", "label": "Berik Baibolov",
        "action": "changed", "field": "room", "old": "", "new": "214",
    }  # fmt: skip
    assert main([*store.arguments, "history", "--program", CODE]) == 0
    assert "participant Berik Baibolov: room: '' → '214'" in capsys.readouterr().out.splitlines()[0]


def test_a_changed_organization_is_recorded_by_its_name(
    history: HistoryService, database: Database
) -> None:
    roster = RosterService(database)
    berik = next(p for p in roster.list_participants(CODE) if p.name == "Berik Baibolov")
    moved = dataclasses.replace(berik.as_input(), organization="Turkistan Municipality")
    roster.update(berik.id, moved, before=berik.as_input())
    changes = {(c.record, c.field): (c.old, c.new) for c in history.of_participant(berik.id)}
    assert changes[("participant", "organization")] == (
        "Ahmet Yesevi Historical and Cultural Preservation Museum",
        "Turkistan Municipality",
    )
    assert ("participant", "organization_id") not in changes
