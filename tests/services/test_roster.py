"""RosterService: the delegation on a program, and the directory behind it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator.domain.models import Organization, Person
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import (
    ActivityInput,
    ParticipantInput,
    ParticipantRecord,
    ProgramInput,
    RemovedParticipant,
)
from coordinator.services.roster import RosterService
from coordinator.store import Database

OLD = "KZ-2021"
NEW = "KZ-2024"
TURKISTAN = "Turkistan Municipality"
TASOV = ParticipantInput(
    name="Zhandos Tasov",
    title="Deputy Mayor of Turkistan Municipality",
    organization=TURKISTAN,
    role="head",
    arrival=dt.datetime(2021, 8, 24, 6, 30),
    departure=dt.datetime(2021, 8, 29, 21, 0),
    room="412",
    dietary="halal",
    needs="early breakfast",
    passport_number="N12345678",
    birth_date=dt.date(1980, 3, 14),
    email="z.tasov@example.kz",
    phone="+7 725 33 1 00 00",
    languages=("kk", "ru"),
    notes="Signs the cooperation protocol.",
)
MEMBERS = [
    ParticipantInput(
        name="Maksat Tangatarov",
        title="Secretary General of Turkistan Municipality",
        organization=TURKISTAN,
    ),
    ParticipantInput(
        name="Zhamila Suleymanova",
        title="Council Member of Turkistan Municipality",
        organization=TURKISTAN,
    ),
    ParticipantInput(
        name="Berik Baibolov",
        title="Ahmet Yesevi Historical and Cultural Preservation Museum Director",
        organization="Ahmet Yesevi Historical and Cultural Preservation Museum",
    ),
]


@pytest.fixture
def roster(database: Database) -> RosterService:
    programs = ProgramService(database)
    for code, year in ((OLD, 2021), (NEW, 2024)):
        programs.create(
            ProgramInput(
                code=code,
                title=f"Turkistan Municipality study visit {year}",
                first_day=dt.date(year, 8, 24),
                last_day=dt.date(year, 8, 29),
            )
        )
    return RosterService(database)


def _directory(database: Database, name: str) -> tuple[str, str, str, str]:
    """The directory's person named ``name``: name, title, organization, e-mail."""
    with database.reading() as session:
        person = session.scalars(select(Person).where(Person.full_name == name)).one()
        organization = person.organization.name if person.organization else ""
        return person.full_name, person.title, organization, person.email


def _count(database: Database, model: type[Person | Organization]) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _without_id(record: ParticipantRecord) -> ParticipantRecord:
    return dataclasses.replace(record, id=0)


class TestAddAndList:
    def test_add_returns_every_field(self, roster: RosterService) -> None:
        record = roster.add(OLD, TASOV)
        assert record.id > 0
        assert record.program_code == OLD
        assert record.position == 0
        assert record.as_input() == TASOV

    def test_list_gives_the_roster_in_order(self, roster: RosterService) -> None:
        added = [roster.add(OLD, data) for data in [TASOV, *MEMBERS]]
        assert [record.position for record in added] == [0, 1, 2, 3]
        assert roster.list_participants(OLD) == added
        assert roster.list_participants(NEW) == []

    def test_fields_are_trimmed(self, roster: RosterService, database: Database) -> None:
        record = roster.add(
            OLD,
            ParticipantInput(
                name="  Timur   Akhmetov ",
                title=" Head of IT Department ",
                organization=" Turkistan  Municipality ",
                room=" 415 ",
                email=" t.akhmetov@example.kz ",
            ),
        )
        assert record.name == "Timur Akhmetov"
        assert record.title == "Head of IT Department"
        assert record.organization == TURKISTAN
        assert (record.room, record.email) == ("415", "t.akhmetov@example.kz")
        assert _count(database, Organization) == 1

    def test_organization_is_reused_by_search_key(
        self, roster: RosterService, database: Database
    ) -> None:
        roster.add(OLD, TASOV)
        record = roster.add(
            OLD, dataclasses.replace(MEMBERS[0], organization="TURKISTAN municipality")
        )
        assert record.organization == TURKISTAN
        assert _count(database, Organization) == 1

    def test_unknown_program(self, roster: RosterService) -> None:
        with pytest.raises(NotFoundError):
            roster.add("NOPE", TASOV)
        with pytest.raises(NotFoundError):
            roster.list_participants("NOPE")

    def test_already_on_the_roster(self, roster: RosterService) -> None:
        roster.add(OLD, TASOV)
        with pytest.raises(InvalidInputError, match="already on the roster") as raised:
            roster.add(OLD, ParticipantInput(name="ZHANDOS  TASOV", role="member"))
        assert raised.value.field == "name"
        assert len(roster.list_participants(OLD)) == 1

    def test_a_person_is_reused_across_programs(
        self, roster: RosterService, database: Database
    ) -> None:
        old = roster.add(OLD, TASOV)
        new = roster.add(NEW, dataclasses.replace(TASOV, title="Mayor of Turkistan"))
        assert new.person_id == old.person_id
        assert _count(database, Person) == 1

    def test_a_plain_spelling_finds_the_person_and_keeps_their_letters(
        self, roster: RosterService, database: Database
    ) -> None:
        old = roster.add(OLD, ParticipantInput(name="Ömer Arısoy", title="Mayor of Zeytinburnu"))
        new = roster.add(NEW, ParticipantInput(name="OMER ARISOY", title="Mayor of Zeytinburnu"))
        assert new.person_id == old.person_id
        assert new.name == "Ömer Arısoy"
        assert [p.name for p in roster.list_participants(OLD)] == ["Ömer Arısoy"]
        assert _count(database, Person) == 1

    def test_a_returning_person_keeps_the_contact_data_not_given(
        self, roster: RosterService, database: Database
    ) -> None:
        roster.add(OLD, TASOV)
        returning = roster.add(NEW, ParticipantInput(name="Zhandos Tasov"))
        assert (returning.email, returning.phone) == (TASOV.email, TASOV.phone)
        assert returning.languages == TASOV.languages
        assert _directory(database, "Zhandos Tasov") == (
            "Zhandos Tasov",
            TASOV.title,
            TURKISTAN,
            TASOV.email,
        )

    def test_a_returning_person_with_new_contact_data(
        self, roster: RosterService, database: Database
    ) -> None:
        roster.add(OLD, TASOV)
        roster.add(NEW, ParticipantInput(name="Zhandos Tasov", email="tasov@example.kz"))
        assert _directory(database, "Zhandos Tasov")[3] == "tasov@example.kz"


