"""Edits of a program's records that are applied together and reversed exactly.

A merge of an offline copy changes many records in one transaction: fields of
the program, participants and activities, added ones, removed ones. Each is
one :data:`RecordEdit`; :func:`apply_edits` applies a sequence of them inside
the caller's transaction and returns the edits that reverse them, in the order
that reverses them. Undo applies those; what that returns is the redo. Field
edits carry the values they were read with, so a reversal refuses to overwrite
what someone changed since (see :mod:`coordinator.services.edits`); removed
records come back under their own ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from coordinator.services.edits import changed_fields, merged_edit
from coordinator.services.errors import ChangedSinceError
from coordinator.services.itinerary import (
    activity_by_id,
    activity_record,
    add_activity,
    remove_activity,
    restore_activity,
    update_activity,
)
from coordinator.services.programs import program_by_code, program_record, update_program
from coordinator.services.records import (
    ActivityInput,
    ActivityRecord,
    ParticipantInput,
    ProgramInput,
    RemovedParticipant,
)
from coordinator.services.roster import (
    add_participant,
    participant_record,
    remove_participant,
    restore_participant,
    update_participant,
)

Guides = tuple[tuple[int, str], ...]
"""An activity's guides: (guide id, role) pairs."""


@dataclass(frozen=True)
class ProgramEdit:
    """Change the fields of a program from ``before`` to ``after``."""

    code: str
    before: ProgramInput
    after: ProgramInput


@dataclass(frozen=True)
class ParticipantEdit:
    """Change the fields of a participant from ``before`` to ``after``."""

    participant_id: int
    before: ParticipantInput
    after: ParticipantInput


@dataclass(frozen=True)
class ParticipantAddition:
    """Put a new participant on a program's roster."""

    program_code: str
    data: ParticipantInput


@dataclass(frozen=True)
class ParticipantRemoval:
    """Take a participant off the roster, if still as ``expected`` (when given)."""

    participant_id: int
    expected: ParticipantInput | None = None


@dataclass(frozen=True)
class ParticipantRestoral:
    """Put a removed participant back under their own id."""

    removed: RemovedParticipant


@dataclass(frozen=True)
class ActivityEdit:
    """Change an activity's fields and guides from ``before`` to ``after``."""

    activity_id: int
    before: ActivityInput
    after: ActivityInput
    before_guides: Guides
    after_guides: Guides


@dataclass(frozen=True)
class ActivityAddition:
    """Add a new activity with its guides to a program."""

    program_code: str
    data: ActivityInput
    guides: Guides = ()


@dataclass(frozen=True)
class ActivityRemoval:
    """Remove an activity, if still as ``expected`` (when given)."""

    activity_id: int
    expected: ActivityInput | None = None


@dataclass(frozen=True)
class ActivityRestoral:
    """Put a removed activity back under its own id, with its guides."""

    program_code: str
    record: ActivityRecord


RecordEdit = (
    ProgramEdit
    | ParticipantEdit
    | ParticipantAddition
    | ParticipantRemoval
    | ParticipantRestoral
    | ActivityEdit
    | ActivityAddition
    | ActivityRemoval
    | ActivityRestoral
)


def apply_edits(session: Session, edits: Sequence[RecordEdit]) -> tuple[RecordEdit, ...]:
    """Apply ``edits`` in order inside ``session``; return the edits that reverse them.

    Raises:
        InvalidInputError: an edit breaks a rule (the caller's transaction
            must then be rolled back).
        ChangedSinceError: a record was changed since the edit read it.
        NotFoundError: a record an edit needs is gone.
    """
    reverse = [apply_edit(session, edit) for edit in edits]
    return tuple(reversed(reverse))


def apply_edit(session: Session, edit: RecordEdit) -> RecordEdit:
    """Apply one edit inside ``session`` and return the edit that reverses it."""
    match edit:
        case ProgramEdit(code, before, after):
            program = program_by_code(session, code)
            current = program_record(session, program).as_input()
            update_program(session, program, merged_edit(current, before, after, program.code))
            session.flush()
            return ProgramEdit(code, after, before)
        case (
            ParticipantEdit() | ParticipantAddition() | ParticipantRemoval() | ParticipantRestoral()
        ):
            return _participant_edit(session, edit)
        case _:
            return _activity_edit(session, edit)


def _participant_edit(
    session: Session,
    edit: ParticipantEdit | ParticipantAddition | ParticipantRemoval | ParticipantRestoral,
) -> RecordEdit:
    match edit:
        case ParticipantEdit(participant_id, before, after):
            update_participant(session, participant_id, after, before)
            return ParticipantEdit(participant_id, after, before)
        case ParticipantAddition(program_code, data):
            program = program_by_code(session, program_code)
            added = add_participant(session, program, data)
            return ParticipantRemoval(added.id, participant_record(added).as_input())
        case ParticipantRemoval(participant_id, expected):
            removed = remove_participant(session, participant_id)
            if expected is not None:
                _check_unchanged(removed.record.as_input(), expected, removed.record.name)
            return ParticipantRestoral(removed)
        case ParticipantRestoral(removed):
            restore_participant(session, removed)
            return ParticipantRemoval(removed.record.id, removed.record.as_input())


def _activity_edit(
    session: Session,
    edit: ActivityEdit | ActivityAddition | ActivityRemoval | ActivityRestoral,
) -> RecordEdit:
    match edit:
        case ActivityEdit(activity_id, before, after, before_guides, after_guides):
            activity = activity_by_id(session, activity_id)
            update_activity(session, activity, after, after_guides, before, before_guides)
            session.flush()
            return ActivityEdit(activity_id, after, before, after_guides, before_guides)
        case ActivityAddition(program_code, data, guides):
            program = program_by_code(session, program_code)
            activity = add_activity(session, program, data, guides)
            return ActivityRemoval(activity.id, activity_record(activity).as_input())
        case ActivityRemoval(activity_id, expected):
            record = remove_activity(session, activity_id)
            if expected is not None:
                _check_unchanged(record.as_input(), expected, record.title)
            return ActivityRestoral(record.program_code, record)
        case ActivityRestoral(program_code, record):
            program = program_by_code(session, program_code)
            restored = restore_activity(session, program, record)
            return ActivityRemoval(restored.id, record.as_input())


def _check_unchanged(current: object, expected: object, name: str) -> None:
    """Refuse removing a record someone changed since it was read."""
    if current != expected:
        raise ChangedSinceError(name, tuple(changed_fields(expected, current)))
