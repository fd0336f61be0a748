"""The stores a test runs against: a SQLite file always, a PostgreSQL server when one is given.

A test that asks for :func:`store` (or, in ``tests/services``, for ``database``)
runs twice: on a fresh SQLite file, and on a fresh database of the PostgreSQL
server that ``COORDINATOR_TEST_POSTGRESQL_URL`` names (``.ci/run`` starts one;
see ``tests/store/test_postgresql.py``). Without the variable the PostgreSQL
run is skipped, saying why. A test about SQLite files themselves (their paths,
backups, locks, damage) is marked ``sqlite_only`` and runs once.

Both runs are kept cheap. The schema is migrated once per session into a
template (a server database cloned for each test with ``CREATE DATABASE …
TEMPLATE``, a SQLite file copied), not once per test; a server database is
emptied after a test and given to the next (:class:`ServerDatabases`); the
demo program most tests begin with is loaded once per session and its rows
copied (:func:`add_demo`).
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, Table, create_engine, func, insert, select, text
from sqlalchemy.engine import URL, make_url

from coordinator.domain.models import Base
from coordinator.services.demo import DEMO_PROGRAM_CODE, load_demo
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramRecord
from coordinator.store import Database, open_database

URL_VARIABLE = "COORDINATOR_TEST_POSTGRESQL_URL"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
NO_SERVER = (
    f"{URL_VARIABLE} is not set: no PostgreSQL server to run against "
    "(.ci/run starts one; see tests/store/test_postgresql.py)"
)
Rows = dict[Table, list[dict[str, Any]]]
"""Every row of every table, in the order the tables can be filled."""
AddDemo = Callable[[Database], ProgramRecord]
"""Put the demo program into an empty database (the :func:`add_demo` fixture)."""
_EMPTIER = "coordinator tests: emptying"
_TERMINATE = text(
    "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity"
    " WHERE datname = :name AND usename = current_user AND pid <> pg_backend_pid()"
    f" AND application_name <> '{_EMPTIER}'"
)
_RESTART_SEQUENCES = text(
    "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, 1, false)"
    " FROM pg_sequences WHERE schemaname = current_schema()"
)


def server_url() -> str:
    """The URL of the PostgreSQL server to test against, or ``""`` when none is given."""
    return os.environ.get(URL_VARIABLE, "")


@dataclass(frozen=True)
class Store:
    """Where one test's database lives: a SQLite file or a database on the server."""

    kind: str
    """:data:`SQLITE` or :data:`POSTGRESQL`."""
    target: Path | URL
    """What ``open_database`` opens: the file's path or the server database's URL."""

    def open(self) -> Database:
        """Open (another connection to) the test's database, as another window would."""
        return open_database(self.target)

    @property
    def arguments(self) -> tuple[str, str]:
        """The command line's options that select this database."""
        if isinstance(self.target, Path):
            return ("--db", str(self.target))
        return ("--db-url", self.target.render_as_string(hide_password=False))


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker of the tests that are about SQLite files."""
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite files (paths, backups, locks): no PostgreSQL run"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every test that uses a store on SQLite and on PostgreSQL, unless ``sqlite_only``."""
    if "store" in metafunc.fixturenames and not metafunc.definition.get_closest_marker(
        "sqlite_only"
    ):
        metafunc.parametrize("store", [SQLITE, POSTGRESQL], indirect=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Fold the skipped PostgreSQL runs into one line of the summary, not one per test.

    pytest names each skipped test's own line; the line named instead is this
    module's first, whose docstring says when the PostgreSQL runs are skipped.
    """
    report = yield
    if report.skipped and isinstance(report.longrepr, tuple) and NO_SERVER in report.longrepr[2]:
        report.longrepr = (__file__, 1, report.longrepr[2])
    return report


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to the newest schema, which :func:`opened` copies from."""
    path = tmp_path_factory.mktemp("template") / "coordinator.sqlite"
    open_database(path).close()
    return path


def opened(store: Store, sqlite_template: Path) -> Database:
    """Open the test's empty store at the newest schema without running the migrations again.

    The server's database is a clone of a migrated template already; a SQLite
    file is copied from one (a millisecond, against a tenth of a second to migrate).
    """
    if isinstance(store.target, Path) and not store.target.exists():
        with (
            closing(sqlite3.connect(sqlite_template)) as source,
            closing(sqlite3.connect(store.target)) as copy,
        ):
            source.backup(copy)
    return store.open()


@pytest.fixture(scope="session")
def postgresql_admin() -> Iterator[Engine]:
    """An engine on the server's given database, creating and dropping the tests' databases."""
    url = server_url()
    if not url:
        pytest.skip(NO_SERVER)
    engine = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def postgresql_template(postgresql_admin: Engine) -> Iterator[str]:
    """The name of a database migrated to the newest schema, which each test's is cloned from."""
    name = create_database(postgresql_admin, "template0")
    try:
        open_database(postgresql_admin.url.set(database=name)).close()
        yield name
    finally:
        drop_database(postgresql_admin, name)


class ServerDatabases:
    """Databases on the server at the newest schema, emptied after each test and used again.

    A new database (a copy of the migrated template) and its drop cost the
    server a tenth of a second per test; emptying one costs a hundredth.
    """

    def __init__(self, admin: Engine, template: str) -> None:
        self._admin = admin
        self._template = template
        self._free: list[str] = []
        self._emptiers: dict[str, Engine] = {}

    def take(self) -> URL:
        """Return the URL of an empty database that no other test is using."""
        name = self._free.pop() if self._free else create_database(self._admin, self._template)
        return self._admin.url.set(database=name)

    def give_back(self, url: URL) -> None:
        """Empty the database a test is done with (its connections ended first) for the next."""
        name = str(url.database)
        with self._admin.connect() as connection:
            connection.execute(_TERMINATE, {"name": name})
        if name not in self._emptiers:
            self._emptiers[name] = create_engine(url, connect_args={"application_name": _EMPTIER})
        with self._emptiers[name].begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())
            connection.execute(_RESTART_SEQUENCES)
        self._free.append(name)

    def close(self) -> None:
        """Drop every database made."""
        for engine in self._emptiers.values():
            engine.dispose()
        for name in {*self._free, *self._emptiers}:
            drop_database(self._admin, name)


