"""What every command group shares: exit codes, opening the database, JSON output.

Exit codes: 0 done; 1 the input was refused (nothing written; one line on
stderr says why); 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from coordinator.store import Database

_T = TypeVar("_T")

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class RefusedError(Exception):
    """The input was refused: nothing was written, the message says why."""


def iso_date(text: str) -> dt.date:
    """Parse an option's ``YYYY-MM-DD`` date for argparse."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"{text!r} is not a date in the form YYYY-MM-DD"
        raise argparse.ArgumentTypeError(msg) from None


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
        raise RefusedError(str(error)) from error


def service_call(call: Callable[[], _T]) -> _T:
    """Return ``call()``, turning a service's refusal into :class:`RefusedError`."""
    from coordinator.services.errors import ServiceError

    try:
        return call()
    except ServiceError as error:
        raise RefusedError(str(error)) from error


def print_json(document: object) -> None:
    """Print ``document`` as one JSON document (dates and times in ISO form)."""
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


def _json_default(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    msg = f"Cannot write {type(value).__name__} as JSON"
    raise TypeError(msg)
