"""Turn an unexpected exception into a message box instead of a lost session.

Without this, an exception raised in a slot reaches ``sys.excepthook`` and
PySide prints it or aborts; with it, the user sees what happened, the error is
logged with its traceback to the rotating log in the user's data folder
(:mod:`coordinator.log_files`) and the application keeps running, with the
database as the last finished action left it.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from coordinator.services.errors import ServiceError

if TYPE_CHECKING:
    from logging import Logger


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def _logger() -> Logger:
    # logging is imported on the first error, not before the window's first paint.
    import logging  # noqa: PLC0415

    return logging.getLogger(__name__)


class CrashGuard:
    """An exception hook that logs and shows errors.

    Args:
        show_error: shows a service's refusal, a plain sentence, as is.
        show_crash: shows an unexpected error with its details.
        error_log: makes sure the rotating error log takes the error and
            returns its file (see :func:`coordinator.log_files.add_error_log`);
            without it the error goes to whatever logging is set up.
        log_note: the sentence put before the details to say which file keeps
            them, given that file.
    """

    def __init__(
        self,
        show_error: Callable[[str], None],
        show_crash: Callable[[str, str], None],
        error_log: Callable[[], Path | None] | None = None,
        log_note: Callable[[Path], str] | None = None,
    ) -> None:
        self._show_error = show_error
        self._show_crash = show_crash
        self._error_log = error_log
        self._log_note = log_note
        self._previous: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        """Become ``sys.excepthook`` until :meth:`uninstall`."""
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give ``sys.excepthook`` back to what it was."""
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log ``error`` and show it, unless it is a request to stop."""
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log = _logger()
        if self._showing:  # an error while showing an error: log only
            log.error("Unexpected error while reporting another:\n%s", details)
            return
        self._showing = True
        try:
            if isinstance(error, ServiceError):
                log.warning("Request refused: %s", error)
                self._show_error(str(error))
            else:
                log_file = self._error_log() if self._error_log is not None else None
                log.error("Unexpected error:\n%s", details)
                if log_file is not None and self._log_note is not None:
                    details = f"{self._log_note(log_file)}\n\n{details}"
                self._show_crash(str(error) or kind.__name__, details)
        finally:
            self._showing = False
