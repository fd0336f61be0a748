"""Small builders for tests of the itinerary, guides and conflicts services."""

from __future__ import annotations

import datetime as dt

from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import (
    ActivityInput,
    ActivityRecord,
    GuideInput,
    GuideRecord,
    HostInput,
    ProgramInput,
    ProgramRecord,
)
from coordinator.store import Database

CODE = "KZ-2026"
MON = dt.date(2026, 6, 1)
TUE = dt.date(2026, 6, 2)
WED = dt.date(2026, 6, 3)


def at(text: str) -> dt.time:
    """Return the time written ``HH:MM``."""
    return dt.time.fromisoformat(text)


def make_program(
    database: Database, code: str = CODE, languages: tuple[str, ...] = ("kk", "ru")
) -> ProgramRecord:
    """Create a three-day program (Mon 1 to Wed 3 June 2026)."""
    return ProgramService(database).create(
        ProgramInput(
            code=code,
            title="Almaty delegation",
            first_day=MON,
            last_day=WED,
            city="Istanbul",
            languages=languages,
        )
    )


def activity_input(
    title: str,
    start: str | None = "10:00",
    end: str | None = "11:00",
    *,
    day: dt.date = MON,
    kind: str = "site_visit",
    venue: str = "",
    hosts: tuple[HostInput, ...] = (),
    attendees: tuple[int, ...] = (),
    needs_guide: bool | None = None,
    notes: str = "",
    summary: str = "",
) -> ActivityInput:
    """Return the input of an activity, a one-hour site visit on Monday by default."""
    return ActivityInput(
        day=day,
        start_time=at(start) if start else None,
        end_time=at(end) if end else None,
        kind=kind,
        title=title,
        venue=venue,
        hosts=hosts,
        attendees=attendees,
        needs_guide=needs_guide,
        notes=notes,
        summary=summary,
    )


def add_activity(
    database: Database, title: str, *args: str | None, **kwargs: object
) -> ActivityRecord:
    """Add an activity to the program :data:`CODE` (see :func:`activity_input`)."""
    data = activity_input(title, *args, **kwargs)  # type: ignore[arg-type]
    return ItineraryService(database).add_activity(CODE, data)


def add_guide(
    database: Database,
    name: str,
    languages: tuple[str, ...] = ("ru",),
    roles: tuple[str, ...] = ("guide",),
    hours: float | None = None,
    organization: str = "",
) -> GuideRecord:
    """Add a guide to the directory."""
    return GuideService(database).add_guide(
        GuideInput(
            name=name,
            organization=organization,
            languages=languages,
            roles=roles,
            max_hours_per_day=hours,
        )
    )
