"""The welcome page of an empty database: three ways to begin, each leading on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QCommandLinkButton, QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.programs import ProgramService
from coordinator.ui.app import Launcher
from coordinator.ui.program_dialog import ProgramDialog
from tests.ui.conftest import launch, prompts_of, workspace_of
from tests.ui.import_support import TIMEOUT_MS, transfers_of
from tests.ui.planning import database_of
from tests.ui.roster_files import write_roster


@pytest.fixture
def empty(qtbot: QtBot, database_path: Path, settings: QSettings) -> Iterator[Launcher]:
    """The application started on a database without any program."""
    launcher = launch(qtbot, str(database_path), settings)
    yield launcher
    workspace_of(launcher).close()


def fill_and_accept(dialog: ProgramDialog, qtbot: QtBot) -> None:
    qtbot.keyClicks(dialog.code, "BISHKEK-2026")
    qtbot.keyClicks(dialog.title, "Bishkek City Hall Delegation")
    dialog.first_day.setDate(QDate(2026, 9, 14))
    dialog.last_day.setDate(QDate(2026, 9, 18))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def test_an_empty_database_opens_on_the_welcome_page(empty: Launcher) -> None:
    window = empty.window
    empty_state = window.empty_state
    assert not window.workspace_shown()
    assert empty_state.currentWidget() is empty_state.welcome
    welcome = empty_state.welcome
    assert welcome.title.text() == "Welcome to Delegation Coordinator"
    assert window.tool_bar.page_actions() == ()  # no roster buttons without a program
    for button in (welcome.demo_button, welcome.import_button):
        # The whole description fits: the button is as tall as its wrapped text needs.
        assert button.height() >= button.heightForWidth(button.width())
    assert "coordinator.sqlite" in welcome.message.text()
    assert empty_state.message is welcome.message
    buttons = [welcome.demo_button, welcome.new_program_button, welcome.import_button]
    assert [button.text() for button in buttons] == [
        "Open the demo program",
        "Create a program",
        "Import a workbook",
    ]
    for button in buttons:
        assert isinstance(button, QCommandLinkButton)
        assert button.isVisible()
        assert button.description()  # a sentence under each title
        assert not button.icon().isNull()
    assert empty_state.open_button.isHidden()
    assert empty_state.new_database_button.isHidden()


def test_opening_the_demo_from_the_welcome_page_shows_it(empty: Launcher, qtbot: QtBot) -> None:
    qtbot.mouseClick(empty.window.empty_state.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert empty.window.workspace_shown()
    model = empty.window.workspace_view.program_list_model
    assert model.program(0).code == DEMO_PROGRAM_CODE


def test_create_a_program_opens_the_program_dialog(empty: Launcher, qtbot: QtBot) -> None:
    qtbot.mouseClick(empty.window.empty_state.welcome.new_program_button, Qt.MouseButton.LeftButton)
    dialog = workspace_of(empty).programs.dialog
    assert dialog is not None
    assert dialog.isVisible()
    fill_and_accept(dialog, qtbot)
    assert empty.window.workspace_shown()
    assert workspace_of(empty).programs.program is not None
    assert transfers_of(empty).session is None  # no import asked for


def test_import_a_roster_creates_the_program_then_reads_the_list(
    empty: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    roster = write_roster(tmp_path / "heyet.xlsx")
    prompts_of(empty).import_answers.append(str(roster))
    welcome = empty.window.empty_state.welcome
    qtbot.mouseClick(welcome.import_button, Qt.MouseButton.LeftButton)
    assert welcome.import_menu.isVisible()  # a roster, or a whole program?
    welcome.import_menu.hide()
    welcome.import_roster_action.trigger()
    dialog = workspace_of(empty).programs.dialog
    assert dialog is not None
    fill_and_accept(dialog, qtbot)
    programs = ProgramService(database_of(empty)).list_programs()
    assert [program.code for program in programs] == ["BISHKEK-2026"]
    transfers = transfers_of(empty)

    def wizard_shown() -> bool:
        session = transfers.session
        return session is not None and session.wizard is not None and session.wizard.isVisible()

    qtbot.waitUntil(wizard_shown, timeout=TIMEOUT_MS)
    session = transfers.session
    assert session is not None
    assert session.wizard is not None
    session.wizard.reject()


def test_import_a_program_creates_it_then_starts_the_program_import(
    empty: Launcher, qtbot: QtBot
) -> None:
    import_program = empty.window.program_actions.import_program
    import_program.triggered.disconnect()  # the file dialog is another test's business
    started: list[str] = []

    def record() -> None:
        program = workspace_of(empty).programs.program
        started.append("" if program is None else program.code)

    import_program.triggered.connect(record)
    empty.window.empty_state.welcome.import_program_action.trigger()
    dialog = workspace_of(empty).programs.dialog
    assert dialog is not None
    fill_and_accept(dialog, qtbot)
    assert started == ["BISHKEK-2026"]
    assert import_program.isEnabled()
    assert transfers_of(empty).session is None  # not the roster import


def test_cancelling_the_program_dialog_imports_nothing(empty: Launcher) -> None:
    prompts_of(empty).import_answers.append("never-asked.xlsx")
    empty.window.empty_state.welcome.import_roster_action.trigger()
    dialog = workspace_of(empty).programs.dialog
    assert dialog is not None
    dialog.reject()
    assert transfers_of(empty).session is None
    assert not empty.window.workspace_shown()
    assert prompts_of(empty).import_answers == ["never-asked.xlsx"]
