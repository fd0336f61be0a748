"""Benchmark: the conflicts of a synthetic season, 10,000 activities and 500 guides.

Run on purpose with ``pytest tests/benchmarks --benchmark-only``; the suite
skips it. The rules sweep each guide's activities in time order instead of
comparing all pairs, so the season takes a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from coordinator.domain.conflicts import find_conflicts
from coordinator.domain.planning import (
    Absence,
    Plan,
    PlanActivity,
    PlanAssignment,
    PlanGuide,
    TravelTimes,
)
from coordinator.domain.suggestions import suggest

ACTIVITIES = 10_000
GUIDES = 500
VENUES = 200
FIRST_DAY = dt.date(2026, 3, 1)
SEASON_DAYS = 120
LANGUAGES = ("en", "kk", "ky", "ru", "tr", "uz")


def _activity(rng: random.Random, activity_id: int) -> PlanActivity:
    start = rng.randrange(8 * 4, 19 * 4)
    length = rng.randrange(2, 12)
    end = min(start + length, 23 * 4)
    return PlanActivity(
        id=activity_id,
        title=f"Activity {activity_id}",
        day=FIRST_DAY + dt.timedelta(days=rng.randrange(SEASON_DAYS)),
        start=dt.time(start // 4, start % 4 * 15),
        end=dt.time(end // 4, end % 4 * 15),
        venue_id=rng.randrange(1, VENUES + 1),
        venue_owner_id=rng.randrange(1, 30),
        needs_guide=rng.random() < 0.6,
        languages=frozenset(rng.sample(LANGUAGES, 2)),
    )


def season(seed: int = 2021) -> Plan:
    """A season of visits: activities, guides, assignments, absences, travel times."""
    rng = random.Random(seed)
    activities = tuple(_activity(rng, index + 1) for index in range(ACTIVITIES))
    guides = tuple(
        PlanGuide(
            id=index + 1,
            name=f"Guide {index + 1}",
            languages=frozenset(rng.sample(LANGUAGES, rng.randrange(1, 3))),
            roles=frozenset({"guide"}),
            max_hours_per_day=rng.choice([None, 1.5, 6.0, 8.0]),
            organization_id=rng.randrange(1, 30),
        )
        for index in range(GUIDES)
    )
    assignments = {
        (activity.id, rng.randrange(1, GUIDES + 1))
        for activity in activities
        for _ in range(rng.choice([0, 1, 1, 2]))
    }
    absences = tuple(
        Absence(
            rng.randrange(1, GUIDES + 1), FIRST_DAY + dt.timedelta(days=rng.randrange(SEASON_DAYS))
        )
        for _ in range(1_000)
    )
    travel = {
        (first, second): rng.randrange(5, 60)
        for first in range(1, VENUES + 1)
        for second in rng.sample(range(1, VENUES + 1), 10)
        if first != second
    }
    return Plan(
        activities,
        guides,
        tuple(PlanAssignment(activity, guide) for activity, guide in sorted(assignments)),
        absences,
        TravelTimes(travel),
    )


@pytest.fixture(scope="module")
def plan() -> Plan:
    return season()


def test_conflicts_of_a_season(benchmark: BenchmarkFixture, plan: Plan) -> None:
    findings = benchmark(find_conflicts, plan)
    kinds = {finding.kind.value for finding in findings}
    assert kinds == {"overlap", "unavailable", "language", "unguided", "workload"}


def test_suggestions_for_a_season(benchmark: BenchmarkFixture, plan: Plan) -> None:
    result = benchmark.pedantic(suggest, args=(plan,), rounds=1, iterations=1)
    assert result.proposals
