"""Every row a program owns, read as the database holds it, and written back exactly.

A program owns its row and, through ``ON DELETE CASCADE`` foreign keys, the
rows that go with it: partners, participants, activities with their hosts,
attendees and guide assignments, stays, movements, gifts, documents. The
directory (people, organizations, venues, guides, vehicles) is shared and is
never part of it. :func:`read_program_rows` reads them table by table from the
schema itself, so a table added later is covered without a change here;
:func:`write_program_rows` puts them back under their own ids. Deleting a
program and taking the deletion back, or taking back an import, use them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, insert, not_, or_, select, update
from sqlalchemy.orm import Session

from coordinator.domain.base import Base
from coordinator.domain.programs import Program

Row = Mapping[str, Any]


@dataclass(frozen=True)
class LinkBack:
    """A row outside the program that pointed at one of its rows (a ``SET NULL`` link).

    Attributes:
        table: the table of the row that pointed in.
        key: that row's primary key, by column.
        column: the column that pointed in.
        value: the id it held.
    """

    table: str
    key: Row
    column: str
    value: int


@dataclass(frozen=True)
class ProgramRows:
    """A program's rows, table by table in the order they can be inserted.

    Attributes:
        program_id: the program's id.
        code: its code when read.
        tables: (table name, rows) pairs, parents before children.
        links: rows outside the program that pointed at its rows.
    """

    program_id: int
    code: str
    tables: tuple[tuple[str, tuple[Row, ...]], ...]
    links: tuple[LinkBack, ...] = ()

    def count(self, table: str) -> int:
        """Return how many rows of ``table`` the program owns."""
        return sum(len(rows) for name, rows in self.tables if name == table)


def _tables() -> list[Table]:
    # Every model module is loaded, so the schema is whole.
    import coordinator.domain.models  # noqa: F401, PLC0415

    return list(Base.metadata.sorted_tables)


def _owned_conditions(root_name: str, root_id: int) -> dict[str, ColumnElement[bool]]:
    """Return, for each table the record owns rows of, the condition that selects them."""
    root = Base.metadata.tables[root_name]
    conditions: dict[str, ColumnElement[bool]] = {root.name: root.c.id == root_id}
    parents: dict[str, Table] = {root.name: root}
    for table in _tables():
        if table.name in conditions:
            continue
        links = [
            fk.parent.in_(select(parents[fk.column.table.name].c.id).where(condition))
            for fk in table.foreign_keys
            if fk.ondelete == "CASCADE"
            and (condition := conditions.get(fk.column.table.name)) is not None
            and fk.column.name == "id"
        ]
        if links:
            conditions[table.name] = or_(*links)
            parents[table.name] = table
    return conditions


def read_program_rows(session: Session, program_id: int) -> ProgramRows:
    """Return every row the program ``program_id`` owns, as ``session`` sees it."""
    tables, links = read_owned_rows(session, Program.__tablename__, program_id)
    program = next((rows for name, rows in tables if name == Program.__tablename__), ())
    code = str(program[0]["code"]) if program else ""
    return ProgramRows(program_id, code, tables, links)


def read_owned_rows(
    session: Session, root_name: str, root_id: int
) -> tuple[tuple[tuple[str, tuple[Row, ...]], ...], tuple[LinkBack, ...]]:
    """Return the rows the record ``root_id`` of the table ``root_name`` owns, and the links in.

    The rows come table by table, parents first; the links are the rows
    outside that point at them through ``SET NULL`` foreign keys.
    """
    conditions = _owned_conditions(root_name, root_id)
    tables: list[tuple[str, tuple[Row, ...]]] = []
    links: list[LinkBack] = []
    by_name = {table.name: table for table in _tables()}
    for table in _tables():
        condition = conditions.get(table.name)
        if condition is not None:
            order = list(table.primary_key.columns)
            rows = tuple(
                dict(row._mapping)
                for row in session.execute(select(table).where(condition).order_by(*order))
            )
            tables.append((table.name, rows))
        links.extend(_links_in(session, table, conditions, by_name))
    return tuple(tables), tuple(links)


def _links_in(
    session: Session,
    table: Table,
    conditions: Mapping[str, ColumnElement[bool]],
    tables: Mapping[str, Table],
) -> list[LinkBack]:
    found: list[LinkBack] = []
    own = conditions.get(table.name)
    keys = list(table.primary_key.columns)
    for fk in table.foreign_keys:
        parent_condition = conditions.get(fk.column.table.name)
        if fk.ondelete != "SET NULL" or parent_condition is None:
            continue
        parent = tables[fk.column.table.name]
        pointing = fk.parent.in_(select(parent.c.id).where(parent_condition))
        where = pointing if own is None else and_(pointing, not_(own))
        for row in session.execute(select(*keys, fk.parent).where(where)):
            values = row._mapping
            key = {column.name: values[column.name] for column in keys}
            found.append(LinkBack(table.name, key, fk.parent.name, int(values[fk.parent.name])))
    return found


def delete_program_rows(session: Session, program_id: int) -> None:
    """Delete the program row; the database's cascades delete the rows it owns."""
    program = session.get(Program, program_id)
    if program is not None:
        session.delete(program)  # through the ORM, so the history records it
        session.flush()


def write_program_rows(session: Session, rows: ProgramRows) -> None:
    """Insert ``rows`` under their own ids and point the links back at them.

    Raises:
        sqlalchemy.exc.IntegrityError: an id or a unique value is taken, or a
            shared record a row names (a person, a venue) is gone.
    """
    write_owned_rows(session, rows.tables, rows.links)


def write_owned_rows(
    session: Session,
    owned: tuple[tuple[str, tuple[Row, ...]], ...],
    links: tuple[LinkBack, ...],
) -> None:
    """Insert the rows :func:`read_owned_rows` returned and point the links back at them.

    Raises:
        sqlalchemy.exc.IntegrityError: an id or a unique value is taken, or a
            record a row names is gone.
    """
    tables = {table.name: table for table in _tables()}
    for name, table_rows in owned:
        if table_rows:
            session.execute(insert(tables[name]), [dict(row) for row in table_rows])
    for link in links:
        table = tables[link.table]
        key = and_(*(table.c[column] == value for column, value in link.key.items()))
        session.execute(update(table).where(key).values({link.column: link.value}))
    session.flush()
