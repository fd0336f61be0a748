"""Listing and creating programs."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.itinerary import Activity
from coordinator.domain.programs import Participant, Program
from coordinator.services.directory import organization_named
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.records import ProgramInput, ProgramRecord
from coordinator.store import Database


def program_by_code(session: Session, code: str) -> Program:
    """Return the program with ``code``.

    Raises:
        NotFoundError: when there is none.
    """
    program = session.scalars(select(Program).where(Program.code == code.strip())).first()
    if program is None:
        msg = f"There is no program with the code {code!r}"
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
    )


class ProgramService:
    """Programs: the visits the office hosts."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list_programs(self) -> list[ProgramRecord]:
        """Return every program, the most recent first."""
        with self._database.reading() as session:
            programs = session.scalars(
                select(Program)
                .options(selectinload(Program.organizer), selectinload(Program.partner_links))
                .order_by(Program.first_day.desc(), Program.code)
            )
            return [program_record(session, program) for program in programs]

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
                    msg = f"A program with the code {data.code.strip()!r} already exists"
                    raise InvalidInputError(msg, "code")
                program = _new_program(session, data)
                session.add(program)
                session.flush()
                return program_record(session, program)
        except IntegrityError as error:
            msg = f"The program could not be saved: {error.orig}"
            raise InvalidInputError(msg) from error


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
        )
    except ValueError as error:
        raise InvalidInputError(str(error), _field_of(str(error))) from error
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
