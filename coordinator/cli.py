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
    from coordinator.domain.conflicts import Finding
    from coordinator.domain.suggestions import Suggestions
    from coordinator.excel import Problem, RosterTable
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
    _add_guide_commands(commands)
    _add_workbook_commands(commands)
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


# --- guides: assign, conflicts, suggest, guide-schedule ---------------------------


def _add_guide_commands(commands: Any) -> None:
    """Add the commands that assign guides and check the itinerary."""
    from coordinator.domain.enums import GuideRole

    roles = tuple(role.value for role in GuideRole)
    assign = commands.add_parser("assign", help="put a guide on an activity")
    assign.add_argument("guide", metavar="GUIDE", help="the guide's name (a unique part will do)")
    assign.add_argument("activity", metavar="ACTIVITY_ID", type=int)
    assign.add_argument("--role", choices=roles, help="default: the guide's first role")
    assign.set_defaults(handler=_assign)

    conflicts = commands.add_parser("conflicts", help="list a program's conflicts")
    conflicts.add_argument("--program", required=True, metavar="CODE")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.set_defaults(handler=_conflicts)

    suggest = commands.add_parser("suggest", help="propose guides for unguided activities")
    suggest.add_argument("--program", required=True, metavar="CODE")
    suggest.add_argument("--apply", action="store_true", help="make the proposed assignments")
    suggest.add_argument("--json", action="store_true", help="print JSON")
    suggest.set_defaults(handler=_suggest)

    schedule = commands.add_parser("guide-schedule", help="write a guide's own schedule")
    schedule.add_argument("guide", metavar="GUIDE", help="the guide's name (a unique part will do)")
    schedule.add_argument("--program", required=True, metavar="CODE")
    schedule.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.ics")
    schedule.set_defaults(handler=_guide_schedule)


def _finding_json(finding: Finding) -> dict[str, object]:
    return {
        "kind": finding.kind.value,
        "guide": finding.guide,
        "activities": list(finding.activities),
        "message": finding.message,
        "day": finding.day,
        "activity_ids": list(finding.activity_ids),
        "guides": list(finding.guides),
    }


def _assign(options: argparse.Namespace) -> int:
    from coordinator.domain.wording import quoted, when
    from coordinator.services.conflicts import ConflictService
    from coordinator.services.guides import GuideService
    from coordinator.services.itinerary import ItineraryService

    database = _open(options)
    try:
        guides = GuideService(database)
        guide = _service_call(lambda: guides.find(options.guide))
        made = _service_call(lambda: guides.assign(options.activity, guide.id, options.role))
        activity = ItineraryService(database).get_activity(made.activity_id)
        findings = ConflictService(database).for_activity(activity.program_code, activity.id)
    finally:
        database.close()
    role = made.role.replace("_", " ")
    moment = when(activity.day, activity.start_time, activity.end_time)
    print(f"Assigned {made.guide} as {role} to {quoted(activity.title)} ({moment})")
    for finding in findings:
        if guide.id in finding.guide_ids:
            print(f"Warning: {finding.message}")
    return EXIT_OK


def _conflicts(options: argparse.Namespace) -> int:
    from coordinator.services.conflicts import ConflictService

    database = _open(options)
    try:
        service = ConflictService(database)
        findings = _service_call(lambda: service.list_conflicts(options.program))
    finally:
        database.close()
    if options.json:
        _print_json([_finding_json(finding) for finding in findings])
        return EXIT_OK
    if not findings:
        print(f"No conflicts in {options.program}.")
    for finding in findings:
        print(f"{finding.kind.value}\t{finding.message}")
    return EXIT_OK


def _suggest(options: argparse.Namespace) -> int:
    from coordinator.services.suggestions import SuggestionService

    database = _open(options)
    try:
        service = SuggestionService(database)
        suggestions = _service_call(lambda: service.suggest(options.program))
        if options.apply and suggestions.proposals:
            _service_call(lambda: service.accept(options.program, suggestions.proposals))
    finally:
        database.close()
    if options.json:
        _print_json(_suggestions_json(suggestions, applied=options.apply))
        return EXIT_OK
    verb = "Assigned" if options.apply else "Proposed"
    for proposal in suggestions.proposals:
        print(f"{verb}: {proposal.message}")
    for unfilled in suggestions.unfilled:
        print(f"Nothing fits: {unfilled.message}")
    if not suggestions.proposals and not suggestions.unfilled:
        print(f"Every activity of {options.program} that needs a guide has one.")
    return EXIT_OK


