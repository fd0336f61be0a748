"""The delegation on a program's roster: list, add, edit, remove participants."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.directory import Person
from coordinator.domain.enums import ParticipantRole
from coordinator.domain.itinerary import Activity, ActivityAttendee
from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import Participant, Program, clean_languages
from coordinator.domain.travel import TRAVEL_FIELDS
from coordinator.services.directory import find_person, organization_named
from coordinator.services.edits import (
    check_id_free,
    lock_for_edit,
    lock_with_person,
    merged_edit,
    written_alone,
)
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.programs import program_by_code
from coordinator.services.records import ParticipantInput, ParticipantRecord, RemovedParticipant
from coordinator.services.travel_fields import apply_travel, travel_moments, validate_travel
from coordinator.store import Database

# Deliberately loose: one @, something on each side, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,30}$")


def validate_participant(data: ParticipantInput) -> None:
    """Check ``data`` the way a dialog or an import must before saving.

    Raises:
        InvalidInputError: naming the first field that breaks a rule.
    """
    if not data.name.strip():
        msg = said("The name is required")
        raise InvalidInputError(msg, "name")
    if data.role not in {role.value for role in ParticipantRole}:
        msg = said("{role} is not a role: head, member or staff", role=f"{data.role!r}")
        raise InvalidInputError(msg, "role")
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        msg = said("{value} is not an e-mail address", value=f"{data.email.strip()!r}")
        raise InvalidInputError(msg, "email")
    if data.phone.strip() and not _PHONE.match(data.phone.strip()):
        msg = said("{value} is not a phone number", value=f"{data.phone.strip()!r}")
        raise InvalidInputError(msg, "phone")
    arrival, departure = travel_moments(data)
    if arrival and departure and departure < arrival:
        msg = said("The departure is before the arrival")
        raise InvalidInputError(msg, "departure")
    try:
        clean_languages(list(data.languages))
    except ValueError as error:
        raise InvalidInputError(said_of(error), "languages") from error
    validate_travel(data)


def participant_record(participant: Participant) -> ParticipantRecord:
    """Describe ``participant`` as a plain record."""
    person = participant.person
    return ParticipantRecord(
        id=participant.id,
        program_code=participant.program.code,
        person_id=person.id,
        position=participant.position,
        name=person.full_name,
        title=participant.title,
        organization=participant.organization.name if participant.organization else "",
        role=participant.role,
        arrival=participant.arrival,
        departure=participant.departure,
        room=participant.room,
        dietary=participant.dietary,
        needs=participant.needs,
        passport_number=participant.passport_number,
        birth_date=participant.birth_date,
        email=person.email,
        phone=person.phone,
        languages=tuple(person.languages),
        notes=participant.notes,
        nationality=participant.nationality,
        assumed=tuple(participant.assumed),
        **{name: getattr(participant, name) for name in TRAVEL_FIELDS},
    )


def program_participants(session: Session, program: Program) -> list[Participant]:
    """Return the program's roster in its own order, with what a record of each shows."""
    query = (
        select(Participant)
        .where(Participant.program_id == program.id)
        .options(
            selectinload(Participant.person),
            selectinload(Participant.organization),
            selectinload(Participant.program),
        )
        .order_by(Participant.position, Participant.id)
    )
    return list(session.scalars(query))


class RosterService:
    """The participants of a program."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list_participants(self, program_code: str) -> list[ParticipantRecord]:
        """Return the roster of the program in its own order.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            return [participant_record(item) for item in program_participants(session, program)]

    def add(
        self,
        program_code: str,
        data: ParticipantInput,
        position: int | None = None,
        participant_id: int | None = None,
    ) -> ParticipantRecord:
        """Put a person on the roster, finding or creating them in the directory.

        ``participant_id`` gives the entry back the id it had (a redo after an
        undo), so what refers to it still does.

        Raises:
            InvalidInputError: a field breaks a rule, the person is already on
                it, or ``participant_id`` belongs to another entry now.
            NotFoundError: there is no such program.
        """
        with self._database.transaction() as session:
            program = program_by_code(session, program_code)
            participant = add_participant(session, program, data, position, participant_id)
            return participant_record(participant)

    def update(
        self,
        participant_id: int,
        data: ParticipantInput,
        before: ParticipantInput | None = None,
    ) -> ParticipantRecord:
        """Change a participant's fields; the directory keeps the newest contact data.

        With ``before`` (the fields as the editor read them) only the fields
        that differ between ``before`` and ``data`` are written, and only if
        nobody changed them since: a second window's edit of other fields is
        kept, and one of the same fields is never silently overwritten. The
        undo of an edit is the same call with ``before`` and ``data`` swapped.

        Raises:
            InvalidInputError: a field breaks a rule.
            ChangedSinceError: someone changed a field of this edit since ``before``.
            NotFoundError: the participant no longer exists.
        """
        with written_alone("The participant"), self._database.transaction() as session:
            return participant_record(update_participant(session, participant_id, data, before))

    def remove(self, participant_id: int) -> RemovedParticipant:
        """Take a participant off the roster and return what was removed.

        The person stays in the directory. What is returned lets an undo put
        the participant back exactly with :meth:`restore`.

        Raises:
            NotFoundError: the participant no longer exists.
        """
        with self._database.transaction() as session:
            return remove_participant(session, participant_id)

    def restore(self, removed: RemovedParticipant) -> ParticipantRecord:
        """Put a removed participant back: same id, place, fields and activities.

        Activities removed since are left out.

        Raises:
            InvalidInputError: a field breaks a rule, or the id or the person's
                place on the roster is taken now.
            NotFoundError: the program no longer exists.
        """
        with self._database.transaction() as session:
            return participant_record(restore_participant(session, removed))


