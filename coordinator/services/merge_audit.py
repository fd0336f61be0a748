"""The audit trail of a directory merge and of its undo, written from the merge's own steps.

A merge writes through Core statements (see :mod:`coordinator.services.reference_moves`),
which bypass the session events that record other changes, so it records
them itself, as the change log holds any other edit: the entry that went is
*removed* (*added* again by the undo); each field of the kept entry the merge
changed, each audited record whose link moved to the kept entry (a
participant's ``organization``, a gift's ``receiver_organization`` text) is
*changed*, with the old and the new value. The undo records the same changes
the other way round. Records the log does not follow (a program's partners,
an activity's hosts, produced documents) are left out, as for other edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, Table, func, insert, literal, select
from sqlalchemy.orm import Session

from coordinator.domain.audit import ADDED, CHANGED, REMOVED, Change, change_rows
from coordinator.services.reference_moves import Step, table_named

_SKIPPED = {"id", "name_key", "plate_key", "position", "revision", "version"}
_KINDS = {"organization", "person", "participant", "guide", "venue", "program", "activity",
          "movement", "stay", "gift", "vehicle"}  # fmt: skip
_NAMES = {"organization": "name", "person": "full_name", "venue": "name", "vehicle": "plate"}


def _label_query(name: str, table: Table, ids: Sequence[int]) -> Select[Any]:
    """Return (id, program id, label) of the rows ``ids`` of an audited table."""
    person = table_named("person")
    if name in _NAMES:
        query = select(table.c.id, literal(None), table.c[_NAMES[name]])
    elif name == "program":
        query = select(table.c.id, table.c.id, table.c.code)
    elif name in ("participant", "guide"):
        program = table.c.program_id if name == "participant" else literal(None)
        query = select(table.c.id, program, person.c.full_name).join(
            person, person.c.id == table.c.person_id
        )
    elif name == "stay":
        place = table_named("participant")
        query = (
            select(table.c.id, place.c.program_id, person.c.full_name)
            .join(place, place.c.id == table.c.participant_id)
            .join(person, person.c.id == place.c.person_id)
        )
    elif name == "activity":
        query = select(table.c.id, table.c.program_id, table.c.title)
    elif name == "movement":
        label = table.c.from_place + " → " + table.c.to_place
        query = select(table.c.id, table.c.program_id, label)
    else:
        query = select(table.c.id, table.c.program_id, func.substr(table.c.description, 1, 200))
    return query.where(table.c.id.in_(ids))


def _described(session: Session, steps: Sequence[Step]) -> dict[tuple[str, int], tuple[Any, str]]:
    wanted: dict[str, set[int]] = {}
    for step in steps:
        if step.table in _KINDS and step.action == "update":
            wanted.setdefault(step.table, set()).add(int(dict(step.key)["id"]))
        elif step.table in _KINDS and step.action == "move":
            wanted.setdefault(step.table, set()).update(int(key[0]) for key in step.keys)
    found: dict[tuple[str, int], tuple[Any, str]] = {}
    for name, ids in wanted.items():
        listed = sorted(ids)
        for start in range(0, len(listed), 500):
            query = _label_query(name, table_named(name), listed[start : start + 500])
            for record_id, program_id, label in session.execute(query):
                found[(name, record_id)] = (program_id, str(label or ""))
    return found


def _text(session: Session, table: Table, column: str, value: Any) -> str:
    """Return how a value reads in the log: a link by the linked record's name."""
    if value is None:
        return ""
    for foreign_key in table.c[column].foreign_keys:
        target = foreign_key.column.table
        if target.name in _NAMES:
            name = target.c[_NAMES[target.name]]
            return str(session.scalar(select(name).where(target.c.id == value)) or "")
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def audit_merge(
    session: Session, steps: Sequence[Step], gone: str, kept: str, *, undone: bool = False
) -> None:
    """Record in the change log what ``steps`` did (or, ``undone``, what their undo did).

    ``gone`` and ``kept`` are the names of the entry that went and of the one
    kept, as the references that moved read before and after.
    """
    described = _described(session, steps)
    rows: list[dict[str, object]] = []
    for step in reversed(steps) if undone else steps:
        if step.table not in _KINDS:
            continue
        table = table_named(step.table)
        if step.action == "delete":
            before = dict(step.before)
            program_id = before["id"] if step.table == "program" else before.get("program_id")
            label = before.get(_NAMES.get(step.table, ""), gone)
            action = ADDED if undone else REMOVED
            rows += change_rows(step.table, action, [(before["id"], program_id, str(label))])
            continue
        if step.action == "update":
            record_id = int(dict(step.key)["id"])
            fields = [
                (name.removesuffix("_id"), _text(session, table, name, old),
                 _text(session, table, name, new))
                for (name, old), (_, new) in zip(step.before, step.after, strict=True)
                if name not in _SKIPPED
            ]  # fmt: skip
            records = [record_id]
        else:
            [(column, _old)] = step.before
            fields = [(column.removesuffix("_id"), gone, kept)]
            records = [int(key[0]) for key in step.keys]
        for record_id in records:
            program_id, label = described.get((step.table, record_id), (None, ""))
            for field, old, new in fields:
                if old == new:
                    continue
                row = change_rows(step.table, CHANGED, [(record_id, program_id, label)])[0]
                row.update(field=field, old=new if undone else old, new=old if undone else new)
                rows.append(row)
    if rows:
        session.execute(insert(Change), rows)
