"""Editing, copying and deleting a program from the window, each undone and redone."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from coordinator.services.errors import NotFoundError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.program_copy import ProgramCopyService
from coordinator.services.program_removal import (
    ProgramRemovalService,
    RemovalSummary,
    RemovedProgram,
)
from coordinator.services.program_rows import ProgramRows, read_program_rows
from coordinator.services.programs import ProgramService
from coordinator.store import Database
from coordinator.ui.app import Launcher
from coordinator.ui.program_copy_dialog import ProgramCopyDialog
from coordinator.ui.program_dialog import ProgramDialog
from coordinator.ui.program_editing import ProgramEditingController, ProgramQuestions
from tests.ui.conftest import launch, prompts_of, workspace_of


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


def _settle(launcher: Launcher, qtbot: QtBot) -> None:
    """Wait until the copy, deletion, undo or redo running in the background is over."""
    runner = workspace_of(launcher).transfers.runner
    qtbot.waitUntil(lambda: not runner.busy())


def _threads_of(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> list[threading.Thread]:
    """Record on which thread each call of ``owner.name`` runs."""
    threads: list[threading.Thread] = []
    method: Callable[..., object] = getattr(owner, name)

    def recording(self: object, *args: object) -> object:
        threads.append(threading.current_thread())
        return method(self, *args)

    monkeypatch.setattr(owner, name, recording)
    return threads


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
    dialog = _editing(demo).dialog
    assert isinstance(dialog, ProgramDialog)
    assert dialog.isVisible()


def test_a_refused_edit_marks_the_field_and_pushes_nothing(demo: Launcher) -> None:
    demo.window.program_actions.edit_program.trigger()
    dialog = _editing(demo).dialog
    assert isinstance(dialog, ProgramDialog)
    dialog.languages.setText("Kazakh")
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("languages")
    assert _find_stack(demo).count() == 0


def test_copy_for_next_year_then_undo_and_redo_keep_the_ids(demo: Launcher, qtbot: QtBot) -> None:
    source = workspace_of(demo).programs.program
    assert source is not None
    demo.window.program_actions.copy_program.trigger()
    dialog = _editing(demo).dialog
    assert isinstance(dialog, ProgramCopyDialog)
    assert "weekday" in dialog.days.text()
    request = dialog.request()
    assert request.first_day.weekday() == source.first_day.weekday()
    _ok(dialog)
    _settle(demo, qtbot)
    assert not dialog.isVisible()
    programs = ProgramService(_database(demo))
    copy = programs.get(request.code)
    assert copy.activity_count == source.activity_count
    assert copy.participant_count == 0
    assert _selected_code(demo) == request.code
    made = _rows(demo, copy.id)
    stack = _find_stack(demo)
    stack.undo()
    _settle(demo, qtbot)
    assert request.code not in {record.code for record in programs.list_programs()}
    assert _selected_code(demo) == source.code
    stack.redo()
    _settle(demo, qtbot)
    assert _rows(demo, copy.id) == made
    assert _selected_code(demo) == request.code


def test_delete_says_what_goes_and_undo_brings_back_every_row(demo: Launcher, qtbot: QtBot) -> None:
    editing = _editing(demo)
    questions = AnsweringQuestions(demo.window)
    editing.questions = questions
    source = workspace_of(demo).programs.program
    assert source is not None
    before = _rows(demo, source.id)
    activity_ids = [a.id for a in ItineraryService(_database(demo)).list_activities(source.code)]
    demo.window.program_actions.delete_program.trigger()
    _settle(demo, qtbot)
    assert questions.asked
    assert f"{source.participant_count} participant" in questions.asked[0]
    assert f"{source.activity_count} activit" in questions.asked[0]
    programs = ProgramService(_database(demo))
    assert source.code not in {record.code for record in programs.list_programs()}
    stack = _find_stack(demo)
    stack.undo()
    _settle(demo, qtbot)
    assert _rows(demo, source.id) == before
    restored = ItineraryService(_database(demo)).list_activities(source.code)
    assert [a.id for a in restored] == activity_ids
    assert _selected_code(demo) == source.code
    stack.redo()
    _settle(demo, qtbot)
    assert source.code not in {record.code for record in programs.list_programs()}
    stack.undo()
    _settle(demo, qtbot)
    assert _rows(demo, source.id) == before


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
    from PySide6.QtGui import QAction

    from coordinator.services.guides import GuideService
    from coordinator.services.suggestions import SuggestionService
    from coordinator.ui.background_history import BackgroundHistory
    from coordinator.ui.operations import OperationRunner
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
    window = QWidget()
    qtbot.addWidget(window)
    stack = QUndoStack()
    runner = OperationRunner(window)
    history = BackgroundHistory(runner, stack, QAction(window), QAction(window), window)
    stack.setParent(history)  # deleted after the history has dropped its connections

    def settle() -> None:
        qtbot.waitUntil(lambda: not runner.busy())

    add = AddActivityCommand(planning, CODE, activity_input("Water works"))
    add.execute()
    stack.push(add)
    removed = programs.removal.remove(CODE)  # as the controller does, off the GUI thread
    stack.push(DeleteProgramCommand(programs, CODE, removed, history))
    with pytest.raises(NotFoundError):  # the push did not delete it again
        ProgramService(database).get(CODE)
    stack.undo()  # the program comes back, its activity under the same id
    settle()
    assert [a.id for a in ItineraryService(database).list_activities(CODE)] == [add.activity_id]
    stack.undo()  # so the activity's own undo finds it
    assert ItineraryService(database).list_activities(CODE) == []
    stack.redo()
    stack.redo()
    settle()
    with pytest.raises(NotFoundError):
        ProgramService(database).get(CODE)
    stack.undo()
    settle()
    assert ProgramService(database).get(CODE).id == program.id
    runner.close()


def test_the_copy_runs_off_the_gui_thread_and_the_dialog_waits_for_it(
    demo: Launcher, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    copies = _threads_of(monkeypatch, ProgramCopyService, "duplicate")
    removals = _threads_of(monkeypatch, ProgramRemovalService, "remove")
    restores = _threads_of(monkeypatch, ProgramRemovalService, "restore")
    actions = demo.window.program_actions
    actions.copy_program.trigger()
    dialog = _editing(demo).dialog
    assert isinstance(dialog, ProgramCopyDialog)
    request = dialog.request()
    _ok(dialog)
    # The copy's end comes through the event loop: until then the dialog is busy.
    assert dialog.busy
    assert not dialog.buttons.isEnabled()
    assert not dialog.code.isEnabled()
    assert not actions.copy_program.isEnabled()
    assert not actions.delete_program.isEnabled()
    dialog.reject()  # Escape or the close button: no closing while the copy is made
    dialog.accept()  # nor does a second OK start a second copy
    assert dialog.isVisible()
    _settle(demo, qtbot)
    assert not dialog.isVisible()
    assert dialog.result() == ProgramCopyDialog.DialogCode.Accepted
    assert actions.copy_program.isEnabled()
    stack = _find_stack(demo)
    assert stack.count() == 1
    assert _selected_code(demo) == request.code
    stack.undo()
    assert not demo.window.main_actions.redo.isEnabled()  # held while the undo runs
    _settle(demo, qtbot)
    stack.redo()
    _settle(demo, qtbot)
    main = threading.main_thread()
    assert len(copies) == 1  # the push did not copy it again
    assert len(removals) == 1
    assert len(restores) == 1
    assert main not in copies + removals + restores
    assert ProgramService(_database(demo)).get(request.code).title == request.title


def test_a_refused_copy_shows_why_in_the_dialog_and_pushes_nothing(
    demo: Launcher, qtbot: QtBot
) -> None:
    source = workspace_of(demo).programs.program
    assert source is not None
    demo.window.program_actions.copy_program.trigger()
    dialog = _editing(demo).dialog
    assert isinstance(dialog, ProgramCopyDialog)
    dialog.code.setText(source.code)  # taken: the service refuses, in the background
    _ok(dialog)
    assert not dialog.buttons.isEnabled()  # busy until the refusal arrives
    _settle(demo, qtbot)
    assert dialog.isVisible()
    assert not dialog.busy
    assert dialog.code.isEnabled()
    assert dialog.buttons.isEnabled()
    assert source.code in dialog.errors.message("code")
    assert _find_stack(demo).count() == 0
    dialog.code.setText(f"{source.code}-NEXT")  # the user tries again
    _ok(dialog)
    _settle(demo, qtbot)
    assert not dialog.isVisible()
    assert ProgramService(_database(demo)).get(f"{source.code}-NEXT").title == dialog.title.text()
    assert _find_stack(demo).count() == 1


def test_the_delete_runs_off_the_gui_thread(
    demo: Launcher, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    removals = _threads_of(monkeypatch, ProgramRemovalService, "remove")
    restores = _threads_of(monkeypatch, ProgramRemovalService, "restore")
    _editing(demo).questions = AnsweringQuestions(demo.window)
    source = workspace_of(demo).programs.program
    assert source is not None
    actions = demo.window.program_actions
    actions.delete_program.trigger()
    assert not actions.delete_program.isEnabled()  # not triggered twice while it runs
    _settle(demo, qtbot)
    stack = _find_stack(demo)
    assert stack.count() == 1
    assert _selected_code(demo) != source.code
    stack.undo()
    _settle(demo, qtbot)
    assert ProgramService(_database(demo)).get(source.code).id == source.id
    main = threading.main_thread()
    assert len(removals) == 1  # the push did not delete it again
    assert len(restores) == 1
    assert main not in removals + restores


def test_a_refused_delete_says_why_and_pushes_nothing(
    demo: Launcher, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def gone(_self: ProgramRemovalService, code: str) -> RemovedProgram:
        raise NotFoundError(f"There is no program {code}")

    monkeypatch.setattr(ProgramRemovalService, "remove", gone)
    _editing(demo).questions = AnsweringQuestions(demo.window)
    source = workspace_of(demo).programs.program
    assert source is not None
    demo.window.program_actions.delete_program.trigger()
    _settle(demo, qtbot)
    assert prompts_of(demo).errors[-1] == ("Delete program", f"There is no program {source.code}")
    assert _find_stack(demo).count() == 0
    assert demo.window.program_actions.delete_program.isEnabled()
