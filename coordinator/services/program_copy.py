"""A program copied as the start of next year's visit.

The copy keeps what a visit of the same kind repeats: the title, the place,
the hosts, the working languages, and the itinerary (each activity with its
venue, times, hosts and whether it needs a guide), moved to new days. It leaves
out what belongs to one visit: guide assignments, travel, rooms, movements,
gifts and documents; the roster only when asked for, without anyone's travel
or room.

The new days keep the weekdays: by default the copy starts 52 weeks (364 days)
after the original, so a programme built around a Monday courtesy visit and
a Friday ceremony keeps that rhythm. The same date next year would move every
activity to another weekday, often onto a weekend.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coordinator.domain.audit import ADDED, Change, change_rows
from coordinator.domain.base import Base
from coordinator.domain.directory import Person
from coordinator.domain.itinerary import Activity, ActivityHost
from coordinator.domain.programs import Participant, Program
from coordinator.services.bulk_insert import insert_rows
from coordinator.services.errors import InvalidInputError
from coordinator.services.programs import ProgramService, program_by_code, program_record
from coordinator.services.records import ProgramInput, ProgramRecord
from coordinator.store import Database

A_YEAR_OF_WEEKS = dt.timedelta(days=364)
"""How far the copy moves by default: 52 weeks, so every activity keeps its weekday."""

_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class ProgramCopy:
    """What a copy of a program will be.

    Attributes:
        source_code: the program copied.
        code: the new program's code.
        title: its title.
        first_day: its first day; the itinerary moves by as many days.
        copy_roster: whether the participants come along (without travel or rooms).
    """

    source_code: str
    code: str
    title: str
    first_day: dt.date
    copy_roster: bool = False


def next_year(text: str, year: int) -> str:
    """Return ``text`` with its year ``year`` made the next one, else with it added.

    ``TURKISTAN-2021`` becomes ``TURKISTAN-2022``, ``VISIT`` ``VISIT-2022``.
    """
    following = str(year + 1)
    if str(year) in text:
        return text.replace(str(year), following)
    if _YEAR.search(text):
        return _YEAR.sub(lambda found: str(int(found.group()) + 1), text, count=1)
    return f"{text}-{following}"


def default_copy(program: ProgramRecord) -> ProgramCopy:
    """Return the copy a user starts from: 52 weeks later, the year in code and title moved on."""
    year = program.first_day.year
    title = next_year(program.title, year) if _YEAR.search(program.title) else program.title
    return ProgramCopy(
        source_code=program.code,
        code=next_year(program.code, year)[:40],
        title=title,
        first_day=program.first_day + A_YEAR_OF_WEEKS,
    )


class ProgramCopyService:
    """Copies of programs for the next visit."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def default_copy(self, code: str) -> ProgramCopy:
        """Return the copy of the program ``code`` a user starts from.

        Raises:
            NotFoundError: there is no such program.
        """
        return default_copy(ProgramService(self._database).get(code))

    def duplicate(self, request: ProgramCopy) -> ProgramRecord:
        """Create the copy ``request`` describes in one transaction and return it.

        Raises:
            NotFoundError: the program to copy is gone.
            InvalidInputError: the code is taken or a field breaks a rule.
        """
        try:
            with self._database.transaction() as session:
                source = program_by_code(session, request.source_code)
                copy = _copied_program(session, source, request)
                _copy_itinerary(session, source, copy)
                if request.copy_roster:
                    _copy_roster(session, source, copy)
                session.flush()
                return program_record(session, copy)
        except IntegrityError as error:
            msg = f"The copy could not be saved: {error.orig}"
            raise InvalidInputError(msg) from error


