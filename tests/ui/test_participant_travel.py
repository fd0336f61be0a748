"""The participant dialog's travel tab: shown as recorded, edited, saved, undone, reapplied."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coordinator.services.records import ParticipantRecord
from coordinator.services.roster import RosterService
from coordinator.store import Database, open_database
from coordinator.ui.app import Launcher
from coordinator.ui.participant_dialog import ParticipantDialog
from tests.ui.conftest import PROGRAM_CODE, add_program, prompts_of, workspace_of
from tests.ui.test_roster_editing import press_ok

LANDING = dt.datetime(2026, 5, 4)
LEAVING = dt.datetime(2026, 5, 8, 18, 5)


@pytest.fixture
def filled_path(database_path: Path) -> Path:
    """The Ankara program, its first participant landing on a day whose hour is not known."""
    database = open_database(database_path)
    try:
        add_program(database)
        roster = RosterService(database)
        first = roster.list_participants(PROGRAM_CODE)[0]
        travel = dataclasses.replace(
            first.as_input(),
            arrival=LANDING, arrival_time_known=False, arrival_mode="flight",
            arrival_number="KC 913", arrival_from="Almaty", arrival_place="IST",
            arrival_terminal="International", departure=LEAVING, departure_mode="train",
            departure_number="YHT 81012", departure_to="Ankara", departure_place="Gar",
        )  # fmt: skip
        roster.update(first.id, travel)
    finally:
        database.close()
    return database_path


def database_of(launcher: Launcher) -> Database:
    database = workspace_of(launcher).databases.database
    assert database is not None
    return database


def first_participant(launcher: Launcher) -> ParticipantRecord:
    return RosterService(database_of(launcher)).list_participants(PROGRAM_CODE)[0]


def open_first(launcher: Launcher) -> ParticipantDialog:
    launcher.window.workspace_view.program_view.roster_view.select_row(0)
    launcher.window.main_actions.edit_participant.trigger()
    dialog = workspace_of(launcher).roster.dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)
    return dialog


@pytest.fixture
def dialog(launcher: Launcher) -> Iterator[ParticipantDialog]:
    """The dialog on the first participant, its travel tab showing."""
    shown = open_first(launcher)
    yield shown
    shown.reject()


def test_the_travel_is_shown_as_recorded_without_a_made_up_time(
    launcher: Launcher, dialog: ParticipantDialog
) -> None:
    arrival, departure = dialog.arrival, dialog.departure
    assert arrival.date.value() == LANDING.date()
    assert arrival.time_unknown.isChecked()
    assert not arrival.time.isVisible()  # no 00:00 for a time nobody knows
    assert "00:00" not in [child.text() for child in arrival.findChildren(QLineEdit)]
    assert arrival.mode.currentText() == "Flight"
    assert (arrival.number.text(), arrival.away.text()) == ("KC 913", "Almaty")
    assert (arrival.place.currentText(), arrival.terminal.text()) == ("IST", "International")
    assert departure.time.isVisible()
    assert departure.time.time() == QTime(18, 5)
    assert not departure.time_unknown.isChecked()
    assert departure.mode.currentText() == "Train"
    assert departure.away.text() == "Ankara"
    assert [arrival.mode.itemText(i) for i in range(arrival.mode.count())] == [
        "—", "Flight", "Train", "Car", "Bus",
    ]  # fmt: skip
    assert arrival.place.findText("SAW") >= 0
    assert arrival.place.findText("ESB") >= 0
    assert dialog.participant_input() == first_participant(launcher).as_input()


def test_ok_without_changes_writes_nothing(launcher: Launcher, dialog: ParticipantDialog) -> None:
    before = first_participant(launcher)
    press_ok(dialog)
    assert not dialog.isVisible()
    assert first_participant(launcher) == before
    assert not launcher.window.main_actions.undo.isEnabled()


def test_travel_edited_in_the_dialog_is_saved_and_undone(
    launcher: Launcher, dialog: ParticipantDialog
) -> None:
    before = first_participant(launcher)
    arrival = dialog.arrival
    arrival.time_unknown.setChecked(False)
    assert arrival.time.isVisible()
    arrival.time.setTime(QTime(14, 35))
    arrival.mode.setCurrentIndex(arrival.mode.findData("bus"))
    arrival.number.setText("tk351")
    arrival.place.setCurrentText("saw")
    arrival.terminal.setText("")
    dialog.departure.terminal.setText("2")
    press_ok(dialog)
    assert not dialog.isVisible()
    saved = first_participant(launcher)
    assert saved.arrival == dt.datetime(2026, 5, 4, 14, 35)
    assert saved.arrival_time_known
    assert (saved.arrival_mode, saved.arrival_number) == ("bus", "TK 351")
    assert (saved.arrival_place, saved.arrival_terminal) == ("SAW", "")
    assert saved.departure_terminal == "2"
    assert (saved.departure, saved.departure_number) == (LEAVING, "YHT 81012")
    launcher.window.main_actions.undo.trigger()
    assert first_participant(launcher) == before
    assert not prompts_of(launcher).errors


def test_a_time_not_known_keeps_the_date_alone(
    launcher: Launcher, dialog: ParticipantDialog
) -> None:
    dialog.departure.time_unknown.setChecked(True)
    assert not dialog.departure.time.isVisible()
    press_ok(dialog)
    saved = first_participant(launcher)
    assert saved.departure == dt.datetime(2026, 5, 8)
    assert not saved.departure_time_known
    again = open_first(launcher)
    assert again.departure.time_unknown.isChecked()
    assert not again.departure.time.isVisible()
    again.departure.date.check.setChecked(False)  # no date at all
    press_ok(again)
    gone = first_participant(launcher)
    assert gone.departure is None
    assert gone.departure_time_known  # without a date there is no time to be unknown


def test_a_new_participant_gets_travel_from_the_tab(launcher: Launcher) -> None:
    launcher.window.main_actions.add_participant.trigger()
    dialog = workspace_of(launcher).roster.dialog
    assert dialog is not None
    dialog.name.setText("Aigerim Nurlanqyzy")
    assert not dialog.arrival.time_unknown.isEnabled()  # no date yet
    dialog.arrival.date.check.setChecked(True)
    dialog.arrival.mode.setCurrentIndex(dialog.arrival.mode.findData("flight"))
    dialog.arrival.place.setCurrentText("ESB")
    press_ok(dialog)
    added = RosterService(database_of(launcher)).list_participants(PROGRAM_CODE)[-1]
    assert added.arrival == dt.datetime(2026, 5, 4, 12)
    assert (added.arrival_mode, added.arrival_place) == ("flight", "ESB")
    assert added.departure is None


def test_a_refused_travel_field_is_marked_on_the_travel_tab(
    launcher: Launcher, dialog: ParticipantDialog
) -> None:
    dialog.tabs.setCurrentIndex(0)
    dialog.arrival.number.setText("X" * 200)
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 1
    assert dialog.errors.message("arrival_number")
    dialog.arrival.number.setText("KC 913")
    dialog.departure.date.editor.setDate(dialog.departure.date.editor.date().addDays(-10))
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("departure") == "The departure is before the arrival."


def test_travel_reapplied_over_another_windows_change(
    launcher: Launcher, dialog: ParticipantDialog, filled_path: Path
) -> None:
    first = first_participant(launcher)
    other = open_database(filled_path)
    try:
        theirs = dataclasses.replace(
            first.as_input(), arrival_number="KC 915", arrival_terminal="1", room="305"
        )
        RosterService(other).update(first.id, theirs)
    finally:
        other.close()
    dialog.arrival.terminal.setText("2")  # the same field as theirs: refused, then reapplied
    dialog.departure.place.setCurrentText("ESB")
    press_ok(dialog)
    assert dialog.isVisible()
    assert "Terminal" in dialog.general_error.text()
    assert dialog.arrival.number.text() == "KC 915"  # theirs, as the user left it alone
    assert dialog.arrival.terminal.text() == "2"  # the user's, kept
    assert dialog.departure.place.currentText() == "ESB"
    press_ok(dialog)
    assert not dialog.isVisible()
    saved = first_participant(launcher)
    assert (saved.arrival_number, saved.arrival_terminal, saved.room) == ("KC 915", "2", "305")
    assert saved.departure_place == "ESB"
    assert (saved.arrival, saved.arrival_time_known) == (LANDING, False)


def _input_controls(dialog: ParticipantDialog) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QCheckBox, QAbstractSpinBox, QPlainTextEdit)
    inner = (QComboBox, QAbstractSpinBox)  # their own line edits are part of them
    return [
        widget
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, kinds)
        and not isinstance(widget.parentWidget(), inner)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def test_every_control_has_an_accessible_name(dialog: ParticipantDialog) -> None:
    unnamed = [type(w).__name__ for w in _input_controls(dialog) if not w.accessibleName()]
    assert unnamed == []


def test_tab_goes_through_the_travel_fields_as_on_the_screen(dialog: ParticipantDialog) -> None:
    expected = [*dialog.arrival.controls(), *dialog.departure.controls()]
    seen: list[QWidget] = []
    widget: QWidget = dialog.name
    for _ in range(200):
        widget = widget.nextInFocusChain()
        if widget in expected and widget not in seen:
            seen.append(widget)
    assert seen == expected
