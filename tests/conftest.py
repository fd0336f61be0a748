"""Fixtures shared by every test: a fresh real SQLite file per test, offscreen Qt.

The stores a service or command-line test runs against (SQLite, and PostgreSQL
when a server is given) come from :mod:`tests.stores`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt: every GUI test runs without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Compiled modules go to a cache folder of their own, never beside the sources,
# and are kept even where PYTHONDONTWRITEBYTECODE is set (as on this project's
# CI machines): without them each child process a test starts (the command
# line, the window, the workers of pytest-xdist) compiles every module again,
# about two seconds each time, and pytest rewrites every test module again.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault(
    "PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "coordinator-tests-pycache")
)
sys.dont_write_bytecode = False
sys.pycache_prefix = sys.pycache_prefix or os.environ["PYTHONPYCACHEPREFIX"]

from coordinator.store import Database, open_database  # noqa: E402 (after the settings above)

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED = REPOSITORY.parent / "shared"

pytest_plugins = ("tests.stores",)


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


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Destroy the windows a GUI test closed before the next test starts.

    pytest-qt closes a test's widgets and calls ``deleteLater``, which only
    runs in the *next* test's event loop. By then Python's garbage collector
    may have cleared the wrappers of their models while Qt still calls them
    while tearing the window down. Deleting them here, right after the test's
    own teardown, keeps every test's windows inside that test.
    """
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
