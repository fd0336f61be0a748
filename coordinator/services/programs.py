"""Listing, creating and updating programs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coordinator.domain.itinerary import Activity
from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import Participant, Program
from coordinator.services.directory import organization_named
from coordinator.services.edits import merged_edit
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.program_list import program_records
from coordinator.services.records import ProgramInput, ProgramRecord
from coordinator.store import Database


def program_by_code(session: Session, code: str, *, lock: bool = False) -> Program:
    """Return the program with ``code``.

    With ``lock``, the program's row stays locked until the transaction ends:
    on a server, another transaction that locks it waits (see
    :func:`~coordinator.services.edits.lock_for_edit`); SQLite's writers wait anyway.

    Raises:
        NotFoundError: when there is none.
    """
    query = select(Program).where(Program.code == code.strip())
    if lock:
        query = query.with_for_update(of=Program)
    program = session.scalars(query).first()
    if program is None:
        msg = said("There is no program with the code {code}", code=f"{code!r}")
        raise NotFoundError(msg)
    return program


def program_record(session: Session, program: Program) -> ProgramRecord:
    """Describe ``program`` as a plain record."""
    participants = session.scalar(select(func.count()).where(Participant.program_id == program.id))
    activities = session.scalar(select(func.count()).where(Activity.program_id == program.id))
    return ProgramRecord(
        id=program.id,
        code=program.code,
        title=program.title,
        first_day=program.first_day,
        last_day=program.last_day,
        city=program.city,
        country=program.country,
        organizer=program.organizer.name if program.organizer else "",
        partners=tuple(partner.name for partner in program.partners),
        languages=tuple(program.languages),
        notes=program.notes,
        participant_count=participants or 0,
        activity_count=activities or 0,
        time_zone=program.time_zone,
        assumed=tuple(program.assumed),
    )


class ProgramService:
    """Programs: the visits the office hosts."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list_programs(self) -> list[ProgramRecord]:
        """Return every program, the most recent first."""
        with self._database.reading() as session:
            return program_records(session)  # columns, not objects: 1,000 programs in a blink

    def get(self, code: str) -> ProgramRecord:
        """Return the program with ``code``.

        Raises:
            NotFoundError: when there is none.
        """
        with self._database.reading() as session:
            return program_record(session, program_by_code(session, code))

    def create(self, data: ProgramInput) -> ProgramRecord:
        """Create a program from ``data`` in one transaction.

        Raises:
            InvalidInputError: a field breaks a rule or the code is taken.
        """
        try:
            with self._database.transaction() as session:
                if session.scalars(
                    select(Program.id).where(Program.code == data.code.strip())
                ).first():
                    msg = said(
                        "A program with the code {code} already exists",
                        code=f"{data.code.strip()!r}",
                    )
                    raise InvalidInputError(msg, "code")
                program = _new_program(session, data)
                session.add(program)
                session.flush()
                return program_record(session, program)
        except IntegrityError as error:
            msg = said("The program could not be saved: {error}", error=error.orig)
            raise InvalidInputError(msg) from error

    def update(
        self, code: str, data: ProgramInput, before: ProgramInput | None = None
    ) -> ProgramRecord:
        """Replace the fields of the program ``code`` by ``data`` in one transaction.

        Without ``before``, the code stays as it is (``data.code`` is ignored).
        With ``before`` (the fields as the editor read them), only the fields
        that differ between ``before`` and ``data`` are written, the code among
        them, and a field someone changed since is refused. The partners keep
        their order; the organizer and partners are found, or created, by name.

        Raises:
            NotFoundError: there is no such program.
            ChangedSinceError: a field the edit changes was changed since ``before``.
            InvalidInputError: a field breaks a rule, the new code is taken, or
                the new days would leave an activity outside (the message names
                the first one).
        """
        try:
            with self._database.transaction() as session:
                program = program_by_code(session, code, lock=before is not None)
                if before is not None:
                    current = program_record(session, program).as_input()
                    data = merged_edit(current, before, data, program.code)
                    _rename(session, program, data.code)
                update_program(session, program, data)
                session.flush()
                return program_record(session, program)
        except IntegrityError as error:
            msg = said("The program could not be saved: {error}", error=error.orig)
            raise InvalidInputError(msg) from error


