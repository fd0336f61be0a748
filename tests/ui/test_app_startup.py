"""The start: light imports before the first paint, the exception hook, names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from pytestqt.qtbot import QtBot

from coordinator.services.errors import InvalidInputError
from coordinator.store import location
from coordinator.ui import app
from coordinator.ui.app import Launcher
from coordinator.ui.crash_guard import CrashGuard
from coordinator.ui.workspace_view import WorkspaceView
from tests.conftest import REPOSITORY
from tests.ui.conftest import FakePrompts


def test_settings_are_kept_under_the_names_the_store_uses() -> None:
    assert app.ORGANIZATION_NAME == location.ORGANIZATION_NAME
    assert app.APPLICATION_NAME == location.APPLICATION_NAME


def _printed_by(code: str, *arguments: str) -> str:
    """Run ``code`` in a fresh Python with ``arguments``; return what it printed."""
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.strip()


def test_the_window_module_imports_no_database_layer_and_no_openpyxl() -> None:
    code = (
        "import sys, coordinator.ui.app, coordinator.ui.main_window\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'openpyxl') or m.startswith('coordinator.store'))\n"
        "print(heavy)\n"
    )
    assert _printed_by(code) == "[]"


def test_the_window_is_painted_before_the_qt_namespace_is_built(demo_path: Path) -> None:
    # Naming PySide6's Qt namespace builds all its enums (see coordinator.ui.early_qt).
    code = (
        "import sys, PySide6.QtCore as core\n"
        "from PySide6.QtCore import QEvent, QObject, QSettings, QTimer\n"
        "from coordinator.ui.app import Launcher, create_application\n"
        "application = create_application(sys.argv[:1])\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])\n"
        "launcher = Launcher(sys.argv[1], QSettings())\n"
        "seen = []\n"
        "class FirstPaint(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint and not seen:\n"
        "            seen.append('Qt' in vars(core))\n"
        "            QTimer.singleShot(0, application.quit)\n"
        "        return False\n"
        "painted = FirstPaint()\n"
        "launcher.window.installEventFilter(painted)\n"
        "launcher.start()\n"
        "application.exec()\n"
        "print(seen)\n"
    )
    assert _printed_by(code, str(demo_path), str(demo_path.parent)) == "[False]"


def test_crash_guard_shows_errors_instead_of_aborting(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    crashes: list[tuple[str, str]] = []
    guard = CrashGuard(shown.append, lambda message, details: crashes.append((message, details)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    guard.install()
    assert sys.excepthook == guard.handle
    try:
        raise InvalidInputError("The name is required", "name")
    except InvalidInputError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    guard.uninstall()
    assert sys.excepthook != guard.handle
    assert shown == ["The name is required"]
    assert crashes[0][0] == "division by zero"
    assert "ZeroDivisionError" in crashes[0][1]


def test_run_app_shows_the_window_and_quits(
    qtbot: QtBot, database_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setenv("COORDINATOR_LANGUAGE", "en")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def close_when_open() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.windowTitle().startswith("coordinator.sqlite"):
                widget.close()
                return
        QTimer.singleShot(20, close_when_open)

    QTimer.singleShot(20, close_when_open)
    try:
        assert app.run_app(str(database_path), ["coordinator"]) == 0
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    assert database_path.exists()


def test_the_first_screen_is_shown_read_only_before_the_database_loads(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    from coordinator.services.programs import ProgramService
    from coordinator.services.roster import RosterService
    from coordinator.store import open_database

    database = open_database(demo_path)
    programs = ProgramService(database).list_programs()
    roster = RosterService(database).list_participants(programs[0].code)
    database.close()
    launcher = Launcher(str(demo_path), settings, FakePrompts)
    qtbot.addWidget(launcher.window)
    early: list[tuple[int, int, bool, bool]] = []

    def on_view(view: WorkspaceView) -> None:
        # Filled right after this signal, before the database layer loads.
        QTimer.singleShot(
            0,
            lambda: early.append(
                (
                    view.program_list_model.rowCount(),
                    view.roster_model.rowCount(),
                    launcher.window.main_actions.add_participant.isEnabled(),
                    launcher.workspace is None,
                )
            ),
        )

    launcher.view_ready.connect(on_view)
    with qtbot.waitSignal(launcher.workspace_ready, timeout=10_000):
        launcher.start()
    view = launcher.window.workspace_view
    assert early == [(len(programs), len(roster), False, True)]
    assert launcher.window.workspace_shown()
    workspace = launcher.workspace
    assert workspace is not None
    assert workspace.programs.program == programs[0]
    assert view.roster_model.records() == roster
    assert launcher.window.main_actions.add_participant.isEnabled()
    workspace.close()


def test_a_url_or_a_missing_file_skips_the_first_screen(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    for target in ("postgresql://nobody@localhost:1/none", str(tmp_path / "missing.sqlite")):
        launcher = Launcher(target, settings, FakePrompts)
        qtbot.addWidget(launcher.window)
        assert launcher._read_first_screen() is None


def test_the_default_database_gets_the_first_screen_too(
    qtbot: QtBot, demo_path: Path, settings: QSettings, tmp_path: Path
) -> None:
    from PySide6.QtCore import QStandardPaths

    from coordinator.store.location import default_database_path

    QStandardPaths.setTestModeEnabled(True)
    try:
        target = default_database_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(demo_path.read_bytes())
        launcher = Launcher(None, settings, FakePrompts)
        qtbot.addWidget(launcher.window)
        early: list[int] = []
        launcher.view_ready.connect(
            lambda view: QTimer.singleShot(0, lambda: early.append(view.roster_model.rowCount()))
        )
        with qtbot.waitSignal(launcher.workspace_ready, timeout=10_000):
            launcher.start()
        assert early == [8]
        assert launcher.workspace is not None
        launcher.workspace.close()
        target.unlink()
    finally:
        QStandardPaths.setTestModeEnabled(False)


def test_the_program_shown_last_is_shown_again_at_the_next_start(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    from coordinator.store import open_database
    from tests.ui.conftest import PROGRAM_CODE, add_program

    database = open_database(demo_path)
    add_program(database)  # a second program, listed first (the most recent)
    database.close()
    first = Launcher(str(demo_path), settings, FakePrompts)
    qtbot.addWidget(first.window)
    with qtbot.waitSignal(first.workspace_ready, timeout=10_000):
        first.start()
    assert first.workspace is not None
    assert first.workspace.programs.program is not None
    assert first.workspace.programs.program.code == PROGRAM_CODE
    view = first.window.workspace_view
    view.program_list.setCurrentIndex(view.program_list_model.index(1, 0))
    assert first.workspace.programs.program.code == "TURKISTAN-2021"
    first.workspace.close()

    again = Launcher(str(demo_path), settings, FakePrompts)
    qtbot.addWidget(again.window)
    early: list[int] = []
    again.view_ready.connect(
        lambda view: QTimer.singleShot(0, lambda: early.append(view.roster_model.rowCount()))
    )
    with qtbot.waitSignal(again.workspace_ready, timeout=10_000):
        again.start()
    assert early == [8]  # the Turkistan roster, not the Ankara one (five)
    assert again.workspace is not None
    assert again.workspace.programs.program is not None
    assert again.workspace.programs.program.code == "TURKISTAN-2021"
    again.workspace.close()


def test_the_roster_is_shown_before_the_other_tabs_are_built(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    launcher = Launcher(str(demo_path), settings, FakePrompts)
    qtbot.addWidget(launcher.window)
    filled: list[tuple[int, bool, bool]] = []
    ready: list[bool] = []

    def on_built(view: WorkspaceView) -> None:
        program = view.program_view
        view.roster_model.modelReset.connect(
            lambda: filled.append(
                (
                    view.roster_model.rowCount(),
                    program.pages_built(),
                    hasattr(program, "guides_page"),
                )
            )
        )

    launcher.view_built.connect(on_built)
    launcher.view_ready.connect(lambda view: ready.append(view.program_view.pages_built()))
    with qtbot.waitSignal(launcher.workspace_ready, timeout=10_000):
        launcher.start()
    assert filled[0] == (8, False, False)  # the roster first, the Guides tab not built yet
    assert ready == [True]
    program = launcher.window.workspace_view.program_view
    assert [program.tabs.widget(tab) for tab in range(4)] == [
        program.roster_view, program.itinerary_page, program.guides_page, program.logistics_page,
    ]  # fmt: skip
    assert program.tabs.tabText(2) == "G&uides"
    assert program.tabs.currentIndex() == 0
    assert launcher.workspace is not None
    launcher.workspace.close()
