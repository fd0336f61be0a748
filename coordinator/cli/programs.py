"""Commands about programs and rosters: demo, programs, programs add, participants."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import (
    EXIT_OK,
    iso_date,
    open_database,
    print_json,
    service_call,
)

if TYPE_CHECKING:
    from coordinator.services.records import ParticipantRecord, ProgramRecord


def add_program_commands(commands: Any) -> None:
    """Add the commands that load the demo, list and create programs, list a roster."""
    demo = commands.add_parser("demo", help="load the demo program (the Turkistan 2021 visit)")
    demo.set_defaults(handler=_demo)

    programs = commands.add_parser("programs", help="list the programs, or add one")
    programs.add_argument("--json", action="store_true", help="print JSON")
    programs.set_defaults(handler=_programs)
    program_actions = programs.add_subparsers(dest="action", metavar="ACTION")
    add = program_actions.add_parser("add", help="create a program")
    add.add_argument("--code", required=True, help="a short unique code, e.g. TURKISTAN-2021")
    add.add_argument("--title", required=True)
    add.add_argument("--start", required=True, type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--end", required=True, type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--city", default="")
    add.add_argument("--country", default="")
    add.add_argument("--organizer", default="")
    add.add_argument("--languages", default="", help="working languages, e.g. ru,kk")
    add.add_argument("--json", action="store_true", help="print the new program as JSON")
    add.set_defaults(handler=_programs_add)

    _add_copy_and_delete(program_actions)

    participants = commands.add_parser("participants", help="list a program's roster")
    participants.add_argument("--program", required=True, metavar="CODE")
    participants.add_argument("--json", action="store_true", help="print JSON")
    participants.set_defaults(handler=_participants)


def _add_copy_and_delete(program_actions: Any) -> None:
    duplicate = program_actions.add_parser(
        "duplicate",
        help="copy a program as the start of next year's visit (fields and itinerary, "
        "no guide assignments, no roster unless --roster)",
    )
    duplicate.add_argument("--program", required=True, metavar="CODE", help="the program to copy")
    duplicate.add_argument("--code", help="the new code (default: the year moved on)")
    duplicate.add_argument("--title", help="the new title (default: the year moved on)")
    duplicate.add_argument(
        "--start",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the new first day (default: 52 weeks later, the same weekday)",
    )
    duplicate.add_argument("--roster", action="store_true", help="copy the participants too")
    duplicate.add_argument("--json", action="store_true", help="print the new program as JSON")
    duplicate.set_defaults(handler=_programs_duplicate)
    delete = program_actions.add_parser(
        "delete", help="delete a program with its roster, itinerary and logistics"
    )
    delete.add_argument("--program", required=True, metavar="CODE")
    delete.add_argument("--json", action="store_true", help="print what was deleted as JSON")
    delete.set_defaults(handler=_programs_delete)


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
        # A date without a known time is a date, never midnight.
        "arrival": _moment(participant.arrival, known=participant.arrival_time_known),
        "departure": _moment(participant.departure, known=participant.departure_time_known),
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


def _moment(moment: dt.datetime | None, *, known: bool) -> dt.datetime | dt.date | None:
    return moment.date() if moment is not None and not known else moment


def _demo(options: argparse.Namespace) -> int:
    from coordinator.services.demo import load_demo

    database = open_database(options)
    try:
        program = service_call(lambda: load_demo(database))
    finally:
        database.close()
    print(
        f"Loaded the demo program {program.code}: {program.title} "
        f"({program.participant_count} participants, {program.activity_count} activities)"
    )
    return EXIT_OK


def _programs(options: argparse.Namespace) -> int:
    from coordinator.services.programs import ProgramService

    database = open_database(options)
    try:
        programs = service_call(ProgramService(database).list_programs)
    finally:
        database.close()
    if options.json:
        print_json([_program_json(program) for program in programs])
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
    database = open_database(options)
    try:
        program = service_call(lambda: ProgramService(database).create(data))
    finally:
        database.close()
    if options.json:
        print_json(_program_json(program))
    else:
        print(f"Created the program {program.code}: {program.title}")
    return EXIT_OK


def _participants(options: argparse.Namespace) -> int:
    from coordinator.services.roster import RosterService

    database = open_database(options)
    try:
        roster = service_call(lambda: RosterService(database).list_participants(options.program))
    finally:
        database.close()
    if options.json:
        print_json([_participant_json(participant) for participant in roster])
        return EXIT_OK
    for participant in roster:
        print(
            "\t".join(
                (participant.name, participant.title, participant.organization, participant.role)
            )
        )
    return EXIT_OK


def _programs_duplicate(options: argparse.Namespace) -> int:
    import dataclasses

    from coordinator.services.program_copy import ProgramCopyService

    database = open_database(options)
    try:
        service = ProgramCopyService(database)
        request = service_call(lambda: service.default_copy(options.program))
        changes = {
            name: value
            for name, value in (
                ("code", options.code),
                ("title", options.title),
                ("first_day", options.start),
            )
            if value is not None
        }
        request = dataclasses.replace(request, copy_roster=options.roster, **changes)
        program = service_call(lambda: service.duplicate(request))
    finally:
        database.close()
    if options.json:
        print_json(_program_json(program))
    else:
        print(
            f"Copied {options.program} as {program.code}: {program.first_day:%d.%m.%Y}–"
            f"{program.last_day:%d.%m.%Y}, {program.activity_count} activities, "
            f"{program.participant_count} participants"
        )
    return EXIT_OK


def _programs_delete(options: argparse.Namespace) -> int:
    from coordinator.services.program_removal import ProgramRemovalService

    database = open_database(options)
    try:
        service = ProgramRemovalService(database)
        summary = service_call(lambda: service.summary(options.program))
        service_call(lambda: service.remove(options.program))
    finally:
        database.close()
    if options.json:
        print_json(
            {
                "code": summary.code,
                "title": summary.title,
                "participants": summary.participants,
                "activities": summary.activities,
                "assignments": summary.assignments,
                "documents": summary.documents,
                "logistics": summary.logistics,
            }
        )
    else:
        print(
            f"Deleted {summary.code}: {summary.participants} participants, "
            f"{summary.activities} activities, {summary.assignments} guide assignments, "
            f"{summary.documents} documents, {summary.logistics} logistics records"
        )
    return EXIT_OK
