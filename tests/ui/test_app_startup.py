"""The start: light imports before the first paint, the exception hook, names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coordinator.services.errors import InvalidInputError
from coordinator.store import location
from coordinator.ui import app
from coordinator.ui.crash_guard import CrashGuard
from tests.conftest import REPOSITORY


def test_settings_are_kept_under_the_names_the_store_uses() -> None:
    assert app.ORGANIZATION_NAME == location.ORGANIZATION_NAME
    assert app.APPLICATION_NAME == location.APPLICATION_NAME


def test_the_window_module_imports_no_database_layer_and_no_openpyxl() -> None:
    code = (
        "import sys, coordinator.ui.app, coordinator.ui.main_window\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'openpyxl') or m.startswith('coordinator.store'))\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.strip() == "[]"


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