def _copied_program(session: Session, source: Program, request: ProgramCopy) -> Program:
    code = request.code.strip()
    if not code:
        msg = "The code is required"
        raise InvalidInputError(msg, "code")
    if session.scalars(select(Program.id).where(Program.code == code)).first():
        msg = f"A program with the code {code!r} already exists"
        raise InvalidInputError(msg, "code")
    shift = request.first_day - source.first_day
    data = ProgramInput(
        code=code,
        title=request.title,
        first_day=request.first_day,
        last_day=source.last_day + shift,
        city=source.city,
        country=source.country,
        languages=tuple(source.languages),
        notes=source.notes,
        time_zone=source.time_zone,
    )
    try:
        copy = Program(
            code=data.code,
            title=data.title,
            first_day=data.first_day,
            last_day=data.last_day,
            city=data.city,
            country=data.country,
            languages=list(data.languages),
            notes=data.notes,
            time_zone=data.time_zone,
        )
    except ValueError as error:
        field = "code" if "code" in str(error).lower() else "title"
        raise InvalidInputError(str(error), field) from error
    copy.organizer = source.organizer
    copy.set_partners(list(source.partners))
    session.add(copy)
    session.flush()
    return copy


def _copy_itinerary(session: Session, source: Program, copy: Program) -> None:
    shift = copy.first_day - source.first_day
    hosts: dict[int, list[ActivityHost]] = defaultdict(list)
    for host in session.scalars(
        select(ActivityHost)
        .join(Activity, ActivityHost.activity_id == Activity.id)
        .where(Activity.program_id == source.id)
        .order_by(ActivityHost.activity_id, ActivityHost.position, ActivityHost.id)
    ):
        hosts[host.activity_id].append(host)
    activities = session.scalars(
        select(Activity)
        .where(Activity.program_id == source.id)
        .order_by(Activity.day, Activity.position, Activity.start_time, Activity.id)
    )
    for activity in activities:
        moved = Activity(
            program=copy,
            day=activity.day + shift,
            start_time=activity.start_time,
            end_time=activity.end_time,
            position=activity.position,
            kind=activity.kind,
            title=activity.title,
            venue_id=activity.venue_id,
            notes=activity.notes,
            needs_guide=activity.needs_guide,
            summary="",  # what happened belongs to the visit that happened
            assumed=list(activity.assumed),
        )
        moved.hosts = [
            ActivityHost(
                person_id=host.person_id,
                title=host.title,
                organization_id=host.organization_id,
                position=host.position,
            )
            for host in hosts[activity.id]
        ]
        session.add(moved)


_TRIP_FIELDS: dict[str, object] = {
    "arrival": None,
    "departure": None,
    "arrival_time_known": True,
    "arrival_mode": "",
    "arrival_number": "",
    "arrival_place": "",
    "arrival_terminal": "",
    "arrival_from": "",
    "departure_time_known": True,
    "departure_mode": "",
    "departure_number": "",
    "departure_place": "",
    "departure_terminal": "",
    "departure_to": "",
    "room": "",
}
"""A participant's fields that belong to one visit: the copy starts them empty."""


def _copy_roster(session: Session, source: Program, copy: Program) -> None:
    """Put the source's participants on the copy's roster in one statement, without travel."""
    table = Base.metadata.tables[Participant.__tablename__]
    found = session.execute(
        select(table, Person.full_name)
        .join(Person, Person.id == table.c.person_id)
        .where(table.c.program_id == source.id)
        .order_by(table.c.position, table.c.id)
    ).all()
    rows: list[dict[str, Any]] = []
    for row in found:
        # Lists (the assumed fields) as tuples: the bulk insert converts each distinct value once.
        values = {
            key: tuple(value) if isinstance(value, list) else value
            for key, value in row._mapping.items()
            if key in table.c
        }
        values.pop("id")
        values.pop("version")
        rows.append({**values, "program_id": copy.id, **_TRIP_FIELDS})
    ids = insert_rows(session, Participant, rows)
    names = [str(row.full_name) for row in found]
    logged = [(new, copy.id, name) for new, name in zip(ids, names, strict=True)]
    if logged:
        session.execute(insert(Change), change_rows("participant", ADDED, logged))
