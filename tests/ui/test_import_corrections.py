"""The import preview: values left out, rows left out, and a value corrected before importing."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.services.records import ParticipantRecord
from coordinator.ui.app import Launcher
from coordinator.ui.import_preview_model import PROBLEM_TINT, LineKind, PreviewColumn
from coordinator.ui.import_preview_page import CorrectionDialog, ImportPreviewPage
from coordinator.ui.import_wizard import ImportWizard
from tests.ui.conftest import NAMES, prompts_of
from tests.ui.import_support import (
    TIMEOUT_MS,
    go_to_preview,
    open_wizard,
    press_import,
    roster,
    shown_names,
    transfers_of,
    wait_idle,
)
from tests.ui.roster_files import write_roster

HEADERS = ("Adı Soyadı", "Unvanı", "Kurumu", "Doğum Tarihi", "E-posta", "Cep Telefonu")
# Under a title row and a blank row, the header is on row 3: the people from row 4 on.
ROWS = (
    ("Aliya Bekova", "Uzman", "Türkistan Belediyesi", "12.03.1985", "aliya-at-example.kz",
     "+7 701 000 00 11"),
    ("Nurlan Abenov", "Danışman", "Türkistan Belediyesi", "01.02.1979", "nurlan@example.kz",
     "call the hotel"),
    ("Saule Omarova", "Başkan Yardımcısı", "Türkistan Belediyesi", "31.02.1980",
     "saule@example.kz", "+7 701 000 00 13"),
    (None, "Şoför", "Türkistan Belediyesi", None, "driver@example.kz", None),
    ("Marat Seitov", "Uzman", "Türkistan Belediyesi", "05.06.1990", "marat@example.kz",
     "+7 701 000 00 14"),
)  # fmt: skip
DELEGATES = ("Aliya Bekova", "Nurlan Abenov", "Saule Omarova", "Marat Seitov")


def counts(page: ImportPreviewPage) -> str:
    """Return the page's counts, plurals as the English translation gives them or not."""
    return re.sub(r"(\d+) (row|value)\(s\)", lambda m: m[1] + " " + m[2] + "s" * (m[1] != "1"),
                  page.summary.text())  # fmt: skip


def problem_lines(page: ImportPreviewPage) -> list[list[str]]:
    model = page.model
    return [
        [model.data(model.index(row, column)) for column in PreviewColumn]
        for row in range(model.rowCount())
        if model.kind(row) in (LineKind.PROBLEM, LineKind.VALUE_PROBLEM)
    ]


def line_of_problem(page: ImportPreviewPage, sheet_row: int) -> int:
    model = page.model
    return next(
        row
        for row in range(model.rowCount())
        if model.kind(row) in (LineKind.PROBLEM, LineKind.VALUE_PROBLEM)
        and model.data(model.index(row, PreviewColumn.ROW)) == str(sheet_row)
    )


def correct(
    launcher: Launcher, qtbot: QtBot, wizard: ImportWizard, dialog: CorrectionDialog, text: str
) -> None:
    """Type ``text`` in the correction dialog, press OK and wait for the plan made with it."""
    before = wizard.plan
    dialog.value.setText(text)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: wizard.plan is not before, timeout=TIMEOUT_MS)
    wait_idle(launcher, qtbot)


def delegates(launcher: Launcher) -> dict[str, ParticipantRecord]:
    return {record.name: record for record in roster(launcher) if record.name not in NAMES}


