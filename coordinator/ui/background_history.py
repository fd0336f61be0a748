"""Undo and redo of long work (an import) off the GUI thread, with the history held meanwhile.

QUndoStack calls a command's undo and redo on the GUI thread and expects them
done when they return. A long command (taking back an import of thousands of
rows) instead hands its work to the background operation runner, with
progress, and the Undo and Redo actions stay disabled until the work is over,
so nothing else is undone or redone in between. Should the runner be busy with
other work (an export), the command's work runs at once instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack

from coordinator.services.errors import ServiceError
from coordinator.ui.core_words import error_text
from coordinator.ui.operations import OperationRunner


class BackgroundHistory(QObject):
    """Runs long undo and redo work on ``runner`` and holds the history until it ends."""

    def __init__(
        self,
        runner: OperationRunner,
        stack: QUndoStack,
        undo_action: QAction,
        redo_action: QAction,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._stack = stack
        self._actions = (undo_action, redo_action)
        self._held = False
        # Connected after the actions' own slots, so this one has the last word.
        stack.canUndoChanged.connect(self._update_actions)
        stack.canRedoChanged.connect(self._update_actions)

    @property
    def runner(self) -> OperationRunner:
        """The runner the long work goes to (one operation at a time)."""
        return self._runner

    @property
    def held(self) -> bool:
        """Whether long undo or redo work is running now."""
        return self._held

    def run(
        self,
        label: str,
        work: Callable[[], object],
        done: Callable[[], None],
        failed: Callable[[str], None],
    ) -> None:
        """Do ``work`` in the background, then call ``done`` (or ``failed`` with a sentence)."""
        if self._runner.busy():
            try:
                work()
            except ServiceError as error:
                failed(error_text(error))
                return
            done()
            return
        self._hold(True)
        self._runner.start(
            label,
            lambda _progress: work(),
            on_success=lambda _result: self._finished(done),
            on_failure=lambda error: self._failed(error, failed),
            on_cancel=lambda: self._finished(done),
        )

    def _finished(self, done: Callable[[], None]) -> None:
        self._hold(False)
        done()

    def _failed(self, error: Exception, failed: Callable[[str], None]) -> None:
        self._hold(False)
        if not isinstance(error, ServiceError):
            raise error
        failed(error_text(error))

    def _hold(self, held: bool) -> None:
        self._held = held
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        undo, redo = self._actions
        undo.setEnabled(not self._held and self._stack.canUndo())
        redo.setEnabled(not self._held and self._stack.canRedo())
