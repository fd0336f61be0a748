"""The application's own files in the user's data folder: the error log and the crash trace.

The command line and the window keep them in one folder, ``logs`` beside the
default database (the environment variable ``COORDINATOR_LOG_DIR`` names
another). The window writes its unexpected errors with their tracebacks to a
rotating log, so the file never grows without end, and keeps ``faulthandler``
writing to a trace file, so a crash in native code (Qt, a database driver)
leaves the Python stack of every thread behind (one file per process, removed
at a normal end). The next start finds the traces that are not empty,
archives them and says so.

Nothing here imports Qt or SQLAlchemy at import time; ``logging.handlers`` is
imported when the error log is first wanted, not before the window's first paint.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import faulthandler
import os
from dataclasses import dataclass
from io import TextIOWrapper
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    import logging

LOG_DIR_VARIABLE = "COORDINATOR_LOG_DIR"
ERROR_LOG = "coordinator-window.log"
CRASH_TRACE = "crash-trace-{process}.txt"
CRASH_ARCHIVE = "crashes"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
KEPT_CRASHES = 10
_PRIVATE_FILE = 0o600
_PRIVATE_FOLDER = 0o700
_MARK = "coordinator_error_log"


def log_folder() -> Path:
    """Return the folder of the logs: ``logs`` beside the default database.

    The environment variable ``COORDINATOR_LOG_DIR`` names another folder.
    """
    chosen = os.environ.get(LOG_DIR_VARIABLE, "").strip()
    if chosen:
        return Path(chosen)
    from coordinator.store.location import default_database_path  # noqa: PLC0415

    return default_database_path().parent / "logs"


def log_folders() -> list[Path]:
    """The folders to try in turn: the data folder's, then one in the temporary folder."""
    import tempfile  # noqa: PLC0415  (only wanted when an error is logged)

    folders = []
    # Reporting an error must not fail: if the data folder is unknown, use the next.
    with contextlib.suppress(Exception):
        folders.append(log_folder())
    folders.append(Path(tempfile.gettempdir()) / "coordinator-logs")
    return folders


def private_folder(folder: Path) -> Path:
    """Create ``folder`` if needed, readable by the user only, and return it.

    Private: a traceback may quote the names and passport numbers of a roster.
    """
    folder.mkdir(mode=_PRIVATE_FOLDER, parents=True, exist_ok=True)
    return folder


def open_private(path: Path, mode: str) -> TextIOWrapper:
    """Open the text file ``path`` for writing (``"w"`` or ``"a"``), readable by the user only."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode == "a" else os.O_TRUNC)
    handle = os.open(path, flags, _PRIVATE_FILE)
    return TextIOWrapper(os.fdopen(handle, "wb"), encoding="utf-8", errors="backslashreplace")


def add_error_log(logger: logging.Logger | None = None) -> Path | None:
    """Send ``logger``'s warnings and errors (default: every logger's) to the rotating log.

    Calling it again adds nothing. Returns the log file, or ``None`` when no
    folder could take it (the error is then only shown, not kept).
    """
    import logging  # noqa: PLC0415

    target = logger or logging.getLogger()
    for handler in target.handlers:
        if isinstance(handler, logging.FileHandler) and getattr(handler, _MARK, False):
            return Path(handler.baseFilename)
    for folder in log_folders():
        try:
            handler = _rotating_log(private_folder(folder) / ERROR_LOG)
        except OSError:
            continue
        handler.setLevel(logging.WARNING)
        handler.setFormatter(
            logging.Formatter("=== %(asctime)s %(levelname)s %(name)s\n%(message)s\n")
        )
        target.addHandler(handler)
        if target.getEffectiveLevel() > logging.WARNING:
            target.setLevel(logging.WARNING)
        return Path(handler.baseFilename)
    return None


def _rotating_log(path: Path) -> logging.FileHandler:
    """A rotating log at ``path`` whose files only the user may read."""
    from logging.handlers import RotatingFileHandler  # noqa: PLC0415

    class PrivateRotatingFileHandler(RotatingFileHandler):
        def _open(self) -> TextIOWrapper:
            return open_private(Path(self.baseFilename), "a")

    handler = PrivateRotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    setattr(handler, _MARK, True)
    return handler


def crash_trace_path(folder: Path, process: int | None = None) -> Path:
    """The trace file of ``process`` (default: this one) in ``folder``.

    One file per process: two windows open at once (two databases) never
    truncate each other's trace.
    """
    return folder / CRASH_TRACE.format(process=os.getpid() if process is None else process)


def previous_crash(folder: Path) -> Path | None:
    """Archive the traces crashes left in ``folder`` and return the latest archived.

    ``None`` when every earlier run ended normally (no trace, or only empty
    ones: a running window's trace stays empty until it crashes). The archive
    keeps the latest :data:`KEPT_CRASHES` traces.
    """
    archived: list[Path] = []
    try:
        traces = sorted(folder.glob(CRASH_TRACE.format(process="*")), key=_modified)
    except OSError:
        return None
    for trace in traces:
        with contextlib.suppress(OSError):  # gone meanwhile, or not ours to move
            if trace.stat().st_size > 0:
                archived.append(_archive(trace, private_folder(folder / CRASH_ARCHIVE)))
    if not archived:
        return None
    for old in sorted((folder / CRASH_ARCHIVE).glob("crash-*.txt"))[:-KEPT_CRASHES]:
        with contextlib.suppress(OSError):
            old.unlink()
    return archived[-1].resolve()


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _archive(trace: Path, archive: Path) -> Path:
    modified = dt.datetime.fromtimestamp(_modified(trace)).astimezone()
    stamp = modified.strftime("%Y-%m-%d-%H%M%S")
    target = archive / f"crash-{stamp}.txt"
    counter = 1
    while target.exists():
        counter += 1
        target = archive / f"crash-{stamp}-{counter}.txt"
    trace.replace(target)
    return target


@dataclass(frozen=True)
class CrashTrace:
    """The trace file ``faulthandler`` writes to, open while the application runs."""

    path: Path
    handle: IO[str]


def start_crash_trace(folder: Path) -> CrashTrace | None:
    """Have ``faulthandler`` write the stack of every thread to ``folder`` on a crash.

    Returns the open trace (keep it until :func:`stop_crash_trace`), or
    ``None`` when the folder cannot take it.
    """
    path = crash_trace_path(folder)
    try:
        private_folder(folder)
        handle = open_private(path, "w")
    except OSError:
        return None
    faulthandler.enable(handle, all_threads=True)
    return CrashTrace(path, handle)


def stop_crash_trace(trace: CrashTrace | None) -> None:
    """Stop the crash trace after a normal end and remove its file, empty."""
    if trace is None:
        return
    faulthandler.disable()
    trace.handle.close()
    with contextlib.suppress(OSError):
        if trace.path.stat().st_size == 0:
            trace.path.unlink()
