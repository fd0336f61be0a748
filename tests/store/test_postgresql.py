"""The application against a real PostgreSQL server, as a team that outgrows one laptop runs it.

Set ``COORDINATOR_TEST_POSTGRESQL_URL`` to a SQLAlchemy URL of a database whose
role may create databases, e.g.
``postgresql+psycopg://coordinator_test:secret@127.0.0.1:5432/coordinator_test``
(``.ci/run`` starts such a server). Each test gets a database of its own,
created through that URL and dropped afterwards. With the variable set, the
service and command-line suites (``tests/services``, ``tests/test_cli*.py``)
run against the server too, besides SQLite (see :mod:`tests.stores`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from openpyxl import Workbook
from sqlalchemy import Engine, create_engine, insert, inspect, select, text, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import IntegrityError

from coordinator.cli import main
from coordinator.domain.models import Base
from coordinator.domain.programs import Participant, Program
from coordinator.services.conflicts import ConflictService
from coordinator.services.demo import DEMO_PROGRAM_CODE, load_demo
from coordinator.services.errors import InvalidInputError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.services.roster_import import RosterImportService
from coordinator.store import Database, DatabaseError, open_database
from coordinator.store.database import SCHEMA_HEAD, current_revision
from tests.stores import create_database, drop_database

URL_VARIABLE = "COORDINATOR_TEST_POSTGRESQL_URL"
SERVER_URL = os.environ.get(URL_VARIABLE, "")

if not SERVER_URL:
    pytest.skip(
        f"{URL_VARIABLE} is not set: no PostgreSQL server to test against "
        "(.ci/run starts one; see this module's docstring)",
        allow_module_level=True,
    )

CODE = "KZ-2021"
FULL_HEADER = ["Name", "Title", "Organization", "Role", "Arrival", "Departure", "Room",
               "Dietary", "Needs", "Passport number", "Birth date", "E-mail", "Phone",
               "Languages", "Notes"]  # fmt: skip
STORED = text(
    "SELECT pa.id, pa.position, pa.role, pa.title, pa.arrival, pa.departure, pa.room, pa.dietary,"
    " pa.needs, pa.passport_number, pa.birth_date, pa.notes, pe.full_name, pe.name_key, pe.title,"
    " pe.languages, pe.email, pe.phone, pe.notes, o.name, o.name_key"
    " FROM participant pa JOIN person pe ON pe.id = pa.person_id"
    " LEFT JOIN organization o ON o.id = pa.organization_id ORDER BY pa.position"
)


@pytest.fixture(scope="module")
def admin() -> Iterator[Engine]:
    """An engine on the server's given database, creating and dropping the tests' databases."""
    engine = create_engine(make_url(SERVER_URL), isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture
def new_database(admin: Engine) -> Iterator[Callable[[], URL]]:
    """Create new, empty databases on the server; each is dropped after the test."""
    names: list[str] = []

    def create() -> URL:
        names.append(create_database(admin, "template0"))
        return admin.url.set(database=names[-1])

    yield create
    for name in names:
        drop_database(admin, name)


@pytest.fixture
def postgresql_url(new_database: Callable[[], URL]) -> URL:
    """The URL of a new, empty database on the server, dropped after the test."""
    return new_database()


@pytest.fixture
def pg(postgresql_url: URL) -> Iterator[Database]:
    """The application's database on a fresh PostgreSQL database."""
    database = open_database(postgresql_url)
    yield database
    database.close()


def _url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def _add_program(database: Database, code: str = CODE) -> None:
    ProgramService(database).create(
        ProgramInput(
            code=code,
            title="Turkistan Municipality Study Visit",
            first_day=dt.date(2021, 8, 24),
            last_day=dt.date(2021, 8, 29),
            city="İstanbul",
            languages=("ru", "kk"),
        )
    )


