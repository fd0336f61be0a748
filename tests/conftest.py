"""Fixtures shared by every test: a fresh real SQLite file per test, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt: every GUI test runs without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordinator.store import Database, open_database

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED = REPOSITORY.parent / "shared"


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    """The path of a database file that does not exist yet."""
    return tmp_path / "coordinator.sqlite"


@pytest.fixture
def database(database_path: Path) -> Iterator[Database]:
    """A new, empty database in a real SQLite file, closed after the test."""
    db = open_database(database_path)
    yield db
    db.close()
