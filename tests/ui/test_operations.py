"""Long work off the GUI thread: callbacks on the GUI thread, progress, cancel, failure."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coordinator.ui.operations import OperationRunner, Progress

TIMEOUT_MS = 5_000


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def runner(window: QWidget) -> Iterator[OperationRunner]:
    runner = OperationRunner(window, show_after_ms=0)
    yield runner
    runner.close()


class Outcome:
    """What the callbacks were called with, and on which thread."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[Exception] = []
        self.cancelled = 0
        self.threads: set[threading.Thread] = set()

    def success(self, result: object) -> None:
        self.threads.add(threading.current_thread())
        self.results.append(result)

    def failure(self, error: Exception) -> None:
        self.threads.add(threading.current_thread())
        self.errors.append(error)

    def cancel(self) -> None:
        self.threads.add(threading.current_thread())
        self.cancelled += 1


def test_the_work_runs_off_the_gui_thread_and_reports_on_it(
    runner: OperationRunner, qtbot: QtBot
) -> None:
    outcome = Outcome()
    workers: list[threading.Thread] = []

    def work(progress: Progress) -> str:
        workers.append(threading.current_thread())
        progress(1, 2)
        return "done"

    with qtbot.waitSignal(runner.idle, timeout=TIMEOUT_MS):
        runner.start("Working…", work, outcome.success, outcome.failure, outcome.cancel)
    assert outcome.results == ["done"]
    assert outcome.errors == []
    assert workers[0] is not threading.main_thread()
    assert outcome.threads == {threading.main_thread()}
    assert not runner.busy()


def test_the_gui_stays_responsive_while_the_work_runs(
    runner: OperationRunner, qtbot: QtBot
) -> None:
    release = threading.Event()
    outcome = Outcome()
    runner.start("Working…", lambda _progress: release.wait(TIMEOUT_MS / 1000), outcome.success,
                 outcome.failure)  # fmt: skip
    assert runner.busy()
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=TIMEOUT_MS):
        timer.start(20)
    assert runner.busy()
    with pytest.raises(RuntimeError, match="still running"):
        runner.start("Another", lambda _progress: None, outcome.success, outcome.failure)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT_MS)
    assert outcome.results == [True]


def test_the_progress_dialog_shows_the_progress_and_its_cancel_stops_the_work(
    runner: OperationRunner, qtbot: QtBot
) -> None:
    outcome = Outcome()
    steps: list[int] = []

    class StoppedError(Exception):
        pass

    def work(progress: Progress) -> None:
        for step in range(1, 1_000):
            steps.append(step)
            if not progress(step, 1_000):
                raise StoppedError
            time.sleep(0.005)

    runner.start("Counting…", work, outcome.success, outcome.failure, outcome.cancel)
    dialog = runner.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() > 0, timeout=TIMEOUT_MS)
    assert dialog.maximum() == 1_000
    assert dialog.labelText() == "Counting…"
    button = dialog.findChild(QPushButton)
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT_MS)
    assert outcome.cancelled == 1
    assert outcome.errors == []
    assert outcome.results == []
    assert steps[-1] < 999
    assert runner.dialog is None


def test_a_failure_reaches_the_failure_callback(runner: OperationRunner, qtbot: QtBot) -> None:
    outcome = Outcome()

    def work(_progress: Progress) -> None:
        msg = "the disk is full"
        raise OSError(msg)

    with qtbot.waitSignal(runner.idle, timeout=TIMEOUT_MS):
        runner.start("Writing…", work, outcome.success, outcome.failure, outcome.cancel)
    assert [str(error) for error in outcome.errors] == ["the disk is full"]
    assert outcome.cancelled == 0
    assert outcome.threads == {threading.main_thread()}


def test_a_count_replaces_the_bar_when_the_total_is_unknown(
    runner: OperationRunner, qtbot: QtBot
) -> None:
    release = threading.Event()
    outcome = Outcome()

    def work(progress: Progress) -> None:
        progress(2_000, 2_000)
        release.wait(TIMEOUT_MS / 1000)

    runner.start(
        "Reading…", work, outcome.success, outcome.failure,
        describe=lambda done, _total: f"{done} rows read",
    )  # fmt: skip
    dialog = runner.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.labelText() == "Reading…\n2000 rows read", timeout=TIMEOUT_MS)
    assert dialog.maximum() == 0
    release.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT_MS)


def test_the_dialog_appears_when_the_work_lasts_even_before_any_progress(
    window: QWidget, qtbot: QtBot
) -> None:
    runner = OperationRunner(window, show_after_ms=50)
    release = threading.Event()
    outcome = Outcome()
    runner.start("Opening…", lambda _progress: release.wait(TIMEOUT_MS / 1000), outcome.success,
                 outcome.failure)  # fmt: skip
    dialog = runner.dialog
    assert dialog is not None
    assert not dialog.isVisible()
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    assert dialog.maximum() == 0  # a busy bar until the work says how far it is
    release.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT_MS)
    assert runner.dialog is None
    runner.close()