def _suggestions_json(suggestions: Suggestions, *, applied: bool) -> dict[str, object]:
    return {
        "applied": applied and bool(suggestions.proposals),
        "proposals": [
            {
                "activity_id": item.activity_id,
                "activity": item.activity,
                "day": item.day,
                "start": item.start,
                "end": item.end,
                "guide": item.guide,
                "role": item.role,
                "message": item.message,
            }
            for item in suggestions.proposals
        ],
        "unfilled": [
            {
                "activity_id": item.activity_id,
                "activity": item.activity,
                "day": item.day,
                "reasons": {reason: list(names) for reason, names in item.reasons},
                "message": item.message,
            }
            for item in suggestions.unfilled
        ],
    }


def _guide_schedule(options: argparse.Namespace) -> int:
    from pathlib import Path

    from coordinator.services.guide_schedule import GuideScheduleService
    from coordinator.services.guides import GuideService

    out = Path(options.out)
    database = _open(options)
    try:
        guide = _service_call(lambda: GuideService(database).find(options.guide))
        service = GuideScheduleService(database)
        schedule = _service_call(lambda: service.write(guide.id, options.program, out))
    finally:
        database.close()
    count = len(schedule.entries)
    print(f"Wrote {count} activit{'y' if count == 1 else 'ies'} of {schedule.guide} to {out}")
    return EXIT_OK


# --- workbooks: inspect, import, export -------------------------------------------

_KINDS = ("roster", "itinerary", "program")


def _add_workbook_commands(commands: Any) -> None:
    """Add the commands that read and write workbooks."""
    inspect = commands.add_parser("inspect", help="show what the reader finds in a workbook")
    inspect.add_argument("file", metavar="FILE", help="an .xlsx, .xlsm or .csv file")
    inspect.add_argument("--sheet", metavar="NAME", help="look at this sheet only")
    inspect.add_argument("--json", action="store_true", help="print JSON")
    inspect.set_defaults(handler=_inspect)

    import_ = commands.add_parser("import", help="import a roster, itinerary or program")
    import_.add_argument("kind", choices=_KINDS, metavar="roster|itinerary|program")
    import_.add_argument("file", metavar="FILE", help="an .xlsx, .xlsm or .csv file")
    import_.add_argument("--program", required=True, metavar="CODE")
    import_.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: found)")
    import_.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    import_.add_argument("--json", action="store_true", help="print JSON")
    import_.set_defaults(handler=_import)

    export = commands.add_parser("export", help="export a roster, itinerary or program")
    export.add_argument("kind", choices=_KINDS, metavar="roster|itinerary|program")
    export.add_argument("--program", required=True, metavar="CODE")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    export.set_defaults(handler=_export)


def _terminal_progress(label: str) -> Callable[[int, int], bool] | None:
    """Return a progress callback drawing on stderr, or ``None`` if it is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> bool:
        end = "\n" if done >= total else ""
        print(f"\r{label}: {done:,} of {total:,} rows", end=end, file=sys.stderr, flush=True)
        return True

    return report


def _problem_json(problem: Problem) -> dict[str, object]:
    return {
        "sheet": problem.sheet,
        "row": problem.row,
        "column": problem.column,
        "message": problem.message,
    }


def _problem_line(file: str, problem: Problem) -> str:
    where = [file, f"sheet {problem.sheet}"]
    if problem.row is not None:
        where.append(f"row {problem.row}")
    if problem.column is not None:
        where.append(f"column {problem.column}")
    return f"{', '.join(where)}: {problem.message}"


def _mapping_json(table: RosterTable) -> dict[str, dict[str, str]]:
    from coordinator.excel.cell_parsing import column_letter

    return {
        field.value: {"column": column_letter(index), "header": table.headers[index]}
        for field, index in sorted(table.mapping.items(), key=lambda item: item[1])
    }


def _inspect(options: argparse.Namespace) -> int:
    from pathlib import Path

    from coordinator.services.roster_import import inspect_roster_file

    path = Path(options.file)
    table = _service_call(lambda: inspect_roster_file(path, options.sheet))
    if options.json:
        _print_json(
            {
                "file": path.name,
                "sheets": [
                    {"name": sheet.name, "header_row": sheet.header_row,
                     "fields": [field.value for field in sheet.mapping]}
                    for sheet in table.sheets
                ],
                "sheet": table.sheet,
                "header_row": table.header_row,
                "headers": list(table.headers),
                "mapping": _mapping_json(table),
                "rows": len(table.rows),
            }
        )  # fmt: skip
        return EXIT_OK
    print(f"{path.name}: sheet {table.sheet}, header on row {table.header_row}, "
          f"{len(table.rows)} rows")  # fmt: skip
    for field, column in _mapping_json(table).items():
        print(f"  {field:<16} column {column['column']:<3} {column['header']}")
    return EXIT_OK


def _report_import(
    options: argparse.Namespace,
    summary: dict[str, Any],
    problems: Sequence[Problem],
    what: str,
) -> int:
    """Print an import's summary: JSON, or the problems on stderr and one line."""
    if options.json:
        _print_json(summary)
        return EXIT_OK
    for problem in problems:
        print(_problem_line(summary["file"], problem), file=sys.stderr)
    verb = "Would import" if options.dry_run else "Imported"
    print(f"{verb} {what} into {summary['program']}: {summary['added']} added, "
          f"{summary['updated']} updated, {summary['skipped']} skipped, "
          f"{len(problems)} problems")  # fmt: skip
    return EXIT_OK