@pytest.fixture(scope="session")
def server_databases(
    postgresql_admin: Engine, postgresql_template: str
) -> Iterator[ServerDatabases]:
    """The session's databases on the server, used by one test at a time."""
    databases = ServerDatabases(postgresql_admin, postgresql_template)
    yield databases
    databases.close()


@pytest.fixture
def postgresql_databases(server_databases: ServerDatabases) -> Iterator[Callable[[], URL]]:
    """Give empty databases on the server at the newest schema; each is emptied after the test."""
    taken: list[URL] = []

    def take() -> URL:
        taken.append(server_databases.take())
        return taken[-1]

    yield take
    for url in taken:
        server_databases.give_back(url)


@pytest.fixture
def store(request: pytest.FixtureRequest, database_path: Path) -> Store:
    """The test's empty database: a SQLite file (``database_path``) or one on the server."""
    return _new_store(request, getattr(request, "param", SQLITE), database_path)


@pytest.fixture
def demo_store(store: Store, add_demo: AddDemo, sqlite_template: Path) -> Store:
    """The test's store with the demo program in it, for the command line to work on."""
    database = opened(store, sqlite_template)
    try:
        add_demo(database)
    finally:
        database.close()
    return store


@pytest.fixture
def new_store(
    request: pytest.FixtureRequest, store: Store, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[], Store]:
    """Make more empty databases of the same kind as ``store`` (to copy into, to compare)."""

    def create() -> Store:
        return _new_store(request, store.kind, tmp_path_factory.mktemp("store") / "other.sqlite")

    return create


@pytest.fixture(scope="session")
def demo_rows() -> dict[str, Rows]:
    """The rows ``load_demo`` writes, read once per kind of store (see :func:`add_demo`)."""
    return {}


@pytest.fixture
def add_demo(store: Store, new_store: Callable[[], Store], demo_rows: dict[str, Rows]) -> AddDemo:
    """Put the demo program into an empty database of the test's kind, as ``load_demo`` does.

    ``load_demo`` takes a third of a second on a server and is where most tests
    begin; the rows it wrote into one database of each kind are copied instead
    (tests/services/test_demo.py tests ``load_demo`` itself).
    """

    def add(database: Database) -> ProgramRecord:
        if store.kind not in demo_rows:
            source = new_store().open()
            try:
                load_demo(source)
                with source.engine.connect() as connection:
                    demo_rows[store.kind] = {
                        table: [row._asdict() for row in connection.execute(select(table))]
                        for table in Base.metadata.sorted_tables
                    }
            finally:
                source.close()
        _insert_rows(database, demo_rows[store.kind])
        return ProgramService(database).get(DEMO_PROGRAM_CODE)

    return add


def _insert_rows(database: Database, rows: Rows) -> None:
    """Insert ``rows`` under their own ids; a server's sequences then go on after them."""
    filled = [table for table, values in rows.items() if values]
    with database.engine.begin() as connection:
        for table in filled:
            connection.execute(insert(table), rows[table])
        numbered = [table.autoincrement_column for table in filled]
        moved_on = [
            func.setval(
                func.pg_get_serial_sequence(column.table.name, column.name),
                select(func.max(column)).scalar_subquery(),
            )
            for column in numbered
            if column is not None
        ]
        if connection.dialect.name == "postgresql" and moved_on:
            connection.execute(select(*moved_on))


def _new_store(request: pytest.FixtureRequest, kind: str, path: Path) -> Store:
    if kind == SQLITE:
        return Store(SQLITE, path)
    create: Callable[[], URL] = request.getfixturevalue("postgresql_databases")
    return Store(POSTGRESQL, create())


def create_database(admin: Engine, template: str) -> str:
    """Create a database on the server as a copy of ``template``; return its name."""
    name = f"coordinator_test_{uuid.uuid4().hex[:16]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    return name


def drop_database(admin: Engine, name: str) -> None:
    """Drop a test's database, ending the connections the test left open first.

    Only the test's own: ``DROP DATABASE … WITH (FORCE)`` would also have to end
    an autovacuum worker, which only a superuser may; a plain ``DROP`` stops
    those itself.
    """
    with admin.connect() as connection:
        connection.execute(_TERMINATE, {"name": name})
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
