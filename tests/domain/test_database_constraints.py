"""The same rules enforced by the database itself, past the ORM's validators.

Another program (a script, an older version, a hand-edited file) may write to
the database; the schema must refuse what the models refuse. Every statement
here is raw SQL through a session, so no Python validator runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coordinator.store import Database

ROW_DEFAULTS: dict[str, dict[str, Any]] = {
    "organization": {"name": "Beykoz Municipality", "name_key": "beykoz municipality"},
    "person": {"full_name": "Engin Köklü", "name_key": "engin koklu", "languages": "[]"},
    "program": {
        "code": "KZ-2021",
        "title": "Turkistan Municipality Information and Experience Sharing Program",
        "first_day": "2021-08-24",
        "last_day": "2021-08-29",
        "languages": '["ru", "kk"]',
    },
    "venue": {"name": "Tebessüm Coffeehouse", "name_key": "tebessum coffeehouse"},
    "participant": {"program_id": 1, "person_id": 1, "role": "member", "position": 0},
    "activity": {
        "program_id": 1,
        "day": "2021-08-24",
        "kind": "courtesy_visit",
        "title": "Visit to the Mayor of Üsküdar",
        "position": 0,
    },
    "guide": {"person_id": 1, "languages": '["tr", "ru"]', "roles": '["guide"]'},
    "guide_unavailability": {"guide_id": 1, "day": "2021-08-25"},
    "assignment": {"activity_id": 1, "guide_id": 1, "role": "guide"},
    "activity_host": {"activity_id": 1, "person_id": 1, "position": 0},
    "program_partner": {"program_id": 1, "organization_id": 1, "position": 0},
}
# NOT NULL text columns without a server default: empty unless a test says otherwise.
TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "organization": ("kind", "city", "country", "notes"),
    "person": ("title", "email", "phone", "notes"),
    "program": ("city", "country", "notes"),
    "venue": ("kind", "address", "city", "notes"),
    "participant": ("title", "room", "dietary", "needs", "passport_number", "notes"),
    "activity": ("notes",),
    "guide": ("notes",),
    "guide_unavailability": ("reason",),
    "assignment": ("title", "notes"),
    "activity_host": ("title",),
    "program_partner": (),
}


def insert(session: Session, table: str, **fields: Any) -> int:
    """Insert one row with raw SQL, the defaults overridden by ``fields``."""
    values: dict[str, Any] = dict.fromkeys(TEXT_COLUMNS[table], "")
    values.update(ROW_DEFAULTS[table])
    values.update(fields)
    columns = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    result = session.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({marks})"), values)
    return int(result.lastrowid)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    """A session holding one valid row of every table (ids 1), rolled back after."""
    with database.reading() as session:
        for table in (
            "organization",
            "person",
            "program",
            "venue",
            "participant",
            "activity",
            "guide",
            "guide_unavailability",
            "assignment",
            "activity_host",
            "program_partner",
        ):
            insert(session, table)
        yield session
        session.rollback()


def refused(session: Session, statement: str, **parameters: Any) -> None:
    """Assert that the database refuses ``statement`` and stays usable."""
    savepoint = session.begin_nested()
    with pytest.raises(IntegrityError):
        session.execute(text(statement), parameters)
    if savepoint.is_active:
        savepoint.rollback()


def refused_insert(session: Session, table: str, **fields: Any) -> None:
    savepoint = session.begin_nested()
    with pytest.raises(IntegrityError):
        insert(session, table, **fields)
    if savepoint.is_active:
        savepoint.rollback()


def test_the_valid_rows_are_accepted(session: Session) -> None:
    counts = {
        table: session.scalar(text(f"SELECT count(*) FROM {table}")) for table in ROW_DEFAULTS
    }
    assert set(counts.values()) == {1}


class TestEmptyNames:
    @pytest.mark.parametrize(
        ("table", "column"),
        [
            ("organization", "name"),
            ("person", "full_name"),
            ("venue", "name"),
            ("program", "title"),
            ("activity", "title"),
        ],
    )
    @pytest.mark.parametrize("empty", ["", "   "])
    def test_empty_name_is_refused(
        self, session: Session, table: str, column: str, empty: str
    ) -> None:
        fields: dict[str, Any] = {column: empty}
        if table == "program":
            fields["code"] = "OTHER"
        refused_insert(session, table, **fields)
        refused(session, f"UPDATE {table} SET {column} = :empty WHERE id = 1", empty=empty)

    @pytest.mark.parametrize(
        ("table", "column"),
        [("organization", "name"), ("person", "full_name"), ("program", "code")],
    )
    def test_null_name_is_refused(self, session: Session, table: str, column: str) -> None:
        refused(session, f"UPDATE {table} SET {column} = NULL WHERE id = 1")


class TestProgram:
    def test_code_is_unique(self, session: Session) -> None:
        refused_insert(session, "program")
        insert(session, "program", code="KZ-2022")
        refused(session, "UPDATE program SET code = 'KZ-2021' WHERE code = 'KZ-2022'")

    def test_last_day_before_first_day_is_refused(self, session: Session) -> None:
        refused_insert(
            session, "program", code="BAD", first_day="2021-08-29", last_day="2021-08-24"
        )
        refused(session, "UPDATE program SET last_day = '2021-08-23' WHERE id = 1")

    def test_one_day_program_is_accepted(self, session: Session) -> None:
        insert(session, "program", code="ONE", first_day="2021-08-24", last_day="2021-08-24")

    def test_organizer_must_exist(self, session: Session) -> None:
        refused(session, "UPDATE program SET organizer_id = 999 WHERE id = 1")

    def test_partner_must_exist(self, session: Session) -> None:
        refused_insert(session, "program_partner", organization_id=999)

    def test_partner_is_listed_once(self, session: Session) -> None:
        refused_insert(session, "program_partner", position=1)

    def test_a_partner_organization_cannot_be_deleted(self, session: Session) -> None:
        refused(session, "DELETE FROM organization WHERE id = 1")

    def test_deleting_a_program_deletes_its_roster_and_itinerary(self, session: Session) -> None:
        session.execute(text("DELETE FROM program WHERE id = 1"))
        for table in ("participant", "activity", "assignment", "activity_host", "program_partner"):
            assert session.scalar(text(f"SELECT count(*) FROM {table}")) == 0
        assert session.scalar(text("SELECT count(*) FROM person")) == 1


class TestParticipant:
    def test_role_must_be_known(self, session: Session) -> None:
        insert(session, "person", full_name="Maksat Tangatarov", name_key="maksat tangatarov")
        refused_insert(session, "participant", person_id=2, role="boss")
        refused_insert(session, "participant", person_id=2, role="Head")
        refused(session, "UPDATE participant SET role = 'guest' WHERE id = 1")
        for role in ("head", "staff"):
            session.execute(
                text("UPDATE participant SET role = :role WHERE id = 1"), {"role": role}
            )

    def test_a_person_is_on_a_roster_once(self, session: Session) -> None:
        refused_insert(session, "participant", role="head")

    def test_the_same_person_may_be_on_two_programs(self, session: Session) -> None:
        program = insert(session, "program", code="KZ-2022")
        insert(session, "participant", program_id=program)

    def test_departure_before_arrival_is_refused(self, session: Session) -> None:
        refused(
            session,
            "UPDATE participant SET arrival = '2021-08-24 06:30:00.000000', "
            "departure = '2021-08-24 06:00:00.000000' WHERE id = 1",
        )
        session.execute(
            text(
                "UPDATE participant SET arrival = '2021-08-24 06:30:00.000000', "
                "departure = '2021-08-29 18:00:00.000000' WHERE id = 1"
            )
        )

    def test_program_must_exist(self, session: Session) -> None:
        insert(session, "person", full_name="Timur Akhmetov", name_key="timur akhmetov")
        refused_insert(session, "participant", program_id=999, person_id=2)

    def test_person_must_exist(self, session: Session) -> None:
        refused_insert(session, "participant", person_id=999)

    def test_a_person_on_a_roster_cannot_be_deleted(self, session: Session) -> None:
        refused(session, "DELETE FROM person WHERE id = 1")

    def test_deleting_an_organization_clears_the_participants_organization(
        self, session: Session
    ) -> None:
        organization = insert(session, "organization", name="Turkistan", name_key="turkistan")
        session.execute(text("UPDATE participant SET organization_id = :id"), {"id": organization})
        session.execute(text("DELETE FROM organization WHERE id = :id"), {"id": organization})
        assert session.scalar(text("SELECT organization_id FROM participant")) is None


class TestActivity:
    def test_end_must_be_after_start(self, session: Session) -> None:
        refused_insert(
            session, "activity", start_time="10:00:00.000000", end_time="10:00:00.000000"
        )
        refused(
            session,
            "UPDATE activity SET start_time = '14:00:00.000000', end_time = '13:00:00.000000'",
        )
        insert(session, "activity", start_time="10:00:00.000000", end_time="11:00:00.000000")
        insert(session, "activity", start_time="10:00:00.000000")

    def test_program_must_exist(self, session: Session) -> None:
        refused_insert(session, "activity", program_id=999)

    def test_venue_must_exist(self, session: Session) -> None:
        refused_insert(session, "activity", venue_id=999)

    def test_host_is_listed_once(self, session: Session) -> None:
        refused_insert(session, "activity_host", position=1)

    def test_a_host_cannot_be_deleted_from_the_directory(self, session: Session) -> None:
        session.execute(text("DELETE FROM participant"))
        session.execute(text("DELETE FROM guide"))
        refused(session, "DELETE FROM person WHERE id = 1")


class TestGuide:
    def test_a_person_is_one_guide(self, session: Session) -> None:
        refused_insert(session, "guide")

    @pytest.mark.parametrize("hours", [0, -1, 24.5])
    def test_hours_per_day_must_fit_a_day(self, session: Session, hours: float) -> None:
        refused(session, "UPDATE guide SET max_hours_per_day = :hours", hours=hours)

    def test_sensible_hours_are_accepted(self, session: Session) -> None:
        session.execute(text("UPDATE guide SET max_hours_per_day = 8.5"))

    def test_assignment_role_must_be_known(self, session: Session) -> None:
        refused(session, "UPDATE assignment SET role = 'chauffeur'")
        session.execute(text("UPDATE assignment SET role = 'host_official'"))

    def test_a_guide_is_assigned_once_per_activity(self, session: Session) -> None:
        refused_insert(session, "assignment", role="interpreter")

    def test_assignment_needs_an_existing_guide_and_activity(self, session: Session) -> None:
        refused_insert(session, "assignment", guide_id=999)
        refused_insert(session, "assignment", activity_id=999)

    def test_unavailable_hours_end_after_they_start(self, session: Session) -> None:
        refused(
            session,
            "UPDATE guide_unavailability SET start_time = '12:00:00.000000', "
            "end_time = '09:00:00.000000'",
        )

    def test_deleting_a_guide_deletes_assignments_and_unavailability(
        self, session: Session
    ) -> None:
        session.execute(text("DELETE FROM guide"))
        assert session.scalar(text("SELECT count(*) FROM assignment")) == 0
        assert session.scalar(text("SELECT count(*) FROM guide_unavailability")) == 0


def test_foreign_keys_are_checked_on_every_connection(database: Database) -> None:
    for _ in range(3):
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