def _import(options: argparse.Namespace) -> int:
    from pathlib import Path

    from coordinator.services.programs import ProgramService
    from coordinator.services.roster_import import RosterImportService

    if options.kind != "roster":
        return _import_program(options)
    path = Path(options.file)
    database = _open(options)
    try:
        _service_call(lambda: ProgramService(database).get(options.program))
        service = RosterImportService(database)
        table = _service_call(
            lambda: service.read(path, options.sheet, _terminal_progress("Reading"))
        )
        plan = _service_call(lambda: service.plan(options.program, table, progress=None))
        if not options.dry_run:
            _service_call(lambda: service.apply(plan, _terminal_progress("Saving")))
    finally:
        database.close()
    summary = {
        "program": plan.program_code,
        "file": path.name,
        "sheet": table.sheet,
        "dry_run": bool(options.dry_run),
        "added": len(plan.additions),
        "updated": len(plan.updates),
        "skipped": plan.skipped_count,
        "problems": [_problem_json(problem) for problem in plan.problems],
    }
    return _report_import(options, summary, plan.problems, path.name)


def _export(options: argparse.Namespace) -> int:
    from pathlib import Path

    from coordinator.services.roster_export import RosterExportService

    if options.kind != "roster":
        return _export_program(options)
    path = Path(options.out)
    database = _open(options)
    try:
        count = _service_call(lambda: RosterExportService(database).export(options.program, path))
    finally:
        database.close()
    print(f"Exported {count} participants of {options.program} to {path}")
    return EXIT_OK


def _import_program(options: argparse.Namespace) -> int:
    from pathlib import Path

    from coordinator.services.program_import import ProgramImportService

    path = Path(options.file)
    database = _open(options)
    try:
        service = ProgramImportService(database)
        only = options.kind == "itinerary"
        plan = _service_call(
            lambda: service.plan(options.program, path, itinerary_only=only, sheet=options.sheet)
        )
        if not options.dry_run:
            _service_call(lambda: service.apply(plan))
    finally:
        database.close()
    summary = {
        "program": plan.program_code,
        "file": path.name,
        "kind": options.kind,
        "dry_run": bool(options.dry_run),
        "added": plan.added,
        "updated": plan.updated,
        "skipped": plan.skipped,
        "problems": [_problem_json(problem) for problem in plan.problems],
        "sheets": {
            name: {"kind": plan.workbook.sheets.get(name, "participants"), "added": counts.added,
                   "updated": counts.updated, "skipped": counts.skipped}
            for name, counts in plan.sheets.items()
        },
    }  # fmt: skip
    return _report_import(options, summary, plan.problems, f"the {options.kind} of {path.name}")


def _export_program(options: argparse.Namespace) -> int:
    from pathlib import Path

    from coordinator.services.program_export import ProgramExportService

    path = Path(options.out)
    database = _open(options)
    try:
        service = ProgramExportService(database)
        if options.kind == "itinerary":
            count = _service_call(lambda: service.export_itinerary(options.program, path))
            message = f"Exported {count} activities of {options.program} to {path}"
        else:
            sheets = _service_call(lambda: service.export_program(options.program, path))
            counts = ", ".join(f"{name} {rows}" for name, rows in sheets.items())
            message = f"Exported {options.program} to {path} ({counts})"
    finally:
        database.close()
    print(message)
    return EXIT_OK
