"""The ``take-offline`` and ``merge-offline`` commands: a program on the road and back."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from coordinator.cli.common import (
    EXIT_OK,
    RefusedError,
    file_path,
    open_database,
    print_json,
    service_call,
)


def add_offline_commands(commands: Any) -> None:
    """Add the commands that take a program offline and merge the copy back."""
    take = commands.add_parser(
        "take-offline", help="write a program to a SQLite file of its own, to work on offline"
    )
    take.add_argument("--program", required=True, metavar="CODE", help="the program's code")
    take.add_argument("--out", required=True, type=file_path, metavar="FILE.sqlite",
                      help="the new file (refused if it exists)")  # fmt: skip
    take.set_defaults(handler=_take)
    merge = commands.add_parser(
        "merge-offline",
        help="show what changed on each side since an offline copy was taken, and apply it",
    )
    merge.add_argument("file", type=file_path, metavar="FILE.sqlite", help="the offline copy")
    merge.add_argument("--prefer-offline", action="store_true",
                       help="where both sides changed a field, take the copy's value")  # fmt: skip
    merge.add_argument("--dry-run", action="store_true", help="show, change nothing")
    merge.add_argument("--json", action="store_true", help="print JSON")
    merge.set_defaults(handler=_merge)


def _take(options: argparse.Namespace) -> int:
    from coordinator.services.offline_copy import take_offline

    target = Path(options.out)
    if target.exists():
        msg = f"{target} exists already: choose a new file"
        raise RefusedError(msg)
    database = open_database(options)
    try:
        origin = service_call(lambda: take_offline(database, options.program, target))
    finally:
        database.close()
    print(
        f"{origin.program_code} taken offline to {target} at {origin.taken_at:%Y-%m-%d %H:%M} UTC"
    )
    return EXIT_OK


def _merge(options: argparse.Namespace) -> int:
    from coordinator.domain.merging import default_choices
    from coordinator.services.offline_merge import OfflineMergeService

    path = Path(options.file)
    if not path.is_file():
        msg = f"{path} is not a file"
        raise RefusedError(msg)
    database = open_database(options)
    try:
        service = OfflineMergeService(database)
        plan = service_call(lambda: service.plan(path))
        chosen = set(default_choices(list(plan.items)))
        if options.prefer_offline:
            chosen.update(
                (item.kind, item.key, change.field)
                for item in plan.items
                for change in item.fields
                if change.conflict
            )
        if not options.dry_run:
            service_call(lambda: service.merge(plan, frozenset(chosen)))
    finally:
        database.close()
    applied = not options.dry_run
    if options.json:
        print_json(_json(plan, chosen, applied=applied))
        return EXIT_OK
    print(f"{plan.copy.program_code}: offline copy taken by {plan.copy.taken_by} "
          f"at {plan.copy.taken_at:%Y-%m-%d %H:%M} UTC from {plan.copy.source}")  # fmt: skip
    for item in plan.items:
        taken = (item.kind, item.key, "") in chosen
        print(f"{item.kind} {item.label}: {item.action}{' (applied)' if applied and taken else ''}")
        for change in item.fields:
            mark = "applied" if applied and (item.kind, item.key, change.field) in chosen else ""
            if change.conflict and not mark:
                mark = "conflict, the office's value kept"
            sides = (f"taken {_shown(change.base)} | office {_shown(change.team)}"
                     f" | offline {_shown(change.offline)}")  # fmt: skip
            print(f"  {change.field}: {sides}{f'  [{mark}]' if mark else ''}")
    for name in plan.unknown_guides:
        print(f"guide {name}: not in this database's directory, left out")
    if not plan.items:
        print("Nothing changed offline since the copy was taken")
    return EXIT_OK


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {key: _plain(item) for key, item in dataclasses.asdict(value).items()}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def _shown(value: object) -> str:
    plain = _plain(value)
    return "—" if plain in (None, "", []) else repr(plain)


def _json(plan: Any, chosen: set[tuple[str, int, str]], *, applied: bool) -> dict[str, object]:
    return {
        "program": plan.copy.program_code,
        "source": plan.copy.source,
        "taken_at": plan.copy.taken_at,
        "taken_by": plan.copy.taken_by,
        "applied": applied,
        "unknown_guides": list(plan.unknown_guides),
        "items": [
            {
                "kind": item.kind,
                "id": item.team_id,
                "label": item.label,
                "action": item.action,
                "chosen": (item.kind, item.key, "") in chosen,
                "fields": [
                    {
                        "field": change.field,
                        "taken": _plain(change.base),
                        "office": _plain(change.team),
                        "offline": _plain(change.offline),
                        "conflict": change.conflict,
                        "chosen": (item.kind, item.key, change.field) in chosen,
                    }
                    for change in item.fields
                ],
            }
            for item in plan.items
        ],
    }
