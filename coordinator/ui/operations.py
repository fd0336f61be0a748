"""Long work off the GUI thread, with a progress dialog the user can cancel.

An import, an export or a document is a function of a progress callback,
``work(progress) -> result``, that touches no widget. :class:`OperationRunner`
runs it on a worker thread and shows a :class:`QProgressDialog` when it lasts;
the callbacks given for success, failure and cancel run on the GUI thread::

    runner.start(
        self.tr("Exporting the roster…"),
        lambda progress: service.export(code, path, progress),
        on_success=self._exported,
        on_failure=self._export_failed,
    )

``progress(done, total)`` returns ``False`` once the user cancelled: the work
stops there (the services then raise their own "cancelled" error, which the
runner reports as a cancel, not a failure). ``progress(0, 0)`` shows a busy
bar, for a step that cannot say how far it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]
DescribeProgress = Callable[[int, int], str]

SHOW_AFTER_MS = 400
"""A shorter operation finishes without a progress dialog flashing up."""

NO_PROGRESS_DIALOG_MS = 24 * 3600 * 1000
"""For work the window shows in place (or not at all): no progress dialog ever covers it."""


class Operation(QObject):
    """One piece of work on a worker thread; its signals arrive on the GUI thread.

    Signals:
        progressed(int, int): ``(done, total)`` as the work reports it.
        succeeded(object): the work returned this result.
        failed(object): the work raised this exception (not after a cancel).
        cancelled(): the user cancelled and the work stopped.

    Exactly one of ``succeeded``, ``failed`` and ``cancelled`` is emitted, last.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (safe from any thread)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Tell whether a cancel was asked for."""
        return self._cancel.is_set()

    def is_running(self) -> bool:
        """Tell whether the work has not finished yet."""
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work is over (``timeout`` in seconds); tell whether it is."""
        return self._done.wait(timeout)

    def report(self, done: int, total: int) -> bool:
        """The progress callback given to the work; ``False`` once cancelled."""
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        """Do the work (on the worker thread) and announce how it ended."""
        try:
            result = self._work(self.report)
        except Exception as error:
            self._done.set()
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(error)
        else:
            self._done.set()
            self.succeeded.emit(result)


class _Runnable(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation
        self.setAutoDelete(False)

    def run(self) -> None:
        self._operation.run()


@dataclass(frozen=True)
class _Job:
    """The running operation with what to do when it reports or ends."""

    operation: Operation
    runnable: _Runnable
    dialog: QProgressDialog
    label: str
    on_success: Callable[[Any], None]
    on_failure: Callable[[Exception], None]
    on_cancel: Callable[[], None] | None
    describe: DescribeProgress | None


class OperationRunner(QObject):
    """Runs one operation at a time on its own worker thread, with a progress dialog.

    ``parent`` is the window the progress dialog covers by default (window-modal:
    that window cannot be changed while the work runs; it still repaints).
    ``show_after_ms`` is how long an operation runs before the dialog appears.
    The operation's signals are connected to this object's slots, so the
    callbacks always run on the GUI thread.

    Signals:
        started(object): an :class:`Operation` started.
        idle(): the operation is over and its callback has run.
    """

    started = Signal(object)
    idle = Signal()

    def __init__(self, parent: QWidget, show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self._window = parent
        self.show_after_ms = show_after_ms
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _Job | None = None
        # Finished operations stay referenced until their thread has left them.
        self._retired: list[_Job] = []

    @property
    def current(self) -> Operation | None:
        """The operation running now, if any."""
        return None if self._job is None else self._job.operation

    @property
    def dialog(self) -> QProgressDialog | None:
        """The progress dialog of the running operation (shown once it lasts)."""
        return None if self._job is None else self._job.dialog

    def busy(self) -> bool:
        """Tell whether an operation is running."""
        return self._job is not None

    def start(
        self,
        label: str,
        work: Work,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        on_cancel: Callable[[], None] | None = None,
        describe: DescribeProgress | None = None,
        dialog_parent: QWidget | None = None,
    ) -> Operation:
        """Run ``work`` on the worker thread; the callbacks run on the GUI thread.

        Args:
            label: what the progress dialog says is happening.
            work: the function to run; it gets the progress callback.
            on_success: called with the work's result.
            on_failure: called with the exception the work raised.
            on_cancel: called when the user cancelled and the work stopped.
            describe: the line under ``label`` for ``(done, total)``, e.g. a
                count of rows read when the total is unknown; without it the
                dialog shows a bar of ``done`` out of ``total``.
            dialog_parent: the window the dialog covers (by default the runner's).

        Raises:
            RuntimeError: another operation is still running.
        """
        if self._job is not None:
            msg = "Another operation is still running"
            raise RuntimeError(msg)
        self._release_retired()
        operation = Operation(work)
        dialog = self._make_dialog(label, operation, dialog_parent or self._window)
        self._job = _Job(
            operation, _Runnable(operation), dialog, label, on_success, on_failure, on_cancel,
            describe,
        )  # fmt: skip
        operation.progressed.connect(self._on_progressed)
        operation.succeeded.connect(self._on_succeeded)
        operation.failed.connect(self._on_failed)
        operation.cancelled.connect(self._on_cancelled)
        self.started.emit(operation)
        self._pool.start(self._job.runnable)
        return operation

    def _make_dialog(self, label: str, operation: Operation, parent: QWidget) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(440)
        # The progress goes to the bar itself: QProgressDialog.setValue would run a
        # nested event loop in a modal dialog, and the operation's end could arrive in it.
        dialog.setBar(QProgressBar(dialog))
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(self.show_after_ms)
        dialog.setValue(0)  # starts the timer that shows the dialog if the work lasts
        dialog.canceled.connect(operation.cancel)
        return dialog

    def _on_progressed(self, done: int, total: int) -> None:
        job = self._job
        if job is None or job.dialog.wasCanceled():
            return
        if job.describe is not None:
            job.dialog.setLabelText(f"{job.label}\n{job.describe(done, total)}")
            return
        bar = job.dialog.findChild(QProgressBar)
        if bar is not None:
            # A total of 0 says the work goes on without a measure: a busy bar.
            bar.setRange(0, max(total, 0))
            bar.setValue(min(done, total))

    def _end(self) -> _Job:
        job = self._job
        assert job is not None
        self._job = None
        job.dialog.canceled.disconnect()
        job.dialog.reset()
        job.dialog.hide()
        job.dialog.deleteLater()
        self._retired.append(job)
        return job

    def _release_retired(self) -> None:
        self._pool.waitForDone()
        self._retired.clear()

    def _on_succeeded(self, result: object) -> None:
        job = self._end()
        try:
            job.on_success(result)
        finally:
            self.idle.emit()

    def _on_failed(self, error: Exception) -> None:
        job = self._end()
        try:
            job.on_failure(error)
        finally:
            self.idle.emit()

    def _on_cancelled(self) -> None:
        job = self._end()
        try:
            if job.on_cancel is not None:
                job.on_cancel()
        finally:
            self.idle.emit()

    def cancel(self) -> None:
        """Ask the running operation, if any, to stop."""
        if self._job is not None:
            self._job.operation.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the worker thread is idle; tell whether it is."""
        return self._pool.waitForDone(timeout_ms)

    def close(self) -> None:
        """Cancel the running operation and wait for it, e.g. before the database closes."""
        self.cancel()
        self._release_retired()
