"""A program's editable fields in one value: what a merge of an offline copy compares.

The snapshot of a program holds its fields, each participant's and each
activity's (with the activity's guides by name), keyed by record id. An
offline copy keeps the snapshot of the moment it was taken (as JSON, through
cattrs); the merge reads the team database and the copy the same way now,
and compares the three (see :mod:`coordinator.domain.merging`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import cache

from cattrs.preconf.json import JsonConverter, make_converter
from sqlalchemy.orm import Session

from coordinator.domain.messages import said
from coordinator.services.itinerary import activity_record, program_activities
from coordinator.services.programs import program_by_code, program_record
from coordinator.services.records import ActivityInput, ParticipantInput, ProgramInput
from coordinator.services.roster import participant_record, program_participants

GuideNames = tuple[tuple[str, str], ...]
"""An activity's guides as (guide's name, role) pairs."""


@dataclass(frozen=True)
class ActivitySnapshot:
    """An activity's fields (attendees by participant id) and its guides by name."""

    data: ActivityInput
    guides: GuideNames = ()


@dataclass(frozen=True)
class ProgramSnapshot:
    """A program's fields, its participants' and its activities', by record id."""

    program: ProgramInput
    participants: dict[int, ParticipantInput]
    activities: dict[int, ActivitySnapshot]


def read_snapshot(session: Session, program_code: str) -> ProgramSnapshot:
    """Return the snapshot of the program ``program_code`` as ``session`` sees it.

    Raises:
        NotFoundError: there is no such program.
    """
    program = program_by_code(session, program_code)
    participants = program_participants(session, program)
    activities = {}
    for activity in program_activities(session, program):
        record = activity_record(activity)
        guides = tuple((item.guide, item.role) for item in record.assignments)
        activities[record.id] = ActivitySnapshot(record.as_input(), guides)
    return ProgramSnapshot(
        program=program_record(session, program).as_input(),
        participants={item.id: participant_record(item).as_input() for item in participants},
        activities=activities,
    )


def fields_of(value: object) -> dict[str, object]:
    """Return the fields of a dataclass value by name, as they are compared."""
    return {item.name: getattr(value, item.name) for item in dataclasses.fields(value)}  # type: ignore[arg-type]


@cache
def _converter() -> JsonConverter:
    converter = make_converter()
    converter.register_unstructure_hook(dt.time, dt.time.isoformat)
    converter.register_structure_hook(dt.time, lambda value, _: dt.time.fromisoformat(value))
    return converter


def snapshot_json(snapshot: ProgramSnapshot) -> str:
    """Return ``snapshot`` as JSON text, for the offline copy to keep."""
    return _converter().dumps(snapshot)


def snapshot_from_json(text: str) -> ProgramSnapshot:
    """Return the snapshot that :func:`snapshot_json` wrote.

    Raises:
        ValueError: ``text`` is not such a snapshot.
    """
    try:
        return _converter().loads(text, ProgramSnapshot)
    except Exception as error:  # cattrs raises its own exception groups
        msg = said("The offline copy's record of the program is damaged")
        raise ValueError(msg) from error
