"""Open a database: create and stamp a new one, upgrade an old one.

A database written by a newer version of the application is refused rather
than opened: this version would not know its tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from coordinator.store.engine import make_engine, sqlite_url


class DatabaseError(Exception):
    """A database that cannot be opened, with a sentence saying why."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of the application."""


def alembic_config(connection: Connection | None = None) -> Config:
    """Return the Alembic configuration of the migrations inside the package."""
    config = Config()
    script_location = resources.files("coordinator.store") / "migrations"
    config.set_main_option("script_location", str(script_location))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Return the newest schema revision this version of the application knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        msg = "The application ships no database migrations"
        raise DatabaseError(msg)
    return head


def current_revision(connection: Connection) -> str | None:
    """Return the schema revision stamped in the database, if any."""
    return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class Database:
    """An open database: its engine and a factory of short sessions."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]

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
        with self.session_factory() as session:
            yield session

    def close(self) -> None:
        """Release every connection of the engine."""
        self.engine.dispose()


def open_database(target: str | URL | Path) -> Database:
    """Open the database at ``target`` (a file path or a SQLAlchemy URL).

    A missing or empty database is created at the newest schema; an older one
    is upgraded in one transaction.

    Raises:
        DatabaseTooNewError: the database comes from a newer application.
        DatabaseError: the file is not a database or cannot be created.
    """
    url = sqlite_url(target) if isinstance(target, Path) else make_url(target)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        folder = Path(str(url.database)).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            msg = f"Cannot create the folder {folder}: {error.strerror}"
            raise DatabaseError(msg) from error
    engine = make_engine(url)
    try:
        _migrate(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        msg = f"{_describe(url)} cannot be opened as a coordinator database ({error.orig})"
        raise DatabaseError(msg) from error
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, session_factory=factory)


def _describe(url: URL) -> str:
    if url.get_backend_name() == "sqlite" and url.database:
        return f"The file {url.database}"
    return f"The database {url.render_as_string(hide_password=True)}"


def _migrate(engine: Engine) -> None:
    head = head_revision()
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    with engine.connect() as connection, _foreign_keys_off(connection), connection.begin():
        revision = current_revision(connection)
        if revision is not None and revision not in known:
            msg = (
                f"{_describe(engine.url)} was written by a newer version of the Delegation "
                f"Coordinator (schema {revision}); update the application to open it"
            )
            raise DatabaseTooNewError(msg)
        if revision is None and _has_foreign_tables(connection):
            msg = f"{_describe(engine.url)} holds tables of another application"
            raise DatabaseError(msg)
        if revision != head:
            command.upgrade(alembic_config(connection), "head")
            _check_foreign_keys(connection, engine.url)


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
