"""The fields a program import writes: the Program sheet's, and each activity's.

Kept apart from :mod:`coordinator.services.program_import`, which plans the
import; both the plan and its tests use them.
"""

from __future__ import annotations

import dataclasses

from coordinator.domain.enums import ActivityKind
from coordinator.domain.text import search_key
from coordinator.excel.program_records import ActivityEntry, ContactEntry, ProgramEntry
from coordinator.services.records import (
    ActivityInput,
    ActivityRecord,
    HostInput,
    ProgramInput,
    ProgramRecord,
)


def activity_input(
    entry: ActivityEntry, contacts: dict[str, ContactEntry], current: ActivityRecord | None
) -> ActivityInput:
    """Return the activity's fields; for an update, what the file leaves empty is kept."""
    hosts = []
    for name in entry.hosts:
        contact = contacts.get(search_key(name))
        title, organization = (contact.title, contact.organization) if contact else ("", "")
        hosts.append(HostInput(name, title, organization))
    data = ActivityInput(
        day=entry.day,
        start_time=entry.start,
        end_time=entry.end,
        kind=entry.kind or (current.kind if current else ActivityKind.MEETING.value),
        title=entry.title,
        venue=entry.venue,
        hosts=tuple(hosts),
        needs_guide=entry.needs_guide,
        notes=entry.notes,
        summary=entry.summary,
    )
    if current is None:
        return data
    before = current.as_input()
    return dataclasses.replace(
        data,
        end_time=data.end_time or before.end_time,
        venue=data.venue or before.venue,
        hosts=data.hosts or before.hosts,
        attendees=before.attendees,
        needs_guide=before.needs_guide if data.needs_guide is None else data.needs_guide,
        notes=data.notes or before.notes,
        summary=data.summary or before.summary,
    )


_PROGRAM_FIELDS = (
    "title", "organizer", "partners", "city", "country", "first_day", "last_day", "languages",
    "notes",
)  # fmt: skip


def program_input(program: ProgramRecord, entry: ProgramEntry) -> ProgramInput:
    """Return the program's fields with those the Program sheet gives; the code stays."""
    given = {name: getattr(entry, name) for name in _PROGRAM_FIELDS if name in entry.rows}
    return dataclasses.replace(program.as_input(), **given)


def changed_program_fields(program: ProgramRecord, data: ProgramInput) -> list[str]:
    """Return the names of the fields ``data`` changes in ``program``."""
    return [name for name in _PROGRAM_FIELDS if getattr(data, name) != getattr(program, name)]
