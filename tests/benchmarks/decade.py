"""A database the size of ten years of an office's work: 1,000 programs, 18,000 people.

Each program has a roster of 18 delegates (each a directory person of their
own) and 18 activities over six days; the demo program is there too. Built
once per benchmark module and reused, since it takes a few seconds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coordinator.domain.directory import Organization, Person
from coordinator.domain.itinerary import Activity
from coordinator.domain.programs import Participant, Program
from coordinator.services.demo import load_demo
from coordinator.store import open_database

PROGRAMS = 1_000
DELEGATES = 18
ACTIVITIES = 18


def build_decade(path: Path) -> Path:
    """Write the decade-sized database at ``path`` and return ``path``."""
    database = open_database(path)
    try:
        load_demo(database)
        with database.transaction() as session:
            cities = [Organization(name=f"Municipality of Town {n}") for n in range(200)]
            session.add_all(cities)
            for number in range(PROGRAMS):
                first = dt.date(2016, 1, 4) + dt.timedelta(days=3 * number)
                program = Program(
                    code=f"P-{number:04d}",
                    title=f"Information and Experience Sharing Program {number}",
                    first_day=first,
                    last_day=first + dt.timedelta(days=5),
                )
                session.add(program)
                for seat in range(DELEGATES):
                    person = Person(full_name=f"Delegate {number}-{seat} Tokhtarova")
                    session.add(
                        Participant(program=program, person=person, title="Council Member",
                                    organization=cities[number % 200], position=seat)
                    )  # fmt: skip
                for index in range(ACTIVITIES):
                    session.add(
                        Activity(program=program, day=first + dt.timedelta(days=index // 3),
                                 start_time=dt.time(9 + 3 * (index % 3)), position=index,
                                 kind="site_visit", title=f"Site visit {index}")
                    )  # fmt: skip
    finally:
        database.close()
    return path
