"""Loading the database layer off the GUI thread, once the window is on screen.

Importing SQLAlchemy, Alembic, the models, the services and the controllers,
SQLite's quick check of the file and SQLAlchemy's first queries (which build
the mappers and compile the statements) took 1.5 s and more on the GUI thread:
the window froze right after its first paint. :func:`load_database_layer`
does all of it on a worker thread while the first screen stays responsive;
the launcher then builds the controllers on the GUI thread, which only wire
widgets, and hands them the database opened here.

Nothing here touches a widget. Only a SQLite file at the current schema is
opened ahead (the first screen has read it already): opening it writes
nothing. Any other target is opened by the database controller as before,
with its questions and messages.
"""

from __future__ import annotations

import gc
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coordinator.services.records import ParticipantRecord, ProgramRecord
    from coordinator.store import Database
    from coordinator.ui.operations import Progress


LOADING_SWITCH_INTERVAL_S = 0.0005
"""How soon this thread hands the interpreter to the GUI thread while it loads."""


@dataclass(frozen=True)
class LoadedLayer:
    """What the worker thread prepared: the database opened ahead, if any.

    With it come the program list and the roster of the program to show, as
    read there: the GUI thread shows them instead of reading them again (on
    ten years of data the list alone takes 90 ms to read).
    """

    database: Database | None
    programs: list[ProgramRecord] | None = None
    roster: tuple[str, list[ParticipantRecord]] | None = None  # a program's code and roster


def load_database_layer(
    path: Path | None,
    program_code: str | None,
    backups_folder: Path | None,
    _progress: Progress,
) -> LoadedLayer:
    """Import the database layer; open ``path`` (a SQLite file at the current schema) ahead.

    The program list, and the roster, itinerary, conflicts and guides of
    ``program_code``, are read once and thrown away: SQLAlchemy keeps the
    mappers it configured and the statements it compiled, so the same reads
    on the GUI thread (when the program or a tab is shown) take a fraction
    of the time. A file that cannot be
    opened gives no database: the database controller then opens it itself
    and says why it cannot.
    """
    interval = sys.getswitchinterval()
    # Each time Qt calls into Python (a timer, a paint, a model's data()) the
    # GUI thread waits for this thread to hand over the interpreter: after
    # 5 ms by default, a lasting stall when a view asks for many items at once.
    sys.setswitchinterval(LOADING_SWITCH_INTERVAL_S)
    # The cyclic garbage collector would stop both threads for 100-150 ms at a
    # time, going over the thousands of objects each imported module leaves:
    # it waits, and what is loaded here (modules, mappers, compiled statements,
    # kept for good) is then frozen out of its later full collections.
    collecting = gc.isenabled()  # the start-up pauses it already (see coordinator.ui.app)
    gc.disable()
    try:
        return _load(path, program_code, backups_folder)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
        sys.setswitchinterval(interval)


def _load(path: Path | None, program_code: str | None, backups_folder: Path | None) -> LoadedLayer:
    # The deliberate late imports, on this thread: the whole database layer.
    from sqlalchemy.exc import SQLAlchemyError  # noqa: PLC0415

    import coordinator.ui.workspace  # noqa: F401, PLC0415
    from coordinator.services.conflicts import ConflictService  # noqa: PLC0415
    from coordinator.services.errors import ServiceError  # noqa: PLC0415
    from coordinator.services.guides import GuideService  # noqa: PLC0415
    from coordinator.services.itinerary import ItineraryService  # noqa: PLC0415
    from coordinator.services.programs import ProgramService  # noqa: PLC0415
    from coordinator.services.roster import RosterService  # noqa: PLC0415
    from coordinator.store import DatabaseError, open_database  # noqa: PLC0415

    if path is None:
        return LoadedLayer(None)
    try:
        database = open_database(path, backups_folder=backups_folder)
    except DatabaseError:
        return LoadedLayer(None)
    try:
        programs = ProgramService(database).list_programs()
        codes = [program.code for program in programs]
        code = program_code if program_code in codes else (codes[0] if codes else None)
        if code is None:
            return LoadedLayer(database, programs)
        roster = RosterService(database).list_participants(code)
        ItineraryService(database).list_activities(code)
        ConflictService(database).list_conflicts(code)
        GuideService(database).list_for_program(code)
        GuideService(database).list_guides()
    except (ServiceError, SQLAlchemyError):
        return LoadedLayer(database)  # the GUI thread reads them again and reports what fails
    return LoadedLayer(database, programs, (code, roster))


def taken_if_same(
    database: Database | None, where: str | Path | None, backups_folder: Path | None
) -> Database | None:
    """Return ``database`` if it is the file ``where`` with ``backups_folder``; else close it."""
    if database is None:
        return None
    if (
        isinstance(where, Path)
        and database.path is not None
        and database.path.resolve() == where.resolve()
        and database.backups_folder == backups_folder
    ):
        return database
    database.close()
    return None
