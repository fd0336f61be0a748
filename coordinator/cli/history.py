"""The ``history`` command: who changed what in a program, and when."""

from __future__ import annotations

import argparse
from typing import Any

from coordinator.cli.common import EXIT_OK, open_database, print_json, service_call


def add_history_commands(commands: Any) -> None:
    """Add the command that lists the changes of a program, the newest first."""
    history = commands.add_parser(
        "history", help="who changed what in a program and when, the newest first"
    )
    history.add_argument("--program", required=True, metavar="CODE", help="the program's code")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=_history)


def _history(options: argparse.Namespace) -> int:
    from coordinator.services.history import HistoryService

    database = open_database(options)
    try:
        changes = service_call(lambda: HistoryService(database).of_program(options.program))
    finally:
        database.close()
    if options.json:
        print_json([_json(change) for change in changes])
        return EXIT_OK
    for change in changes:
        when = f"{change.at:%Y-%m-%d %H:%M} UTC"
        what = (
            f"{change.field}: {change.old!r} → {change.new!r}"
            if change.action == "changed"
            else change.action
        )
        print(f"{when}  {change.user}  {change.record} {change.label}: {what}")
    return EXIT_OK


def _json(change: Any) -> dict[str, object]:
    return {
        "at": change.at,
        "user": change.user,
        "record": change.record,
        "label": change.label,
        "action": change.action,
        "field": change.field or None,
        "old": change.old,
        "new": change.new,
    }
