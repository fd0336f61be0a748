"""The audit trail, read back: what changed in a program, a participant or an activity.

The changes are recorded as the database writes them (see
:mod:`coordinator.domain.audit`); this service lists them, the newest first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from coordinator.domain.audit import Change
from coordinator.domain.messages import said
from coordinator.domain.programs import Participant
from coordinator.services.errors import NotFoundError
from coordinator.services.programs import program_by_code
from coordinator.store import Database


@dataclass(frozen=True)
class ChangeRecord:
    """One change: when (UTC), by whom, of which record, and the field's old and new value."""

    at: dt.datetime
    user: str
    record: str
    record_id: int
    label: str
    action: str
    field: str
    old: str
    new: str


def _record(row: Change) -> ChangeRecord:
    return ChangeRecord(
        at=row.at.replace(tzinfo=dt.UTC), user=row.user, record=row.record,
        record_id=row.record_id, label=row.label, action=row.action, field=row.field,
        old=row.old, new=row.new,
    )  # fmt: skip


class HistoryService:
    """Who changed what and when."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def of_program(self, program_code: str) -> list[ChangeRecord]:
        """Return the changes of a program, its roster and its itinerary, the newest first.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            rows = session.scalars(
                select(Change)
                .where(Change.program_id == program.id)
                .order_by(Change.at.desc(), Change.id.desc())
            )
            return [_record(row) for row in rows]

    def of_participant(self, participant_id: int) -> list[ChangeRecord]:
        """Return the changes of a roster entry and of the directory person behind it.

        Raises:
            NotFoundError: the participant no longer exists.
        """
        with self._database.reading() as session:
            participant = session.get(Participant, participant_id)
            if participant is None:
                msg = said("This participant is no longer on the roster")
                raise NotFoundError(msg)
            rows = session.scalars(
                select(Change)
                .where(
                    or_(
                        and_(Change.record == "participant", Change.record_id == participant_id),
                        and_(Change.record == "person", Change.record_id == participant.person_id),
                    )
                )
                .order_by(Change.at.desc(), Change.id.desc())
            )
            return [_record(row) for row in rows]

    def of_activity(self, activity_id: int) -> list[ChangeRecord]:
        """Return the changes of one activity (also once it is removed), the newest first."""
        with self._database.reading() as session:
            rows = session.scalars(
                select(Change)
                .where(Change.record == "activity", Change.record_id == activity_id)
                .order_by(Change.at.desc(), Change.id.desc())
            )
            return [_record(row) for row in rows]
