"""A quick read-only look at a SQLite database for the first screen.

Uses only the standard ``sqlite3`` module (no SQLAlchemy), so the window can show
the program list and a roster while the database layer is still being imported.
Anything unexpected (not a file, not SQLite, another schema revision, an error)
gives ``None``: the caller then takes the normal path.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coordinator.store.json_lists import string_list
from coordinator.store.schema_version import SCHEMA_HEAD


@dataclass(frozen=True)
class ProgramRow:
    """A program with the fields of ``ProgramRecord``."""

    id: int
    code: str
    title: str
    first_day: dt.date
    last_day: dt.date
    city: str
    country: str
    organizer: str
    partners: tuple[str, ...]
    languages: tuple[str, ...]
    notes: str
    participant_count: int
    activity_count: int
    time_zone: str
    assumed: tuple[str, ...]


@dataclass(frozen=True)
class ParticipantRow:
    """A participant with the fields of ``ParticipantRecord``."""

    id: int
    program_code: str
    person_id: int
    position: int
    name: str
    title: str
    organization: str
    role: str
    arrival: dt.datetime | None
    departure: dt.datetime | None
    room: str
    dietary: str
    needs: str
    passport_number: str
    birth_date: dt.date | None
    email: str
    phone: str
    languages: tuple[str, ...]
    notes: str
    nationality: str
    assumed: tuple[str, ...]
    arrival_time_known: bool = True
    arrival_mode: str = ""
    arrival_number: str = ""
    arrival_from: str = ""
    arrival_place: str = ""
    arrival_terminal: str = ""
    departure_time_known: bool = True
    departure_mode: str = ""
    departure_number: str = ""
    departure_to: str = ""
    departure_place: str = ""
    departure_terminal: str = ""


@dataclass(frozen=True)
class FirstScreen:
    """The programs (most recent first) and the roster of ``roster_code``."""

    programs: list[ProgramRow]
    roster_code: str | None
    roster: list[ParticipantRow]


_PROGRAMS = """
SELECT p.id, p.code, p.title, p.first_day, p.last_day, p.city, p.country,
       COALESCE(o.name, ''), p.languages, p.notes,
       (SELECT COUNT(*) FROM participant AS pa WHERE pa.program_id = p.id),
       (SELECT COUNT(*) FROM activity AS a WHERE a.program_id = p.id),
       p.time_zone, p.assumed
FROM program AS p LEFT JOIN organization AS o ON o.id = p.organizer_id
ORDER BY p.first_day DESC, p.code
"""

_PARTNERS = """
SELECT pp.program_id, o.name FROM program_partner AS pp
JOIN organization AS o ON o.id = pp.organization_id
ORDER BY pp.program_id, pp.position
"""

_ROSTER = """
SELECT pa.id, pe.id, pa.position, pe.full_name, pa.title, COALESCE(o.name, ''), pa.role,
       pa.arrival, pa.departure, pa.room, pa.dietary, pa.needs, pa.passport_number,
       pa.birth_date, pe.email, pe.phone, pe.languages, pa.notes, pa.nationality, pa.assumed,
       pa.arrival_time_known, pa.arrival_mode, pa.arrival_number, pa.arrival_from,
       pa.arrival_place, pa.arrival_terminal, pa.departure_time_known, pa.departure_mode,
       pa.departure_number, pa.departure_to, pa.departure_place, pa.departure_terminal
FROM participant AS pa
JOIN person AS pe ON pe.id = pa.person_id
LEFT JOIN organization AS o ON o.id = pa.organization_id
WHERE pa.program_id = ?
ORDER BY pa.position, pa.id
"""


def sqlite_file(target: str | None) -> Path | None:
    """Return the path of ``target`` if it names an existing file (not a URL)."""
    if not target or "://" in target:
        return None
    path = Path(target)
    return path if path.is_file() else None


def read_first_screen(target: str | None, program_code: str | None = None) -> FirstScreen | None:
    """Read the programs and the roster of ``program_code`` (else the first program).

    Returns ``None`` when ``target`` is not an existing SQLite file at
    :data:`~coordinator.store.schema_version.SCHEMA_HEAD` or anything fails.
    """
    path = sqlite_file(target)
    if path is None:
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        return _read(connection, program_code)
    except (sqlite3.Error, ValueError, TypeError, KeyError, IndexError):
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, program_code: str | None) -> FirstScreen | None:
    revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    if revisions != [SCHEMA_HEAD]:
        return None
    partners: dict[int, list[str]] = {}
    for program_id, name in connection.execute(_PARTNERS):
        partners.setdefault(program_id, []).append(name)
    programs = [
        ProgramRow(
            id=row[0],
            code=row[1],
            title=row[2],
            first_day=_date(row[3]),
            last_day=_date(row[4]),
            city=row[5],
            country=row[6],
            organizer=row[7],
            partners=tuple(partners.get(row[0], ())),
            languages=string_list(row[8]),
            notes=row[9],
            participant_count=row[10],
            activity_count=row[11],
            time_zone=row[12],
            assumed=string_list(row[13]),
        )
        for row in connection.execute(_PROGRAMS)
    ]
    chosen = next((p for p in programs if p.code == program_code), None)
    if chosen is None and programs:
        chosen = programs[0]
    if chosen is None:
        return FirstScreen(programs, None, [])
    roster = [
        ParticipantRow(
            id=row[0],
            program_code=chosen.code,
            person_id=row[1],
            position=row[2],
            name=row[3],
            title=row[4],
            organization=row[5],
            role=row[6],
            arrival=_datetime(row[7]),
            departure=_datetime(row[8]),
            room=row[9],
            dietary=row[10],
            needs=row[11],
            passport_number=row[12],
            birth_date=None if row[13] is None else _date(row[13]),
            email=row[14],
            phone=row[15],
            languages=string_list(row[16]),
            notes=row[17],
            nationality=row[18],
            assumed=string_list(row[19]),
            arrival_time_known=bool(row[20]),
            arrival_mode=row[21],
            arrival_number=row[22],
            arrival_from=row[23],
            arrival_place=row[24],
            arrival_terminal=row[25],
            departure_time_known=bool(row[26]),
            departure_mode=row[27],
            departure_number=row[28],
            departure_to=row[29],
            departure_place=row[30],
            departure_terminal=row[31],
        )
        for row in connection.execute(_ROSTER, (chosen.id,))
    ]
    return FirstScreen(programs, chosen.code, roster)


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _datetime(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)
