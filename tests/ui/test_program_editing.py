"""Editing, copying and deleting a program from the window, each undone and redone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from coordinator.services.errors import NotFoundError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.program_removal import RemovalSummary
from coordinator.services.program_rows import ProgramRows, read_program_rows
from coordinator.services.programs import ProgramService
from coordinator.store import Database
from coordinator.ui.app import Launcher
from coordinator.ui.program_copy_dialog import ProgramCopyDialog
from coordinator.ui.program_dialog import ProgramDialog
from coordinator.ui.program_editing import ProgramEditingController, ProgramQuestions
from tests.ui.conftest import launch, workspace_of


class AnsweringQuestions(ProgramQuestions):
    """Answers the deletion question as the test sets it, and keeps what was asked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.answer = True
        self.asked: list[str] = []

    def confirm_delete(self, summary: RemovalSummary) -> bool:
        self.asked.append(self.deletion_text(summary))
        return self.answer


@pytest.fixture
def demo(qtbot: QtBot, demo_path: Path, settings: QSettings) -> Iterator[Launcher]:
    launcher = launch(qtbot, str(demo_path), settings)
    yield launcher
    workspace_of(launcher).close()


def _database(launcher: Launcher) -> Database:
    database = workspace_of(launcher).databases.database
    assert database is not None
    return database


def _editing(launcher: Launcher) -> ProgramEditingController:
    return workspace_of(launcher).program_editing


def _find_stack(launcher: Launcher) -> QUndoStack:
    return launcher.undo_stack


