"""Commands that read and write workbooks: inspect, import, export."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import EXIT_OK, open_database, print_json, service_call

if TYPE_CHECKING:
    from coordinator.excel import Problem, RosterTable

_KINDS = ("roster", "itinerary", "program")


def add_workbook_commands(commands: Any) -> None:
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
    export.add_argument(
        "--lang", choices=("en", "tr"), default="en", help="the workbook's language (default: en)"
    )
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
        "effect": problem.effect.value,
        "field": problem.field.value if problem.field else None,
    }


def _problem_line(file: str, problem: Problem) -> str:
    where = [file, f"sheet {problem.sheet}"]
    if problem.row is not None:
        where.append(f"row {problem.row}")
    if problem.column is not None:
        where.append(f"column {problem.column}")
    left_out = "the row is left out" if problem.row_left_out else "the value is left out"
    return f"{', '.join(where)}: {problem.message} ({left_out})"


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
    table = service_call(lambda: inspect_roster_file(path, options.sheet))
    if options.json:
        print_json(
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
        print_json(summary)
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
    database = open_database(options)
    try:
        service_call(lambda: ProgramService(database).get(options.program))
        service = RosterImportService(database)
        table = service_call(
            lambda: service.read(path, options.sheet, _terminal_progress("Reading"))
        )
        plan = service_call(lambda: service.plan(options.program, table, progress=None))
        if not options.dry_run:
            service_call(lambda: service.apply(plan, _terminal_progress("Saving")))
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
    database = open_database(options)
    try:
        service = RosterExportService(database)
        count = service_call(lambda: service.export(options.program, path, language=options.lang))
    finally:
        database.close()
    print(f"Exported {count} participants of {options.program} to {path}")
    return EXIT_OK


def _import_program(options: argparse.Namespace) -> int:
    from pathlib import Path

    from coordinator.services.program_import import ProgramImportService

    path = Path(options.file)
    database = open_database(options)
    try:
        service = ProgramImportService(database)
        only = options.kind == "itinerary"
        plan = service_call(
            lambda: service.plan(options.program, path, itinerary_only=only, sheet=options.sheet)
        )
        if not options.dry_run:
            service_call(lambda: service.apply(plan))
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
    database = open_database(options)
    try:
        service = ProgramExportService(database)
        if options.kind == "itinerary":
            count = service_call(
                lambda: service.export_itinerary(options.program, path, options.lang)
            )
            message = f"Exported {count} activities of {options.program} to {path}"
        else:
            sheets = service_call(
                lambda: service.export_program(options.program, path, options.lang)
            )
            counts = ", ".join(f"{name} {rows}" for name, rows in sheets.items())
            message = f"Exported {options.program} to {path} ({counts})"
    finally:
        database.close()
    print(message)
    return EXIT_OK
