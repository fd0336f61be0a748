"""Opening a database file: create, reopen, upgrade, or refuse with a clear reason."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from coordinator.domain.models import Base
from coordinator.store import Database, DatabaseError, DatabaseTooNewError, migrating, open_database
from coordinator.store.database import current_revision
from coordinator.store.migrating import alembic_config, head_revision


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows}
    finally:
        connection.close()


def _revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return current_revision(connection)


def _no_upgrade(*_args: object, **_kwargs: object) -> None:
    pytest.fail("the database was upgraded although it is at the head revision")


def test_a_new_file_is_created_at_the_head_revision(database_path: Path) -> None:
    assert not database_path.exists()
    database = open_database(database_path)
    try:
        assert database_path.is_file()
        assert _revision(database) == head_revision()
        assert _tables(database_path) == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        database.close()


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "office" / "2021" / "coordinator.sqlite"
    open_database(path).close()
    assert path.is_file()


def test_a_folder_that_cannot_be_made_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DatabaseError, match="Cannot create the folder"):
        open_database(blocker / "coordinator.sqlite")


def test_reopening_changes_nothing(database_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(database_path).close()
    monkeypatch.setattr(migrating, "upgrade_to_head", _no_upgrade)
    database = open_database(database_path)
    try:
        assert _revision(database) == head_revision()
    finally:
        database.close()


def test_a_url_opens_like_a_path(database_path: Path) -> None:
    database = open_database(f"sqlite:///{database_path}")
    try:
        assert database.path == database_path
        assert database.display_name == "coordinator.sqlite"
        assert _revision(database) == head_revision()
    finally:
        database.close()


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("not a url", "Not a database URL"),
        ("nosuchdialect://host/db", "cannot be opened: Can't load plugin"),
        ("postgresql+nosuchdriver://host/db", "cannot be opened"),
    ],
)
def test_a_url_that_names_no_usable_database_is_refused(url: str, reason: str) -> None:
    with pytest.raises(DatabaseError, match=reason):
        open_database(url)


def test_an_in_memory_database_has_no_path() -> None:
    database = open_database("sqlite://")
    try:
        assert database.path is None
        assert _revision(database) is not None
    finally:
        database.close()


def test_an_empty_file_is_upgraded(database_path: Path) -> None:
    database_path.write_bytes(b"")
    database = open_database(database_path)
    try:
        assert _revision(database) == head_revision()
    finally:
        database.close()


def test_a_database_at_the_base_revision_is_upgraded(database_path: Path) -> None:
    database = open_database(database_path)
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
        assert current_revision(connection) is None
    database.close()
    assert _tables(database_path) == {"alembic_version"}

    database = open_database(database_path)
    try:
        assert _revision(database) == head_revision()
        assert set(Base.metadata.tables) <= _tables(database_path)
    finally:
        database.close()


def _stamp_future(path: Path) -> bytes:
    database = open_database(path)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organization (name, name_key, kind, city, country, notes) "
            "VALUES ('Turkistan Municipality', 'turkistan municipality', '', '', '', '')"
        )
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    database.close()
    return path.read_bytes()


def test_a_newer_database_is_refused_and_left_alone(database_path: Path) -> None:
    before = _stamp_future(database_path)
    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(database_path)
    message = str(raised.value)
    assert str(database_path) in message
    assert "newer version" in message
    assert "9999_future" in message
    assert "update the application" in message
    assert database_path.read_bytes() == before
    connection = sqlite3.connect(database_path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999_future",)
        ]
        assert connection.execute("SELECT name FROM organization").fetchall() == [
            ("Turkistan Municipality",)
        ]
    finally:
        connection.close()


def test_a_newer_database_is_a_database_error(database_path: Path) -> None:
    _stamp_future(database_path)
    with pytest.raises(DatabaseError):
        open_database(database_path)


@pytest.mark.parametrize(
    "content",
    [
        random.Random(2021).randbytes(8192),
        "name;title\nÖmer Arısoy;Mayor of Zeytinburnu\n".encode(),
        b"SQLite format 3\x00" + bytes(84) + b"garbage" * 100,
    ],
    ids=["random-bytes", "text-file", "broken-header"],
)
def test_a_file_that_is_not_a_database_is_refused(database_path: Path, content: bytes) -> None:
    database_path.write_bytes(content)
    with pytest.raises(DatabaseError, match="cannot be opened as a coordinator database") as raised:
        open_database(database_path)
    assert not isinstance(raised.value, DatabaseTooNewError)
    assert str(database_path) in str(raised.value)
    assert database_path.read_bytes() == content


def test_another_applications_database_is_refused(database_path: Path) -> None:
    connection = sqlite3.connect(database_path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('keep me')")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="another application"):
        open_database(database_path)
    assert _tables(database_path) == {"notes"}
    connection = sqlite3.connect(database_path)
    try:
        assert connection.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    finally:
        connection.close()
