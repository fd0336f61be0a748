"""Reads for a tab, run on the worker thread, where only the newest request counts.

On ten years of data a tab's reads take longer than the GUI thread may be
busy, so a tab asks for them here and shows them when they arrive. A request
made while another read runs waits for it, and the older result is dropped
unseen: switching programs quickly never shows a program the user has left.
A read starts a frame after its request, so the GUI thread paints what the
user did first, and several requests in the meantime make one read.
Opening another database drops whatever the old one was still reading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from coordinator.store import Database
from coordinator.ui.operations import NO_PROGRESS_DIALOG_MS, OperationRunner, Progress

T = TypeVar("T")

START_AFTER_MS = 20
"""How long a read waits after its request: about a frame, for the paint to go first."""


@dataclass(frozen=True)
class _Request:
    label: str
    work: Callable[[Database], Any]
    done: Callable[[Any], None]
    failed: Callable[[Exception], None]


class NewestRead(QObject):
    """Runs a tab's reads on the worker thread, the newest request only."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = OperationRunner(parent, show_after_ms=NO_PROGRESS_DIALOG_MS)
        self._database: Database | None = None
        self._waiting: _Request | None = None
        self._serial = 0  # counts requests and database changes: older results are stale

    def set_database(self, database: Database | None) -> None:
        """Read from ``database`` from now on; what the old one still reads is dropped."""
        if self._runner.busy():
            self._runner.close()  # the old database's read ends before it may close
        self._database = database
        self._waiting = None
        self._serial += 1

    def busy(self) -> bool:
        """Tell whether a read is running or waiting."""
        return self._runner.busy() or self._waiting is not None

    def request(
        self,
        label: str,
        work: Callable[[Database], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work`` on the database, after the read now running if there is one.

        ``done`` gets its result and ``failed`` what it raised, on the GUI
        thread, unless a newer request or another database came meanwhile.
        ``label`` says what is read, should the read ever show progress.
        """
        if self._database is None:
            return
        self._serial += 1
        if self._waiting is None and not self._runner.busy():
            # Started once the GUI thread has painted what the user did: the
            # worker would hold the GIL and slow the paint down (measured: a
            # program switch stalled the window 80-120 ms instead of 40).
            QTimer.singleShot(START_AFTER_MS, self, self._start_waiting)
        self._waiting = _Request(label, work, done, failed)

    def _start_waiting(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None and not self._runner.busy():
            self._start(waiting)
        else:
            self._waiting = waiting  # started when the running read ends

    def _start(self, wanted: _Request) -> None:
        database = self._database
        if database is None:
            return
        serial = self._serial

        def work(_progress: Progress) -> object:
            return wanted.work(database)

        self._runner.start(
            wanted.label,
            work,
            on_success=lambda result: self._finished(serial, wanted, result, None),
            on_failure=lambda error: self._finished(serial, wanted, None, error),
        )

    def _finished(
        self, serial: int, request: _Request, result: object, error: Exception | None
    ) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)  # newer than this result, which nobody wants any more
        elif serial != self._serial:
            return
        elif error is not None:
            request.failed(error)
        else:
            request.done(result)
