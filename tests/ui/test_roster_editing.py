"""Adding, editing and removing participants through the dialog, with undo and redo."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.services.roster import RosterService
from coordinator.store import open_database
from coordinator.ui.app import Launcher
from coordinator.ui.participant_dialog import ParticipantDialog
from tests.ui.conftest import NAMES, PROGRAM_CODE, prompts_of, workspace_of


def roster_names(launcher: Launcher) -> list[str]:
    database = workspace_of(launcher).databases.database
    assert database is not None
    return [record.name for record in RosterService(database).list_participants(PROGRAM_CODE)]


def open_add_dialog(launcher: Launcher) -> ParticipantDialog:
    launcher.window.main_actions.add_participant.trigger()
    dialog = workspace_of(launcher).roster.dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def press_ok(dialog: ParticipantDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def test_add_participant_through_the_dialog(launcher: Launcher, qtbot: QtBot) -> None:
    dialog = open_add_dialog(launcher)
    qtbot.keyClicks(dialog.name, "Aigerim Nurlanqyzy")
    qtbot.keyClicks(dialog.title, "Head of the Tourism Department")
    qtbot.keyClicks(dialog.organization, "Turkistan Municipality")
    dialog.role.setCurrentIndex(dialog.role.findData("head"))
    dialog.arrival.date.check.setChecked(True)
    qtbot.keyClicks(dialog.email, "aigerim@example.kz")
    qtbot.keyClicks(dialog.languages, "kk, ru")
    qtbot.keyClicks(dialog.room, "412")
    press_ok(dialog)
    assert not dialog.isVisible()
    database = workspace_of(launcher).databases.database
    assert database is not None
    added = RosterService(database).list_participants(PROGRAM_CODE)[-1]
    assert added.name == "Aigerim Nurlanqyzy"
    assert added.role == "head"
    assert added.organization == "Turkistan Municipality"
    assert added.languages == ("kk", "ru")
    assert added.room == "412"
    assert added.arrival == dt.datetime(2026, 5, 4, 12)
    window = launcher.window
    assert window.workspace_view.roster_model.rowCount() == len(NAMES) + 1
    selected = window.workspace_view.program_view.roster_view.current_row()
    assert selected is not None
    assert window.workspace_view.roster_model.record(selected).name == "Aigerim Nurlanqyzy"
    assert window.main_actions.undo.isEnabled()


def test_invalid_email_keeps_the_dialog_open_with_the_field_marked(
    launcher: Launcher, qtbot: QtBot
) -> None:
    dialog = open_add_dialog(launcher)
    qtbot.keyClicks(dialog.name, "Bolat Ospanov")
    qtbot.keyClicks(dialog.email, "bolat-at-example")
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("email")
    assert dialog.email.property("invalid") is True
    assert dialog.name.text() == "Bolat Ospanov"
    assert "Bolat Ospanov" not in roster_names(launcher)
    dialog.email.setText("bolat@example.kz")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert "Bolat Ospanov" in roster_names(launcher)


def test_an_empty_name_and_a_duplicate_are_refused_in_the_dialog(
    launcher: Launcher, qtbot: QtBot
) -> None:
    dialog = open_add_dialog(launcher)
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("name")
    dialog.name.insert("Cem Yılmaz")
    qtbot.keyClicks(dialog.organization, "Almaty")
    press_ok(dialog)
    assert dialog.isVisible()
    assert "already" in dialog.errors.message("name")
    assert not launcher.window.main_actions.undo.isEnabled()


def test_double_click_edits_and_the_change_is_saved(launcher: Launcher, qtbot: QtBot) -> None:
    window = launcher.window
    view = window.workspace_view.program_view.roster_view
    row = window.workspace_view.roster_model.row_of(lambda record: record.name == "Zeynep Işık")
    assert row is not None
    view.row_activated.emit(row)
    dialog = workspace_of(launcher).roster.dialog
    assert dialog is not None
    assert dialog.name.text() == "Zeynep Işık"
    dialog.title.setText("Deputy Mayor")
    dialog.dietary.setText("Vegetarian")
    press_ok(dialog)
    assert not dialog.isVisible()
    database = workspace_of(launcher).databases.database
    assert database is not None
    saved = next(
        record
        for record in RosterService(database).list_participants(PROGRAM_CODE)
        if record.name == "Zeynep Işık"
    )
    assert saved.title == "Deputy Mayor"
    assert saved.dietary == "Vegetarian"
    window.main_actions.undo.trigger()
    restored = next(
        record
        for record in RosterService(database).list_participants(PROGRAM_CODE)
        if record.name == "Zeynep Işık"
    )
    assert restored.title == "Expert"


def test_remove_asks_then_undo_and_redo(launcher: Launcher) -> None:
    window = launcher.window
    actions = window.main_actions
    view = window.workspace_view.program_view.roster_view
    prompts_of(launcher).confirm = False
    view.select_row(2)
    actions.remove_participant.trigger()
    assert roster_names(launcher) == list(NAMES)
    prompts_of(launcher).confirm = True
    actions.remove_participant.trigger()
    assert roster_names(launcher) == [name for name in NAMES if name != NAMES[2]]
    assert window.workspace_view.roster_model.rowCount() == len(NAMES) - 1
    actions.undo.trigger()
    assert roster_names(launcher) == list(NAMES)  # back in the same place
    actions.redo.trigger()
    assert NAMES[2] not in roster_names(launcher)
    actions.undo.trigger()
    assert roster_names(launcher) == list(NAMES)


def test_undo_follows_a_participant_removed_and_restored(launcher: Launcher) -> None:
    window = launcher.window
    actions = window.main_actions
    view = window.workspace_view.program_view.roster_view
    row = window.workspace_view.roster_model.row_of(lambda record: record.name == "Murat İnce")
    assert row is not None
    view.select_row(row)
    actions.edit_participant.trigger()
    dialog = workspace_of(launcher).roster.dialog
    assert dialog is not None
    dialog.room.setText("101")
    press_ok(dialog)
    actions.remove_participant.trigger()
    actions.undo.trigger()  # re-added with a new id
    actions.undo.trigger()  # the edit is undone on the re-added participant
    database = workspace_of(launcher).databases.database
    assert database is not None
    murat = next(
        record
        for record in RosterService(database).list_participants(PROGRAM_CODE)
        if record.name == "Murat İnce"
    )
    assert murat.room == ""
    assert not prompts_of(launcher).errors


def test_an_edit_clashing_with_another_windows_is_refused_then_reapplied(
    launcher: Launcher, filled_path: Path
) -> None:
    view = launcher.window.workspace_view
    view.program_view.roster_view.select_row(0)
    first = view.roster_model.record(0)
    launcher.window.main_actions.edit_participant.trigger()
    dialog = workspace_of(launcher).roster.dialog
    assert dialog is not None
    other = open_database(filled_path)  # another window saves the room meanwhile
    try:
        RosterService(other).update(first.id, dataclasses.replace(first.as_input(), room="305"))
    finally:
        other.close()
    dialog.room.setText("214")
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.general_error.isVisible()
    assert first.name in dialog.general_error.text()
    assert dialog.room.text() == "214"  # nothing typed is lost
    database = workspace_of(launcher).databases.database
    assert database is not None
    assert RosterService(database).list_participants(PROGRAM_CODE)[0].room == "305"
    press_ok(dialog)  # again: the user's value over theirs
    assert not dialog.isVisible()
    assert RosterService(database).list_participants(PROGRAM_CODE)[0].room == "214"
    assert prompts_of(launcher).errors == []
