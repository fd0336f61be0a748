"""Unexpected errors and crashes leave a trace and never take the user's work with them.

An error in a slot is shown and its traceback lands in the rotating log of the
data folder (here a test folder named by ``COORDINATOR_LOG_DIR``); a crash in
native code, made in a child process, leaves faulthandler's trace, which the
next start archives and reports.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from coordinator import log_files
from coordinator.log_files import (
    CRASH_ARCHIVE,
    ERROR_LOG,
    add_error_log,
    crash_trace_path,
    log_folder,
    previous_crash,
    start_crash_trace,
    stop_crash_trace,
)
from coordinator.ui.app import Launcher
from tests.conftest import REPOSITORY
from tests.ui.conftest import FakePrompts, prompts_of

CRASHING_CHILD = """
import faulthandler
from coordinator.log_files import log_folder, start_crash_trace
start_crash_trace(log_folder())
faulthandler._sigsegv()
"""


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data folder's logs, in the test's own folder."""
    folder = tmp_path / "logs"
    monkeypatch.setenv(log_files.LOG_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def test_logger() -> Iterator[logging.Logger]:
    """A logger of the application whose handlers are taken away after the test."""
    logger = logging.getLogger("coordinator")
    yield logger
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def _launch(qtbot: QtBot, target: Path, settings: QSettings, logger: logging.Logger) -> Launcher:
    launcher = Launcher(str(target), settings, FakePrompts, error_log=lambda: add_error_log(logger))
    qtbot.addWidget(launcher.window)
    with qtbot.waitSignal(launcher.workspace_ready, timeout=10_000):
        launcher.start()
    return launcher


def test_an_error_in_a_slot_is_shown_logged_and_the_work_kept(
    qtbot: QtBot,
    filled_path: Path,
    settings: QSettings,
    logs: Path,
    test_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    launcher = _launch(qtbot, filled_path, settings, test_logger)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    launcher.crash_guard.install()
    failing = QAction(launcher.window)

    def fail() -> None:
        msg = "the printer caught fire"
        raise RuntimeError(msg)

    failing.triggered.connect(fail)
    try:
        failing.trigger()
    finally:
        launcher.crash_guard.uninstall()
    assert prompts_of(launcher).crashes == ["the printer caught fire"]
    log = logs / ERROR_LOG
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError: the printer caught fire" in text
    assert "in fail" in text  # the traceback, not only the message
    assert oct(log.stat().st_mode & 0o777) == oct(0o600)
    # The window and the database are as the last finished action left them.
    assert launcher.window.isVisible()
    assert launcher.window.workspace_view.roster_model.rowCount() == 5
    assert launcher.workspace is not None
    launcher.workspace.close()


def test_the_details_name_the_log_file(
    logs: Path, test_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator.ui.crash_guard import CrashGuard

    crashes: list[tuple[str, str]] = []
    guard = CrashGuard(
        lambda _message: None,
        lambda message, details: crashes.append((message, details)),
        lambda: add_error_log(test_logger),
        lambda path: f"Saved in {path}.",
    )
    try:
        raise KeyError("missing")
    except KeyError as error:
        guard.handle(type(error), error, error.__traceback__)
    ((message, details),) = crashes
    assert message == "'missing'"
    assert details.startswith(f"Saved in {(logs / ERROR_LOG).resolve()}.")
    assert "KeyError" in details


def test_the_error_log_rotates(
    logs: Path, test_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(log_files, "LOG_BYTES", 2_000)
    assert add_error_log(test_logger) == (logs / ERROR_LOG).resolve()
    assert add_error_log(test_logger) == (logs / ERROR_LOG).resolve()  # added once
    assert len(test_logger.handlers) == 1
    for number in range(200):
        test_logger.error("Unexpected error number %d\n%s", number, "Traceback line\n" * 3)
    kept = sorted(path.name for path in logs.iterdir())
    assert kept == [ERROR_LOG, *(f"{ERROR_LOG}.{n}" for n in range(1, log_files.LOG_BACKUPS + 1))]
    assert all((logs / name).stat().st_size <= 2_500 for name in kept)
    assert all(oct((logs / name).stat().st_mode & 0o777) == oct(0o600) for name in kept)
    assert "number 199" in (logs / ERROR_LOG).read_text(encoding="utf-8")


def test_a_crash_in_native_code_leaves_a_trace_reported_once(logs: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_CHILD],
        cwd=REPOSITORY, capture_output=True, text=True, check=False, timeout=60,
        env={**os.environ, log_files.LOG_DIR_VARIABLE: str(logs)},
    )  # fmt: skip
    assert result.returncode != 0
    (trace,) = logs.glob("crash-trace-*.txt")
    assert "Segmentation fault" in trace.read_text(encoding="utf-8")
    assert "in <module>" in trace.read_text(encoding="utf-8")  # the Python stack
    archived = previous_crash(log_folder())
    assert archived is not None
    assert archived.parent == (logs / CRASH_ARCHIVE).resolve()
    assert "Segmentation fault" in archived.read_text(encoding="utf-8")
    assert not trace.exists()
    assert previous_crash(log_folder()) is None  # reported once only


def test_a_normal_end_leaves_nothing_to_report(logs: Path) -> None:
    trace = start_crash_trace(logs)
    assert trace is not None
    assert trace.path == crash_trace_path(logs)
    assert trace.path.exists()
    stop_crash_trace(trace)
    assert not trace.path.exists()
    assert previous_crash(logs) is None


def test_a_window_still_running_keeps_its_trace(logs: Path) -> None:
    logs.mkdir(parents=True)
    running = crash_trace_path(logs, 4242)
    running.write_text("", encoding="utf-8")  # another window, open on another database
    crashed = crash_trace_path(logs, 4343)
    crashed.write_text("Fatal Python error: Aborted\n", encoding="utf-8")
    archived = previous_crash(logs)
    assert archived is not None
    assert archived.read_text(encoding="utf-8") == "Fatal Python error: Aborted\n"
    assert running.exists()
    assert not crashed.exists()


def test_the_archive_keeps_the_latest_traces(logs: Path) -> None:
    archive = logs / CRASH_ARCHIVE
    archive.mkdir(parents=True)
    for day in range(1, 13):
        (archive / f"crash-2026-01-{day:02d}-120000.txt").write_text("old", encoding="utf-8")
    crash_trace_path(logs, 99).write_text("Fatal Python error: Aborted\n", encoding="utf-8")
    archived = previous_crash(logs)
    assert archived is not None
    kept = sorted(path.name for path in archive.iterdir())
    assert len(kept) == log_files.KEPT_CRASHES
    assert archived.name in kept
    assert "crash-2026-01-01-120000.txt" not in kept


def test_the_window_reports_the_last_crash_with_its_trace(
    qtbot: QtBot, filled_path: Path, settings: QSettings, logs: Path, test_logger: logging.Logger
) -> None:
    (logs / CRASH_ARCHIVE).mkdir(parents=True)
    trace = logs / CRASH_ARCHIVE / "crash-2026-05-04-101500.txt"
    trace.write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")
    launcher = Launcher(str(filled_path), settings, FakePrompts)
    launcher.previous_crash = trace
    qtbot.addWidget(launcher.window)
    with qtbot.waitSignal(launcher.workspace_ready, timeout=10_000):
        launcher.start()
    prompts = prompts_of(launcher)
    qtbot.waitUntil(lambda: bool(prompts.errors))
    ((title, message),) = prompts.errors
    assert title == "The application stopped unexpectedly"
    assert str(trace) in message
    assert launcher.previous_crash is None
    assert launcher.workspace is not None
    launcher.workspace.close()