class TestValidation:
    @pytest.mark.parametrize(
        ("changes", "field"),
        [
            ({"name": ""}, "name"),
            ({"name": "   "}, "name"),
            ({"email": "tasov-at-example.kz"}, "email"),
            ({"email": "tasov@example"}, "email"),
            ({"phone": "call me"}, "phone"),
            ({"phone": "12"}, "phone"),
            ({"departure": dt.datetime(2021, 8, 24, 6, 0)}, "departure"),
            ({"languages": ("kk", "Kazakh")}, "languages"),
            ({"role": "boss"}, "role"),
            ({"role": ""}, "role"),
        ],
    )
    def test_each_rule_names_its_field(
        self, roster: RosterService, database: Database, changes: dict[str, object], field: str
    ) -> None:
        with pytest.raises(InvalidInputError) as raised:
            roster.add(OLD, dataclasses.replace(TASOV, **changes))
        assert raised.value.field == field
        assert roster.list_participants(OLD) == []
        assert _count(database, Person) == 0

    def test_an_update_is_validated_the_same_way(self, roster: RosterService) -> None:
        record = roster.add(OLD, TASOV)
        with pytest.raises(InvalidInputError) as raised:
            roster.update(record.id, dataclasses.replace(TASOV, email="nope"))
        assert raised.value.field == "email"
        assert roster.list_participants(OLD) == [record]

    @pytest.mark.parametrize("role", ["head", "member", "staff"])
    def test_every_role_is_accepted(self, roster: RosterService, role: str) -> None:
        assert roster.add(OLD, dataclasses.replace(TASOV, role=role)).role == role

    def test_only_an_arrival_or_a_departure(self, roster: RosterService) -> None:
        record = roster.add(OLD, dataclasses.replace(TASOV, arrival=None))
        assert (record.arrival, record.departure) == (None, TASOV.departure)


