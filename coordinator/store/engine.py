"""Engines for a SQLite file or any SQLAlchemy URL.

SQLite gets foreign keys, a write-ahead journal, a busy timeout and *real*
transactions: Python's sqlite3 driver by default neither begins a transaction
before DDL nor honours released savepoints, so SQLAlchemy's documented recipe
is applied (the driver's own transaction handling is turned off and every
transaction starts with an explicit ``BEGIN``).

A transaction that will write starts as a write (``BEGIN IMMEDIATE``, asked
for with the :data:`WRITES` execution option): one that starts as a read and
later needs to write cannot wait for another writer, and SQLite refuses it at
once with "database is locked" whatever the busy timeout. Commits are synced
to the disk (``synchronous = FULL``): a change a user saw saved survives a
power cut, at the cost of one more flush per commit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 10_000

WRITES = "coordinator_writes"
"""Execution option of a connection whose transactions write: they begin IMMEDIATE."""


def sqlite_url(path: Path) -> URL:
    """Return the SQLAlchemy URL of the SQLite file at ``path``."""
    return URL.create("sqlite+pysqlite", database=str(path))


def with_default_driver(url: URL) -> URL:
    """Give a driverless ``postgresql://`` URL the driver the application ships with.

    SQLAlchemy 2.0 would pick psycopg2, which the ``postgresql`` extra does not
    install; ``psycopg`` (version 3) is the one it does. The ``postgres://``
    spelling some hosts hand out means the same.
    """
    if url.drivername in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    return url


def make_engine(url: str | URL) -> Engine:
    """Create the engine for ``url``, configured for this application."""
    parsed = with_default_driver(make_url(url))
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure_sqlite(engine, in_memory=parsed.database in (None, "", ":memory:"))
    return engine


def _configure_sqlite(engine: Engine, *, in_memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy's "begin" event below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writes = connection.get_execution_options().get(WRITES, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")