def add_participant(
    session: Session,
    program: Program,
    data: ParticipantInput,
    position: int | None = None,
    participant_id: int | None = None,
) -> Participant:
    """Put a person on the roster inside ``session`` (see :meth:`RosterService.add`)."""
    validate_participant(data)
    lock_for_edit(session, Program, program.id)  # one addition to a roster at a time
    _check_free(session, participant_id, data.name)
    organization = organization_named(session, data.organization)
    person = find_person(session, data.name, organization)
    returning = person is not None
    if person is None:
        person = Person(full_name=data.name, title=data.title, organization=organization)
        session.add(person)
    elif session.scalars(
        select(Participant.id).where(
            Participant.program_id == program.id, Participant.person_id == person.id
        )
    ).first():
        msg = said("{full_name} is already on the roster", full_name=person.full_name)
        raise InvalidInputError(msg, "name")
    if position is None:
        last = session.scalar(
            select(func.max(Participant.position)).where(Participant.program_id == program.id)
        )
        position = 0 if last is None else last + 1
    participant = Participant(id=participant_id, program=program, person=person, position=position)
    session.add(participant)
    _apply(session, participant, data, returning=returning)
    session.flush()
    return participant


def update_participant(
    session: Session,
    participant_id: int,
    data: ParticipantInput,
    before: ParticipantInput | None = None,
) -> Participant:
    """Change a participant inside ``session`` (see :meth:`RosterService.update`)."""
    lock_with_person(session, Participant, participant_id)
    participant = _participant(session, participant_id)
    if before is not None:
        current = participant_record(participant).as_input()
        data = merged_edit(current, before, data, participant.person.full_name)
    validate_participant(data)
    _apply(session, participant, data)
    session.flush()
    return participant


def remove_participant(session: Session, participant_id: int) -> RemovedParticipant:
    """Take a participant off the roster inside ``session`` (see :meth:`RosterService.remove`)."""
    participant = _participant(session, participant_id)
    record = participant_record(participant)
    attended = session.scalars(
        select(ActivityAttendee.activity_id)
        .where(ActivityAttendee.participant_id == participant_id)
        .order_by(ActivityAttendee.activity_id)
    ).all()
    session.delete(participant)
    session.flush()
    return RemovedParticipant(record, tuple(attended))


def restore_participant(session: Session, removed: RemovedParticipant) -> Participant:
    """Put a removed participant back inside ``session`` (see :meth:`RosterService.restore`)."""
    record = removed.record
    data = record.as_input()
    validate_participant(data)
    program = program_by_code(session, record.program_code)
    _check_free(session, record.id, record.name)
    person = session.get(Person, record.person_id)
    if person is None:
        person = Person(full_name=record.name)
        session.add(person)
    participant = Participant(
        id=record.id, program=program, person=person, position=record.position
    )
    session.add(participant)
    _apply(session, participant, data, returning=True)
    participant.assumed = list(record.assumed)
    session.flush()
    existing = set(session.scalars(select(Activity.id).where(Activity.id.in_(removed.attended))))
    session.add_all(
        ActivityAttendee(activity_id=activity_id, participant_id=record.id)
        for activity_id in removed.attended
        if activity_id in existing
    )
    session.flush()
    return participant


def _check_free(session: Session, participant_id: int | None, name: str) -> None:
    taken = f"{name} cannot be put back: the roster entry was taken by someone else"
    check_id_free(session, Participant, participant_id, taken, "name")


def _participant(session: Session, participant_id: int) -> Participant:
    participant = session.get(Participant, participant_id)
    if participant is None:
        msg = said("This participant is no longer on the roster")
        raise NotFoundError(msg)
    return participant


def _is_latest_visit(session: Session, participant: Participant) -> bool:
    session.flush()
    newest = session.scalar(
        select(func.max(Program.last_day))
        .join(Participant, Participant.program_id == Program.id)
        .where(Participant.person_id == participant.person.id, Participant.id != participant.id)
    )
    return newest is None or participant.program.last_day >= newest


def _apply(
    session: Session, participant: Participant, data: ParticipantInput, *, returning: bool = False
) -> None:
    """Copy ``data`` onto the participant and the directory's person.

    ``returning``: a person already in the directory was found by name for a new
    roster entry. Their name keeps its spelling (``OMER ARISOY`` must not
    overwrite ``Ömer Arısoy``) and what ``data`` leaves empty keeps the
    directory's value instead of erasing it.
    """
    person = participant.person
    organization = organization_named(session, data.organization)
    try:
        if not returning:
            person.full_name = data.name
        participant.role = data.role
    except ValueError as error:
        raise InvalidInputError(said_of(error)) from error
    participant.title = data.title.strip()
    participant.organization = organization
    participant.room = data.room.strip()
    participant.dietary = data.dietary.strip()
    participant.needs = data.needs.strip()
    participant.passport_number = data.passport_number.strip()
    participant.birth_date = data.birth_date
    participant.notes = data.notes.strip()
    participant.nationality = data.nationality.strip()
    apply_travel(participant, data)  # the arrival and departure too
    # The directory keeps the latest title and organization: an edit to an old
    # program's roster changes that visit's record, not the person's post today.
    if _is_latest_visit(session, participant):
        if participant.title or not returning:
            person.title = participant.title
        if organization is not None or not returning:
            person.organization = organization
    if data.email.strip() or not returning:
        person.email = data.email.strip()
    if data.phone.strip() or not returning:
        person.phone = data.phone.strip()
    if data.languages or not returning:
        person.languages = clean_languages(list(data.languages))
