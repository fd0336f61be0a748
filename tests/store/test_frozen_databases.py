"""Databases of every released schema open in this version with their data intact.

Each ``frozen/schema_NNNN.sql`` is a text dump of a database as a released
version wrote it, holding the same rows (see ``frozen/README.md``). The test
loads it into a new SQLite file, lets :func:`open_database` upgrade it and reads
the rows back through the services, as the application would.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from coordinator.domain.models import Organization, Person, Venue
from coordinator.domain.text import search_key
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.roster import RosterService
from coordinator.store import Database, open_database
from coordinator.store.database import current_revision
from coordinator.store.engine import make_engine, sqlite_url
from coordinator.store.migrating import alembic_config, head_revision

FROZEN = Path(__file__).parent / "frozen"
DUMPS = sorted(FROZEN.glob("schema_*.sql"))
CODE = "KZ-TURKISTAN-2021"
TURKISTAN = "Turkistan Municipality"
MUSEUM = "Ahmet Yesevi Historical and Cultural Preservation Museum"
# (name, title, organization, role) in roster order: the order is by position, not by id.
ROSTER = [
    ("Zhandos Tasov", "Deputy Mayor of Turkistan Municipality", TURKISTAN, "head"),
    ("Maksat Tangatarov", "Secretary General of Turkistan Municipality", TURKISTAN, "member"),
    (
        "Gulzhamal Dahanova",
        "Head of Business and Tourism Department of Turkistan Municipality",
        TURKISTAN,
        "member",
    ),
    ("Berik Baibolov", f"{MUSEUM} Director", MUSEUM, "member"),
]


def test_there_is_a_dump_for_the_first_schema() -> None:
    assert FROZEN / "schema_0001.sql" in DUMPS


def _load(dump: Path, path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.executescript(dump.read_text(encoding="utf-8"))
    finally:
        connection.close()


def _schema(path: Path) -> list[tuple[str, str, str]]:
    """Tables and indexes as SQLite stores them, white space folded."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name"
        )
        return [(kind, name, re.sub(r"\s+", " ", sql)) for kind, name, sql in rows]
    finally:
        connection.close()


@pytest.mark.parametrize("dump", DUMPS, ids=[dump.stem for dump in DUMPS])
def test_dump_has_the_schema_its_revision_creates(dump: Path, tmp_path: Path) -> None:
    """A released migration must never change: its dump and a fresh run agree."""
    frozen = tmp_path / "frozen.sqlite"
    _load(dump, frozen)
    connection = sqlite3.connect(frozen)
    try:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    assert dump.stem == f"schema_{revision}"
    fresh = tmp_path / "fresh.sqlite"
    engine = make_engine(sqlite_url(fresh))
    try:
        with engine.begin() as migrating:
            command.upgrade(alembic_config(migrating), revision)
    finally:
        engine.dispose()
    assert _schema(frozen) == _schema(fresh)