class TestUpdate:
    def test_update_changes_the_fields(self, roster: RosterService) -> None:
        record = roster.add(OLD, TASOV)
        changed = dataclasses.replace(
            TASOV,
            room="501",
            dietary="",
            arrival=dt.datetime(2021, 8, 23, 23, 55),
            departure=dt.datetime(2021, 8, 23, 23, 59),
            role="member",
        )
        updated = roster.update(record.id, changed)
        assert updated.as_input() == changed
        assert (updated.id, updated.position) == (record.id, record.position)
        assert roster.list_participants(OLD) == [updated]

    def test_stay_can_move_later_in_one_edit(self, roster: RosterService) -> None:
        record = roster.add(OLD, TASOV)
        later = dataclasses.replace(
            TASOV,
            arrival=dt.datetime(2021, 9, 1, 8, 0),
            departure=dt.datetime(2021, 9, 5, 8, 0),
        )
        assert roster.update(record.id, later).arrival == later.arrival

    def test_renaming_renames_the_person(self, roster: RosterService, database: Database) -> None:
        record = roster.add(OLD, dataclasses.replace(TASOV, name="Zhandos Tassov"))
        updated = roster.update(record.id, TASOV)
        assert updated.name == "Zhandos Tasov"
        assert updated.person_id == record.person_id
        assert _count(database, Person) == 1

    def test_update_a_removed_participant(self, roster: RosterService) -> None:
        record = roster.add(OLD, TASOV)
        roster.remove(record.id)
        with pytest.raises(NotFoundError):
            roster.update(record.id, TASOV)
        with pytest.raises(NotFoundError):
            roster.remove(record.id)

    def test_editing_an_old_visit_keeps_the_directorys_latest_title(
        self, roster: RosterService, database: Database
    ) -> None:
        new = roster.add(
            NEW,
            dataclasses.replace(TASOV, title="Mayor of Turkistan", organization=TURKISTAN),
        )
        old = roster.add(OLD, TASOV)
        assert _directory(database, "Zhandos Tasov")[1:3] == ("Mayor of Turkistan", TURKISTAN)

        roster.update(
            old.id,
            dataclasses.replace(
                TASOV, title="First Deputy Mayor", organization="Turkistan Region Akimat"
            ),
        )
        assert _directory(database, "Zhandos Tasov")[1:3] == ("Mayor of Turkistan", TURKISTAN)
        (old_visit,) = roster.list_participants(OLD)
        assert (old_visit.title, old_visit.organization) == (
            "First Deputy Mayor",
            "Turkistan Region Akimat",
        )
        (new_visit,) = roster.list_participants(NEW)
        assert (new_visit.title, new_visit.organization) == ("Mayor of Turkistan", TURKISTAN)

        roster.update(new.id, dataclasses.replace(TASOV, title="Akim of Turkistan"))
        assert _directory(database, "Zhandos Tasov")[1:3] == ("Akim of Turkistan", TURKISTAN)
        assert roster.list_participants(OLD)[0].title == "First Deputy Mayor"


class TestRemove:
    def test_remove_returns_what_was_removed(self, roster: RosterService) -> None:
        record = roster.add(OLD, TASOV)
        assert roster.remove(record.id) == RemovedParticipant(record, ())
        assert roster.list_participants(OLD) == []

    def test_the_person_stays_in_the_directory(
        self, roster: RosterService, database: Database
    ) -> None:
        record = roster.add(OLD, TASOV)
        roster.remove(record.id)
        assert _directory(database, "Zhandos Tasov") == (
            "Zhandos Tasov",
            TASOV.title,
            TURKISTAN,
            TASOV.email,
        )

    def test_adding_the_removed_record_back_restores_the_row(
        self, roster: RosterService, database: Database
    ) -> None:
        for data in [TASOV, *MEMBERS]:
            roster.add(OLD, data)
        before = roster.list_participants(OLD)
        removed = roster.remove(before[1].id).record
        assert [p.name for p in roster.list_participants(OLD)] == [
            "Zhandos Tasov",
            "Zhamila Suleymanova",
            "Berik Baibolov",
        ]
        restored = roster.add(OLD, removed.as_input(), position=removed.position)
        assert _without_id(restored) == _without_id(removed)
        after = roster.list_participants(OLD)
        assert [_without_id(p) for p in after] == [_without_id(p) for p in before]
        assert _count(database, Person) == 4

    def test_restore_puts_back_the_same_entry_with_its_activities(
        self, roster: RosterService, database: Database
    ) -> None:
        for data in [TASOV, *MEMBERS]:
            roster.add(OLD, data)
        before = roster.list_participants(OLD)
        itinerary = ItineraryService(database)
        visit = itinerary.add_activity(
            OLD,
            ActivityInput(day=dt.date(2021, 8, 25), start_time=dt.time(10), end_time=None,
                          kind="site_visit", title="Water works",
                          attendees=(before[1].id, before[2].id)),
        )  # fmt: skip
        removed = roster.remove(before[1].id)
        assert removed.attended == (visit.id,)
        assert itinerary.get_activity(visit.id).attendees == (before[2].id,)
        restored = roster.restore(removed)
        assert restored == before[1]
        assert roster.list_participants(OLD) == before
        assert itinerary.get_activity(visit.id).attendees == (before[1].id, before[2].id)
        with pytest.raises(InvalidInputError, match="cannot be put back"):
            roster.restore(removed)

    def test_removing_the_last_and_adding_again_reuses_the_position(
        self, roster: RosterService
    ) -> None:
        first = roster.add(OLD, TASOV)
        second = roster.add(OLD, MEMBERS[0])
        roster.remove(second.id)
        assert roster.add(OLD, MEMBERS[1]).position == first.position + 1
