"""The store on ten years of an office's work: opening it, with its integrity check.

Run with ``pytest tests/benchmarks/test_store.py --benchmark-only``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from coordinator.store import open_database
from tests.benchmarks.decade import build_decade


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_decade(tmp_path_factory.mktemp("decade") / "decade.sqlite")


def test_opening_the_decade_database(benchmark: BenchmarkFixture, decade: Path) -> None:
    benchmark.pedantic(lambda: open_database(decade).close(), rounds=5, iterations=1)


@pytest.mark.parametrize("check", ["quick_check", "integrity_check"])
def test_integrity_checks_of_the_decade_database(
    benchmark: BenchmarkFixture, decade: Path, check: str
) -> None:
    connection = sqlite3.connect(decade)
    try:
        result = benchmark.pedantic(
            lambda: connection.execute(f"PRAGMA {check}").fetchall(), rounds=5, iterations=1
        )
    finally:
        connection.close()
    assert result == [("ok",)]
