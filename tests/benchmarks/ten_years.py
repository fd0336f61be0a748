"""Ten years of an office's work, built through the services: 1,000 programs.

Each program has a roster of 18 delegates (18,000 directory persons in all,
added by the roster import's bulk path) and an itinerary of 18 activities over
six days (18,000), at venues the office goes back to (600, owned by 300
organizations), with one of 80 guides on every activity that needs one.
Each program has its organizer; the demo program is there too.

Building takes a while, so the file is kept in the temporary folder under a
name made of the schema head and this module's own text: it is built once and
reused until either changes. ``python -m tests.benchmarks.ten_years`` builds
it (if need be) and prints where it is and how long it took.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

from coordinator.domain.enums import ActivityKind, GuideRole
from coordinator.excel import RosterEntry, RosterTable
from coordinator.services.demo import load_demo
from coordinator.services.directory_records import VenueInput
from coordinator.services.directory_service import DirectoryService
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import add_activity
from coordinator.services.programs import ProgramService, program_by_code
from coordinator.services.records import ActivityInput, GuideInput, ProgramInput
from coordinator.services.roster_import_apply import apply_plan_in
from coordinator.services.roster_import_records import ImportPlan, PlannedAddition
from coordinator.store import Database, open_database
from coordinator.store.schema_version import SCHEMA_HEAD

PROGRAMS = 1_000
DELEGATES = 18
ACTIVITIES = 18
VENUES = 600
OWNERS = 300
GUIDES = 80
CITIES = 200
LAST_CODE = f"P-{PROGRAMS - 1:04d}"
"""The code of the newest program: the one the window shows first."""

_KINDS = (
    ActivityKind.COURTESY_VISIT, ActivityKind.SITE_VISIT, ActivityKind.MEAL,
    ActivityKind.MEETING, ActivityKind.CULTURAL_TOUR, ActivityKind.SITE_VISIT,
)  # fmt: skip
_ROLES = (GuideRole.GUIDE, GuideRole.INTERPRETER, GuideRole.ESCORT)
_SURNAMES = ("Tokhtarova", "Şanlıer", "Işık", "Çakır", "Иванов", "Abdrakhmanov", "Arısoy")


def ten_years_path() -> Path:
    """Return where the database of this schema and this builder is kept."""
    source = Path(__file__).read_bytes()
    digest = hashlib.sha256(source).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"coordinator-ten-years-{SCHEMA_HEAD}-{digest}.sqlite"


def ten_years_database() -> tuple[Path, float]:
    """Return the database file, building it first if need be, and the seconds the build took.

    A file from an earlier run took 0 s. The file is written under another name
    and renamed when complete, so an interrupted build leaves nothing behind.
    """
    path = ten_years_path()
    if path.exists():
        return path, 0.0
    partial = path.with_name(f"{path.stem}-{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    started = time.monotonic()
    build_ten_years(partial)
    took = time.monotonic() - started
    partial.replace(path)
    return path, took


def build_ten_years(path: Path) -> None:
    """Write the ten-year database at ``path`` through the services."""
    database = open_database(path)
    try:
        load_demo(database)
        _add_venues(database)
        guide_ids = _add_guides(database)
        programs = ProgramService(database)
        for number in range(PROGRAMS):
            programs.create(_program(number))
        # The bulk entry points that take a caller's session: one transaction for all.
        with database.transaction() as session:
            for number in range(PROGRAMS):
                apply_plan_in(session, _roster(number), None)
        for number in range(PROGRAMS):  # one transaction per itinerary keeps each flush small
            with database.transaction() as session:
                program = program_by_code(session, f"P-{number:04d}")
                for index in range(ACTIVITIES):
                    data, guided = _activity(number, index, program.first_day)
                    guide = guide_ids[(number * 7 + index) % GUIDES]
                    role = _ROLES[index % len(_ROLES)].value
                    add_activity(session, program, data, [(guide, role)] if guided else ())
    finally:
        database.close()


def _add_venues(database: Database) -> None:
    directory = DirectoryService(database)
    for number in range(VENUES):
        directory.add_venue(
            VenueInput(
                name=_venue_name(number),
                owner=f"Facility Operator {number % OWNERS}",
                kind="facility",
                city="Istanbul",
                address=f"Street {number}, Istanbul",
            )
        )


def _add_guides(database: Database) -> list[int]:
    guides = GuideService(database)
    return [
        guides.add_guide(
            GuideInput(
                name=f"Guide {number} {_SURNAMES[number % len(_SURNAMES)]}",
                title="Deputy Mayor" if number % 10 == 0 else "Interpreter",
                organization=f"District Municipality {number % 12}",
                languages=("tr", "ru", "kk")[: 1 + number % 3],
                roles=(_ROLES[number % len(_ROLES)].value,),
            )
        ).id
        for number in range(GUIDES)
    ]


def _venue_name(number: int) -> str:
    return f"Venue {number} Center"


def _first_day(number: int) -> dt.date:
    return dt.date(2016, 1, 4) + dt.timedelta(days=3 * number)


def _program(number: int) -> ProgramInput:
    first = _first_day(number)
    return ProgramInput(
        code=f"P-{number:04d}",
        title=f"Information and Experience Sharing Program {number}",
        first_day=first,
        last_day=first + dt.timedelta(days=5),
        city="Istanbul",
        country="Türkiye",
        organizer=f"Union of Municipalities {number % 5}",
        languages=("ru", "kk"),
    )


def _roster(number: int) -> ImportPlan:
    first = _first_day(number)
    additions = tuple(
        PlannedAddition(
            RosterEntry(
                row=seat + 2,
                name=(name := f"Delegate {number}-{seat} {_SURNAMES[seat % len(_SURNAMES)]}"),
                name_key=name.casefold(),
                title="Council Member" if seat else "Mayor",
                organization=f"Municipality of Town {number % CITIES}",
                role="member" if seat else "head",
                arrival=dt.datetime.combine(first, dt.time(14, 30)),
                departure=dt.datetime.combine(first + dt.timedelta(days=5), dt.time(10)),
                room=str(100 + seat),
                dietary="halal" if seat % 3 == 0 else "",
                email=f"delegate{number}.{seat}@example.org",
                languages=("ru", "kk"),
            )
        )
        for seat in range(DELEGATES)
    )
    table = RosterTable(
        source=Path("ten-years.xlsx"), sheet="Roster", sheets=(), header_row=1,
        headers=(), layout_key="", mapping={}, rows=[],
    )  # fmt: skip
    code = f"P-{number:04d}"
    return ImportPlan(code, table, {}, additions, (), (), ())


def _activity(number: int, index: int, first: dt.date) -> tuple[ActivityInput, bool]:
    kind = _KINDS[index % len(_KINDS)]
    start = dt.time(9 + 2 * (index % 3))
    data = ActivityInput(
        day=first + dt.timedelta(days=index // 3),
        start_time=start,
        end_time=start.replace(hour=start.hour + 1, minute=30),
        kind=kind.value,
        title=f"{kind.value.replace('_', ' ').capitalize()} {index} of program {number}",
        venue=_venue_name((number * 11 + index) % VENUES),
    )
    return data, kind in (ActivityKind.SITE_VISIT, ActivityKind.CULTURAL_TOUR)


if __name__ == "__main__":
    where, seconds = ten_years_database()
    print(f"{where} (built in {seconds:.1f} s)" if seconds else f"{where} (already built)")
    sys.exit(0)
