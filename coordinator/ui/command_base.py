"""The base of the undo commands: each user action is one service call, its undo another.

A command does its work once in :meth:`ServiceCommand.execute` before it is
pushed, so a refused change (an invalid field, a person already on the roster)
raises there and never reaches the undo stack. Undo is the exact reverse, again
one service call; a record an undo takes away and a redo puts back gets its
own id back, so the commands below it on the stack still name it rightly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from coordinator.services.errors import ServiceError
from coordinator.ui.core_words import error_text


class ReportsFailures(Protocol):
    """A context that tells the user when an undo or redo was refused."""

    def failed(self, message: str) -> None:
        """Say ``message`` to the user."""


ContextT = TypeVar("ContextT", bound=ReportsFailures)


class ServiceCommand(QUndoCommand, Generic[ContextT]):
    """Base of the commands that call services: run once, then undo and redo safely.

    ``execute`` does the change the first time and lets a refusal propagate, so
    nothing is pushed; later undo and redo report a refusal through the
    context's ``failed`` and make the command obsolete.
    """

    def __init__(self, context: ContextT, text: str) -> None:
        super().__init__(text)
        self._context = context
        self._done = False

    def execute(self) -> None:
        """Do the change for the first time; a refusal raises and nothing is pushed.

        Raises:
            ServiceError: the service refused the change.
        """
        self._do()
        self._done = True

    def redo(self) -> None:
        """Do the change again (QUndoStack calls this on push and on Redo)."""
        if self._done:
            return
        self._guarded(self._do)

    def undo(self) -> None:
        """Revert the change."""
        self._guarded(self._undo)
        self._done = False

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except ServiceError as error:
            self.setObsolete(True)
            self._context.failed(error_text(error))

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError
