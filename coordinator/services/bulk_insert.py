"""Inserting many rows at once: one statement per chunk, the new ids returned in order.

A roster import adds thousands of participants and persons; going through the
ORM one object at a time would cost most of the import's time.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Dialect, Table, func, insert, select
from sqlalchemy.orm import Session

from coordinator.domain.directory import Person
from coordinator.domain.programs import Participant


def insert_rows(
    session: Session,
    model: type[Person | Participant],
    rows: list[dict[str, Any]],
    ids: Sequence[int] | None = None,
) -> list[int]:
    """Insert ``rows`` into the table of ``model`` and return their ids, in order.

    SQLite gets numbered rows through the driver (see :func:`_insert_numbered`);
    a database with sequences returns the ids its sequence gave. With ``ids``
    (the rows' own, when an undone import is done again) the rows get those.
    """
    if not rows:
        return []
    table = model.metadata.tables[model.__tablename__]
    connection = session.connection()
    if ids is not None:
        for row, row_id in zip(rows, ids, strict=True):
            row["id"] = row_id
        connection.execute(insert(table), rows)
        return list(ids)
    if connection.dialect.name == "sqlite":
        return _insert_numbered(connection, table, rows)
    return _insert_returning(connection, table, rows)


def _insert_returning(
    connection: Connection, table: Table, rows: list[dict[str, Any]]
) -> list[int]:
    """Insert ``rows`` with Core and return the ids the database gave, in the rows' order."""
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(connection.execute(statement, rows).scalars())


def _insert_numbered(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Give ``rows`` the ids after the table's highest and insert them with one ``executemany``.

    SQLite would run an ``INSERT … RETURNING`` once per row, and Core's handling
    of each row's parameters costs as much as SQLite's work: the values go to the
    driver as tuples, converted as Core would (see :func:`_bind_processors`). The
    ids are safe: a transaction that has read cannot write after another one
    committed, and the primary key refuses a duplicate in any case.
    """
    first = (connection.scalar(select(func.max(table.c.id))) or 0) + 1
    ids = list(range(first, first + len(rows)))
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=["id", *rows[0]])
    names = list(compiled.positiontup or ())
    processors = _bind_processors(connection.dialect, table, names)
    values = operator.itemgetter(*names)
    parameters: list[tuple[Any, ...]] = []
    for row, row_id in zip(rows, ids, strict=True):
        row["id"] = row_id
        cells = list(values(row))
        for position, processor in processors:
            cells[position] = processor(cells[position])
        parameters.append(tuple(cells))
    connection.exec_driver_sql(str(compiled), parameters)
    return ids


def _bind_processors(
    dialect: Dialect, table: Table, names: Sequence[str]
) -> list[tuple[int, Callable[[Any], Any]]]:
    """Return (position, converter) for each column whose type converts values for the driver.

    The converters are the column types' own (dates become SQLite's date text,
    tuples JSON); a roster repeats its dates, so each distinct value is
    converted once.
    """
    found: list[tuple[int, Callable[[Any], Any]]] = []
    for position, name in enumerate(names):
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            found.append((position, functools.cache(processor)))
    return found
