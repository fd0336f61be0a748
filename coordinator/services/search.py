"""The search index of a whole database: every program's people and activities, the directory.

:meth:`SearchService.build_index` reads plain columns (no ORM objects) in a
few queries, one per kind of entry, and returns a
:class:`~coordinator.domain.search.SearchIndex` of frozen entries whose keys
are folded once; the stored ``name_key`` columns of people, organizations and
venues are used as they are. Ten years of an office's work (18,000 people,
18,000 activities, 1,000 programs) is read in well under a second, off the
GUI thread.

Where an entry leads:

- a participant: the roster of their program;
- an activity: the itinerary of its program;
- a host: the itinerary of the program, at the first activity they host there;
- a guide: the Guides tab of each program they work on; a guide on no
  program yet has one entry without a program;
- a venue, an organization, a person on no program: the directory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from coordinator.domain.directory import Organization, Person, Venue
from coordinator.domain.itinerary import Activity, ActivityHost, Assignment, Guide
from coordinator.domain.programs import Participant, Program
from coordinator.domain.search import EntryKind, SearchEntry, SearchIndex, make_entry
from coordinator.domain.text import search_key
from coordinator.store import Database

_Programs = dict[int, tuple[str, str, dt.date]]
"""A program's code, title and first day by its id."""

Progress = Callable[[int, int], bool]
"""``progress(done, total)``, ``False`` once the caller wants the work to stop."""

_STEPS = 7


class SearchCancelledError(Exception):
    """The caller asked the index to stop being built."""


def _detail(*parts: str | None) -> str:
    return " · ".join(part for part in parts if part)


def _entry(
    kind: EntryKind,
    record_id: int,
    label: str,
    key: str,
    detail: str,
    program: tuple[str, str, dt.date] | None = None,
    day: dt.date | None = None,
) -> SearchEntry:
    """Return an entry whose key was already folded (a stored ``name_key``)."""
    code, title, first = program if program is not None else ("", "", None)
    return SearchEntry(kind, record_id, label, detail, code, title, day or first, key)


def _programs(session: Session) -> tuple[_Programs, list[SearchEntry]]:
    rows = session.execute(
        select(Program.id, Program.code, Program.title, Program.first_day, Program.city)
    ).all()
    programs = {row.id: (row.code, row.title, row.first_day) for row in rows}
    entries = [
        make_entry(
            EntryKind.PROGRAM,
            row.id,
            row.title,
            row.city,
            (row.code, row.title),
            row.first_day,
        )
        for row in rows
    ]
    return programs, entries


def _participants(session: Session, programs: _Programs) -> Iterator[SearchEntry]:
    visit_org = aliased(Organization)
    rows = session.execute(
        select(
            Participant.id,
            Participant.program_id,
            Participant.title,
            Person.full_name,
            Person.name_key,
            visit_org.name.label("organization"),
        )
        .join(Person, Participant.person_id == Person.id)
        .outerjoin(visit_org, Participant.organization_id == visit_org.id)
    )
    for row in rows:
        yield _entry(
            EntryKind.PARTICIPANT,
            row.id,
            row.full_name,
            row.name_key,
            _detail(row.title, row.organization),
            programs[row.program_id],
        )


def _activities(session: Session, programs: _Programs) -> Iterator[SearchEntry]:
    rows = session.execute(
        select(Activity.id, Activity.program_id, Activity.title, Activity.day, Venue.name)
        .outerjoin(Venue, Activity.venue_id == Venue.id)
        .order_by(Activity.day, Activity.position, Activity.start_time, Activity.id)
    )
    keys: dict[str, str] = {}  # the same titles come back in program after program
    for row in rows:
        key = keys.get(row.title)
        if key is None:
            key = keys[row.title] = search_key(row.title)
        yield _entry(
            EntryKind.ACTIVITY,
            row.id,
            row.title,
            key,
            row.name or "",
            programs[row.program_id],
            row.day,
        )


def _hosts(session: Session, programs: _Programs) -> Iterator[SearchEntry]:
    rows = session.execute(
        select(
            ActivityHost.person_id,
            Activity.program_id,
            Activity.id,
            Activity.title,
            ActivityHost.title.label("host_title"),
            Person.full_name,
            Person.name_key,
        )
        .join(Activity, ActivityHost.activity_id == Activity.id)
        .join(Person, ActivityHost.person_id == Person.id)
        .order_by(Activity.day, Activity.position, Activity.start_time, Activity.id)
    )
    seen: set[tuple[int, int]] = set()
    for row in rows:
        # Rows come in itinerary order: the first of each (person, program) is kept.
        if (row.person_id, row.program_id) in seen:
            continue
        seen.add((row.person_id, row.program_id))
        yield _entry(
            EntryKind.HOST,
            row.id,
            row.full_name,
            row.name_key,
            _detail(row.host_title, row.title),
            programs[row.program_id],
        )


