"""The audit trail: who changed what and when, with the old and the new value.

Every write session records, as it flushes, each field changed on a program,
a participant (and the directory person behind them), an activity, a guide or
a venue: one :class:`Change` per field, plus one for each record added or
removed, labelled with the record's name at the time. Bulk writes that bypass
the ORM (a roster import) record their rows themselves through
:func:`change_rows`.
"""

from __future__ import annotations

import datetime as dt
import getpass
import socket
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from coordinator.domain.base import Base
from coordinator.domain.directory import Person, Venue
from coordinator.domain.itinerary import Activity, Guide
from coordinator.domain.logistics import Gift, Movement, Stay, Vehicle
from coordinator.domain.programs import Participant, Program

ADDED, CHANGED, REMOVED = "added", "changed", "removed"
_SKIPPED = {"id", "name_key", "plate_key", "position", "revision", "version"}
_LONGEST = 2000


class Change(Base):
    """One change of one record, as the audit trail keeps it."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(200), default="")
    program_id: Mapped[int | None] = mapped_column(Integer, index=True)
    record: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(400), default="")
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(60), default="")
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")


@cache
def current_user() -> str:
    """Return who works at this computer, as ``user@computer``."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    return f"{user}@{socket.gethostname()}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)[:_LONGEST]


def _person_name(target: Participant | Guide) -> str:
    return target.person.full_name if target.person is not None else ""


def _stay_program(stay: Stay) -> int | None:
    return stay.participant.program_id if stay.participant is not None else None


def _stay_name(stay: Stay) -> str:
    return _person_name(stay.participant) if stay.participant is not None else ""


_AUDITED: tuple[tuple[type[Any], str, Any], ...] = (
    (Program, "program", lambda item: (item.id, item.code)),
    (Participant, "participant", lambda item: (item.program_id, _person_name(item))),
    (Activity, "activity", lambda item: (item.program_id, item.title)),
    (Guide, "guide", lambda item: (None, _person_name(item))),
    (Venue, "venue", lambda item: (None, item.name)),
    (Person, "person", lambda item: (None, item.full_name)),
    (Vehicle, "vehicle", lambda item: (None, item.plate)),
    (Movement, "movement", lambda item: (item.program_id, f"{item.from_place} → {item.to_place}")),
    (Stay, "stay", lambda item: (_stay_program(item), _stay_name(item))),
    (Gift, "gift", lambda item: (item.program_id, item.description[:200])),
)
"""Each audited model: the record's kind, and its (program id, label)."""


def _described(target: object) -> tuple[str, int | None, str] | None:
    """Return (record kind, program id, label) of an audited record, else ``None``."""
    for model, kind, describe in _AUDITED:
        if isinstance(target, model):
            program_id, label = describe(target)
            return kind, program_id, label
    return None


def _name_of(value: object) -> str:
    """Return how a related record reads: its name, full name, code or title."""
    for attribute in ("name", "full_name", "code", "title"):
        if isinstance(text := getattr(value, attribute, None), str):
            return text
    return _text(value)


def _changed_fields(state: Any) -> Iterable[tuple[str, str, str]]:
    """Yield (field, old, new) for each changed column and many-to-one link of a record.

    A link (a participant's organization) is given by the related record's
    name, not by its id, under the link's name (``organization``).
    """
    links = {
        column.key: relation.key
        for relation in state.mapper.relationships
        if relation.direction.name == "MANYTOONE"
        for column in relation.local_columns
    }
    for attribute in state.mapper.column_attrs:
        name = attribute.key
        if name in _SKIPPED or name in links:
            continue
        history = state.attrs[name].history
        old = _text(history.deleted[0]) if history.deleted else ""
        new = _text(history.added[0]) if history.added else ""
        if history.has_changes() and old != new:
            yield name, old, new
    for relation in sorted(set(links.values())):
        history = state.attrs[relation].history
        old = _name_of(history.deleted[0]) if history.deleted and history.deleted[0] else ""
        new = _name_of(history.added[0]) if history.added and history.added[0] else ""
        if history.has_changes() and old != new:
            yield relation, old, new


def record_changes(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """Add a :class:`Change` for each audited change about to be flushed (a session event)."""
    at, user = _now(), current_user()
    found: list[Change] = []
    for target in session.dirty:
        described = _described(target)
        if described is None or not session.is_modified(target):
            continue
        kind, program_id, label = described
        state = inspect(target)
        record_id = state.identity[0] if state.identity else 0
        for field, old, new in _changed_fields(state):
            found.append(Change(at=at, user=user, program_id=program_id, record=kind,
                                record_id=record_id, label=label, action=CHANGED,
                                field=field, old=old, new=new))  # fmt: skip
    for target in session.deleted:
        described = _described(target)
        if described is not None and not isinstance(target, Person):
            kind, program_id, label = described
            record_id = inspect(target).identity[0] if inspect(target).identity else 0
            found.append(Change(at=at, user=user, program_id=program_id, record=kind,
                                record_id=record_id, label=label, action=REMOVED))  # fmt: skip
    session.add_all(found)


def record_additions(session: Session, _context: Any) -> None:
    """Add a :class:`Change` for each audited record just inserted (a session event)."""
    at, user = _now(), current_user()
    for target in list(session.new):
        described = _described(target)
        if described is None or isinstance(target, Person):
            continue
        kind, program_id, label = described
        session.add(Change(at=at, user=user, program_id=program_id, record=kind,
                           record_id=target.id or 0, label=label, action=ADDED))  # fmt: skip


def change_rows(
    record: str, action: str, rows: Iterable[tuple[int, int | None, str]]
) -> list[dict[str, object]]:
    """Return the change-log rows of bulk writes: (record id, program id, label) each."""
    at, user = _now(), current_user()
    return [
        {"at": at, "user": user, "program_id": program_id, "record": record,
         "record_id": record_id, "label": label, "action": action, "field": "", "old": "",
         "new": ""}
        for record_id, program_id, label in rows
    ]  # fmt: skip
