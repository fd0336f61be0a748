"""The first screen of a database as plain records, read without SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass, fields

from coordinator.services.records import ParticipantRecord, ProgramRecord
from coordinator.store.first_screen import read_first_screen


@dataclass(frozen=True)
class FirstScreenRecords:
    """The programs (most recent first) and the roster of ``roster_code``."""

    programs: list[ProgramRecord]
    roster_code: str | None
    roster: list[ParticipantRecord]


def first_screen(target: str | None, program_code: str | None = None) -> FirstScreenRecords | None:
    """Read the programs and a roster of a SQLite file at the current schema, else ``None``."""
    screen = read_first_screen(target, program_code)
    if screen is None:
        return None
    program_names = [field.name for field in fields(ProgramRecord)]
    participant_names = [field.name for field in fields(ParticipantRecord)]
    return FirstScreenRecords(
        programs=[
            ProgramRecord(**{name: getattr(row, name) for name in program_names})
            for row in screen.programs
        ],
        roster_code=screen.roster_code,
        roster=[
            ParticipantRecord(**{name: getattr(row, name) for name in participant_names})
            for row in screen.roster
        ],
    )