def test_open_creates_and_stamps_the_schema(pg: Database) -> None:
    with pg.engine.connect() as connection:
        assert current_revision(connection) == SCHEMA_HEAD
        tables = set(inspect(connection).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert pg.path is None
    assert "***" in pg.display_name


def test_reopening_is_a_no_op(pg: Database, postgresql_url: URL) -> None:
    _add_program(pg)
    with pg.engine.connect() as connection:
        before = inspect(connection).get_table_names()
    again = open_database(_url_text(postgresql_url))
    try:
        with again.engine.connect() as connection:
            assert current_revision(connection) == SCHEMA_HEAD
            assert inspect(connection).get_table_names() == before
        assert [p.code for p in ProgramService(again).list_programs()] == [CODE]
    finally:
        again.close()


def test_models_match_the_migrated_schema(pg: Database) -> None:
    with pg.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_demo_lists_what_it_lists_on_sqlite(pg: Database, database: Database) -> None:
    def seen(db: Database) -> tuple[object, ...]:
        """Every record the services list of the demo; fresh databases number rows alike."""
        load_demo(db)
        return (
            ProgramService(db).list_programs(),
            RosterService(db).list_participants(DEMO_PROGRAM_CODE),
            ItineraryService(db).list_activities(DEMO_PROGRAM_CODE),
            ConflictService(db).list_conflicts(DEMO_PROGRAM_CODE),
        )

    on_server = seen(pg)
    assert on_server == seen(database)
    assert len(on_server[1]) == 8


def test_roster_add_update_remove(pg: Database) -> None:
    _add_program(pg)
    roster = RosterService(pg)
    head = roster.add(
        CODE,
        ParticipantInput(
            name="Zhandos Tasov",
            title="Deputy Mayor",
            organization="Turkistan Municipality",
            role="head",
            arrival=dt.datetime(2021, 8, 24, 9, 30),
            departure=dt.datetime(2021, 8, 29, 18, 0),
            languages=("kk", "ru"),
        ),
    )
    member = roster.add(CODE, ParticipantInput(name="Gulzhamal Dahanova"))
    assert [(p.name, p.position) for p in roster.list_participants(CODE)] == [
        ("Zhandos Tasov", 0),
        ("Gulzhamal Dahanova", 1),
    ]
    updated = roster.update(
        member.id,
        ParticipantInput(
            name="Gulzhamal Dahanova",
            title="Head of Business and Tourism Department",
            organization="Turkistan Municipality",
            birth_date=dt.date(1980, 2, 28),
        ),
    )
    assert (updated.title, updated.organization, updated.birth_date) == (
        "Head of Business and Tourism Department",
        "Turkistan Municipality",
        dt.date(1980, 2, 28),
    )
    with pytest.raises(InvalidInputError, match="already on the roster"):
        roster.add(CODE, ParticipantInput(name="Zhandos Tasov"))
    removed = roster.remove(head.id)
    assert removed.record.name == "Zhandos Tasov"
    assert [p.name for p in roster.list_participants(CODE)] == ["Gulzhamal Dahanova"]


def _write_roster(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Adı Soyadı", "Görevi", "Kurumu", "Doğum Tarihi", "E-posta"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_roster_import_plans_applies_and_undoes(pg: Database, tmp_path: Path) -> None:
    _add_program(pg)
    roster = RosterService(pg)
    roster.add(CODE, ParticipantInput(name="Timur Akhmetov", title="Consultant"))
    path = _write_roster(
        tmp_path / "liste.xlsx",
        [
            ["Zhandos Tasov", "Deputy Mayor", "Turkistan Municipality", "03.05.1978", "z@t.kz"],
            ["Gulzhamal Dahanova", "Head of Department", "Turkistan Municipality", None, None],
            ["Timur Akhmetov", "Head of IT Department", "Turkistan Municipality", None, None],
        ],
    )
    service = RosterImportService(pg)
    plan = service.plan(CODE, service.read(path))
    assert [item.data.name for item in plan.additions] == ["Zhandos Tasov", "Gulzhamal Dahanova"]
    assert [item.before.name for item in plan.updates] == ["Timur Akhmetov"]
    assert plan.problems == ()

    result = service.apply(plan)
    assert len(result.added) == 2
    listed = roster.list_participants(CODE)
    assert [(p.name, p.title, p.organization, p.position) for p in listed] == [
        ("Timur Akhmetov", "Head of IT Department", "Turkistan Municipality", 0),
        ("Zhandos Tasov", "Deputy Mayor", "Turkistan Municipality", 1),
        ("Gulzhamal Dahanova", "Head of Department", "Turkistan Municipality", 2),
    ]
    assert (listed[1].birth_date, listed[1].email) == (dt.date(1978, 5, 3), "z@t.kz")
    assert sorted(result.added) == sorted(p.id for p in listed[1:])

    service.undo(result)
    assert [(p.name, p.title, p.organization) for p in roster.list_participants(CODE)] == [
        ("Timur Akhmetov", "Consultant", "")
    ]
    # The persons the import created stay in the directory; a new import reuses them.
    again = service.apply(service.plan(CODE, service.read(path)))
    assert len(again.added) == 2
    assert len(roster.list_participants(CODE)) == 3


def test_imported_rows_are_stored_as_the_roster_service_stores_them(
    pg: Database, new_database: Callable[[], URL], tmp_path: Path
) -> None:
    """The import's bulk INSERT … RETURNING writes what the ORM writes, value for value."""
    data = ParticipantInput(
        name="İsmail Işık", title="Deputy Mayor", organization="Turkistan Municipality",
        role="head", arrival=dt.datetime(2021, 8, 24, 14, 30),
        departure=dt.datetime(2021, 8, 29, 10, 5), room="0214", dietary="halal",
        needs="wheelchair", passport_number="N0123456", birth_date=dt.date(1978, 5, 3),
        email="i.isik@example.kz", phone="+7 701 000 00 00", languages=("kk", "ru"),
        notes="#N/A",
    )  # fmt: skip
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(FULL_HEADER)
    sheet.append([
        data.name, data.title, data.organization, data.role, data.arrival, data.departure,
        data.room, data.dietary, data.needs, data.passport_number, data.birth_date, data.email,
        data.phone, "kk, ru", data.notes])  # fmt: skip
    workbook.save(tmp_path / "full.xlsx")
    _add_program(pg)
    service = RosterImportService(pg)
    service.apply(service.plan(CODE, service.read(tmp_path / "full.xlsx")))
    other = open_database(new_database())
    try:
        _add_program(other)
        RosterService(other).add(CODE, data)
        with pg.reading() as imported, other.reading() as added:
            stored = imported.execute(STORED).all()
            assert stored == added.execute(STORED).all()
        assert stored[0][4:6] == (data.arrival, data.departure)
        assert stored[0][15] == ["kk", "ru"]
    finally:
        other.close()


def test_the_server_refuses_a_duplicate_program_code(pg: Database) -> None:
    _add_program(pg)
    with pytest.raises(InvalidInputError, match="already exists"):
        _add_program(pg)
    row = {
        "code": CODE,
        "title": "Another visit",
        "city": "",
        "country": "",
        "first_day": dt.date(2022, 1, 1),
        "last_day": dt.date(2022, 1, 2),
        "languages": [],
        "notes": "",
    }
    with pytest.raises(IntegrityError, match="uq_program_code"), pg.transaction() as session:
        session.execute(insert(Program), [row])


def test_the_server_refuses_an_end_before_the_start(pg: Database) -> None:
    row = {
        "code": "BACKWARDS",
        "title": "A visit ending before it starts",
        "city": "",
        "country": "",
        "first_day": dt.date(2022, 1, 2),
        "last_day": dt.date(2022, 1, 1),
        "languages": [],
        "notes": "",
    }
    with (
        pytest.raises(IntegrityError, match="ck_program_last_day_not_before_first"),
        pg.transaction() as session,
    ):
        session.execute(insert(Program), [row])
    _add_program(pg)
    participant = RosterService(pg).add(CODE, ParticipantInput(name="Ali Veli"))
    with (
        pytest.raises(IntegrityError, match="ck_participant_departure_not_before_arrival"),
        pg.transaction() as session,
    ):
        session.execute(
            update(Participant)
            .where(Participant.id == participant.id)
            .values(
                arrival=dt.datetime(2021, 8, 25, 12, 0),
                departure=dt.datetime(2021, 8, 24, 12, 0),
            )
        )
    with pg.reading() as session:
        assert session.scalars(select(Program.code)).all() == [CODE]


def test_a_driverless_postgresql_url_gets_psycopg(postgresql_url: URL) -> None:
    for scheme in ("postgresql", "postgres"):
        database = open_database(_url_text(postgresql_url.set(drivername=scheme)))
        try:
            assert database.engine.url.drivername == "postgresql+psycopg"
            assert ProgramService(database).list_programs() == []
        finally:
            database.close()


def test_a_driver_that_is_not_installed_is_named(postgresql_url: URL) -> None:
    url = postgresql_url.set(drivername="postgresql+pg8000")
    with pytest.raises(DatabaseError, match=r"pg8000.*coordinator\[postgresql\]"):
        open_database(url)


def test_a_server_that_does_not_answer_is_a_database_error(postgresql_url: URL) -> None:
    url = postgresql_url.set(password="wrong-password")
    with pytest.raises(DatabaseError, match="cannot be opened") as raised:
        open_database(url)
    assert "wrong-password" not in str(raised.value)


def test_the_command_line_against_the_server(
    postgresql_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url_text(postgresql_url)

    def run(*arguments: str) -> tuple[int, str, str]:
        code = main(["--db-url", url, *arguments])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, out, err = run("programs", "--json")
    assert (code, json.loads(out), err) == (0, [], "")
    code, _, err = run("demo")
    assert (code, err) == (0, "")
    code, out, err = run("programs", "--json")
    assert code == 0, err
    assert [program["code"] for program in json.loads(out)] == [DEMO_PROGRAM_CODE]
    code, out, err = run("participants", "--program", DEMO_PROGRAM_CODE, "--json")
    assert code == 0, err
    assert [p["name"] for p in json.loads(out)][:2] == ["Zhandos Tasov", "Maksat Tangatarov"]
    code, out, err = run("participants", "--program", DEMO_PROGRAM_CODE)
    assert code == 0, err
    assert "Zhandos Tasov" in out
    assert "secret" not in out


def test_a_long_roster_import_keeps_the_sheets_order(pg: Database, tmp_path: Path) -> None:
    """More rows than one chunk of the apply and one page of a multi-row INSERT … RETURNING."""
    _add_program(pg)
    _add_program(pg, "EARLIER")
    roster = RosterService(pg)
    # Persons already in the directory are reused between newly inserted ones.
    for number in range(0, 2_100, 300):
        roster.add("EARLIER", ParticipantInput(name=f"Delegate Number{number:04d}"))
    rows: list[list[object]] = [
        [f"Delegate Number{number:04d}", f"Title {number}", f"Org {number % 7}", None, None]
        for number in range(2_100)
    ]
    service = RosterImportService(pg)
    plan = service.plan(CODE, service.read(_write_roster(tmp_path / "long.xlsx", rows)))
    assert (len(plan.additions), plan.problems) == (2_100, ())
    result = service.apply(plan)
    listed = roster.list_participants(CODE)
    assert [(p.name, p.title, p.organization, p.position) for p in listed] == [
        (f"Delegate Number{number:04d}", f"Title {number}", f"Org {number % 7}", number)
        for number in range(2_100)
    ]
    assert list(result.added) == [p.id for p in listed]
    earlier = {p.name: p for p in roster.list_participants("EARLIER")}
    with pg.reading() as session:
        person_ids = dict(session.execute(select(Participant.id, Participant.person_id)).all())
    for participant in listed:
        if participant.name in earlier:
            assert person_ids[participant.id] == person_ids[earlier[participant.name].id]
    service.undo(result)
    assert roster.list_participants(CODE) == []


def test_clients_opening_a_new_database_at_once_all_succeed(postgresql_url: URL) -> None:
    """A team's clients start together after an update: one migrates, the others wait."""
    command = [sys.executable, "-m", "coordinator", "--db-url", _url_text(postgresql_url)]
    clients = [
        subprocess.Popen(
            [*command, "programs", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(4)
    ]
    results = [(*client.communicate(timeout=60), client.returncode) for client in clients]
    assert results == [(b"[]\n", b"", 0)] * 4
