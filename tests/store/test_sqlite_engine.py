"""The SQLite engine: pragmas on every connection and transactions that really roll back.

Python's sqlite3 driver, left to itself, commits DDL immediately and ignores a
released savepoint on rollback; the store's engine must not.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Connection, event, func, select

from coordinator.domain.models import Organization, Program
from coordinator.store import Database, open_database
from coordinator.store.engine import BUSY_TIMEOUT_MS, make_engine, sqlite_url


class AbortError(Exception):
    """Raised inside a transaction to make it fail."""


def _pragma(connection: Connection, name: str) -> object:
    return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def _has_table(connection: Connection, name: str) -> bool:
    found = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).scalar()
    return found == 1


def test_pragmas_are_set_on_every_connection(database: Database) -> None:
    with database.engine.connect() as first, database.engine.connect() as second:
        for connection in (first, second):
            assert _pragma(connection, "foreign_keys") == 1
            assert _pragma(connection, "journal_mode") == "wal"
            assert _pragma(connection, "busy_timeout") == BUSY_TIMEOUT_MS
            assert _pragma(connection, "synchronous") == 2  # FULL: a commit survives a power cut


def test_the_busy_timeout_is_several_seconds() -> None:
    assert BUSY_TIMEOUT_MS >= 5_000


def test_an_in_memory_engine_has_foreign_keys_too() -> None:
    engine = make_engine("sqlite://")
    try:
        with engine.connect() as connection:
            assert _pragma(connection, "foreign_keys") == 1
            assert _pragma(connection, "journal_mode") == "memory"
    finally:
        engine.dispose()


def _ddl_then_fail(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (id INTEGER PRIMARY KEY)")
        connection.exec_driver_sql("INSERT INTO scratch DEFAULT VALUES")
        assert _has_table(connection, "scratch")
        raise AbortError


def _released_savepoint_then_fail(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (id INTEGER PRIMARY KEY)")
        with connection.begin_nested():
            connection.exec_driver_sql("INSERT INTO scratch (id) VALUES (1)")
            connection.exec_driver_sql(
                "INSERT INTO organization (name, name_key, kind, city, country, notes) "
                "VALUES ('Beykoz Municipality', 'beykoz municipality', '', '', '', '')"
            )
        assert connection.exec_driver_sql("SELECT count(*) FROM scratch").scalar() == 1
        raise AbortError


def test_a_failed_transaction_rolls_back_ddl(database: Database) -> None:
    with pytest.raises(AbortError):
        _ddl_then_fail(database)
    with database.engine.connect() as connection:
        assert not _has_table(connection, "scratch")


def test_a_failed_transaction_rolls_back_a_released_savepoint(database: Database) -> None:
    with pytest.raises(AbortError):
        _released_savepoint_then_fail(database)
    with database.engine.connect() as connection:
        assert not _has_table(connection, "scratch")
        assert connection.exec_driver_sql("SELECT count(*) FROM organization").scalar() == 0


def test_a_rolled_back_savepoint_keeps_the_rest(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (id INTEGER PRIMARY KEY)")
        connection.exec_driver_sql("INSERT INTO scratch (id) VALUES (1)")
        savepoint = connection.begin_nested()
        connection.exec_driver_sql("INSERT INTO scratch (id) VALUES (2)")
        savepoint.rollback()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT id FROM scratch").scalars().all() == [1]


def _user_action_then_fail(database: Database) -> None:
    with database.transaction() as session:
        session.add(Organization(name="Union of Turkish World Municipalities (TDBB)"))
        session.flush()
        with session.begin_nested():
            session.add(
                Program(
                    code="KZ-2021",
                    title="Turkistan Municipality Information and Experience Sharing Program",
                    first_day=dt.date(2021, 8, 24),
                    last_day=dt.date(2021, 8, 29),
                )
            )
        raise AbortError


def test_a_failed_user_action_leaves_nothing(database: Database) -> None:
    with pytest.raises(AbortError):
        _user_action_then_fail(database)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 0
        assert session.scalar(select(func.count()).select_from(Program)) == 0


def test_a_successful_user_action_is_committed(database: Database) -> None:
    with database.transaction() as session:
        session.add(Organization(name="Beykoz Municipality"))
    with database.reading() as session:
        assert session.scalars(select(Organization.name)).all() == ["Beykoz Municipality"]


def test_reading_commits_nothing(database: Database) -> None:
    with database.reading() as session:
        session.add(Organization(name="Beykoz Municipality"))
        session.flush()
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 0


def test_uncommitted_work_is_invisible_to_other_connections(database_path: Path) -> None:
    engine = make_engine(sqlite_url(database_path))
    try:
        with engine.connect() as writer, engine.connect() as reader:
            writer.begin()
            writer.exec_driver_sql("CREATE TABLE scratch (id INTEGER PRIMARY KEY)")
            writer.exec_driver_sql("INSERT INTO scratch (id) VALUES (1)")
            assert not _has_table(reader, "scratch")
            reader.rollback()
            writer.commit()
            assert _has_table(reader, "scratch")
    finally:
        engine.dispose()


def _add_organization_slowly(path: Path, name: str, started: threading.Event) -> None:
    """A user action that reads, thinks and then writes, on its own connection."""
    database = open_database(path)
    try:
        with database.transaction() as session:
            session.scalar(select(func.count()).select_from(Organization))
            started.set()
            time.sleep(0.3)
            session.add(Organization(name=name))
    finally:
        database.close()


def test_two_writers_at_once_both_save(database_path: Path) -> None:
    open_database(database_path).close()
    errors: list[BaseException] = []
    first_started, second_started = threading.Event(), threading.Event()

    def run(name: str, started: threading.Event) -> None:
        try:
            _add_organization_slowly(database_path, name, started)
        except BaseException as error:
            errors.append(error)

    first = threading.Thread(target=run, args=("Beykoz Municipality", first_started))
    second = threading.Thread(target=run, args=("Üsküdar Municipality", second_started))
    first.start()
    assert first_started.wait(5)
    second.start()  # begins while the first holds its transaction open
    first.join(20)
    second.join(20)
    assert errors == []
    database = open_database(database_path)
    try:
        with database.reading() as session:
            names = sorted(session.scalars(select(Organization.name)))
    finally:
        database.close()
    assert names == ["Beykoz Municipality", "Üsküdar Municipality"]


def test_write_transactions_begin_as_writes_and_reads_do_not(database: Database) -> None:
    statements: list[str] = []

    def remember(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("BEGIN"):
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", remember)
    try:
        with database.transaction() as session:
            session.add(Organization(name="Beykoz Municipality"))
        with database.reading() as session:
            session.scalar(select(func.count()).select_from(Organization))
    finally:
        event.remove(database.engine, "before_cursor_execute", remember)
    assert statements == ["BEGIN IMMEDIATE", "BEGIN"]