def test_bad_values_are_left_out_and_a_corrected_e_mail_is_imported(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_roster(tmp_path / "heyet.xlsx", ROWS, HEADERS)
    wizard = open_wizard(launcher, qtbot, path)
    go_to_preview(launcher, qtbot, wizard)
    page = wizard.preview_page
    assert counts(page) == "4 to add · 0 to update · 2 skipped · 1 row left out · 3 values left out"
    lines = problem_lines(page)
    assert [line[:5] for line in lines] == [
        ["Value left out", "Katılımcılar", "4", "E", "Aliya Bekova"],
        ["Value left out", "Katılımcılar", "5", "F", "Nurlan Abenov"],
        ["Value left out", "Katılımcılar", "6", "D", "Saule Omarova"],
        ["Row left out", "Katılımcılar", "7", "A", ""],
    ]
    assert "'aliya-at-example.kz' is not an e-mail address" in lines[0][5]
    assert "not a phone number" in lines[1][5]
    assert "The name is missing" in lines[3][5]
    model = page.model
    nameless = model.index(line_of_problem(page, 7), PreviewColumn.RESULT)
    assert model.data(nameless, Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_TINT
    assert "The row is not imported." in model.data(nameless, Qt.ItemDataRole.ToolTipRole)

    # F2 on Aliya's problem opens the editor on her e-mail, as the file has it.
    # A shortcut answers only in the active window: wait for it on a busy machine.
    wizard.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=5_000)
    page.table.setCurrentIndex(model.index(line_of_problem(page, 4), PreviewColumn.DETAILS))
    assert page.correct_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = page.correction_dialog
    assert dialog is not None
    assert dialog.value.text() == "aliya-at-example.kz"
    assert dialog.cell.currentText() == "E-mail (column E)"
    correct(launcher, qtbot, wizard, dialog, "aliya@example.kz")
    assert page.correction_dialog is None
    assert counts(page) == "4 to add · 0 to update · 2 skipped · 1 row left out · 2 values left out"
    assert [line[2] for line in problem_lines(page)] == ["5", "6", "7"]
    # The corrected row is the one shown.
    current = page.table.currentIndex()
    assert model.data(model.index(current.row(), PreviewColumn.ROW)) == "4"
    assert model.kind(current.row()) is LineKind.ADD
    assert "Add — sheet Katılımcılar, row 4 — Aliya Bekova" in page.detail.text()

    count = launcher.undo_stack.count()
    press_import(wizard)
    qtbot.waitUntil(lambda: transfers_of(launcher).session is None, timeout=TIMEOUT_MS)
    imported = delegates(launcher)
    assert set(imported) == set(DELEGATES)
    aliya, nurlan, saule = (imported[name] for name in DELEGATES[:3])
    assert (aliya.email, aliya.phone) == ("aliya@example.kz", "+7 701 000 00 11")
    assert (nurlan.phone, nurlan.email) == ("", "nurlan@example.kz")
    assert (saule.birth_date, saule.title) == (None, "Başkan Yardımcısı")
    assert imported["Marat Seitov"].birth_date == dt.date(1990, 6, 5)
    assert shown_names(launcher) == [*NAMES, *DELEGATES]

    assert launcher.undo_stack.count() == count + 1
    _undo_and_redo_the_import(launcher, qtbot)


def _undo_and_redo_the_import(launcher: Launcher, qtbot: QtBot) -> None:
    stack = launcher.undo_stack
    stack.undo()
    wait_idle(launcher, qtbot)
    assert delegates(launcher) == {}
    assert shown_names(launcher) == list(NAMES)
    stack.redo()
    wait_idle(launcher, qtbot)
    assert delegates(launcher)["Aliya Bekova"].email == "aliya@example.kz"
    assert prompts_of(launcher).errors == []


def test_a_name_typed_for_a_nameless_row_brings_it_in_and_a_bad_value_stays_a_problem(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_wizard(launcher, qtbot, write_roster(tmp_path / "heyet.xlsx", ROWS, HEADERS))
    go_to_preview(launcher, qtbot, wizard)
    page = wizard.preview_page
    page.problems_only.setChecked(True)
    model = page.model

    # A double-click on the nameless row's problem: the name's cell, empty in the file.
    index = model.index(line_of_problem(page, 7), PreviewColumn.NAME)
    page.table.scrollTo(index)
    centre = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    dialog = page.correction_dialog
    assert dialog is not None
    assert (dialog.value.text(), dialog.cell.currentText()) == ("", "Full name (column A)")
    correct(launcher, qtbot, wizard, dialog, "Yerlan Dosov")
    assert counts(page).startswith("5 to add · 0 to update · 2 skipped · 0 rows left out")

    # Nurlan's phone corrected to another text that is no number either: a new problem.
    page.table.setCurrentIndex(model.index(line_of_problem(page, 5), PreviewColumn.DETAILS))
    page.correct_button.click()
    dialog = page.correction_dialog
    assert dialog is not None
    assert dialog.value.text() == "call the hotel"
    correct(launcher, qtbot, wizard, dialog, "ask the driver")
    [phone] = [line for line in problem_lines(page) if line[2] == "5"]
    assert phone[:4] == ["Value left out", "Katılımcılar", "5", "F"]
    assert "'ask the driver' is not a phone number" in phone[5]

    # Any cell of the row imported can be chosen in the editor.
    page.table.setCurrentIndex(model.index(line_of_problem(page, 6), PreviewColumn.DETAILS))
    page.correct_action.trigger()
    dialog = page.correction_dialog
    assert dialog is not None
    dialog.cell.setCurrentIndex(dialog.cell.findText("Organization (column C)"))
    assert dialog.value.text() == "Türkistan Belediyesi"
    dialog.cell.setCurrentIndex(dialog.cell.findText("Birth date (column D)"))
    assert dialog.value.text() == "31.02.1980"
    correct(launcher, qtbot, wizard, dialog, "28.02.1980")
    assert [line[2] for line in problem_lines(page)] == ["4", "5"]

    # Back to the columns and on again: the corrections are kept, with no planning again.
    plan = wizard.plan
    wizard.back()
    go_to_preview(launcher, qtbot, wizard)
    assert wizard.plan is plan
    press_import(wizard)
    qtbot.waitUntil(lambda: transfers_of(launcher).session is None, timeout=TIMEOUT_MS)
    imported = delegates(launcher)
    assert set(imported) == {*DELEGATES, "Yerlan Dosov"}
    assert imported["Yerlan Dosov"].title == "Şoför"
    assert imported["Saule Omarova"].birth_date == dt.date(1980, 2, 28)
    assert imported["Nurlan Abenov"].phone == ""
    assert prompts_of(launcher).errors == []


def test_lines_without_a_problem_cannot_be_corrected(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_wizard(launcher, qtbot, write_roster(tmp_path / "heyet.xlsx", ROWS, HEADERS))
    go_to_preview(launcher, qtbot, wizard)
    page = wizard.preview_page
    model = page.model
    first = next(row for row in range(model.rowCount()) if model.kind(row) is LineKind.ADD)
    assert model.correction_of(first) is None
    page.table.setCurrentIndex(model.index(first, PreviewColumn.NAME))
    assert not page.correct_button.isEnabled()
    page.correct_action.trigger()
    assert page.correction_dialog is None
    # Leaving the text as it is plans nothing again.
    page.table.setCurrentIndex(model.index(line_of_problem(page, 4), PreviewColumn.NAME))
    page.correct_action.trigger()
    dialog = page.correction_dialog
    assert dialog is not None
    plan = wizard.plan
    dialog.accept()
    wait_idle(launcher, qtbot)
    assert wizard.plan is plan
