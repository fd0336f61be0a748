"""What the children of the crash tests do until they are killed.

Each task takes its options (JSON values) and ``emit``, which writes one line
to the parent; a line is written only after what it reports is committed, so
the parent knows what must have survived. Everything goes through the
application's own services, as the window and the command line use them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import random
import resource
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import Engine, event

import coordinator.store.migrating  # noqa: F401 - imported once in the warm process
from coordinator.atomic_files import write_atomically
from coordinator.excel import roster_writer
from coordinator.services.errors import NotFoundError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ActivityInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.services.roster_export import RosterExportService
from coordinator.services.roster_import import RosterImportService
from coordinator.store import Database, open_database

Emit = Callable[..., None]
Options = dict[str, Any]

BATCHES_PER_PROGRAM = 20
FIRST_DAY = dt.date(2021, 8, 24)
HEADER = ("Name", "Title", "Organization", "E-mail", "Phone", "Notes")


def delegate_name(batch: int, row: int) -> str:
    """The name of a row of an import: the batch it belongs to can be read from it."""
    return f"Batch {batch} Delegate {row:03d}"


def activity_title(batch: int) -> str:
    """The title of the activity added after an import."""
    return f"Activity after batch {batch}"


def edited_notes(batch: int) -> str:
    """The notes a single edit gives the first delegate of a batch."""
    return f"edited after batch {batch}"


def program_code(batch: int) -> str:
    """The program a batch is imported into: a new one every few batches."""
    return f"CRASH-{batch // BATCHES_PER_PROGRAM:04d}"


def program_input(code: str) -> ProgramInput:
    """A program of six days for the crash tests."""
    return ProgramInput(
        code=code,
        title=f"Crash test program {code}",
        first_day=FIRST_DAY,
        last_day=FIRST_DAY + dt.timedelta(days=5),
        organizer="Union of Turkish World Municipalities (TDBB)",
    )


def write_batch(path: Path, batch: int, rows: int) -> Path:
    """Write the workbook of one import: ``rows`` delegates, each named after the batch."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(HEADER))
    for row in range(rows):
        sheet.append(
            [
                delegate_name(batch, row),
                "Member of the Municipal Council",
                f"Municipality {batch % 7}",
                f"batch{batch}.delegate{row}@example.kz",
                "+7 725 000 00 00",
                f"batch {batch}",
            ]
        )
    workbook.save(path)
    return path


class _Editor:
    """One child's services over one database."""

    def __init__(self, database: Database, folder: Path, rows: int) -> None:
        self.importer = RosterImportService(database)
        self.roster, self.itinerary = RosterService(database), ItineraryService(database)
        self.programs = ProgramService(database)
        self.folder, self.rows = folder, rows

    def round(self, batch: int, emit: Emit) -> None:
        """Import batch ``batch``, then edit its first delegate and add an activity."""
        code = program_code(batch)
        try:
            self.programs.get(code)
        except NotFoundError:
            self.programs.create(program_input(code))
            emit("program", code)
        path = write_batch(self.folder / f"batch-{batch}.xlsx", batch, self.rows)
        plan = self.importer.plan(code, self.importer.read(path))
        if len(plan.additions) != self.rows or plan.problems:
            msg = f"batch {batch} plans {len(plan.additions)} additions: {plan.problems}"
            raise AssertionError(msg)
        emit("importing", batch)
        result = self.importer.apply(plan)
        emit("imported", batch)
        first = next(r for r in self.roster.list_participants(code) if r.id == result.added[0])
        emit("updating", batch)
        edited = dataclasses.replace(first.as_input(), notes=edited_notes(batch))
        self.roster.update(first.id, edited)
        emit("updated", batch)
        activity = ActivityInput(
            day=FIRST_DAY + dt.timedelta(days=batch % 6),
            start_time=dt.time(8 + batch % 10, 0),
            end_time=None,
            kind="site_visit",
            title=activity_title(batch),
        )
        emit("adding", batch)
        self.itinerary.add_activity(code, activity)
        emit("added", batch)
        path.unlink()


