"""Writes that can be played backwards exactly: move every reference of a row to another.

A merge of two directory entries touches rows of many tables (participants,
hosts, guides, assignments, venues, partners…). Each write is logged as a
:class:`Step` holding what the rows were before, so that the undo, one call,
plays the steps backwards and leaves the database as it was, ids and all.

The references are found in the tables' own foreign keys
(``Base.metadata``), so a table added later is moved too. The rows of one
table move in one statement (ten years of programs organized by one body move
in a blink); a row that cannot move because the other entry already has its
twin (both hosts of one activity, both partners of one program) is first
merged into that twin in turn or removed, as the caller says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import (
    Column,
    RowMapping,
    Table,
    UniqueConstraint,
    and_,
    delete,
    func,
    insert,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ColumnCollectionConstraint

from coordinator.domain.models import Base
from coordinator.services.errors import ChangedSinceError

Values = tuple[tuple[str, Any], ...]
"""Column values, as pairs of column name and value."""

_CHUNK = 500
"""Rows named in one statement (databases limit a statement's parameters)."""


@dataclass(frozen=True)
class Step:
    """One logged write.

    Attributes:
        action: ``update`` of one row (``before`` and ``after`` hold the changed
            columns), ``delete`` of one row (``before`` holds it whole) or
            ``move`` of many rows' one column (``before`` and ``after`` hold
            that column's old and new value, ``keys`` the rows).
        table: the table's name.
        key: the row's primary key before the write (``update``, ``delete``).
        before: the values before the write.
        after: the values after it (``()`` for a removal).
        keys: the moved rows' primary keys before the move, in the order of
            the table's primary key columns (``move``).
    """

    action: Literal["update", "delete", "move"]
    table: str
    key: Values
    before: Values
    after: Values
    keys: tuple[tuple[Any, ...], ...] = ()


def table_named(name: str) -> Table:
    """Return the table ``name`` of the models."""
    return Base.metadata.tables[name]


def _where(table: Table, values: Mapping[str, Any]) -> Any:
    return and_(*(table.c[name] == value for name, value in values.items()))


def _plain(row: RowMapping) -> dict[str, Any]:
    return {str(name): value for name, value in row.items()}


def _bumped(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``values`` with the row's write counter moved on, if it has one."""
    written = dict(values)
    if "version" in table.c and "version" not in written:
        written["version"] = table.c.version + 1  # an editor holding the row reads it again
    return written


def _chunks(keys: Sequence[tuple[Any, ...]]) -> Iterator[Sequence[tuple[Any, ...]]]:
    for start in range(0, len(keys), _CHUNK):
        yield keys[start : start + _CHUNK]


def _keyed(table: Table, keys: Sequence[tuple[Any, ...]]) -> Any:
    """Return the condition that picks the rows of ``table`` with primary ``keys``."""
    columns = list(table.primary_key.columns)
    if len(columns) == 1:
        return columns[0].in_([key[0] for key in keys])
    return tuple_(*columns).in_(keys)


class StepLog:
    """Writes rows through ``session`` and remembers each write as a :class:`Step`."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.steps: list[Step] = []

    @property
    def session(self) -> Session:
        """The session the writes go through."""
        return self._session

    def update(self, table: Table, key: Mapping[str, Any], changes: Mapping[str, Any]) -> None:
        """Set ``changes`` on the row of ``table`` with primary ``key``; log what they were."""
        names = list(changes)
        row = self._session.execute(
            select(*(table.c[name] for name in names)).where(_where(table, key))
        ).one()
        before = dict(zip(names, row, strict=True))
        if before == dict(changes):
            return
        self._session.execute(
            update(table).where(_where(table, key)).values(_bumped(table, changes))
        )
        self.steps.append(
            Step("update", table.name, tuple(key.items()), tuple(before.items()),
                 tuple(changes.items()))
        )  # fmt: skip

    def delete(self, table: Table, key: Mapping[str, Any]) -> None:
        """Remove the row of ``table`` with primary ``key``; log the whole row."""
        row = _plain(
            self._session.execute(select(table).where(_where(table, key))).mappings().one()
        )
        self._session.execute(delete(table).where(_where(table, key)))
        self.steps.append(Step("delete", table.name, tuple(key.items()), tuple(row.items()), ()))

    def move(self, table: Table, column: Column[Any], from_id: int, to_id: int) -> int:
        """Point ``column`` of every row of ``table`` at ``to_id`` instead of ``from_id``.

        One statement; the rows moved are logged by primary key. Return how many.
        """
        primary = list(table.primary_key.columns)
        found = self._session.execute(select(*primary).where(column == from_id))
        keys = tuple(tuple(row) for row in found)
        if not keys:
            return 0
        self._session.execute(
            update(table).where(column == from_id).values(_bumped(table, {column.name: to_id}))
        )
        self.steps.append(
            Step("move", table.name, (), ((column.name, from_id),), ((column.name, to_id),), keys)
        )
        return len(keys)


Clash = Callable[[StepLog, Table, dict[str, Any], dict[str, Any]], None]
"""What to do with a row that cannot be moved: ``(log, table, row key, twin's key)``."""


def drop_row(log: StepLog, table: Table, key: dict[str, Any], _twin: dict[str, Any]) -> None:
    """A clash handler: the moved entry's row goes, the twin stays."""
    log.delete(table, key)


def _unique_sets(table: Table, column: Column[Any]) -> list[list[Column[Any]]]:
    """Return the other columns of each unique rule of ``table`` that holds ``column``."""
    sets: list[list[Column[Any]]] = []
    constraints: list[ColumnCollectionConstraint] = [
        table.primary_key,
        *(item for item in table.constraints if isinstance(item, UniqueConstraint)),
    ]
    for constraint in constraints:
        columns = list(constraint.columns)
        if column in columns:
            sets.append([other for other in columns if other is not column])
    if column.unique:
        sets.append([])
    return sets


def move_references(
    log: StepLog,
    target: str,
    from_id: int,
    to_id: int,
    clashes: Mapping[str, Clash] | None = None,
) -> int:
    """Point every foreign key to row ``from_id`` of table ``target`` at ``to_id``.

    A row whose move would break a unique rule (the twin already points at
    ``to_id``) goes to ``clashes[its table]`` first, by default
    :func:`drop_row`. Return the number of rows moved or handled.
    """
    handlers = clashes or {}
    count = 0
    for table in Base.metadata.sorted_tables:
        for foreign_key in table.foreign_keys:
            if foreign_key.column.table.name != target:
                continue
            column = foreign_key.parent
            handler = handlers.get(table.name, drop_row)
            for key, twin in _clashing(log.session, table, column, from_id, to_id):
                handler(log, table, key, twin)
                count += 1
            count += log.move(table, column, from_id, to_id)
    return count


def _clashing(
    session: Session, table: Table, column: Column[Any], from_id: int, to_id: int
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Return the rows pointing at ``from_id`` that have a twin pointing at ``to_id``.

    Each is given by its primary key and its twin's, found with two queries per
    unique rule (never one per row).
    """
    primary = list(table.primary_key.columns)
    found: dict[tuple[Any, ...], tuple[dict[str, Any], dict[str, Any]]] = {}
    for others in _unique_sets(table, column):
        wanted = list(dict.fromkeys([*primary, *others]))
        twins = {
            tuple(row[other.name] for other in others): _pick(row, primary)
            for row in session.execute(select(*wanted).where(column == to_id)).mappings()
        }
        if not twins:
            continue
        for row in session.execute(select(*wanted).where(column == from_id)).mappings():
            shared = tuple(row[other.name] for other in others)
            if None in shared or shared not in twins:
                continue  # NULL never clashes
            key = _pick(row, primary)
            found.setdefault(tuple(key.values()), (key, twins[shared]))
    return list(found.values())


def _pick(row: RowMapping, columns: Sequence[Column[Any]]) -> dict[str, Any]:
    return {column.name: row[column.name] for column in columns}


def play_backwards(session: Session, steps: tuple[Step, ...], name: str) -> None:
    """Undo ``steps``, last first, leaving every row as it was before them.

    Raises:
        ChangedSinceError: a row written by the steps was changed since
            (``name`` says which entry), or a removed row's place is taken.
    """
    for step in reversed(steps):
        table = table_named(step.table)
        if step.action == "delete":
            key = dict(step.key)
            if session.execute(select(table).where(_where(table, key))).first() is not None:
                raise ChangedSinceError(name, ())
            session.execute(insert(table).values(dict(step.before)))
        elif step.action == "move":
            _move_back(session, table, step, name)
        else:
            _update_back(session, table, step, name)


def _update_back(session: Session, table: Table, step: Step, name: str) -> None:
    after = dict(step.after)
    key = {column: after.get(column, value) for column, value in step.key}
    names = list(after)
    row = session.execute(
        select(*(table.c[column] for column in names)).where(_where(table, key))
    ).first()
    if row is None or dict(zip(names, row, strict=True)) != after:
        raise ChangedSinceError(name, ())
    session.execute(
        update(table).where(_where(table, key)).values(_bumped(table, dict(step.before)))
    )


def _move_back(session: Session, table: Table, step: Step, name: str) -> None:
    [(column_name, old)], [(_, new)] = step.before, step.after
    column = table.c[column_name]
    names = [primary.name for primary in table.primary_key.columns]
    position = names.index(column_name) if column_name in names else None
    moved = [
        tuple(new if index == position else value for index, value in enumerate(key))
        for key in step.keys
    ]
    for chunk in _chunks(moved):
        condition = and_(_keyed(table, chunk), column == new)
        there = session.scalar(select(func.count()).select_from(table).where(condition))
        if there != len(chunk):
            raise ChangedSinceError(name, ())
        session.execute(update(table).where(condition).values(_bumped(table, {column_name: old})))
