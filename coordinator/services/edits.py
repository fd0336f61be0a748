"""Edits that lose nothing: write only the fields an edit changed, and only if unchanged since.

An editor reads a record (``before``), the user changes some fields
(``after``). Saving writes those fields onto the record as it is now
(``current``), so another window's change to other fields is kept; a field of
the edit that someone changed since is refused, never overwritten silently.
An undo is the same with ``before`` and ``after`` swapped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coordinator.domain.directory import Person
from coordinator.services.errors import ChangedSinceError, InvalidInputError

T = TypeVar("T")


def changed_fields(before: Any, after: Any) -> list[str]:
    """Return the names of the dataclass fields that differ between ``before`` and ``after``."""
    return [
        field.name
        for field in dataclasses.fields(before)
        if getattr(before, field.name) != getattr(after, field.name)
    ]


def merged_edit(current: T, before: T, after: T, name: str) -> T:
    """Return ``current`` with the fields the edit changed from ``before`` to ``after``.

    Raises:
        ChangedSinceError: a field the edit changes is neither ``before`` nor
            ``after`` any more (someone else changed it since).
    """
    changed = changed_fields(before, after)
    clashes = [
        field
        for field in changed
        if getattr(current, field) not in (getattr(before, field), getattr(after, field))
    ]
    if clashes:
        raise ChangedSinceError(name, tuple(clashes))
    values = {field: getattr(after, field) for field in changed}
    return dataclasses.replace(current, **values)  # type: ignore[type-var]


def merged_part(current: T, before: T, after: T, name: str, field: str) -> T:
    """Return ``after`` for a part saved whole (guides, absences), unless changed since.

    Raises:
        ChangedSinceError: the part is neither ``before`` nor ``after`` any more.
    """
    if before == after:
        return current
    if current not in (before, after):
        raise ChangedSinceError(name, (field,))
    return after


@contextmanager
def written_alone(what: str) -> Iterator[None]:
    """Refuse a save that met a concurrent write of the same row (its version moved on).

    Each audited row counts its writes (its ``version``); a write whose row was
    written by someone else between this transaction's read and its write
    (possible on a server, where writers do not wait for each other) matches no
    row and is refused here, rolled back, as a change made since.
    """
    try:
        yield
    except StaleDataError as error:
        raise ChangedSinceError(what, ()) from error


def lock_for_edit(session: Session, model: type[Any], record_id: int | None) -> None:
    """Make the writers of one row wait for each other on a server, as SQLite's do.

    Call it before reading the row an edit merges into. SQLite lets one writer
    in at a time (``BEGIN IMMEDIATE``), so an edit reads the row as the last
    writer left it. A server lets writers run together: two windows saving
    different fields at once would both read the same version, and the second
    write would be refused (see :func:`written_alone`) although nothing it
    changed was touched. ``SELECT … FOR UPDATE`` makes the second wait for the
    first's commit and then read what it wrote. A row that is gone is not
    locked: the caller's read then finds nothing.
    """
    if record_id is None or session.get_bind().dialect.name == "sqlite":
        return
    session.execute(select(model.id).where(model.id == record_id).with_for_update())


def lock_with_person(session: Session, model: type[Any], record_id: int) -> None:
    """Lock a participant's or a guide's row and their person's, which an edit changes too."""
    if session.get_bind().dialect.name == "sqlite":
        return
    lock_for_edit(session, model, record_id)
    person_id = session.scalar(select(model.person_id).where(model.id == record_id))
    lock_for_edit(session, Person, person_id)


def check_id_free(
    session: Session, model: type[Any], record_id: int | None, message: str, field: str
) -> None:
    """Refuse to put a record back under ``record_id`` (a redo, an undone removal) once taken.

    Raises:
        InvalidInputError: ``message``, naming ``field``, when another row has the id.
    """
    if record_id is not None and session.get(model, record_id) is not None:
        raise InvalidInputError(message, field)
