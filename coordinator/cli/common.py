"""What every command group shares: exit codes, argument types, the database, JSON.

Exit codes, stable for scripts:

- 0: done.
- 1: the input was refused; nothing was written, and one line on stderr says
  why. A full disk is a refusal too ("The disk is full: nothing was written").
- 2: usage error (an unknown command or option, a malformed date or id); one
  line on stderr.
- 3: internal error, a fault of the application rather than of the input; one
  line on stderr names the log file that holds the details (see
  :mod:`coordinator.cli.failures`).
- 130: interrupted (Ctrl+C).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

if TYPE_CHECKING:
    from coordinator.store import Database

_T = TypeVar("_T")

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

# SQLite stores integers in 64 bits: a larger id cannot name a record.
LARGEST_ID = 2**63 - 1
_LONGEST_WORD = 200
_LONGEST_LINE = 1000
_SHOWN_INPUT = 60


class RefusedError(Exception):
    """The input was refused: nothing was written, the message says why."""


def one_line(message: str) -> str:
    """Return ``message`` on one line of a readable length.

    A message may quote what the user typed (100,000 characters of it) or a
    driver's text with line breaks; the line keeps both ends of anything long.
    """
    line = " ".join(message.split())
    line = re.sub(
        rf"\S{{{_LONGEST_WORD + 1},}}",
        lambda match: f"{match.group()[:80]}…{match.group()[-40:]}",
        line,
    )
    if len(line) > _LONGEST_LINE:
        line = f"{line[:700]} … {line[-250:]}"
    return line


def _shown(text: str) -> str:
    """What the user typed, quoted and shortened for a usage error."""
    if len(text) > _SHOWN_INPUT:
        return repr(f"{text[:40]}…") + f" ({len(text):,} characters)"
    return repr(text)


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit 2."""

    def error(self, message: str) -> NoReturn:
        """Print ``message`` on one line, with where to read the usage, and exit 2."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {one_line(message)} (see {self.prog} -h)\n")


def iso_date(text: str) -> dt.date:
    """Parse an option's ``YYYY-MM-DD`` date for argparse."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            msg = f"{text} is not a day of the calendar ({error})"
        else:
            msg = f"{_shown(text)} is not a date in the form YYYY-MM-DD"
        raise argparse.ArgumentTypeError(msg) from None


def record_id(text: str) -> int:
    """Parse the id of a record for argparse: a whole number SQLite can store."""
    if not re.fullmatch(r"\s*[+-]?[0-9]+\s*", text):
        msg = f"{_shown(text)} is not an id (a whole number such as 42)"
        raise argparse.ArgumentTypeError(msg)
    digits = text.strip().lstrip("+").lstrip("0") or "0"
    # Counting the digits first keeps int() off a number of 100,000 digits.
    if len(digits) > len(str(LARGEST_ID)) or not 1 <= int(digits) <= LARGEST_ID:
        msg = f"{_shown(text.strip())} is not an id: ids go from 1 to {LARGEST_ID}"
        raise argparse.ArgumentTypeError(msg)
    return int(digits)


def file_path(text: str) -> str:
    """Accept a file's path for argparse, refusing an empty one."""
    if not text.strip():
        msg = "an empty path names no file"
        raise argparse.ArgumentTypeError(msg)
    return text


def open_database(options: argparse.Namespace) -> Database:
    """Open the database the options name (``--db``, ``--db-url`` or the default file).

    Raises:
        RefusedError: it cannot be opened.
    """
    from coordinator.store import DatabaseError
    from coordinator.store import open_database as open_store

    target: Any = options.db_url
    if target is None:
        from pathlib import Path

        if options.db:
            target = Path(options.db)
        else:
            from coordinator.store.location import default_database_path

            target = default_database_path()
    try:
        return open_store(target)
    except DatabaseError as error:
        from coordinator.cli.failures import DISK_FULL, disk_full

        if disk_full(error):
            raise RefusedError(f"{DISK_FULL} to {_database_name(target)}") from error
        raise RefusedError(str(error)) from error


def _database_name(target: object) -> str:
    """The database as a message names it: a file's path, a URL without its password."""
    if isinstance(target, str):
        from sqlalchemy.engine import make_url

        return make_url(target).render_as_string(hide_password=True)
    return str(target)


def service_call(call: Callable[[], _T]) -> _T:
    """Return ``call()``, turning a service's refusal or a full disk into :class:`RefusedError`."""
    from coordinator.cli.failures import DISK_FULL, disk_full
    from coordinator.services.errors import ServiceError

    try:
        return call()
    except ServiceError as error:
        raise RefusedError(str(error)) from error
    except Exception as error:
        # The database rolls back and files are written whole or not at all.
        if disk_full(error):
            raise RefusedError(DISK_FULL) from error
        raise


def print_json(document: object) -> None:
    r"""Print ``document`` as one JSON document (dates and times in ISO form).

    Text is written as it is, unless stdout's encoding lacks some of it (a
    Windows pipe has the ANSI code page): then as ``\uXXXX`` escapes.
    """
    text = json.dumps(document, ensure_ascii=False, indent=2, default=_json_default)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(document, ensure_ascii=True, indent=2, default=_json_default)
    sys.stdout.write(f"{text}\n")


def _json_default(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    msg = f"Cannot write {type(value).__name__} as JSON"
    raise TypeError(msg)
