"""The rules every model enforces in code, before anything reaches the database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator.domain.enums import GuideRole, ParticipantRole
from coordinator.domain.models import (
    Activity,
    Assignment,
    Guide,
    Organization,
    Participant,
    Person,
    Program,
    Venue,
)
from coordinator.domain.programs import clean_languages
from coordinator.store import Database

AUG_24 = dt.date(2021, 8, 24)
AUG_29 = dt.date(2021, 8, 29)


def _program(**fields: object) -> Program:
    values: dict[str, object] = {
        "code": "KZ-2021",
        "title": "Turkistan Municipality Information and Experience Sharing Program",
        "first_day": AUG_24,
        "last_day": AUG_29,
    }
    values.update(fields)
    return Program(**values)


class TestNames:
    @pytest.mark.parametrize("model", [Organization, Venue])
    @pytest.mark.parametrize("empty", ["", "   ", "\t\n", None])
    def test_empty_names_are_refused(self, model: type[Organization | Venue], empty: str) -> None:
        with pytest.raises(ValueError, match="must not be empty"):
            model(name=empty)

    @pytest.mark.parametrize("empty", ["", "  ", None])
    def test_empty_person_name_is_refused(self, empty: str | None) -> None:
        with pytest.raises(ValueError, match="A person's name must not be empty"):
            Person(full_name=empty)

    def test_names_are_cleaned_and_keyed(self) -> None:
        person = Person(full_name="  Ömer   Arısoy ")
        assert person.full_name == "Ömer Arısoy"
        assert person.name_key == "omer arisoy"
        organization = Organization(name="Üsküdar  Municipality")
        assert organization.name == "Üsküdar Municipality"
        assert organization.name_key == "uskudar municipality"
        venue = Venue(name=" Tebessüm Coffeehouse")
        assert venue.name_key == "tebessum coffeehouse"

    def test_renaming_updates_the_key(self) -> None:
        person = Person(full_name="Ismail")
        person.full_name = "İsmail Kara"
        assert person.name_key == "ismail kara"


class TestProgram:
    @pytest.mark.parametrize("code", ["KZ-2021", "tdbb.2021_08", "7", "A" * 40, "  KZ1  "])
    def test_valid_codes(self, code: str) -> None:
        assert _program(code=code).code == code.strip()

    @pytest.mark.parametrize(
        "code", ["", "   ", "-KZ", ".KZ", "KZ 2021", "KZ/2021", "A" * 41, "Üsküdar", None]
    )
    def test_invalid_codes(self, code: str | None) -> None:
        with pytest.raises(ValueError, match="Program code"):
            _program(code=code)

    @pytest.mark.parametrize("title", ["", "  ", None])
    def test_empty_title_is_refused(self, title: str | None) -> None:
        with pytest.raises(ValueError, match="title must not be empty"):
            _program(title=title)

    def test_last_day_before_first_day_is_refused(self) -> None:
        with pytest.raises(ValueError, match="before the first day"):
            _program(first_day=AUG_29, last_day=AUG_24)

    def test_moving_either_end_past_the_other_is_refused(self) -> None:
        program = _program()
        with pytest.raises(ValueError, match="before the first day"):
            program.first_day = dt.date(2021, 8, 30)
        with pytest.raises(ValueError, match="before the first day"):
            program.last_day = dt.date(2021, 8, 23)
        assert (program.first_day, program.last_day) == (AUG_24, AUG_29)

    def test_one_day_program(self) -> None:
        assert _program(first_day=AUG_24, last_day=AUG_24).days() == [AUG_24]

    def test_days_run_first_to_last(self) -> None:
        days = _program().days()
        assert days == [dt.date(2021, 8, day) for day in range(24, 30)]

    def test_days_cross_a_month(self) -> None:
        days = _program(first_day=dt.date(2021, 8, 30), last_day=dt.date(2021, 9, 2)).days()
        assert [day.isoformat() for day in days] == [
            "2021-08-30",
            "2021-08-31",
            "2021-09-01",
            "2021-09-02",
        ]

    def test_languages_are_cleaned(self) -> None:
        program = _program(languages=["RU", " kk ", "ru", "", "tr"])
        assert program.languages == ["ru", "kk", "tr"]

    @pytest.mark.parametrize("language", ["english", "e", "e1", "ru-RU", "рус"])
    def test_invalid_language_codes_are_refused(self, language: str) -> None:
        with pytest.raises(ValueError, match="not a language code"):
            _program(languages=["tr", language])

    def test_set_partners_keeps_order_and_drops_repeats(self) -> None:
        beykoz, eyup, uskudar = (
            Organization(name=name) for name in ("Beykoz", "Eyüpsultan", "Üsküdar")
        )
        program = _program()
        program.set_partners([uskudar, beykoz, uskudar, eyup])
        assert program.partners == [uskudar, beykoz, eyup]
        assert [link.position for link in program.partner_links] == [0, 1, 2]
        program.set_partners([eyup])
        assert program.partners == [eyup]

    def test_partners_come_back_in_their_order(self, database: Database) -> None:
        names = ["Zeytinburnu", "Beykoz", "Üsküdar", "Eyüpsultan"]
        with database.transaction() as session:
            program = _program()
            program.set_partners([Organization(name=name) for name in names])
            session.add(program)
        with database.reading() as session:
            stored = session.scalars(select(Program)).one()
            assert [partner.name for partner in stored.partners] == names


def test_clean_languages_drops_blanks_and_repeats() -> None:
    assert clean_languages(["KK", "kk", " ", "kaz"]) == ["kk", "kaz"]
    assert clean_languages([]) == []


class TestParticipant:
    @pytest.mark.parametrize("role", ["head", "member", "staff", ParticipantRole.HEAD])
    def test_known_roles(self, role: str) -> None:
        assert Participant(role=role).role == str(role)

    @pytest.mark.parametrize("role", ["boss", "", "Head", None])
    def test_unknown_roles_are_refused(self, role: str | None) -> None:
        with pytest.raises(ValueError, match="ParticipantRole"):
            Participant(role=role)

    def test_departure_before_arrival_is_refused(self) -> None:
        arrival = dt.datetime(2021, 8, 24, 6, 30)
        with pytest.raises(ValueError, match="departure is before the arrival"):
            Participant(arrival=arrival, departure=arrival - dt.timedelta(minutes=1))
        participant = Participant(departure=arrival)
        with pytest.raises(ValueError, match="departure is before the arrival"):
            participant.arrival = arrival + dt.timedelta(days=1)

    def test_same_moment_and_open_ends_are_fine(self) -> None:
        moment = dt.datetime(2021, 8, 29, 18, 0)
        assert Participant(arrival=moment, departure=moment).departure == moment
        assert Participant(arrival=moment).departure is None
        assert Participant(departure=moment).arrival is None


class TestActivity:
    def test_end_must_be_after_start(self) -> None:
        with pytest.raises(ValueError, match="must be after the start"):
            Activity(start_time=dt.time(10, 0), end_time=dt.time(10, 0))
        with pytest.raises(ValueError, match="must be after the start"):
            Activity(start_time=dt.time(10, 0), end_time=dt.time(9, 30))
        activity = Activity(end_time=dt.time(11, 0))
        with pytest.raises(ValueError, match="must be after the start"):
            activity.start_time = dt.time(11, 30)

    def test_open_times_are_fine(self) -> None:
        assert Activity(start_time=dt.time(10, 0)).end_time is None
        assert Activity(end_time=dt.time(10, 0)).start_time is None
        activity = Activity(start_time=dt.time(10, 0), end_time=dt.time(11, 15))
        assert activity.end_time == dt.time(11, 15)

    @pytest.mark.parametrize("field", ["title", "kind"])
    def test_empty_title_and_kind_are_refused(self, field: str) -> None:
        with pytest.raises(ValueError, match="must not be empty"):
            Activity(**{field: "  "})


class TestGuide:
    def test_roles_are_checked_and_deduplicated(self) -> None:
        guide = Guide(roles=["interpreter", GuideRole.GUIDE, "interpreter"])
        assert guide.roles == ["interpreter", "guide"]

    @pytest.mark.parametrize("role", ["translator", "", "Guide"])
    def test_unknown_guide_roles_are_refused(self, role: str) -> None:
        with pytest.raises(ValueError, match="GuideRole"):
            Guide(roles=["guide", role])

    def test_languages_are_checked(self) -> None:
        assert Guide(languages=["TR", "ru", "tr"]).languages == ["tr", "ru"]
        with pytest.raises(ValueError, match="not a language code"):
            Guide(languages=["Turkish"])

    def test_assignment_role_is_checked(self) -> None:
        assert Assignment(role="escort").role == "escort"
        with pytest.raises(ValueError, match="GuideRole"):
            Assignment(role="chauffeur")


def test_every_enum_value_is_a_plain_string() -> None:
    assert [role.value for role in ParticipantRole] == ["head", "member", "staff"]
    assert {role.value for role in GuideRole} == {
        "guide",
        "interpreter",
        "escort",
        "driver",
        "host_official",
    }