def _guides(session: Session, programs: _Programs) -> Iterator[SearchEntry]:
    people = (
        select(Guide.id, Person.full_name, Person.name_key, Person.title)
        .join(Person, Guide.person_id == Person.id)
        .order_by(Guide.id)
    )
    guides = {row.id: row for row in session.execute(people)}
    working = session.execute(
        select(Assignment.guide_id, Activity.program_id)
        .join(Activity, Assignment.activity_id == Activity.id)
        .distinct()
    ).all()
    busy = set()
    for guide_id, program_id in working:
        busy.add(guide_id)
        guide = guides[guide_id]
        yield _entry(
            EntryKind.GUIDE,
            guide.id,
            guide.full_name,
            guide.name_key,
            guide.title,
            programs[program_id],
        )
    for guide in guides.values():
        if guide.id not in busy:
            yield _entry(EntryKind.GUIDE, guide.id, guide.full_name, guide.name_key, guide.title)


def _directory(session: Session) -> Iterator[SearchEntry]:
    owner = aliased(Organization)
    venues = session.execute(
        select(
            Venue.id, Venue.name, Venue.name_key, Venue.city, owner.name.label("owner")
        ).outerjoin(owner, Venue.owner_id == owner.id)
    )
    for row in venues:
        yield _entry(EntryKind.VENUE, row.id, row.name, row.name_key, _detail(row.owner, row.city))
    organizations = session.execute(
        select(
            Organization.id,
            Organization.name,
            Organization.name_key,
            Organization.city,
            Organization.country,
        )
    )
    for row in organizations:
        yield _entry(
            EntryKind.ORGANIZATION, row.id, row.name, row.name_key, _detail(row.city, row.country)
        )


def _lone_people(session: Session) -> Iterator[SearchEntry]:
    """The people on no roster, hosting nothing and not guides: found in the directory."""
    on_program = or_(
        Person.id.in_(select(Participant.person_id)),
        Person.id.in_(select(ActivityHost.person_id)),
        Person.id.in_(select(Guide.person_id)),
    )
    rows = session.execute(
        select(
            Person.id,
            Person.full_name,
            Person.name_key,
            Person.title,
            func.coalesce(Organization.name, "").label("organization"),
        )
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .where(~on_program)
    )
    for row in rows:
        yield _entry(
            EntryKind.PERSON,
            row.id,
            row.full_name,
            row.name_key,
            _detail(row.title, row.organization),
        )


_KIND_ORDER = {
    kind: place
    for place, kind in enumerate(
        (
            EntryKind.PROGRAM,
            EntryKind.PARTICIPANT,
            EntryKind.GUIDE,
            EntryKind.HOST,
            EntryKind.PERSON,
            EntryKind.ORGANIZATION,
            EntryKind.VENUE,
            EntryKind.ACTIVITY,
        )
    )
}
"""People and places before activities, whose titles name them in passing."""


def _order(entry: SearchEntry) -> tuple[int, str, int]:
    """Sort by kind, name, then the newest program first: how equal matches are listed."""
    newest_first = -entry.day.toordinal() if entry.day is not None else 0
    return (_KIND_ORDER[entry.kind], entry.key, newest_first)


class SearchService:
    """Builds the index that the search box looks through."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def build_index(self, progress: Progress | None = None) -> SearchIndex:
        """Read every searchable thing of the database into one index.

        ``progress(done, total)`` is called after each kind of entry; once it
        returns ``False`` the work stops.

        Raises:
            SearchCancelledError: ``progress`` asked to stop.
        """

        def step(done: int) -> None:
            if progress is not None and not progress(done, _STEPS):
                raise SearchCancelledError

        with self._database.reading() as session:
            programs, entries = _programs(session)
            step(1)
            readers: tuple[Callable[[], Iterator[SearchEntry]], ...] = (
                lambda: _participants(session, programs),
                lambda: _activities(session, programs),
                lambda: _hosts(session, programs),
                lambda: _guides(session, programs),
                lambda: _directory(session),
                lambda: _lone_people(session),
            )
            for done, read in enumerate(readers, start=2):
                entries.extend(read())
                step(done)
        entries.sort(key=_order)
        return SearchIndex(entries)
