"""File ▸ Take program offline… and File ▸ Merge offline copy…, through the window.

The demo program is taken offline through the action (only the file dialogs
answered by the stand-in prompts), the copy and the team database are changed
with the services, and the merge is checked in its dialog, applied, undone
and redone, all on real SQLite files.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coordinator.services.demo import DEMO_PROGRAM_CODE as CODE
from coordinator.services.itinerary import ItineraryService
from coordinator.services.offline_copy import Progress
from coordinator.services.offline_merge import OfflineCopyRecord
from coordinator.services.offline_snapshot import ProgramSnapshot, read_snapshot
from coordinator.services.records import ParticipantInput
from coordinator.services.roster import RosterService
from coordinator.store import Database, open_database
from coordinator.ui.app import Launcher
from coordinator.ui.merge_dialog import MergeDialog
from coordinator.ui.merge_model import COPY, FIELD, NOTE, OFFICE, TAKEN, MergeModel
from tests.ui.conftest import launch, prompts_of, workspace_of

TIMEOUT_MS = 10_000
SHOWN = Qt.ItemDataRole.DisplayRole
CHECKED = Qt.ItemDataRole.CheckStateRole
ADDED_NAME = "Aigerim Sadykova"


@pytest.fixture
def demo(qtbot: QtBot, demo_path: Path, settings: QSettings) -> Iterator[Launcher]:
    """The application started on a fresh copy of the demo database."""
    launcher = launch(qtbot, str(demo_path), settings)
    yield launcher
    workspace_of(launcher).close()


def team_of(launcher: Launcher) -> Database:
    database = workspace_of(launcher).databases.database
    assert database is not None
    return database


def wait_idle(launcher: Launcher, qtbot: QtBot) -> None:
    runner = workspace_of(launcher).transfers.runner
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT_MS)


def snapshot(database: Database) -> ProgramSnapshot:
    with database.reading() as session:
        return read_snapshot(session, CODE)


def edit_participant(database: Database, index: int, **values: object) -> None:
    roster = RosterService(database)
    record = roster.list_participants(CODE)[index]
    before = record.as_input()
    roster.update(record.id, dataclasses.replace(before, **values), before)  # type: ignore[arg-type]


def participant(database: Database, index: int) -> ParticipantInput:
    return RosterService(database).list_participants(CODE)[index].as_input()


def edit_activity_notes(database: Database, notes: str) -> None:
    itinerary = ItineraryService(database)
    record = itinerary.list_activities(CODE)[0]
    before = record.as_input()
    itinerary.update_activity(record.id, dataclasses.replace(before, notes=notes), before=before)


def take_offline(launcher: Launcher, qtbot: QtBot, path: Path) -> None:
    prompts_of(launcher).offline_answers.append(str(path))
    action = launcher.window.main_actions.take_offline
    assert action.isEnabled()
    action.trigger()
    wait_idle(launcher, qtbot)


def open_merge(launcher: Launcher, qtbot: QtBot, path: Path) -> MergeDialog:
    prompts_of(launcher).offline_answers.append(str(path))
    launcher.window.main_actions.merge_offline.trigger()
    offline = workspace_of(launcher).offline
    qtbot.waitUntil(
        lambda: offline.dialog is not None and offline.dialog.isVisible(), timeout=TIMEOUT_MS
    )
    assert offline.dialog is not None
    return offline.dialog


def heading_row(model: MergeModel, kind: str, label: str) -> QModelIndex:
    for row in range(model.rowCount()):
        item = model.item(row)
        if (item.kind, item.label) == (kind, label):
            return model.index(row, FIELD)
    pytest.fail(f"no row for {kind} {label}")


def field_rows(model: MergeModel, heading: QModelIndex) -> dict[str, int]:
    """Return the field rows under ``heading`` by field name."""
    return {change.field: row for row, change in enumerate(model.fields(heading.row()))}


def cell(model: MergeModel, heading: QModelIndex, row: int, column: int, role: int) -> object:
    return model.data(model.index(row, column, heading), role)


@pytest.fixture
def changed_copy(demo: Launcher, qtbot: QtBot, tmp_path: Path) -> Path:
    """The demo taken offline through the window, then changed on both sides."""
    path = tmp_path / "road.sqlite"
    take_offline(demo, qtbot, path)
    assert prompts_of(demo).errors == []
    assert path.is_file()
    message = demo.window.statusBar().currentMessage()
    assert str(path) in message
    assert "File ▸ Merge offline copy…" in message
    copy = open_database(path)
    try:
        edit_participant(copy, 0, room="512", phone="+7 701 000 00 01")
        edit_activity_notes(copy, "Bring the gifts for the mayor.")
        RosterService(copy).add(CODE, ParticipantInput(name=ADDED_NAME, title="Interpreter"))
    finally:
        copy.close()
    team = team_of(demo)
    edit_participant(team, 0, dietary="Halal", phone="+90 555 000 00 02")
    return path


def check_the_participant_changed_on_both_sides(model: MergeModel, name: str) -> None:
    person = heading_row(model, "participant", name)
    assert model.data(person) == f"Participant: {name} — changed offline"
    assert model.data(person, CHECKED) is None
    fields = field_rows(model, person)
    assert set(fields) == {"room", "phone", "dietary"}
    room, phone, dietary = fields["room"], fields["phone"], fields["dietary"]
    assert cell(model, person, room, FIELD, SHOWN) == "room"
    assert cell(model, person, room, TAKEN, SHOWN) == "—"
    assert cell(model, person, room, COPY, SHOWN) == "512"
    assert cell(model, person, room, FIELD, CHECKED) == Qt.CheckState.Checked
    # Both sides changed the phone: marked, bold, and the office's value kept by default.
    assert cell(model, person, phone, FIELD, CHECKED) == Qt.CheckState.Unchecked
    assert cell(model, person, phone, NOTE, SHOWN) == "Conflict"
    assert cell(model, person, phone, OFFICE, SHOWN) == "+90 555 000 00 02"
    font = cell(model, person, phone, COPY, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.bold()
    assert cell(model, person, phone, FIELD, Qt.ItemDataRole.DecorationRole) is not None
    # Changed at the office only: greyed, nothing to check.
    assert cell(model, person, dietary, FIELD, CHECKED) is None
    assert cell(model, person, dietary, OFFICE, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(model, person, dietary, NOTE, SHOWN) == "changed at the office"


def check_the_addition_and_the_activity(model: MergeModel, activity: str) -> None:
    added = heading_row(model, "participant", ADDED_NAME)
    assert model.data(added) == f"Participant: {ADDED_NAME} — added offline"
    assert model.data(added, CHECKED) == Qt.CheckState.Checked
    visit = heading_row(model, "activity", activity)
    notes = field_rows(model, visit)["notes"]
    assert cell(model, visit, notes, FIELD, CHECKED) == Qt.CheckState.Checked
    assert cell(model, visit, notes, COPY, SHOWN) == "Bring the gifts for the mayor."


def roster_shown(launcher: Launcher) -> list[str]:
    return [record.name for record in launcher.window.workspace_view.roster_model.records()]


def test_merge_shows_each_field_applies_the_checked_ones_and_undoes_exactly(
    demo: Launcher, qtbot: QtBot, changed_copy: Path, qtmodeltester: ModelTester
) -> None:
    team = team_of(demo)
    office = snapshot(team)
    activity = ItineraryService(team).list_activities(CODE)[0]
    dialog = open_merge(demo, qtbot, changed_copy)
    qtmodeltester.check(dialog.model)
    assert CODE in dialog.windowTitle()
    assert "road.sqlite" in dialog.origin.text()
    assert not dialog.empty.isVisible()
    check_the_participant_changed_on_both_sides(dialog.model, participant(team, 0).name)
    check_the_addition_and_the_activity(dialog.model, activity.title)
    assert dialog.merge_button.isEnabled()

    count = demo.undo_stack.count()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    wait_idle(demo, qtbot)
    assert prompts_of(demo).errors == []
    assert workspace_of(demo).offline.dialog is None
    assert demo.undo_stack.count() == count + 1
    assert demo.undo_stack.undoText() == f"Merge offline copy of {CODE}"
    merged = participant(team, 0)
    assert (merged.room, merged.dietary, merged.phone) == ("512", "Halal", "+90 555 000 00 02")
    assert (
        ItineraryService(team).get_activity(activity.id).notes == "Bring the gifts for the mayor."
    )
    assert ADDED_NAME in roster_shown(demo)
    merged_state = snapshot(team)

    demo.undo_stack.undo()
    wait_idle(demo, qtbot)
    assert snapshot(team) == office
    assert ADDED_NAME not in roster_shown(demo)
    demo.undo_stack.redo()
    wait_idle(demo, qtbot)
    assert snapshot(team) == merged_state
    assert ADDED_NAME in roster_shown(demo)
    demo.undo_stack.undo()
    wait_idle(demo, qtbot)
    assert snapshot(team) == office
    assert prompts_of(demo).errors == []


def test_unchecking_everything_disables_merge(
    demo: Launcher, qtbot: QtBot, changed_copy: Path
) -> None:
    dialog = open_merge(demo, qtbot, changed_copy)
    model = dialog.model
    for choice_row in range(model.rowCount()):
        heading = model.index(choice_row, FIELD)
        rows = [
            heading,
            *(model.index(row, FIELD, heading) for row in range(model.rowCount(heading))),
        ]
        for index in rows:
            if model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
                model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.chosen() == frozenset()
    assert not dialog.merge_button.isEnabled()
    dialog.reject()


def test_a_change_at_the_office_meanwhile_refuses_the_merge_and_offers_a_new_read(
    demo: Launcher, qtbot: QtBot, changed_copy: Path
) -> None:
    team = team_of(demo)
    dialog = open_merge(demo, qtbot, changed_copy)
    edit_participant(team, 0, room="101")  # after the plan was read
    before = snapshot(team)
    count = demo.undo_stack.count()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    wait_idle(demo, qtbot)
    assert demo.undo_stack.count() == count
    assert snapshot(team) == before
    assert dialog.isVisible()
    assert dialog.refusal.isVisible()
    assert "nothing was merged" in dialog.refusal_text.text()
    assert dialog.reread_button.isVisible()

    qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)
    wait_idle(demo, qtbot)
    assert not dialog.refusal.isVisible()
    person = heading_row(dialog.model, "participant", participant(team, 0).name)
    room = field_rows(dialog.model, person)["room"]
    assert cell(dialog.model, person, room, FIELD, CHECKED) == Qt.CheckState.Unchecked
    assert cell(dialog.model, person, room, NOTE, SHOWN) == "Conflict"  # both sides now
    dialog.reject()
    assert prompts_of(demo).errors == []


@pytest.mark.parametrize("content", ["database", "text"])
def test_a_file_that_is_not_an_offline_copy_is_refused_once_and_changes_nothing(
    demo: Launcher, qtbot: QtBot, tmp_path: Path, content: str
) -> None:
    path = tmp_path / "plain.sqlite"
    if content == "database":
        open_database(path).close()
    else:
        path.write_text("not a database at all", encoding="utf-8")
    team = team_of(demo)
    before = snapshot(team)
    count = demo.undo_stack.count()
    prompts_of(demo).offline_answers.append(str(path))
    demo.window.main_actions.merge_offline.trigger()
    wait_idle(demo, qtbot)
    errors = prompts_of(demo).errors
    assert len(errors) == 1
    assert errors[0][0] == "The offline copy cannot be merged"
    assert "plain.sqlite" in errors[0][1]
    assert workspace_of(demo).offline.dialog is None
    assert demo.undo_stack.count() == count
    assert snapshot(team) == before
    assert demo.window.main_actions.merge_offline.isEnabled()


def test_a_copy_with_nothing_changed_says_so(demo: Launcher, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "unchanged.sqlite"
    take_offline(demo, qtbot, path)
    dialog = open_merge(demo, qtbot, path)
    assert dialog.empty.isVisible()
    assert dialog.empty.text() == "Nothing changed offline since the copy was taken."
    assert not dialog.merge_button.isEnabled()
    dialog.reject()


def test_taking_offline_to_a_file_that_exists_asks_for_another(
    demo: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"something precious")
    fresh = tmp_path / "fresh.sqlite"
    prompts_of(demo).offline_answers.extend([str(taken), str(fresh)])
    demo.window.main_actions.take_offline.trigger()
    wait_idle(demo, qtbot)
    errors = prompts_of(demo).errors
    assert len(errors) == 1
    assert "taken.sqlite exists already" in errors[0][1]
    assert taken.read_bytes() == b"something precious"
    assert fresh.is_file()


def test_cancelling_the_copy_leaves_no_file(
    demo: Launcher, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator.services import offline_copy

    reached, release = threading.Event(), threading.Event()
    original = offline_copy.take_offline

    def held(
        database: Database, code: str, target: Path, progress: Progress | None = None
    ) -> OfflineCopyRecord:
        def report(done: int, total: int) -> None:
            if not reached.is_set():
                reached.set()
                release.wait(TIMEOUT_MS / 1000)
            assert progress is not None
            progress(done, total)

        return original(database, code, target, report)

    monkeypatch.setattr(offline_copy, "take_offline", held)
    path = tmp_path / "cancelled.sqlite"
    prompts_of(demo).offline_answers.append(str(path))
    demo.window.main_actions.take_offline.trigger()
    qtbot.waitUntil(reached.is_set, timeout=TIMEOUT_MS)
    workspace_of(demo).transfers.runner.cancel()
    release.set()
    wait_idle(demo, qtbot)
    assert prompts_of(demo).errors == []
    assert list(tmp_path.glob("*cancelled*")) == []
    assert "cancelled" in demo.window.statusBar().currentMessage()
