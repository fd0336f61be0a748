"""The command line: the GUI with no arguments, the services with a subcommand.

Exit codes: 0 done; 1 the input was refused (nothing written; one line on
stderr says why); 2 usage error. ``--json`` prints one JSON document on
stdout. Heavy modules are imported inside the commands, so ``coordinator``
without arguments starts the GUI without loading what the first screen does
not need.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from coordinator import __version__

if TYPE_CHECKING:
    from coordinator.services.records import ParticipantRecord, ProgramRecord
    from coordinator.store import Database

_T = TypeVar("_T")

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class RefusedError(Exception):
    """The input was refused: nothing was written, the message says why."""


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every command; its names and options are stable."""
    parser = argparse.ArgumentParser(
        prog="coordinator",
        description="Plan and document visits of foreign delegations. "
        "Without a command, the application window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="the SQLite database file to use")
    where.add_argument(
        "--db-url", metavar="URL", help="a SQLAlchemy database URL, e.g. postgresql://..."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="load the demo program (the Turkistan 2021 visit)")
    demo.set_defaults(handler=_demo)

    programs = commands.add_parser("programs", help="list the programs, or add one")
    programs.add_argument("--json", action="store_true", help="print JSON")
    programs.set_defaults(handler=_programs)
    program_actions = programs.add_subparsers(dest="action", metavar="ACTION")
    add = program_actions.add_parser("add", help="create a program")
    add.add_argument("--code", required=True, help="a short unique code, e.g. TURKISTAN-2021")
    add.add_argument("--title", required=True)
    add.add_argument("--start", required=True, type=_iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--end", required=True, type=_iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--city", default="")
    add.add_argument("--country", default="")
    add.add_argument("--organizer", default="")
    add.add_argument("--languages", default="", help="working languages, e.g. ru,kk")
    add.add_argument("--json", action="store_true", help="print the new program as JSON")
    add.set_defaults(handler=_programs_add)

    participants = commands.add_parser("participants", help="list a program's roster")
    participants.add_argument("--program", required=True, metavar="CODE")
    participants.add_argument("--json", action="store_true", help="print JSON")
    participants.set_defaults(handler=_participants)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process arguments)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        options = parser.parse_args(arguments)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if options.command is None:
        from coordinator.ui.app import run_app

        return run_app(options.db_url or options.db, [sys.argv[0], *arguments])
    handler: Callable[[argparse.Namespace], int] = options.handler
    try:
        return int(handler(options))
    except RefusedError as error:
        print(f"coordinator: {error}", file=sys.stderr)
        return EXIT_REFUSED


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"{text!r} is not a date in the form YYYY-MM-DD"
        raise argparse.ArgumentTypeError(msg) from None


def _open(options: argparse.Namespace) -> Database:
    from coordinator.store import DatabaseError, open_database

    target: Any = options.db_url
    if target is None:
        from pathlib import Path

        if options.db:
            target = Path(options.db)
        else:
            from coordinator.store.location import default_database_path

            target = default_database_path()
    try:
        return open_database(target)
    except DatabaseError as error:
        raise RefusedError(str(error)) from error


def _service_call(call: Callable[[], _T]) -> _T:
    from coordinator.services.errors import ServiceError

    try:
        return call()
    except ServiceError as error:
        raise RefusedError(str(error)) from error


def _print_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


def _json_default(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    msg = f"Cannot write {type(value).__name__} as JSON"
    raise TypeError(msg)


def _program_json(program: ProgramRecord) -> dict[str, object]:
    return {
        "code": program.code,
        "title": program.title,
        "start": program.first_day,
        "end": program.last_day,
        "city": program.city,
        "country": program.country,
        "organizer": program.organizer,
        "partners": list(program.partners),
        "languages": list(program.languages),
        "participants": program.participant_count,
        "activities": program.activity_count,
    }


def _participant_json(participant: ParticipantRecord) -> dict[str, object]:
    return {
        "name": participant.name,
        "title": participant.title,
        "organization": participant.organization,
        "role": participant.role,
        "arrival": participant.arrival,
        "departure": participant.departure,
        "room": participant.room,
        "dietary": participant.dietary,
        "needs": participant.needs,
        "passport_number": participant.passport_number,
        "birth_date": participant.birth_date,
        "email": participant.email,
        "phone": participant.phone,
        "languages": list(participant.languages),
        "notes": participant.notes,
    }


def _demo(options: argparse.Namespace) -> int:
    from coordinator.services.demo import load_demo

    database = _open(options)
    try:
        program = _service_call(lambda: load_demo(database))
    finally:
        database.close()
    print(
        f"Loaded the demo program {program.code}: {program.title} "
        f"({program.participant_count} participants, {program.activity_count} activities)"
    )
    return EXIT_OK


def _programs(options: argparse.Namespace) -> int:
    from coordinator.services.programs import ProgramService

    database = _open(options)
    try:
        programs = ProgramService(database).list_programs()
    finally:
        database.close()
    if options.json:
        _print_json([_program_json(program) for program in programs])
        return EXIT_OK
    if not programs:
        print("No programs yet: `coordinator demo` loads an example, `programs add` creates one.")
    for program in programs:
        print(
            f"{program.code}\t{program.first_day:%d.%m.%Y}–{program.last_day:%d.%m.%Y}\t"
            f"{program.title}"
        )
    return EXIT_OK


def _programs_add(options: argparse.Namespace) -> int:
    from coordinator.services.programs import ProgramService
    from coordinator.services.records import ProgramInput

    data = ProgramInput(
        code=options.code,
        title=options.title,
        first_day=options.start,
        last_day=options.end,
        city=options.city,
        country=options.country,
        organizer=options.organizer,
        languages=tuple(part for part in options.languages.split(",") if part.strip()),
    )
    database = _open(options)
    try:
        program = _service_call(lambda: ProgramService(database).create(data))
    finally:
        database.close()
    if options.json:
        _print_json(_program_json(program))
    else:
        print(f"Created the program {program.code}: {program.title}")
    return EXIT_OK


def _participants(options: argparse.Namespace) -> int:
    from coordinator.services.roster import RosterService

    database = _open(options)
    try:
        roster = _service_call(lambda: RosterService(database).list_participants(options.program))
    finally:
        database.close()
    if options.json:
        _print_json([_participant_json(participant) for participant in roster])
        return EXIT_OK
    for participant in roster:
        print(
            "\t".join(
                (participant.name, participant.title, participant.organization, participant.role)
            )
        )
    return EXIT_OK
