"""File ▸ Import roster: the wizard's pages, apply, undo and redo, cancel, refusals, drops."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from coordinator.excel import RosterField
from coordinator.services.records import ParticipantInput
from coordinator.services.roster_import import (
    ImportPlan,
    ImportResult,
    Progress,
    RosterImportService,
)
from coordinator.ui.app import Launcher
from coordinator.ui.import_mapping_page import NOT_IMPORTED
from coordinator.ui.import_preview_model import VALUE_PROBLEM_TINT, LineKind, PreviewColumn
from coordinator.ui.import_wizard import MAPPING_PAGE, PREVIEW_PAGE
from coordinator.ui.roster_commands import EditParticipantCommand
from tests.ui.conftest import NAMES, prompts_of, workspace_of
from tests.ui.import_support import (
    TIMEOUT_MS,
    go_to_preview,
    import_all,
    open_wizard,
    press_import,
    roster,
    session_of,
    shown_names,
    transfers_of,
    wait_idle,
)
from tests.ui.roster_files import ADDED, HEADERS, write_long_roster, write_roster

Horizontal = Qt.Orientation.Horizontal
# Bolat's e-mail and Dana's arrival do not read: they come without them.
IMPORTED = (*ADDED, "Bolat Ospanov", "Dana Seitkali")


def test_mapping_page_shows_the_first_rows_under_each_column(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_wizard(launcher, qtbot, write_roster(tmp_path / "heyet.xlsx", notes_sheet=True))
    page = wizard.mapping_page
    assert wizard.currentId() == MAPPING_PAGE
    assert page.file_label.text() == "heyet.xlsx"
    # The merged title row and the notes sheet are passed over: the header is on row 3.
    assert page.sheet.currentData() == "Katılımcılar"
    assert page.sheet.count() == 2
    assert "3" in page.header_note.text()
    model = page.sample_model
    assert model.columnCount() == len(HEADERS)
    assert model.rowCount() == 6  # the five people and the footer
    assert model.data(model.index(0, 1)) == "Zhandos Tasov"
    assert model.data(model.index(0, 4)) == "04.05.2026 Mon 09:30"
    assert model.headerData(0, Qt.Orientation.Vertical) == "4"
    assert model.headerData(1, Horizontal) == "B · Adı Soyadı\n→ Full name"
    assert model.headerData(0, Horizontal) == "A · Sıra\n(not imported)"
    assert page.choosers[RosterField.NAME].column() == 1
    assert page.choosers[RosterField.PHONE].column() == 6
    assert page.choosers[RosterField.ROOM].column() is None
    assert page.isComplete()


def test_uncertain_columns_are_marked(launcher: Launcher, qtbot: QtBot, tmp_path: Path) -> None:
    headers = ("Adı Soyadı", "Telefon", "Cep telefonu", "Doğum tarihi")
    rows = [("Zhandos Tasov", "+7 701", "+7 702", "sometime"), ("Dana Seitkali", "", "", "soon")]
    wizard = open_wizard(launcher, qtbot, write_roster(tmp_path / "phones.xlsx", rows, headers))
    page = wizard.mapping_page
    phone = page.choosers[RosterField.PHONE]
    assert phone.mark.pixmap() is not None
    assert not phone.mark.pixmap().isNull()
    assert "C · Cep telefonu" in phone.combo.toolTip()
    birth = page.choosers[RosterField.BIRTH_DATE]
    assert "2 of the first 2 values do not fit" in birth.combo.toolTip()
    name = page.choosers[RosterField.NAME]
    assert name.mark.pixmap().isNull()
    assert "Phone" in page.status.text()
    assert "Birth date" in page.status.text()
    model = page.sample_model
    assert model.headerData(2, Horizontal, Qt.ItemDataRole.DecorationRole) is not None
    assert model.headerData(0, Horizontal, Qt.ItemDataRole.DecorationRole) is None
    # Choosing one of the phone columns settles the doubt.
    phone.combo.setCurrentIndex(phone.combo.findData(2))
    assert phone.mark.pixmap().isNull()
    assert phone.combo.toolTip() == ""
    assert "Phone" not in page.status.text()


def test_a_mapping_without_a_name_cannot_go_on(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_wizard(launcher, qtbot, write_roster(tmp_path / "heyet.xlsx"))
    name = wizard.mapping_page.choosers[RosterField.NAME]
    name.combo.setCurrentIndex(name.combo.findData(NOT_IMPORTED))
    assert not wizard.mapping_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "full name" in wizard.mapping_page.status.text()
    name.combo.setCurrentIndex(name.combo.findData(1))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_preview_lists_every_problem_with_sheet_row_and_column(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_wizard(launcher, qtbot, write_roster(tmp_path / "heyet.xlsx"))
    go_to_preview(launcher, qtbot, wizard)
    page = wizard.preview_page
    counts = re.sub(r"\((s)\)", r"\1", page.summary.text())  # plurals translated or not
    assert counts == "4 to add · 1 to update · 3 skipped · 0 rows left out · 2 values left out"
    model = page.model
    kinds = [model.kind(row) for row in range(model.rowCount())]
    assert kinds.count(LineKind.ADD) == 4
    assert kinds.count(LineKind.UPDATE) == 1
    page.problems_only.setChecked(True)
    assert model.rowCount() == 2

    def line(row: int) -> list[str]:
        return [model.data(model.index(row, column)) for column in PreviewColumn]

    assert line(0)[:5] == ["Value left out", "Katılımcılar", "7", "F", "Bolat Ospanov"]
    assert "not an e-mail address" in line(0)[5]
    assert line(1)[:5] == ["Value left out", "Katılımcılar", "9", "E", "Dana Seitkali"]
    assert "ambiguous" in line(1)[5]
    page.table.setCurrentIndex(model.index(1, PreviewColumn.NAME))
    assert "sheet Katılımcılar, row 9, column E — Dana Seitkali" in page.detail.text()
    assert "1 May or 5 January" in page.detail.text()
    first = model.index(0, PreviewColumn.RESULT)
    assert model.data(first, Qt.ItemDataRole.BackgroundRole).color() == VALUE_PROBLEM_TINT
    assert model.data(first, Qt.ItemDataRole.DecorationRole) is not None
    assert "imported without this value" in model.data(first, Qt.ItemDataRole.ToolTipRole)
    page.problems_only.setChecked(False)
    assert model.rowCount() == 10
    update = kinds.index(LineKind.UPDATE)
    assert model.data(model.index(update, PreviewColumn.NAME)) == "İsmail Arısoy"
    assert model.data(model.index(update, PreviewColumn.DETAILS)) == "Changes: Title, E-mail"


def test_a_changed_mapping_plans_again(launcher: Launcher, qtbot: QtBot, tmp_path: Path) -> None:
    wizard = open_wizard(launcher, qtbot, write_roster(tmp_path / "heyet.xlsx"))
    go_to_preview(launcher, qtbot, wizard)
    first = wizard.plan
    assert isinstance(first, ImportPlan)
    assert len(first.problems) == 2
    wizard.back()
    assert wizard.currentId() == MAPPING_PAGE
    # Back and Next again without a change: the same plan, no second planning.
    go_to_preview(launcher, qtbot, wizard)
    assert wizard.plan is first
    wizard.back()
    arrival = wizard.mapping_page.choosers[RosterField.ARRIVAL]
    arrival.combo.setCurrentIndex(arrival.combo.findData(NOT_IMPORTED))
    assert wizard.plan is None
    go_to_preview(launcher, qtbot, wizard)
    second = wizard.plan
    assert second is not None
    assert second is not first
    assert RosterField.ARRIVAL not in second.mapping
    assert [problem.row for problem in second.problems] == [7]
    assert [item.entry.name for item in second.additions] == list(IMPORTED)
    assert wizard.preview_page.summary.text().startswith("4 to add")


def test_import_adds_rows_to_the_roster_and_undo_redo_take_them_back(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    before = {record.name: record for record in roster(launcher)}
    import_all(launcher, qtbot, write_roster(tmp_path / "heyet.xlsx"))
    assert shown_names(launcher) == [*NAMES, *IMPORTED]
    ismail = next(record for record in roster(launcher) if record.name == "İsmail Arısoy")
    assert ismail.title == "Danışman"
    assert ismail.email == "ismail@example.kz"
    assert "heyet.xlsx" in launcher.window.statusBar().currentMessage()
    stack = launcher.undo_stack
    assert stack.undoText() == "Import heyet.xlsx"
    history = transfers_of(launcher).history
    actions = launcher.window.main_actions

    stack.undo()  # in the background, the history held meanwhile
    assert history.held
    assert not actions.undo.isEnabled()
    assert not actions.redo.isEnabled()
    wait_idle(launcher, qtbot)
    assert not history.held
    assert actions.redo.isEnabled()
    assert shown_names(launcher) == list(NAMES)
    after_undo = {record.name: record for record in roster(launcher)}
    assert after_undo == before

    stack.redo()
    wait_idle(launcher, qtbot)
    assert shown_names(launcher) == [*NAMES, *IMPORTED]
    assert next(r for r in roster(launcher) if r.name == "İsmail Arısoy").title == "Danışman"
    stack.undo()
    wait_idle(launcher, qtbot)
    assert {record.name: record for record in roster(launcher)} == before
    assert prompts_of(launcher).errors == []


def test_an_edit_after_an_import_follows_the_participant_through_undo_and_redo(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    import_all(launcher, qtbot, write_roster(tmp_path / "heyet.xlsx"))
    context = workspace_of(launcher).roster.context
    assert context is not None
    zhandos = next(record for record in roster(launcher) if record.name == "Zhandos Tasov")
    edit = EditParticipantCommand(
        context, zhandos, ParticipantInput(name="Zhandos Tasov", room="12")
    )
    edit.execute()
    launcher.undo_stack.push(edit)
    stack = launcher.undo_stack
    stack.undo()
    stack.undo()  # the import: Zhandos is gone
    wait_idle(launcher, qtbot)
    assert "Zhandos Tasov" not in shown_names(launcher)
    stack.redo()  # back, under his own id
    wait_idle(launcher, qtbot)
    again = next(r for r in roster(launcher) if r.name == "Zhandos Tasov")
    assert again.id == zhandos.id
    stack.redo()  # the edit finds him
    assert next(r for r in roster(launcher) if r.name == "Zhandos Tasov").room == "12"
    assert prompts_of(launcher).errors == []


def test_cancel_during_a_long_import_writes_nothing(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reached, release = threading.Event(), threading.Event()
    original = RosterImportService.apply

    def held_apply(
        self: RosterImportService, plan: ImportPlan, progress: Progress | None = None
    ) -> ImportResult:
        assert progress is not None

        def held(done: int, total: int) -> bool:
            if done and not reached.is_set():
                reached.set()
                release.wait(TIMEOUT_MS / 1000)
            return progress(done, total)

        return original(self, plan, held)

    monkeypatch.setattr(RosterImportService, "apply", held_apply)
    wizard = open_wizard(launcher, qtbot, write_long_roster(tmp_path / "long.xlsx", 5_000))
    go_to_preview(launcher, qtbot, wizard)
    assert wizard.plan is not None
    assert len(wizard.plan.additions) == 5_000
    count = launcher.undo_stack.count()
    press_import(wizard)
    qtbot.waitUntil(reached.is_set, timeout=TIMEOUT_MS)
    dialog = transfers_of(launcher).runner.dialog
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    release.set()
    wait_idle(launcher, qtbot)
    assert shown_names(launcher) == list(NAMES)
    assert [record.name for record in roster(launcher)] == list(NAMES)
    assert launcher.undo_stack.count() == count
    assert wizard.isVisible()
    assert wizard.currentId() == PREVIEW_PAGE
    assert "cancelled" in wizard.preview_page.note.text()
    assert prompts_of(launcher).errors == []


OLD_XLS = bytes.fromhex("d0cf11e0a1b11ae1") + os.urandom(2_000)


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("liste.xls", OLD_XLS, "old binary Excel file"),
        ("heyet.xlsx", os.urandom(3_000), "damaged"),
        ("heyet.csv", b"", "empty"),
    ],
)
def test_a_file_that_cannot_be_read_says_why_once_and_changes_nothing(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    count = launcher.undo_stack.count()
    prompts_of(launcher).import_answers.append(str(path))
    launcher.window.main_actions.import_roster.trigger()
    qtbot.waitUntil(lambda: transfers_of(launcher).session is None, timeout=TIMEOUT_MS)
    errors = prompts_of(launcher).errors
    assert len(errors) == 1
    title, message = errors[0]
    assert title == "The file cannot be imported"
    assert name in message
    assert said in message
    assert [record.name for record in roster(launcher)] == list(NAMES)
    assert launcher.undo_stack.count() == count
    assert launcher.window.main_actions.import_roster.isEnabled()


def test_another_sheet_is_read_when_chosen(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Delegation"
    first.append(["Name", "Title", "Organization", "Passport", "Room"])
    first.append(["Zhandos Tasov", "Deputy Mayor", "Turkistan Municipality", "N123", "401"])
    second = workbook.create_sheet("Staff")
    second.append(["Name", "Title"])
    second.append(["Aliya Bekova", "Driver"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    wizard = open_wizard(launcher, qtbot, path)
    page = wizard.mapping_page
    assert page.sheet.currentData() == "Delegation"
    page.sheet.setCurrentIndex(page.sheet.findData("Staff"))
    page.sheet.activated.emit(page.sheet.currentIndex())
    wait_idle(launcher, qtbot)
    assert wizard.table is not None
    assert wizard.table.sheet == "Staff"
    assert page.sample_model.data(page.sample_model.index(0, 0)) == "Aliya Bekova"
    go_to_preview(launcher, qtbot, wizard)
    assert [item.entry.name for item in wizard.plan.additions] == ["Aliya Bekova"]  # type: ignore[union-attr]


def test_a_corrected_mapping_is_remembered_for_the_next_list(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    headers = ("Adı Soyadı", "Otel odası")
    first = write_roster(tmp_path / "first.xlsx", [("Zhandos Tasov", "401")], headers)
    wizard = open_wizard(launcher, qtbot, first)
    room = wizard.mapping_page.choosers[RosterField.ROOM]
    assert room.column() is None
    room.combo.setCurrentIndex(room.combo.findData(1))
    go_to_preview(launcher, qtbot, wizard)
    press_import(wizard)
    qtbot.waitUntil(lambda: transfers_of(launcher).session is None, timeout=TIMEOUT_MS)
    assert next(r for r in roster(launcher) if r.name == "Zhandos Tasov").room == "401"

    second = write_roster(tmp_path / "second.xlsx", [("Dana Seitkali", "402")], headers)
    wizard = open_wizard(launcher, qtbot, second)
    assert wizard.mapping_page.choosers[RosterField.ROOM].column() == 1
    assert "as you chose them" in wizard.mapping_page.status.text()


def _drag(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_dropping_a_roster_file_on_the_roster_opens_the_wizard(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    viewport = launcher.window.workspace_view.program_view.roster_view.table.viewport()
    refused = _drag(tmp_path / "program.pdf")
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, refused, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(viewport, enter)
    assert not enter.isAccepted()

    mime = _drag(write_roster(tmp_path / "heyet.xlsx"))
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(
        lambda: (
            transfers_of(launcher).session is not None and session_of(launcher).wizard is not None
        ),
        timeout=TIMEOUT_MS,
    )
    wizard = session_of(launcher).wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible, timeout=TIMEOUT_MS)
    assert wizard.mapping_page.file_label.text() == "heyet.xlsx"
    assert not launcher.window.main_actions.import_roster.isEnabled()
    wizard.reject()
    qtbot.waitUntil(lambda: transfers_of(launcher).session is None, timeout=TIMEOUT_MS)
    assert launcher.window.main_actions.import_roster.isEnabled()
    assert [record.name for record in roster(launcher)] == list(NAMES)