@pytest.fixture(params=DUMPS, ids=[dump.stem for dump in DUMPS])
def upgraded(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database loaded from one frozen dump, then opened (and so upgraded)."""
    path = tmp_path / "frozen.sqlite"
    _load(request.param, path)
    database = open_database(path)
    yield database
    database.close()


def test_upgraded_to_the_head_revision(upgraded: Database) -> None:
    with upgraded.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_roster_survives(upgraded: Database) -> None:
    roster = RosterService(upgraded).list_participants(CODE)
    assert [(p.name, p.title, p.organization, p.role) for p in roster] == ROSTER
    head = roster[0]
    assert head.arrival == dt.datetime(2021, 8, 24, 6, 30)
    assert head.departure == dt.datetime(2021, 8, 29, 21, 0)
    assert (head.room, head.dietary, head.passport_number) == ("412", "halal", "N12345678")
    assert head.birth_date == dt.date(1980, 3, 14)
    assert head.languages == ("kk", "ru")
    assert roster[3].needs == "ground-floor room"


def test_program_survives(upgraded: Database) -> None:
    program = ProgramService(upgraded).get(CODE)
    assert program.title == "Turkistan Municipality Information and Experience Sharing Program"
    assert program.organizer == "Union of Turkish World Municipalities (TDBB)"
    assert program.partners == (
        "Beykoz Municipality",
        "Eyüpsultan Municipality",
        "Üsküdar Municipality",
        "Zeytinburnu Municipality",
    )
    assert (program.first_day, program.last_day) == (dt.date(2021, 8, 24), dt.date(2021, 8, 29))
    assert program.languages == ("ru", "kk", "tr")
    assert (program.participant_count, program.activity_count) == (4, 2)


def test_itinerary_and_guides_survive(upgraded: Database) -> None:
    visit, coffeehouse = ItineraryService(upgraded).list_activities(CODE)
    assert visit.title == "Visit to the Mayor of Üsküdar"
    assert (visit.start_time, visit.end_time) == (dt.time(10, 0), dt.time(11, 0))
    assert [(host.name, host.title) for host in visit.hosts] == [
        ("Hilmi Türkmen", "Mayor of Üsküdar")
    ]
    assert (coffeehouse.venue, coffeehouse.venue_owner) == (
        "Tebessüm Coffeehouse",
        "Üsküdar Municipality",
    )
    assert coffeehouse.guides == ("Zekeriya Şanlıer",)
    (guide,) = GuideService(upgraded).list_for_program(CODE)
    assert (guide.name, guide.roles) == ("Zekeriya Şanlıer", ("host_official",))
    assert guide.unavailable == (dt.date(2021, 8, 27),)


def test_search_keys_match_this_version(upgraded: Database) -> None:
    """A change to ``search_key`` that alters stored keys needs a migration."""
    with upgraded.reading() as session:
        for name, key in [
            *session.execute(select(Organization.name, Organization.name_key)),
            *session.execute(select(Person.full_name, Person.name_key)),
            *session.execute(select(Venue.name, Venue.name_key)),
        ]:
            assert key == search_key(name), name


def test_search_finds_the_turkish_names(upgraded: Database) -> None:
    with upgraded.reading() as session:
        found = session.scalars(select(Person).where(Person.name_key == search_key("OMER ARISOY")))
        assert [person.full_name for person in found] == ["Ömer Arısoy"]


def test_travel_times_and_attendees_survive_from_schema_0003(tmp_path: Path) -> None:
    """The rows schema 0003 added: travel times, attendees, needs-guide, sheet layouts."""
    path = tmp_path / "frozen.sqlite"
    _load(FROZEN / "schema_0003.sql", path)
    database = open_database(path)
    try:
        visit, coffeehouse = ItineraryService(database).list_activities(CODE)
        assert coffeehouse.needs_guide is True
        assert visit.needs_guide is None
        assert len(coffeehouse.attendees) == 2
        from coordinator.services.directory_service import DirectoryService

        travel = DirectoryService(database).travel_times(visit.venue_id or 0)
        assert [(item.to_venue, item.minutes) for item in travel] == [("Tebessüm Coffeehouse", 25)]
    finally:
        database.close()


def test_documents_and_assumptions_survive_from_schema_0004(tmp_path: Path) -> None:
    """The rows schema 0004 added: signatories, background, documents, summaries, assumptions."""
    from coordinator.services.certificate_settings import CertificateSettingsService
    from coordinator.services.documents import DocumentService

    path = tmp_path / "frozen.sqlite"
    _load(FROZEN / "schema_0004.sql", path)
    database = open_database(path)
    try:
        program = ProgramService(database).get(CODE)
        assert program.time_zone == "Asia/Almaty"
        head = RosterService(database).list_participants(CODE)[0]
        assert (head.nationality, head.assumed) == ("Kazakhstan", ("role",))
        visit, coffeehouse = ItineraryService(database).list_activities(CODE)
        assert visit.summary.startswith("The delegation sees how the water works")
        assert coffeehouse.revision == 1
        assert (visit.assumed, visit.revision) == (("start_time",), 3)
        settings = CertificateSettingsService(database).get(CODE)
        assert [item.name for item in settings.signatories] == ["Fatma Şahin"]
        assert settings.background_name == "letterhead.png"
        assert settings.background is not None
        (produced,) = DocumentService(database).status(CODE)
        assert (produced.kind, produced.person) == ("certificates", head.name)
    finally:
        database.close()
