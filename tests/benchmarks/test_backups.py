"""Backups of ten years of an office's work: taking one, and restoring one.

A backup is SQLite's online backup of every page, then ``PRAGMA
integrity_check`` on the copy; a restore checks the chosen backup, backs up
the current file, copies and checks again, then moves the copy into place.
Run with ``pytest tests/benchmarks/test_backups.py --benchmark-only``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from coordinator.store.backups import back_up_file, restore_backup
from tests.benchmarks.decade import build_decade


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_decade(tmp_path_factory.mktemp("decade") / "decade.sqlite")


def test_backing_up_the_decade_database(benchmark: BenchmarkFixture, decade: Path) -> None:
    backup = benchmark.pedantic(lambda: back_up_file(decade, "manual"), rounds=5, iterations=1)
    assert backup.ok


def test_restoring_the_decade_database(benchmark: BenchmarkFixture, decade: Path) -> None:
    backup = back_up_file(decade, "manual")
    previous = benchmark.pedantic(lambda: restore_backup(decade, backup), rounds=5, iterations=1)
    assert previous is not None
    assert previous.ok
