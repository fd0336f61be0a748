"""Open a database: create and stamp a new one, upgrade an old one.

A database written by a newer version of the application is refused rather
than opened: this version would not know its tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from coordinator.domain.audit import record_additions, record_changes
from coordinator.store.engine import WRITES, make_engine, sqlite_url, with_default_driver
from coordinator.store.schema_version import SCHEMA_HEAD


class DatabaseError(Exception):
    """A database that cannot be opened, with a sentence saying why."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of the application."""


class DatabaseDamagedError(DatabaseError):
    """The database file is damaged: it is left as it is and nothing is written to it."""


# SCHEMA_HEAD (the newest schema revision) lives in a module without SQLAlchemy,
# for the first-screen reader; it is re-exported here.

# The key of the PostgreSQL advisory lock held while migrating: any number, the
# same in every version of the application.
_MIGRATION_LOCK = 0x636F6F72


def current_revision(connection: Connection) -> str | None:
    """Return the schema revision stamped in the database, if any."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if revision is None else str(revision)


@dataclass(frozen=True)
class Database:
    """An open database: its engine and a factory of short sessions."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]
    """Sessions that write: each transaction begins as a write."""
    reading_factory: sessionmaker[Session]
    """Sessions that only read."""
    backups_folder: Path | None = None
    """Where the backups of a SQLite file go (``None``: the folder beside it)."""

    @property
    def display_name(self) -> str:
        """The file name of a SQLite database, else the URL without password."""
        if self.url.get_backend_name() == "sqlite" and self.url.database:
            return Path(self.url.database).name
        return self.url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path | None:
        """The file of a SQLite database, ``None`` for a server."""
        if self.url.get_backend_name() == "sqlite" and self.url.database not in (
            None,
            "",
            ":memory:",
        ):
            return Path(str(self.url.database))
        return None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Give a session whose work is committed at the end or rolled back on error."""
        with self.session_factory.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """Give a session for reading; nothing it does is committed."""
        with self.reading_factory() as session:
            yield session

    def close(self) -> None:
        """Release every connection of the engine."""
        self.engine.dispose()


def open_database(target: str | URL | Path, *, backups_folder: Path | None = None) -> Database:
    """Open the database at ``target`` (a file path or a SQLAlchemy URL).

    A missing or empty database is created at the newest schema; an older one
    is upgraded in one transaction, after a backup. Its backups go to
    ``backups_folder``, else to the ``backups`` folder beside the file.

    Raises:
        DatabaseTooNewError: the database comes from a newer application.
        DatabaseError: the file is not a database or cannot be created, the URL
            is malformed or names a driver that is not installed.
    """
    url = sqlite_url(target) if isinstance(target, Path) else _parse_url(target)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        folder = Path(str(url.database)).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            msg = f"Cannot create the folder {folder}: {error.strerror}"
            raise DatabaseError(msg) from error
    try:
        engine = make_engine(url)
    except (ArgumentError, ImportError) as error:
        msg = f"{_describe(url)} cannot be opened: {error}"
        if url.get_backend_name() == "postgresql":
            msg += (
                "; the application's PostgreSQL driver comes with pip install \"coordinator"
                '[postgresql]" and serves postgresql:// URLs'
            )
        raise DatabaseError(msg) from error
    try:
        _check_integrity(engine)
        _migrate(engine, backups_folder)
    except DatabaseError:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        if _is_damage(error):
            raise _damaged(url) from error
        msg = f"{_describe(url)} cannot be opened as a coordinator database ({error.orig})"
        raise DatabaseError(msg) from error
    writes = sessionmaker(engine.execution_options(**{WRITES: True}), expire_on_commit=False)
    event.listen(writes, "before_flush", record_changes)
    event.listen(writes, "after_flush", record_additions)
    reads = sessionmaker(engine, expire_on_commit=False)
    return Database(url, engine, writes, reads, backups_folder)


def _check_integrity(engine: Engine) -> None:
    """Refuse a SQLite file that SQLite's quick check finds damaged, before anything writes.

    ``PRAGMA quick_check`` reads every page and checks its structure (not the
    indexes against their tables, which the full check does and which takes
    several times as long).
    """
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as connection:
            found = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
    except UnicodeDecodeError as error:  # damaged text in the schema or in the report
        raise _damaged(engine.url) from error
    if found != ["ok"]:
        raise _damaged(engine.url)


def _is_damage(error: DBAPIError) -> bool:
    return "malformed" in str(error.orig).lower()


def _damaged(url: URL) -> DatabaseDamagedError:
    msg = f"{_describe(url)} is damaged; it was left as it is and nothing was written to it"
    return DatabaseDamagedError(msg)


def _parse_url(target: str | URL) -> URL:
    try:
        return with_default_driver(make_url(target))
    except ArgumentError as error:
        msg = f"Not a database URL such as postgresql://user:password@host/database: {error}"
        raise DatabaseError(msg) from error


def _describe(url: URL) -> str:
    if url.get_backend_name() == "sqlite" and url.database:
        return f"The file {url.database}"
    return f"The database {url.render_as_string(hide_password=True)}"


def _migrate(engine: Engine, backups_folder: Path | None) -> None:
    with engine.connect() as connection:
        with connection.begin():
            if current_revision(connection) == SCHEMA_HEAD:
                return
        _upgrade(engine, connection, backups_folder)


def _upgrade(engine: Engine, connection: Connection, backups_folder: Path | None) -> None:
    from coordinator.store import migrating  # noqa: PLC0415 - Alembic only when needed

    connection.execution_options(**{WRITES: True})
    with _foreign_keys_off(connection), connection.begin():
        _lock_for_migration(connection)
        revision = current_revision(connection)
        if revision is not None and revision not in migrating.known_revisions():
            msg = (
                f"{_describe(engine.url)} was written by a newer version of the Delegation "
                f"Coordinator (schema {revision}); update the application to open it"
            )
            raise DatabaseTooNewError(msg)
        if revision is None and _has_foreign_tables(connection):
            msg = f"{_describe(engine.url)} holds tables of another application"
            raise DatabaseError(msg)
        if revision != migrating.head_revision():
            if revision is not None:
                _back_up_before_upgrade(engine.url, backups_folder)
            migrating.upgrade_to_head(connection)
            _check_foreign_keys(connection, engine.url)


def _back_up_before_upgrade(url: URL, folder: Path | None) -> None:
    """Back up an existing SQLite file before its schema is upgraded, or refuse the upgrade.

    The migration's transaction already holds the write lock, so the backup (a
    read) is of the file exactly as the upgrade finds it. A copy that fails its
    integrity check says the file is damaged: it is not upgraded.
    """
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return  # a server's backups are the server's job
    from coordinator.store.backups import BackupError, back_up_file  # noqa: PLC0415 - cycle

    try:
        backup = back_up_file(Path(str(url.database)), "migration", folder=folder)
    except BackupError as error:
        msg = f"{_describe(url)} was not upgraded, as it could not be backed up first: {error}"
        raise DatabaseError(msg) from error
    if not backup.ok:
        raise _damaged(url)


def _lock_for_migration(connection: Connection) -> None:
    """Let one client at a time create or upgrade a server's schema.

    A team's clients often start together after an update; without the lock each
    would run the migrations and all but one fail. The others wait here, then
    find the schema at the head. The lock ends with the transaction.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[None]:
    """Turn SQLite's foreign keys off around a migration, as SQLite's docs require.

    A batch migration rebuilds a table and drops the old one; with foreign keys
    on, that DROP deletes every row first and ``ON DELETE CASCADE`` empties the
    child tables (a rebuilt ``program`` would lose every participant). The
    pragma only takes effect outside a transaction, hence on the raw connection.
    """
    raw = connection.connection.dbapi_connection if connection.dialect.name == "sqlite" else None
    if raw is None:
        yield
        return
    raw.cursor().execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.cursor().execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(connection: Connection, url: URL) -> None:
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        tables = ", ".join(sorted({str(row[0]) for row in broken}))
        msg = f"{_describe(url)} could not be upgraded: broken references in {tables}"
        raise DatabaseError(msg)


def _has_foreign_tables(connection: Connection) -> bool:
    # A database downgraded to the base revision keeps an empty version table.
    return bool(set(inspect(connection).get_table_names()) - {"alembic_version"})