def imports_and_edits(options: Options, emit: Emit) -> None:
    """Import a batch, edit a participant, add an activity; again and again."""
    database = open_database(Path(options["database"]))
    emit("opened")
    editor = _Editor(database, Path(options["folder"]), int(options["rows"]))
    batch = int(options["first_batch"])
    while True:
        editor.round(batch, emit)
        batch += 1


def warm_up(folder: Path) -> None:
    """Run each kind of work once in the warm process, so children start at full speed.

    Modules loaded on first use and the ORM's mapper configuration are then
    inherited by every child; each child still opens its database itself.
    """
    database = open_database(folder / "warm-up.sqlite")
    try:
        editor = _Editor(database, folder, 3)
        editor.round(1, lambda *_words: None)
        editor.roster.list_participants(program_code(1))
        RosterExportService(database).export(program_code(1), folder / "warm-up.xlsx")
    finally:
        database.close()


def migration(options: Options, emit: Emit) -> None:
    """Open (and so upgrade) an old database; say when the first change is written."""
    changes = ("CREATE", "ALTER", "INSERT", "UPDATE", "DELETE", "DROP")
    written: list[str] = []

    def before(_connection: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if not written and statement.lstrip().upper().startswith(changes):
            written.append(statement)
            emit("writing")

    event.listen(Engine, "before_cursor_execute", before)
    database = open_database(Path(options["database"]))
    emit("migrated")
    database.close()
    emit("closed")


def exports(options: Options, emit: Emit) -> None:
    """Mark the roster with a generation, export it over the same file; again and again."""
    database = open_database(Path(options["database"]))
    emit("opened")
    roster, exporter = RosterService(database), RosterExportService(database)
    code, destination = str(options["program"]), Path(options["destination"])
    generation = int(options["first_generation"])

    def announced(path: Path, write: Callable[[Path], object]) -> None:
        emit("writing", generation)  # the file itself is written from here on
        write_atomically(path, write)

    roster_writer.write_atomically = announced  # type: ignore[attr-defined]  # this child only
    while True:
        first = roster.list_participants(code)[0]
        roster.update(
            first.id, dataclasses.replace(first.as_input(), notes=f"generation {generation}")
        )
        emit("exporting", generation)
        exporter.export(code, destination)
        emit("exported", generation)
        generation += 1


def big_workbook(path: Path, rows: int) -> None:
    """Save an ordinary (not write-only) workbook that hardly compresses."""
    numbers = random.Random(rows)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for _ in range(rows):
        sheet.append([f"{numbers.getrandbits(128):032x}" for _ in range(4)])
    workbook.save(path)


def limited_writes(options: Options, emit: Emit) -> None:
    """Export and back up with files limited to a few kilobytes, as on a full disk.

    Reports each refusal with its errno, the type of the error and its message.
    """
    from coordinator.store.backups import back_up_file  # loaded here: only this task needs it

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    database = open_database(Path(options["database"]))
    limit = int(options["limit"])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    attempts: list[tuple[str, Callable[[], object]]] = [
        (
            "workbook",
            lambda: write_atomically(
                Path(options["workbook"]), lambda part: big_workbook(part, int(options["rows"]))
            ),
        ),
        (
            "bytes",
            lambda: write_atomically(
                Path(options["bytes"]), lambda part: part.write_bytes(b"%PDF" * limit)
            ),
        ),
        (
            "roster",
            lambda: RosterExportService(database).export(
                str(options["program"]), Path(options["roster"])
            ),
        ),
        ("backup", lambda: back_up_file(Path(options["database"]), "manual")),
    ]
    for name, attempt in attempts:
        try:
            attempt()
        except Exception as error:  # reported to the parent, which checks it
            number = getattr(getattr(error, "__cause__", None), "errno", None)
            number = getattr(error, "errno", None) or number
            emit(
                "refused", name, errno.errorcode.get(number or 0, "-"), type(error).__name__, error
            )
        else:
            emit("written", name)
    database.close()
    emit("done")


TASKS: dict[str, Callable[[Options, Emit], None]] = {
    "imports_and_edits": imports_and_edits,
    "migration": migration,
    "exports": exports,
    "limited_writes": limited_writes,
}
