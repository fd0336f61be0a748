"""The service tests' database: each test runs on SQLite and on PostgreSQL (see tests.stores)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator.store import Database
from tests.stores import Store, opened


@pytest.fixture
def database(store: Store, sqlite_template: Path) -> Iterator[Database]:
    """A new, empty database in the test's store, closed after the test."""
    db = opened(store, sqlite_template)
    yield db
    db.close()
