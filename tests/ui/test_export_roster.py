"""File ▸ Export roster: a workbook that reads back, off the GUI thread, errors said once."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from coordinator.services.roster_export import Progress, RosterExportService
from coordinator.services.roster_import import RosterImportService
from coordinator.ui.app import Launcher
from tests.ui.conftest import NAMES, PROGRAM_CODE, prompts_of, workspace_of
from tests.ui.import_support import TIMEOUT_MS, transfers_of, wait_idle
from tests.ui.roster_files import write_long_roster


def export_to(launcher: Launcher, qtbot: QtBot, path: Path) -> None:
    prompts_of(launcher).export_answers.append(str(path))
    launcher.window.main_actions.export_roster.trigger()
    wait_idle(launcher, qtbot)


def test_export_writes_a_workbook_that_reads_back(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "ankara.xlsx"
    export_to(launcher, qtbot, path)
    assert prompts_of(launcher).errors == []
    assert path.is_file()
    assert str(path) in launcher.window.statusBar().currentMessage()
    database = workspace_of(launcher).databases.database
    assert database is not None
    importer = RosterImportService(database)
    plan = importer.plan(PROGRAM_CODE, importer.read(path))
    # Every participant is already there with these very details: nothing to change.
    assert plan.additions == ()
    assert plan.updates == ()
    assert plan.problems == ()
    assert [skipped.reason for skipped in plan.skipped] == ["unchanged"] * len(NAMES)


def test_a_turkish_interface_exports_in_turkish(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "ankara.xlsx"
    before = QLocale()
    QLocale.setDefault(QLocale("tr_TR"))
    try:
        export_to(launcher, qtbot, path)
    finally:
        QLocale.setDefault(before)
    assert prompts_of(launcher).errors == []
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["Katılımcılar"]
    headers = next(book["Katılımcılar"].iter_rows(max_row=1, values_only=True))
    assert headers[:3] == ("Ad Soyad", "Unvanı", "Kurumu")
    book.close()
    database = workspace_of(launcher).databases.database
    assert database is not None
    importer = RosterImportService(database)
    plan = importer.plan(PROGRAM_CODE, importer.read(path))
    assert (plan.additions, plan.updates, plan.problems) == ((), (), ())


def test_a_file_that_cannot_be_written_is_said_once(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "missing folder" / "ankara.xlsx"
    export_to(launcher, qtbot, path)
    errors = prompts_of(launcher).errors
    assert len(errors) == 1
    assert errors[0][0] == "The roster cannot be exported"
    assert "ankara.xlsx" in errors[0][1]
    assert not path.exists()
    assert launcher.window.main_actions.export_roster.isEnabled()


def test_cancel_leaves_the_previous_export_untouched(
    launcher: Launcher, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = workspace_of(launcher).databases.database
    assert database is not None
    importer = RosterImportService(database)
    long_list = write_long_roster(tmp_path / "long.xlsx", 2_500)
    importer.apply(importer.plan(PROGRAM_CODE, importer.read(long_list)))
    path = tmp_path / "ankara.xlsx"
    path.write_bytes(b"the previous export")
    reached, release = threading.Event(), threading.Event()
    original = RosterExportService.export

    def held_export(
        self: RosterExportService,
        code: str,
        target: Path,
        progress: Progress | None = None,
        language: str = "en",
    ) -> int:
        assert progress is not None

        def held(done: int, total: int) -> bool:
            if not reached.is_set():
                reached.set()
                release.wait(TIMEOUT_MS / 1000)
            return progress(done, total)

        return original(self, code, target, held, language)

    monkeypatch.setattr(RosterExportService, "export", held_export)
    prompts_of(launcher).export_answers.append(str(path))
    launcher.window.main_actions.export_roster.trigger()
    qtbot.waitUntil(reached.is_set, timeout=TIMEOUT_MS)
    dialog = transfers_of(launcher).runner.dialog
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    release.set()
    wait_idle(launcher, qtbot)
    assert path.read_bytes() == b"the previous export"
    assert prompts_of(launcher).errors == []
    assert "cancelled" in launcher.window.statusBar().currentMessage()


def test_import_and_export_need_a_program(launcher: Launcher) -> None:
    actions = launcher.window.main_actions
    assert actions.import_roster.isEnabled()
    assert actions.export_roster.isEnabled()
    workspace_of(launcher).programs.set_database(None)
    workspace_of(launcher).transfers.set_database(None)
    assert not actions.import_roster.isEnabled()
    assert not actions.export_roster.isEnabled()
