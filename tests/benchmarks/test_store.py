"""The store on ten years of an office's work: opening it, its integrity check, a backup.

Run with ``pytest tests/benchmarks/test_store.py --benchmark-only``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from coordinator.store import open_database
from coordinator.store.backups import back_up_file
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


def test_a_backup_of_the_decade_database(benchmark: BenchmarkFixture, decade: Path) -> None:
    """A checked copy through SQLite's online backup, as before every import."""
    backup = benchmark.pedantic(
        lambda: back_up_file(decade, "manual", prune=False), rounds=5, iterations=1
    )
    assert backup.ok
