"""Fixtures of the GUI tests: a launched main window over a real database file."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.store import Database, open_database
from coordinator.ui.app import Launcher
from coordinator.ui.prompts import Prompts
from coordinator.ui.server_dialog import ServerChoice
from coordinator.ui.workspace import Workspace

if TYPE_CHECKING:
    from tests.ui.planning import Plan

PROGRAM_CODE = "ANKARA-2026"
# Qt's offscreen platform says so for every window with a menu or status bar
# (propagateSizeHints) and for popups such as a completer's (raise, grabbing).
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|grabbing)"
HERE = Path(__file__).resolve().parent
NAMES = ("İsmail Arısoy", "Zeynep Işık", "Cem Yılmaz", "Ayşe Çakır", "Murat İnce")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Let the GUI tests ignore the offscreen platform's harmless size-hint warning."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class FakePrompts(Prompts):
    """Answers every question at once, as a test sets it, and records what was said."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.open_answers: list[str | None] = []
        self.new_answers: list[str | None] = []
        self.import_answers: list[str | None] = []
        self.export_answers: list[str | None] = []
        self.document_answers: list[str | None] = []
        self.offline_answers: list[str | None] = []
        self.choose_another = False
        self.restore_offered = False
        self.offers: list[str] = []
        self.confirm = True
        self.errors: list[tuple[str, str]] = []
        self.failures: list[str] = []
        self.warnings: list[tuple[str, str, str]] = []
        self.unsafe_place_answers: list[str] = []
        self.server_answers: list[ServerChoice | None] = []
        self.server_asked: list[str | None] = []
        self.crashes: list[str] = []

    def open_database_path(self, folder: str) -> str | None:
        return self.open_answers.pop(0) if self.open_answers else None

    def new_database_path(self, folder: str) -> str | None:
        return self.new_answers.pop(0) if self.new_answers else None

    def import_roster_path(self, folder: str) -> str | None:
        return self.import_answers.pop(0) if self.import_answers else None

    def export_roster_path(self, suggested: str) -> str | None:
        return self.export_answers.pop(0) if self.export_answers else None

    def offline_copy_target(self, suggested: str) -> str | None:
        return self.offline_answers.pop(0) if self.offline_answers else None

    def offline_copy_source(self, folder: str) -> str | None:
        return self.offline_answers.pop(0) if self.offline_answers else None

    def document_path(self, title: str, suggested: str, filters: str) -> str | None:
        return self.document_answers.pop(0) if self.document_answers else None

    def document_folder(self, folder: str) -> str | None:
        return self.document_answers.pop(0) if self.document_answers else None

    def pdf_to_print(self, folder: str) -> str | None:
        return self.document_answers.pop(0) if self.document_answers else None

    def background_image(self, folder: str) -> str | None:
        return self.document_answers.pop(0) if self.document_answers else None

    def server(self, known: str | None = None) -> ServerChoice | None:
        self.server_asked.append(known)
        return self.server_answers.pop(0) if self.server_answers else None

    def unsafe_place(self, file: str, kind: str, name: str) -> str:
        self.warnings.append((file, kind, name))
        return self.unsafe_place_answers.pop(0) if self.unsafe_place_answers else "keep"

    def database_failed(self, message: str) -> bool:
        self.failures.append(message)
        return self.choose_another

    def offer_backup(self, message: str, backup: str) -> str:
        self.failures.append(message)
        self.offers.append(backup)
        if self.restore_offered:
            return "restore"
        return "choose" if self.choose_another else ""

    def confirm_restore(self, backup: str) -> bool:
        return self.confirm

    def confirm_remove(self, name: str) -> bool:
        return self.confirm

    def confirm_remove_activity(self, title: str) -> bool:
        return self.confirm

    def error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def crash(self, message: str, details: str) -> None:
        self.crashes.append(message)


def add_program(database: Database, code: str = PROGRAM_CODE) -> None:
    """Create a program with five participants whose names test Turkish rules."""
    ProgramService(database).create(
        ProgramInput(
            code=code,
            title="Ankara Municipality Study Visit",
            first_day=dt.date(2026, 5, 4),
            last_day=dt.date(2026, 5, 8),
            city="Ankara",
            country="Türkiye",
            organizer="Union of Turkish World Municipalities",
            partners=("Çankaya Municipality",),
            languages=("tr", "kk"),
        )
    )
    roster = RosterService(database)
    for name in NAMES:
        roster.add(code, ParticipantInput(name=name, title="Expert", organization="Almaty"))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def filled_path(database_path: Path) -> Path:
    """A database file holding the Ankara program and its five participants."""
    database = open_database(database_path)
    add_program(database)
    database.close()
    return database_path


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with the demo program, made once and copied per test."""
    from coordinator.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    load_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_path(demo_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    return path


def launch(qtbot: QtBot, target: str | None, settings: QSettings) -> Launcher:
    """Show the main window and wait until its database is open."""
    launcher = Launcher(target, settings, FakePrompts)
    qtbot.addWidget(launcher.window)
    with qtbot.waitSignal(launcher.workspace_ready, timeout=10_000):
        launcher.start()
    return launcher


@pytest.fixture
def launcher(qtbot: QtBot, filled_path: Path, settings: QSettings) -> Iterator[Launcher]:
    """The application started on the Ankara database."""
    launcher = launch(qtbot, str(filled_path), settings)
    yield launcher
    assert launcher.workspace is not None
    launcher.workspace.close()


def workspace_of(launcher: Launcher) -> Workspace:
    """Return the launcher's workspace, which must exist."""
    assert launcher.workspace is not None
    return launcher.workspace


def prompts_of(launcher: Launcher) -> FakePrompts:
    """Return the launcher's stand-in prompts."""
    assert isinstance(launcher.prompts, FakePrompts)
    return launcher.prompts


@pytest.fixture
def plan(filled_path: Path) -> Plan:
    """The Ankara program with four activities and two guides (see tests.ui.planning)."""
    from tests.ui.planning import make_plan

    database = open_database(filled_path)
    planned = make_plan(database)
    database.close()
    return planned


@pytest.fixture
def planned(qtbot: QtBot, filled_path: Path, plan: Plan, settings: QSettings) -> Iterator[Launcher]:
    """The application started on the planned Ankara database."""
    launcher = launch(qtbot, str(filled_path), settings)
    yield launcher
    workspace_of(launcher).close()
