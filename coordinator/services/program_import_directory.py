"""The directory entries a program import created: found, taken back by its undo, put back.

An import links guides, hosts, venues and contacts by name and adds to the
directory those it does not know (organizations, people, venues, guides,
vehicles). :func:`directory_marks` and :func:`created_since` find them: the
rows whose id is above the highest id each directory table held when the
import's transaction began (the writer holds the database alone meanwhile).
:func:`read_entries` reads each with the rows it owns (a guide's absences, a
venue's travel times).

The undo of the import takes back (:func:`take_back`) each entry the import
created that nothing uses any more once the program's rows are put back as
they were, and that nobody changed since. An entry that something else uses
by then (another program's roster, a venue another program visits), or that
was edited since, stays in the directory, and the rest of the undo goes on:
what another record names must not vanish under it, and an edit is not lost.
The redo (:func:`put_back`) writes the entries taken back under their own
ids; an entry whose id another entry of the directory took meanwhile stops the
redo with a message, nothing written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, func, insert, not_, or_, select
from sqlalchemy.orm import Session

from coordinator.domain.audit import ADDED, REMOVED, Change, change_rows
from coordinator.domain.base import Base
from coordinator.domain.messages import said
from coordinator.services.errors import InvalidInputError
from coordinator.services.program_rows import Row, read_owned_rows

DIRECTORY_TABLES = ("organization", "person", "venue", "guide", "vehicle")
"""The tables of the directory, parents first."""

_IDENTITY = {"organization": "name_key", "person": "name_key", "venue": "name_key",
             "guide": "person_id", "vehicle": "plate_key"}  # fmt: skip
"""The column that says an entry is still the same one (its name, its person)."""

_LABEL = {"organization": "name", "person": "full_name", "venue": "name", "vehicle": "plate"}

CreatedIds = tuple[tuple[str, int], ...]
"""(table, id) of each directory row an import created, parents first."""


@dataclass(frozen=True)
class DirectoryEntry:
    """One directory entry an import created, as the import left it.

    Attributes:
        table: the entry's table (``venue``, ``person``…).
        id: its id.
        label: its name, to say which entry a refusal is about.
        rows: its row and the rows it owns, table by table, parents first.
    """

    table: str
    id: int
    label: str
    rows: tuple[tuple[str, tuple[Row, ...]], ...]

    @property
    def row(self) -> Row:
        """The entry's own row."""
        return next(rows[0] for name, rows in self.rows if name == self.table)


def directory_marks(session: Session) -> dict[str, int]:
    """Return the highest id of each directory table now (0 when empty)."""
    tables = Base.metadata.tables
    return {
        name: session.scalar(select(func.max(tables[name].c.id))) or 0 for name in DIRECTORY_TABLES
    }


def created_since(session: Session, marks: Mapping[str, int]) -> CreatedIds:
    """Return the directory rows added since ``marks`` were taken, parents first."""
    tables = Base.metadata.tables
    return tuple(
        (name, int(found))
        for name in DIRECTORY_TABLES
        for found in session.scalars(
            select(tables[name].c.id).where(tables[name].c.id > marks[name]).order_by("id")
        )
    )


def read_entries(
    session: Session, created: CreatedIds, program_tables: Sequence[str]
) -> tuple[DirectoryEntry, ...]:
    """Read each created entry with what it owns, leaving out the program's own rows."""
    entries: list[DirectoryEntry] = []
    for table, entry_id in created:
        owned, _links = read_owned_rows(session, table, entry_id)
        rows = tuple((name, rows) for name, rows in owned if name not in program_tables)
        entry = DirectoryEntry(table, entry_id, "", rows)
        if any(name == table and found for name, found in rows):
            entries.append(DirectoryEntry(table, entry_id, _label(session, entry), rows))
    return tuple(entries)


def _label(session: Session, entry: DirectoryEntry) -> str:
    if entry.table in _LABEL:
        return str(entry.row[_LABEL[entry.table]])
    person = Base.metadata.tables["person"]
    name = session.scalar(select(person.c.full_name).where(person.c.id == entry.row["person_id"]))
    return str(name or "")


def _used(session: Session, entry: DirectoryEntry) -> bool:
    """Tell whether a row outside the entry's own names the entry."""
    tables = Base.metadata.tables
    own = {name: [dict(row) for row in rows] for name, rows in entry.rows}
    for table in Base.metadata.sorted_tables:
        for foreign_key in table.foreign_keys:
            if foreign_key.column.table.name != entry.table or foreign_key.column.name != "id":
                continue
            condition: Any = foreign_key.parent == entry.id
            keys = [column.name for column in table.primary_key.columns]
            mine = [
                and_(*(tables[table.name].c[key] == row[key] for key in keys))
                for row in own.get(table.name, [])
            ]
            if mine:
                condition = and_(condition, not_(or_(*mine)))
            if session.execute(select(func.count()).select_from(table).where(condition)).scalar():
                return True
    return False


def _unchanged(session: Session, entry: DirectoryEntry) -> bool:
    """Tell whether the entry's own row is as the import left it."""
    table = Base.metadata.tables[entry.table]
    now = session.execute(select(table).where(table.c.id == entry.id)).mappings().first()
    return now is not None and dict(now) == dict(entry.row)


def _audited(entries: Sequence[DirectoryEntry], action: str) -> list[dict[str, object]]:
    return [
        row
        for entry in entries
        for row in change_rows(entry.table, action, [(entry.id, None, entry.label)])
    ]


def take_back(session: Session, entries: Sequence[DirectoryEntry]) -> tuple[DirectoryEntry, ...]:
    """Delete the entries nothing else uses and nobody changed; return those deleted.

    The children go first (a guide before their person, a person before their
    organization), so an entry only its created children used goes too.
    """
    taken: list[DirectoryEntry] = []
    for entry in reversed(entries):
        if not _unchanged(session, entry) or _used(session, entry):
            continue
        table = Base.metadata.tables[entry.table]
        session.execute(delete(table).where(table.c.id == entry.id))
        taken.append(entry)
    if taken:
        session.execute(insert(Change), _audited(taken, REMOVED))
    return tuple(taken)


def put_back(session: Session, entries: Sequence[DirectoryEntry]) -> None:
    """Write back, under their own ids, the entries an undo took back.

    An entry still there (the undo kept it) stays as it is.

    Raises:
        InvalidInputError: another entry of the directory took an entry's id.
    """
    tables = Base.metadata.tables
    missing: list[DirectoryEntry] = []
    for entry in entries:
        table = tables[entry.table]
        identity = _IDENTITY[entry.table]
        there = session.execute(select(table.c[identity]).where(table.c.id == entry.id)).first()
        if there is None:
            missing.append(entry)
        elif there[0] != entry.row[identity]:
            msg = said(
                "The import cannot be done again: another entry of the directory "
                "took the place of “{name}”",
                name=entry.label,
            )
            raise InvalidInputError(msg)
    wanted: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
    for entry in missing:
        for name, rows in entry.rows:
            keys = [column.name for column in tables[name].primary_key.columns]
            for row in rows:  # a travel time between two created venues is owned by both
                wanted.setdefault(name, {})[tuple(row[key] for key in keys)] = dict(row)
    for table in Base.metadata.sorted_tables:
        if wanted.get(table.name):
            session.execute(insert(table), list(wanted[table.name].values()))
    if missing:
        session.execute(insert(Change), _audited(missing, ADDED))
