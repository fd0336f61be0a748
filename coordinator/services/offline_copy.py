"""Taking a program offline: a SQLite file of its own, from a team database of any kind.

The copy holds the program with its roster, itinerary, hosts, documents and
history, and the directory it needs on the road (organizations, venues with
their travel times, guides with their absences, remembered sheet layouts);
of the directory's people only those the program or a guide names, so other
programs' delegates stay at the office. Every row keeps its id, which is how
the merge finds each record again. The copy also keeps the program exactly as
it was taken (:class:`~coordinator.domain.offline.OfflineCopy`), the base the
merge compares both sides with.

Rows are read in one read transaction (a consistent state even while others
write) and written in one transaction into a new file, which is moved into
place only when complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Select, Table, insert, select, union
from sqlalchemy.orm import Session

from coordinator.atomic_files import write_atomically
from coordinator.domain.audit import current_user
from coordinator.domain.messages import said
from coordinator.domain.models import Base
from coordinator.domain.offline import OfflineCopy
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.errors import InvalidInputError
from coordinator.services.offline_merge import OfflineCopyRecord
from coordinator.services.offline_snapshot import read_snapshot, snapshot_json
from coordinator.services.programs import program_by_code
from coordinator.store import Database, open_database

Progress = Callable[[int, int], None]
"""Called with (tables copied, tables in all)."""

_BATCH = 1000

_WHOLE = frozenset(
    {"organization", "venue", "venue_travel", "guide", "guide_unavailability", "sheet_layout",
     "vehicle"}
)  # fmt: skip
"""Directory tables copied whole."""
_LEFT_OUT = frozenset({"offline_copy"})
"""Tables not copied: the copy gets its own record of where it comes from."""
_OWNED = {
    **dict.fromkeys(
        ("program_partner", "participant", "activity", "signatory", "certificate_design",
         "produced_document", "change_log", "movement", "gift"),
        ("program_id", "program"),
    ),
    **dict.fromkeys(("activity_attendee", "activity_host", "assignment"),
                    ("activity_id", "activity")),
    **dict.fromkeys(("movement_vehicle", "movement_passenger"), ("movement_id", "movement")),
    "stay": ("participant_id", "participant"),
}  # fmt: skip
"""Tables whose rows belong to the program: (their column, the table it points to)."""


def _ids_of_program(owner: str, program_id: int) -> Select[tuple[object, ...]]:
    """Return the ids of the rows of ``owner`` (``program`` or a table with ``program_id``)."""
    table = Base.metadata.tables[owner]
    if owner == "program":
        return select(table.c.id).where(table.c.id == program_id)
    return select(table.c.id).where(table.c.program_id == program_id)


def copied_rows(table: Table, program_id: int) -> Select[tuple[object, ...]] | None:
    """Return the query of the rows of ``table`` that an offline copy of a program holds.

    Raises:
        KeyError: the table is not sorted into what a copy takes (a new table
            must be, so that nothing is taken away unnoticed or forgotten).
    """
    tables = Base.metadata.tables
    if table.name in _LEFT_OUT:
        return None
    if table.name in _WHOLE:
        return select(table)
    if table.name == "program":
        return select(table).where(table.c.id == program_id)
    if table.name in _OWNED:
        column, owner = _OWNED[table.name]
        return select(table).where(table.c[column].in_(_ids_of_program(owner, program_id)))
    if table.name == "person":
        participant, host = tables["participant"], tables["activity_host"]
        named = union(
            select(participant.c.person_id).where(participant.c.program_id == program_id),
            select(host.c.person_id).where(
                host.c.activity_id.in_(_ids_of_program("activity", program_id))
            ),
            select(tables["guide"].c.person_id),
        )
        return select(table).where(table.c.id.in_(named))
    raise KeyError(table.name)


def take_offline(
    database: Database, program_code: str, target: Path, progress: Progress | None = None
) -> OfflineCopyRecord:
    """Write an offline copy of the program ``program_code`` to the new file ``target``.

    ``progress`` may raise to cancel: the exception comes through and nothing
    is left at ``target``.

    Raises:
        NotFoundError: there is no such program.
        InvalidInputError: ``target`` exists already, or the disk is full;
            nothing is written at ``target``.
        OSError: the file cannot be written; nothing is left at ``target``.
    """
    if target.exists():
        msg = said("{target} exists already: an offline copy goes into a new file", target=target)
        raise InvalidInputError(msg, "file")
    origin = OfflineCopyRecord(
        program_code=program_code.strip(),
        source=database.display_name,
        taken_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        taken_by=current_user(),
    )
    # One snapshot of the whole read, also on a server where others write meanwhile.
    engine = database.engine
    if engine.dialect.name == "postgresql":
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    with engine.connect() as source, source.begin():
        with Session(source) as session:
            program = program_by_code(session, origin.program_code)
            base = snapshot_json(read_snapshot(session, origin.program_code))
            program_id = program.id

        def write(part: Path) -> None:
            _write_copy(source, part, program_id, origin, base, progress)

        with full_disk_refused("no offline copy was written"):
            write_atomically(target, write)
    return origin


def _write_copy(
    source: Connection,
    part: Path,
    program_id: int,
    origin: OfflineCopyRecord,
    base: str,
    progress: Progress | None,
) -> None:
    copy = open_database(part)
    try:
        tables = Base.metadata.sorted_tables
        with copy.transaction() as session:
            for done, table in enumerate(tables, start=1):
                query = copied_rows(table, program_id)
                if query is not None:
                    rows = source.execute(query).mappings()
                    while batch := [dict(row) for row in rows.fetchmany(_BATCH)]:
                        session.execute(insert(table), batch)
                if progress is not None:
                    progress(done, len(tables))
            session.add(
                OfflineCopy(
                    program_code=origin.program_code,
                    source=origin.source,
                    taken_at=origin.taken_at.replace(tzinfo=None),
                    taken_by=origin.taken_by,
                    base=base,
                )
            )
    finally:
        copy.close()  # the last connection: the write-ahead log goes into the file
