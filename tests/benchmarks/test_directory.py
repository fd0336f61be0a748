"""The directory on ten years of work (18,000 people): its lists and its possible duplicates.

Run with ``pytest tests/benchmarks/test_directory.py --benchmark-only``. The
window reads these lists on a worker thread; the GUI thread only opens the
window and, when they arrive, hands them to the tables with their search keys.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from coordinator.services.directory_duplicates import DuplicateService
from coordinator.services.directory_service import DirectoryService
from coordinator.store import Database, open_database
from tests.benchmarks.decade import build_decade


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(build_decade(tmp_path_factory.mktemp("decade") / "decade.sqlite"))
    yield database
    database.close()


def test_reading_the_directorys_people(benchmark: BenchmarkFixture, decade: Database) -> None:
    people = benchmark.pedantic(DirectoryService(decade).persons, rounds=5, iterations=1)
    assert len(people) > 18_000


def test_reading_the_directorys_organizations(
    benchmark: BenchmarkFixture, decade: Database
) -> None:
    organizations = benchmark.pedantic(
        DirectoryService(decade).organizations, rounds=5, iterations=1
    )
    assert len(organizations) > 200


def test_finding_possible_duplicates(benchmark: BenchmarkFixture, decade: Database) -> None:
    found = benchmark.pedantic(DuplicateService(decade).possible_duplicates, rounds=3, iterations=1)
    assert len(found.persons) < 100  # blocks by key: no flood of pairs


@pytest.mark.usefixtures("qapp")
def test_the_people_lists_search_keys(benchmark: BenchmarkFixture, decade: Database) -> None:
    """What the worker thread computes once so that a keystroke in the filter stays cheap."""
    from coordinator.ui.directory_models import PersonTableModel

    model = PersonTableModel()
    people = DirectoryService(decade).persons()
    keys = benchmark.pedantic(lambda: model.search_keys(people), rounds=3, iterations=1)
    model.set_records(people, keys)
    model.set_filter("tokhtarova 999-1")
    assert model.rowCount() >= 1
