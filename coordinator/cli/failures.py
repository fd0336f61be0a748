"""How the command line reports what went wrong, so a script can tell the cases apart.

A refusal (exit 1) is one line saying why and means nothing was written; a
full disk is a refusal too, as the database rolls back and every file is
written whole or not at all (only stdout, when it is a file on that disk, is
left cut short, and the line says so). Anything else is an internal error
(exit 3): its traceback goes to a log file and one line on stderr says where.
An interrupt (Ctrl+C) exits 130 with one line. Nothing here imports SQLAlchemy
or Qt before an error needs them, so the GUI still starts without them.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import platform
import re
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

from coordinator import __version__
from coordinator.cli.common import EXIT_INTERNAL, EXIT_REFUSED, RefusedError, one_line
from coordinator.log_files import LOG_DIR_VARIABLE, log_folder, log_folders, private_folder

__all__ = [
    "LOG_DIR_VARIABLE",
    "disk_full",
    "log_folder",
    "print_error",
    "refusal_of",
    "report_failure",
    "report_internal_error",
    "write_error_log",
]

DISK_FULL = "The disk is full: nothing was written"
OUTPUT_CUT_SHORT = "The disk is full: the output was cut short"

# SQLite's result code for "database or disk is full", and PostgreSQL's SQLSTATE.
_SQLITE_FULL = 13
_POSTGRESQL_DISK_FULL = "53100"
_LOGGED_ARGUMENT = 200


def print_error(message: str) -> None:
    """Print ``coordinator: message`` on stderr, on one line."""
    print(f"coordinator: {one_line(message)}", file=sys.stderr)


def _causes(error: BaseException) -> Iterator[BaseException]:
    """Yield ``error``, the driver's error it wraps and the errors it was raised from."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        wrapped = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError
        pending.append(wrapped if isinstance(wrapped, BaseException) else None)
        pending.append(current.__cause__)


def _is_full_database(error: BaseException) -> bool:
    if getattr(error, "sqlite_errorcode", None) == _SQLITE_FULL:
        return True
    if getattr(error, "sqlstate", None) == _POSTGRESQL_DISK_FULL:
        return True
    return "database or disk is full" in str(error)


def _is_full_disk(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno == errno.ENOSPC


def disk_full(error: BaseException) -> bool:
    """Whether ``error`` comes from a full disk (the database's or a file's)."""
    return any(_is_full_database(item) or _is_full_disk(item) for item in _causes(error))


def _loaded_refusals() -> tuple[type[Exception], ...]:
    """The services' and the store's refusals, if loaded (else nothing raised them).

    Importing them here could fail in turn, when the failure is a broken install.
    """
    kinds: list[type[Exception]] = []
    for module, name in (
        ("coordinator.services.errors", "ServiceError"),
        ("coordinator.store.database", "DatabaseError"),
    ):
        kind = getattr(sys.modules.get(module), name, None)
        if isinstance(kind, type) and issubclass(kind, Exception):
            kinds.append(kind)
    return tuple(kinds)


def refusal_of(error: Exception) -> RefusedError | None:
    """Return the refusal ``error`` stands for, ``None`` if it is unexpected.

    A service's or the store's own error is a refusal with a sentence for the
    user; so is a full disk, since the database rolls back and every file is
    written whole or not at all.
    """
    if isinstance(error, (RefusedError, *_loaded_refusals())):
        return RefusedError(str(error))
    if disk_full(error):
        if any(_is_full_database(item) for item in _causes(error)):
            return RefusedError(DISK_FULL)
        # A plain OSError outside a service: writing stdout (files go through services).
        return RefusedError(OUTPUT_CUT_SHORT)
    return None


def _log_folders() -> list[Path]:
    return log_folders()


def _shown_argument(argument: str) -> str:
    """An argument as logged: a URL's password hidden, a long text shortened."""
    argument = re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", argument)
    if len(argument) > _LOGGED_ARGUMENT:
        argument = f"{argument[:150]}…({len(argument):,} characters)"
    return argument.encode("utf-8", "backslashreplace").decode("utf-8")


def _log_entry(error: BaseException, arguments: Sequence[str]) -> str:
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    command = " ".join(["coordinator", *(_shown_argument(item) for item in arguments)])
    details = "".join(traceback.format_exception(error))
    return (
        f"=== {now}: internal error in coordinator {__version__} "
        f"(Python {platform.python_version()}, {platform.platform()})\n"
        f"command: {command}\n{details}\n"
    )


def write_error_log(error: BaseException, arguments: Sequence[str]) -> Path:
    """Append ``error``'s traceback to today's log file and return the file.

    Raises:
        OSError: no folder could take the log.
    """
    entry = _log_entry(error, arguments).encode("utf-8", "backslashreplace")
    name = f"coordinator-{dt.datetime.now().astimezone():%Y-%m-%d}.log"
    failure: OSError | None = None
    for folder in _log_folders():
        path = folder / name
        try:
            private_folder(folder)
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(handle, entry)
            finally:
                os.close(handle)
        except OSError as error_writing:
            failure = error_writing
            continue
        return path.resolve()
    raise failure or OSError(errno.ENOENT, "no folder for the log")


def report_internal_error(error: BaseException, arguments: Sequence[str]) -> int:
    """Log ``error`` with its traceback, say where on one line, return :data:`EXIT_INTERNAL`."""
    kind = type(error).__name__
    try:
        path = write_error_log(error, arguments)
    except OSError as failure:
        reason = failure.strerror or str(failure)
        print_error(f"internal error ({kind}: {error}); the details could not be logged ({reason})")
    else:
        print_error(f"internal error ({kind}); the details are in {path}")
    return EXIT_INTERNAL


def report_failure(error: Exception, arguments: Sequence[str]) -> int:
    """Print the one line ``error`` deserves and return its exit code (1 or 3)."""
    refusal = refusal_of(error)
    if refusal is None:
        return report_internal_error(error, arguments)
    print_error(str(refusal))
    return EXIT_REFUSED
