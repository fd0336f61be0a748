"""File ▸ New program: the dialog validates and the new program is selected."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.services.programs import ProgramService
from coordinator.ui.app import Launcher
from coordinator.ui.program_dialog import ProgramDialog
from tests.ui.conftest import PROGRAM_CODE, workspace_of


def open_dialog(launcher: Launcher) -> ProgramDialog:
    launcher.window.main_actions.new_program.trigger()
    dialog = workspace_of(launcher).programs.dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def press_ok(dialog: ProgramDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def test_new_program_is_created_and_selected(launcher: Launcher, qtbot: QtBot) -> None:
    dialog = open_dialog(launcher)
    qtbot.keyClicks(dialog.code, "BISHKEK-2026")
    qtbot.keyClicks(dialog.title, "Bishkek City Hall Delegation")
    dialog.first_day.setDate(QDate(2026, 9, 14))
    dialog.last_day.setDate(QDate(2026, 9, 18))
    dialog.city.insert("İstanbul")  # QTest types Latin-1 only
    qtbot.keyClicks(dialog.organizer, "Union of Turkish World Municipalities")
    dialog.partners.setPlainText("Üsküdar Municipality\nBeykoz Municipality\n")
    qtbot.keyClicks(dialog.languages, "ky, ru")
    press_ok(dialog)
    assert not dialog.isVisible()
    database = workspace_of(launcher).databases.database
    assert database is not None
    program = ProgramService(database).get("BISHKEK-2026")
    assert program.first_day == dt.date(2026, 9, 14)
    assert program.partners == ("Üsküdar Municipality", "Beykoz Municipality")
    assert program.languages == ("ky", "ru")
    window = launcher.window
    assert window.workspace_view.program_list_model.rowCount() == 2
    assert workspace_of(launcher).programs.program is not None
    assert workspace_of(launcher).programs.program.code == "BISHKEK-2026"
    assert window.workspace_view.roster_model.rowCount() == 0


def test_errors_are_shown_beside_the_field(launcher: Launcher, qtbot: QtBot) -> None:
    dialog = open_dialog(launcher)
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("code")
    qtbot.keyClicks(dialog.code, PROGRAM_CODE)
    qtbot.keyClicks(dialog.title, "Another visit")
    press_ok(dialog)
    assert dialog.isVisible()
    assert "already exists" in dialog.errors.message("code")
    dialog.code.setText("NEW-1")
    qtbot.keyClicks(dialog.languages, "Kazakh")
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("languages")
    assert not dialog.errors.message("code")


def test_last_day_follows_the_first_day(launcher: Launcher) -> None:
    dialog = open_dialog(launcher)
    dialog.last_day.setDate(QDate(2026, 1, 1))
    dialog.first_day.setDate(QDate(2026, 3, 1))
    assert dialog.last_day.date() == QDate(2026, 3, 1)
    dialog.reject()
