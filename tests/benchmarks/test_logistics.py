"""Logistics of a 3,000-delegate summit: planning the transfers, checking every conflict.

Goals (issue 9): arrivals over two days at two airports, 60 vehicles: planning
the transfers under 1 s, and the full conflict check (itinerary and logistics
together) under 1 s. The summit is the demo program with 3,000 more
delegates, each landing at IST or SAW on the first two days, 60 vehicles of
14 to 50 seats, 20 drivers, and the demo's itinerary.
Run with ``pytest tests/benchmarks/test_logistics.py --benchmark-only``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from coordinator.domain.directory import Organization, Person
from coordinator.domain.itinerary import Guide
from coordinator.domain.logistics import Vehicle
from coordinator.domain.programs import Participant
from coordinator.services.conflicts import ConflictService
from coordinator.services.demo import DEMO_PROGRAM_CODE, load_demo
from coordinator.services.programs import program_by_code
from coordinator.services.transfer_planning import TransferPlanningService
from coordinator.store import Database, open_database

DELEGATES = 3000
FIRST_DAY = dt.date(2021, 8, 24)


@pytest.fixture(scope="module")
def summit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("summit") / "summit.sqlite")
    load_demo(database)
    chance = random.Random(2021)
    with database.transaction() as session:
        program = program_by_code(session, DEMO_PROGRAM_CODE)
        city = Organization(name="Summit City Municipality")
        for number in range(DELEGATES):
            landing = dt.datetime.combine(
                FIRST_DAY + dt.timedelta(days=chance.randrange(2)),
                dt.time(chance.randrange(6, 23), chance.choice((0, 15, 30, 45))),
            )
            person = Person(full_name=f"Delegate Number{number} Summitova")
            session.add(
                Participant(
                    program=program, person=person, organization=city, position=100 + number,
                    arrival=landing, arrival_mode="flight",
                    arrival_place=chance.choice(("IST", "SAW")),
                    arrival_number=f"TK {1000 + number % 400}",
                    departure=dt.datetime.combine(dt.date(2021, 8, 29), dt.time(18, 0)),
                    departure_mode="flight", departure_place="IST",
                )
            )  # fmt: skip
        for number in range(60):
            session.add(Vehicle(plate=f"34 SUM {100 + number}", seats=(14, 27, 50)[number % 3]))
        for number in range(20):
            driver = Person(full_name=f"Driver Number{number} Sürücü", phone="+90 555 000 00 00")
            session.add(Guide(person=driver, roles=["driver"], languages=["tr"]))
    yield database
    database.close()


def test_planning_the_transfers_of_a_summit(benchmark: BenchmarkFixture, summit: Database) -> None:
    planner = TransferPlanningService(summit)
    proposals = benchmark.pedantic(
        lambda: planner.plan(DEMO_PROGRAM_CODE), rounds=3, iterations=1, warmup_rounds=1
    )
    assert any(item.as_input().kind == "pickup" for item in proposals)


def test_every_conflict_of_a_summit(benchmark: BenchmarkFixture, summit: Database) -> None:
    service = ConflictService(summit)
    findings = benchmark.pedantic(
        lambda: service.list_conflicts(DEMO_PROGRAM_CODE), rounds=3, iterations=1, warmup_rounds=1
    )
    assert findings