def _ok(dialog: ProgramDialog | ProgramCopyDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def _rows(launcher: Launcher, program_id: int) -> ProgramRows:
    with _database(launcher).reading() as session:
        return read_program_rows(session, program_id)


def _selected_code(launcher: Launcher) -> str | None:
    program = workspace_of(launcher).programs.program
    return None if program is None else program.code


def test_double_click_opens_the_program_filled_and_ok_saves_every_field(
    demo: Launcher, qtbot: QtBot
) -> None:
    view = demo.window.workspace_view
    before = workspace_of(demo).programs.program
    assert before is not None
    index = view.program_list.currentIndex()
    view.program_list.doubleClicked.emit(index)
    dialog = _editing(demo).dialog
    assert isinstance(dialog, ProgramDialog)
    assert dialog.isVisible()
    assert dialog.code.text() == before.code
    assert dialog.title.text() == before.title
    assert dialog.partners.toPlainText().splitlines() == list(before.partners)
    dialog.code.setText("TURKISTAN-2021-B")
    dialog.title.setText("Turkistan visit, revised")
    dialog.city.setText("Ankara")
    dialog.notes.setPlainText("Moved to the capital.")
    dialog.time_zone.setText("Europe/Istanbul")
    _ok(dialog)
    assert not dialog.isVisible()
    programs = ProgramService(_database(demo))
    after = programs.get("TURKISTAN-2021-B")
    assert (after.id, after.title, after.city, after.notes, after.time_zone) == (
        before.id,
        "Turkistan visit, revised",
        "Ankara",
        "Moved to the capital.",
        "Europe/Istanbul",
    )
    assert _selected_code(demo) == "TURKISTAN-2021-B"
    stack = _find_stack(demo)
    stack.undo()
    assert programs.get(before.code) == before
    assert _selected_code(demo) == before.code
    stack.redo()
    assert programs.get("TURKISTAN-2021-B").title == "Turkistan visit, revised"


def test_f2_on_the_program_list_opens_the_dialog(demo: Launcher, qtbot: QtBot) -> None:
    view = demo.window.workspace_view
    view.program_list.setFocus()
    qtbot.keyClick(view.program_list, Qt.Key.Key_F2)
    assert isinstance(_editing(demo).dialog, ProgramDialog)
    assert _editing(demo).dialog.isVisible()


def test_a_refused_edit_marks_the_field_and_pushes_nothing(demo: Launcher) -> None:
    demo.window.program_actions.edit_program.trigger()
    dialog = _editing(demo).dialog
    assert isinstance(dialog, ProgramDialog)
    dialog.languages.setText("Kazakh")
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("languages")
    assert _find_stack(demo).count() == 0


def test_copy_for_next_year_then_undo_and_redo_keep_the_ids(demo: Launcher) -> None:
    source = workspace_of(demo).programs.program
    assert source is not None
    demo.window.program_actions.copy_program.trigger()
    dialog = _editing(demo).dialog
    assert isinstance(dialog, ProgramCopyDialog)
    assert "weekday" in dialog.days.text()
    request = dialog.request()
    assert request.first_day.weekday() == source.first_day.weekday()
    _ok(dialog)
    assert not dialog.isVisible()
    programs = ProgramService(_database(demo))
    copy = programs.get(request.code)
    assert copy.activity_count == source.activity_count
    assert copy.participant_count == 0
    assert _selected_code(demo) == request.code
    made = _rows(demo, copy.id)
    stack = _find_stack(demo)
    stack.undo()
    assert request.code not in {record.code for record in programs.list_programs()}
    assert _selected_code(demo) == source.code
    stack.redo()
    assert _rows(demo, copy.id) == made


def test_delete_says_what_goes_and_undo_brings_back_every_row(demo: Launcher) -> None:
    editing = _editing(demo)
    questions = AnsweringQuestions(demo.window)
    editing.questions = questions
    source = workspace_of(demo).programs.program
    assert source is not None
    before = _rows(demo, source.id)
    activity_ids = [a.id for a in ItineraryService(_database(demo)).list_activities(source.code)]
    demo.window.program_actions.delete_program.trigger()
    assert questions.asked
    assert f"{source.participant_count} participant" in questions.asked[0]
    assert f"{source.activity_count} activit" in questions.asked[0]
    programs = ProgramService(_database(demo))
    assert source.code not in {record.code for record in programs.list_programs()}
    stack = _find_stack(demo)
    stack.undo()
    assert _rows(demo, source.id) == before
    restored = ItineraryService(_database(demo)).list_activities(source.code)
    assert [a.id for a in restored] == activity_ids
    assert _selected_code(demo) == source.code
    stack.redo()
    assert source.code not in {record.code for record in programs.list_programs()}


def test_delete_asks_first_and_no_keeps_the_program(demo: Launcher) -> None:
    questions = AnsweringQuestions(demo.window)
    questions.answer = False
    _editing(demo).questions = questions
    source = workspace_of(demo).programs.program
    assert source is not None
    demo.window.program_actions.delete_program.trigger()
    assert ProgramService(_database(demo)).get(source.code) == source
    assert _find_stack(demo).count() == 0


def test_the_program_actions_wait_for_a_program(
    qtbot: QtBot, database_path: Path, settings: QSettings
) -> None:
    launcher = launch(qtbot, str(database_path), settings)
    try:
        actions = launcher.window.program_actions
        assert not any(action.isEnabled() for action in actions.editing())
    finally:
        workspace_of(launcher).close()


def test_commands_below_a_deleted_program_still_find_their_records(
    qtbot: QtBot, database: Database
) -> None:
    from coordinator.services.guides import GuideService
    from coordinator.services.program_copy import ProgramCopyService
    from coordinator.services.program_removal import ProgramRemovalService
    from coordinator.services.suggestions import SuggestionService
    from coordinator.ui.planning_commands import AddActivityCommand, PlanningContext
    from coordinator.ui.program_commands import DeleteProgramCommand, ProgramContext
    from tests.itinerary_support import CODE, activity_input, make_program

    def fail(message: str) -> None:
        pytest.fail(f"an undo or redo was refused: {message}")

    program = make_program(database)
    planning = PlanningContext(
        ItineraryService(database), GuideService(database), SuggestionService(database),
        lambda _code, _id: None, lambda _id: None, fail,
    )  # fmt: skip
    programs = ProgramContext(
        ProgramService(database), ProgramCopyService(database), ProgramRemovalService(database),
        lambda _code: None, fail,
    )  # fmt: skip
    stack = QUndoStack()
    add = AddActivityCommand(planning, CODE, activity_input("Water works"))
    add.execute()
    stack.push(add)
    delete = DeleteProgramCommand(programs, ProgramService(database).get(CODE))
    delete.execute()
    stack.push(delete)
    stack.undo()  # the program comes back, its activity under the same id
    assert [a.id for a in ItineraryService(database).list_activities(CODE)] == [add.activity_id]
    stack.undo()  # so the activity's own undo finds it
    assert ItineraryService(database).list_activities(CODE) == []
    stack.redo()
    stack.redo()
    with pytest.raises(NotFoundError):
        ProgramService(database).get(CODE)
    stack.undo()
    assert ProgramService(database).get(CODE).id == program.id