def first_activity_outside(
    session: Session, program: Program, first_day: dt.date, last_day: dt.date
) -> Activity | None:
    """Return the program's first activity not between ``first_day`` and ``last_day``."""
    return session.scalars(
        select(Activity)
        .where(
            Activity.program_id == program.id,
            (Activity.day < first_day) | (Activity.day > last_day),
        )
        .order_by(Activity.day, Activity.position, Activity.start_time, Activity.id)
    ).first()


def outside_message(title: str, day: dt.date, first_day: dt.date, last_day: dt.date) -> str:
    """Say that the activity ``title`` of ``day`` would fall outside ``first_day``–``last_day``."""
    return said(
        "The program cannot run from {first_day} to {last_day}: "
        "its activity {title} of {day} would fall outside",
        first_day=f"{first_day:%d.%m.%Y}",
        last_day=f"{last_day:%d.%m.%Y}",
        title=f"{title!r}",
        day=f"{day:%d.%m.%Y}",
    )


def update_program(session: Session, program: Program, data: ProgramInput) -> None:
    """Write ``data`` (all but its code) onto ``program`` inside the caller's transaction.

    Raises:
        InvalidInputError: a field breaks a rule, or an activity would fall outside the days.
    """
    if data.last_day < data.first_day:
        msg = said(
            "The last day ({last_day}) is before the first day ({first_day})",
            last_day=f"{data.last_day:%d.%m.%Y}",
            first_day=f"{data.first_day:%d.%m.%Y}",
        )
        raise InvalidInputError(msg, "last_day")
    outside = first_activity_outside(session, program, data.first_day, data.last_day)
    if outside is not None:
        field = "first_day" if outside.day < data.first_day else "last_day"
        message = outside_message(outside.title, outside.day, data.first_day, data.last_day)
        raise InvalidInputError(message, field)
    try:
        _set_fields(program, data)
    except ValueError as error:
        raise InvalidInputError(said_of(error), _field_of(str(error))) from error
    program.organizer = organization_named(session, data.organizer)
    partners = [organization_named(session, name) for name in data.partners]
    program.set_partners([partner for partner in partners if partner is not None])


def _rename(session: Session, program: Program, code: str) -> None:
    code = code.strip()
    if not code or code == program.code:
        return
    if session.scalars(select(Program.id).where(Program.code == code)).first():
        msg = said("A program with the code {code} already exists", code=f"{code!r}")
        raise InvalidInputError(msg, "code")
    try:
        program.code = code
    except ValueError as error:
        raise InvalidInputError(str(error), "code") from error


def _set_fields(program: Program, data: ProgramInput) -> None:
    program.title = data.title
    # Moving the days forward past the old last day: set the last day first.
    if data.first_day > program.last_day:
        program.last_day, program.first_day = data.last_day, data.first_day
    else:
        program.first_day, program.last_day = data.first_day, data.last_day
    program.city = data.city.strip()
    program.country = data.country.strip()
    program.languages = list(data.languages)
    program.notes = data.notes
    program.time_zone = data.time_zone.strip()


def _new_program(session: Session, data: ProgramInput) -> Program:
    try:
        program = Program(
            code=data.code,
            title=data.title,
            first_day=data.first_day,
            last_day=data.last_day,
            city=data.city.strip(),
            country=data.country.strip(),
            languages=list(data.languages),
            notes=data.notes,
            time_zone=data.time_zone.strip(),
        )
    except ValueError as error:
        raise InvalidInputError(said_of(error), _field_of(str(error))) from error
    program.organizer = organization_named(session, data.organizer)
    partners = [organization_named(session, name) for name in data.partners]
    program.set_partners([partner for partner in partners if partner is not None])
    return program


def _field_of(message: str) -> str | None:
    lowered = message.lower()
    # "language" first: its message says "... is not a language code".
    for field, word in (
        ("languages", "language"),
        ("code", "code"),
        ("title", "title"),
        ("last_day", "last day"),
    ):
        if word in lowered:
            return field
    return None
