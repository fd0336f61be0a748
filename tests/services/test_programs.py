"""ProgramService: create, list and get programs, with errors that name the field."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator.domain.models import Organization
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ActivityInput, ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.store import Database

TDBB = "Union of Turkish World Municipalities (TDBB)"
PARTNERS = (
    "Beykoz Municipality",
    "Eyüpsultan Municipality",
    "Üsküdar Municipality",
    "Zeytinburnu Municipality",
)
TURKISTAN_2021 = ProgramInput(
    code="KZ-TURKISTAN-2021",
    title="Turkistan Municipality Information and Experience Sharing Program",
    first_day=dt.date(2021, 8, 24),
    last_day=dt.date(2021, 8, 29),
    city="Istanbul",
    country="Türkiye",
    organizer=TDBB,
    partners=PARTNERS,
    languages=("ru", "kk", "tr"),
    notes="Hosted with four district municipalities.",
)


def _program(code: str, first_day: dt.date, **fields: object) -> ProgramInput:
    return dataclasses.replace(
        TURKISTAN_2021,
        code=code,
        first_day=first_day,
        last_day=first_day + dt.timedelta(days=3),
        **fields,
    )


def _organizations(database: Database) -> list[str]:
    with database.reading() as session:
        return list(session.scalars(select(Organization.name).order_by(Organization.id)))


@pytest.fixture
def programs(database: Database) -> ProgramService:
    return ProgramService(database)


def test_create_returns_the_program(programs: ProgramService) -> None:
    record = programs.create(TURKISTAN_2021)
    assert record.id > 0
    assert record.code == "KZ-TURKISTAN-2021"
    assert record.title == TURKISTAN_2021.title
    assert (record.first_day, record.last_day) == (dt.date(2021, 8, 24), dt.date(2021, 8, 29))
    assert (record.city, record.country) == ("Istanbul", "Türkiye")
    assert record.organizer == TDBB
    assert record.partners == PARTNERS
    assert record.languages == ("ru", "kk", "tr")
    assert record.notes == "Hosted with four district municipalities."
    assert (record.participant_count, record.activity_count) == (0, 0)


def test_get_returns_what_create_returned(programs: ProgramService) -> None:
    created = programs.create(TURKISTAN_2021)
    assert programs.get("KZ-TURKISTAN-2021") == created
    assert programs.get("  KZ-TURKISTAN-2021 ") == created


def test_get_an_unknown_program(programs: ProgramService) -> None:
    with pytest.raises(NotFoundError, match="NOPE"):
        programs.get("NOPE")


def test_list_is_empty_at_first(programs: ProgramService) -> None:
    assert programs.list_programs() == []


def test_list_puts_the_most_recent_first(programs: ProgramService) -> None:
    programs.create(_program("KG-2019", dt.date(2019, 5, 6)))
    programs.create(_program("KZ-2024-B", dt.date(2024, 3, 1)))
    programs.create(_program("KZ-2024-A", dt.date(2024, 3, 1)))
    programs.create(_program("AZ-2022", dt.date(2022, 10, 10)))
    assert [p.code for p in programs.list_programs()] == [
        "KZ-2024-A",
        "KZ-2024-B",
        "AZ-2022",
        "KG-2019",
    ]


def test_counts_follow_the_roster(programs: ProgramService, database: Database) -> None:
    programs.create(TURKISTAN_2021)
    roster = RosterService(database)
    roster.add("KZ-TURKISTAN-2021", ParticipantInput(name="Zhandos Tasov", role="head"))
    roster.add("KZ-TURKISTAN-2021", ParticipantInput(name="Maksat Tangatarov"))
    assert programs.get("KZ-TURKISTAN-2021").participant_count == 2
    (listed,) = programs.list_programs()
    assert listed.participant_count == 2


def test_a_taken_code_is_refused(programs: ProgramService, database: Database) -> None:
    programs.create(TURKISTAN_2021)
    other = dataclasses.replace(TURKISTAN_2021, code=" KZ-TURKISTAN-2021 ", title="Another")
    with pytest.raises(InvalidInputError, match="already exists") as raised:
        programs.create(other)
    assert raised.value.field == "code"
    assert [p.title for p in programs.list_programs()] == [TURKISTAN_2021.title]
    assert len(_organizations(database)) == 5


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": ""}, "code"),
        ({"code": "KZ 2021"}, "code"),
        ({"code": "-KZ"}, "code"),
        ({"title": "   "}, "title"),
        ({"last_day": dt.date(2021, 8, 23)}, "last_day"),
        ({"languages": ("ru", "Russian")}, "languages"),
        ({"languages": ("r",)}, "languages"),
    ],
)
def test_invalid_fields_are_named(
    programs: ProgramService, database: Database, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInputError) as raised:
        programs.create(dataclasses.replace(TURKISTAN_2021, **changes))
    assert raised.value.field == field
    assert str(raised.value)
    assert programs.list_programs() == []
    assert _organizations(database) == []


def test_code_and_fields_are_trimmed(programs: ProgramService) -> None:
    record = programs.create(
        dataclasses.replace(
            TURKISTAN_2021, code="  KZ-1 ", title="  Study   visit ", city=" Istanbul "
        )
    )
    assert (record.code, record.title, record.city) == ("KZ-1", "Study visit", "Istanbul")


def test_partners_keep_their_order(programs: ProgramService) -> None:
    reversed_partners = tuple(reversed(PARTNERS))
    record = programs.create(dataclasses.replace(TURKISTAN_2021, partners=reversed_partners))
    assert record.partners == reversed_partners
    assert programs.get(record.code).partners == reversed_partners


def test_a_partner_named_twice_is_listed_once(programs: ProgramService) -> None:
    record = programs.create(
        dataclasses.replace(
            TURKISTAN_2021,
            partners=("Üsküdar Municipality", "Beykoz Municipality", "USKUDAR municipality", ""),
        )
    )
    assert record.partners == ("Üsküdar Municipality", "Beykoz Municipality")


def test_organizer_is_reused_by_its_search_key(
    programs: ProgramService, database: Database
) -> None:
    programs.create(TURKISTAN_2021)
    again = programs.create(
        _program(
            "KG-2022",
            dt.date(2022, 5, 2),
            organizer="UNION OF TURKISH WORLD MUNICIPALITIES (TDBB)",
            partners=("uskudar municipality", "Kadıköy Municipality"),
        )
    )
    assert again.organizer == TDBB
    assert again.partners == ("Üsküdar Municipality", "Kadıköy Municipality")
    organizations = _organizations(database)
    assert organizations == [TDBB, *PARTNERS, "Kadıköy Municipality"]
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 6


def test_no_organizer(programs: ProgramService, database: Database) -> None:
    record = programs.create(dataclasses.replace(TURKISTAN_2021, organizer=" ", partners=()))
    assert (record.organizer, record.partners) == ("", ())
    assert _organizations(database) == []


def _add_activity(database: Database, day: dt.date, title: str) -> None:
    data = ActivityInput(day, dt.time(10), dt.time(11), "meeting", title)
    ItineraryService(database).add_activity(TURKISTAN_2021.code, data)


def test_update_replaces_the_fields_but_keeps_the_code(programs: ProgramService) -> None:
    programs.create(TURKISTAN_2021)
    changed = dataclasses.replace(
        TURKISTAN_2021,
        code="IGNORED",
        title="Turkistan, second visit",
        first_day=dt.date(2021, 8, 23),
        last_day=dt.date(2021, 8, 30),
        city="Ankara",
        country="Turkey",
        organizer="Ankara Metropolitan Municipality",
        partners=("Zeytinburnu Municipality", "Beykoz Municipality", "Çankaya Municipality"),
        languages=("kk", "en"),
        notes="Second visit.",
    )
    record = programs.update(TURKISTAN_2021.code, changed)
    assert record == programs.get(TURKISTAN_2021.code)
    assert (record.code, record.title, record.first_day, record.last_day) == (
        TURKISTAN_2021.code, changed.title, changed.first_day, changed.last_day)  # fmt: skip
    assert (record.city, record.country, record.organizer) == (
        "Ankara", "Turkey", "Ankara Metropolitan Municipality")  # fmt: skip
    assert record.partners == changed.partners
    assert (record.languages, record.notes) == (("kk", "en"), "Second visit.")


def test_update_finds_organizations_by_name(programs: ProgramService, database: Database) -> None:
    programs.create(TURKISTAN_2021)
    before = _organizations(database)
    changed = dataclasses.replace(
        TURKISTAN_2021, organizer="union of turkish world municipalities (tdbb)",
        partners=tuple(reversed(PARTNERS)),
    )  # fmt: skip
    record = programs.update(TURKISTAN_2021.code, changed)
    assert _organizations(database) == before
    assert record.organizer == TDBB
    assert record.partners == tuple(reversed(PARTNERS))


def test_update_can_move_the_days_past_the_old_last_day(programs: ProgramService) -> None:
    programs.create(TURKISTAN_2021)
    later = dataclasses.replace(
        TURKISTAN_2021, first_day=dt.date(2021, 9, 6), last_day=dt.date(2021, 9, 9)
    )
    record = programs.update(TURKISTAN_2021.code, later)
    assert (record.first_day, record.last_day) == (later.first_day, later.last_day)


def test_update_refuses_days_that_leave_an_activity_outside(
    programs: ProgramService, database: Database
) -> None:
    programs.create(TURKISTAN_2021)
    _add_activity(database, dt.date(2021, 8, 28), "Tour of the Bosphorus")
    _add_activity(database, dt.date(2021, 8, 25), "Courtesy visit")
    shorter = dataclasses.replace(TURKISTAN_2021, title="Shorter", first_day=dt.date(2021, 8, 26))
    with pytest.raises(InvalidInputError) as caught:
        programs.update(TURKISTAN_2021.code, shorter)
    assert caught.value.field == "first_day"
    assert "'Courtesy visit' of 25.08.2021" in str(caught.value)
    assert programs.get(TURKISTAN_2021.code).title == TURKISTAN_2021.title
    inside = dataclasses.replace(
        shorter, first_day=dt.date(2021, 8, 25), last_day=dt.date(2021, 8, 28)
    )
    assert programs.update(TURKISTAN_2021.code, inside).last_day == dt.date(2021, 8, 28)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": "  "}, "title"),
        ({"last_day": dt.date(2021, 8, 1)}, "last_day"),
        ({"languages": ("not a language",)}, "languages"),
    ],
)
def test_update_refuses_a_field_that_breaks_a_rule(
    programs: ProgramService, fields: dict[str, object], field: str
) -> None:
    programs.create(TURKISTAN_2021)
    wrong = dataclasses.replace(TURKISTAN_2021, **fields)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError) as caught:
        programs.update(TURKISTAN_2021.code, wrong)
    assert caught.value.field == field
    assert programs.get(TURKISTAN_2021.code).title == TURKISTAN_2021.title


def test_update_of_an_unknown_program_is_not_found(programs: ProgramService) -> None:
    with pytest.raises(NotFoundError):
        programs.update("NOPE", TURKISTAN_2021)
