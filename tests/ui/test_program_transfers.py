"""Export and import a program from the File menu: a preview first, then an undoable import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.store import Database
from coordinator.ui.app import Launcher
from coordinator.ui.program_import_preview import ProgramImportPreview
from coordinator.ui.program_transfer_controller import ProgramFiles, ProgramTransferController
from tests.ui.conftest import launch, prompts_of, workspace_of


class AnsweringFiles(ProgramFiles):
    """Answers with the paths the test sets."""

    def __init__(self, parent: QWidget, path: Path) -> None:
        super().__init__(parent)
        self.path = path

    def export_path(self, title: str, suggested: str) -> str | None:
        return str(self.path)

    def import_path(self, title: str, folder: str) -> str | None:
        return str(self.path)


@pytest.fixture
def demo(qtbot: QtBot, demo_path: Path, settings: QSettings) -> Iterator[Launcher]:
    launcher = launch(qtbot, str(demo_path), settings)
    yield launcher
    workspace_of(launcher).close()


def _database(launcher: Launcher) -> Database:
    database = workspace_of(launcher).databases.database
    assert database is not None
    return database


def _transfers(launcher: Launcher, path: Path) -> ProgramTransferController:
    controller = workspace_of(launcher).program_transfers
    controller.files = AnsweringFiles(launcher.window, path)
    return controller


def _idle(launcher: Launcher, qtbot: QtBot) -> None:
    runner = workspace_of(launcher).transfers.runner
    qtbot.waitUntil(lambda: not runner.busy(), timeout=20_000)


def test_export_program_writes_the_workbook(demo: Launcher, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "program.xlsx"
    _transfers(demo, path)
    demo.window.program_actions.export_program.trigger()
    _idle(demo, qtbot)
    assert path.exists()
    book = load_workbook(path, read_only=True)
    sheets = book.sheetnames
    book.close()
    assert len(sheets) > 3
    assert "Exported" in demo.window.statusBar().currentMessage()


def test_import_program_previews_then_applies_and_undo_takes_it_back(
    demo: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    source = workspace_of(demo).programs.program
    assert source is not None
    path = tmp_path / "program.xlsx"
    transfers = _transfers(demo, path)
    demo.window.program_actions.export_program.trigger()
    _idle(demo, qtbot)
    programs = ProgramService(_database(demo))
    programs.create(
        ProgramInput(
            code="NEXT", title="Next visit", first_day=source.first_day, last_day=source.last_day
        )
    )
    workspace_of(demo).programs.reload(select_code="NEXT")
    demo.window.program_actions.import_program.trigger()
    qtbot.waitUntil(lambda: transfers.preview is not None, timeout=20_000)
    preview = transfers.preview
    assert isinstance(preview, ProgramImportPreview)
    assert "NEXT" in preview.summary.text()
    assert programs.get("NEXT").activity_count == 0  # nothing written before OK
    ok = preview.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()
    _idle(demo, qtbot)
    assert programs.get("NEXT").activity_count == source.activity_count
    assert programs.get("NEXT").participant_count == source.participant_count
    stack = demo.undo_stack
    assert stack.count() == 1
    stack.undo()
    _idle(demo, qtbot)
    assert programs.get("NEXT").activity_count == 0
    assert programs.get("NEXT").participant_count == 0
    stack.redo()
    _idle(demo, qtbot)
    assert programs.get("NEXT").activity_count == source.activity_count


def test_a_cancelled_preview_imports_nothing(demo: Launcher, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "itinerary.xlsx"
    transfers = _transfers(demo, path)
    demo.window.program_actions.export_itinerary.trigger()
    _idle(demo, qtbot)
    demo.window.program_actions.import_itinerary.trigger()
    qtbot.waitUntil(lambda: transfers.preview is not None, timeout=20_000)
    preview = transfers.preview
    assert preview is not None
    preview.reject()
    assert transfers.preview is None
    assert demo.undo_stack.count() == 0
    assert demo.window.program_actions.import_program.isEnabled()


def test_an_unreadable_file_is_refused_with_a_message(
    demo: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    transfers = _transfers(demo, path)
    demo.window.program_actions.import_program.trigger()
    _idle(demo, qtbot)
    assert transfers.preview is None
    assert prompts_of(demo).errors
    assert demo.undo_stack.count() == 0
