"""ItineraryService and GuideService list hand-built itineraries as the GUI shows them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from coordinator.domain.models import (
    Activity,
    ActivityHost,
    Assignment,
    Guide,
    GuideUnavailability,
    Organization,
    Person,
    Program,
    Venue,
)
from coordinator.services.errors import NotFoundError
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.store import Database

CODE = "KZ-2021"
AUG = [dt.date(2021, 8, day) for day in range(24, 30)]


def _program(session: Session, code: str, first: dt.date, last: dt.date) -> Program:
    program = Program(code=code, title=f"Program {code}", first_day=first, last_day=last)
    session.add(program)
    return program


def _activity(program: Program, day: dt.date, title: str, **fields: object) -> Activity:
    fields.setdefault("kind", "site_visit")
    activity = Activity(program=program, day=day, title=title, **fields)
    program.activities.append(activity)
    return activity


@pytest.fixture
def itinerary(database: Database) -> Database:
    """Two days of the Turkistan program, entered out of order, and another program."""
    with database.transaction() as session:
        uskudar = Organization(name="Üsküdar Municipality")
        beykoz = Organization(name="Beykoz Municipality")
        hilmi = Person(full_name="Hilmi Türkmen", title="Mayor of Üsküdar", organization=uskudar)
        zekeriya = Person(
            full_name="Zekeriya Şanlıer", title="Mayor of Üsküdar", organization=uskudar
        )
        engin = Person(full_name="Engin Köklü", title="Deputy Mayor of Beykoz", organization=beykoz)
        town_hall = Venue(name="Üsküdar Municipality", owner=uskudar)
        coffeehouse = Venue(name="Tebessüm Coffeehouse", owner=uskudar)
        beytas = Venue(name="Beytaş Food Production and Distribution Center")

        program = _program(session, CODE, AUG[0], AUG[-1])
        other = _program(session, "KG-2022", dt.date(2022, 5, 2), dt.date(2022, 5, 4))

        afternoon = _activity(
            program,
            AUG[0],
            "Meeting with the Deputy Mayor of Beykoz",
            kind="meeting",
            start_time=dt.time(14, 0),
            position=3,
        )
        _activity(program, AUG[1], "Historical peninsula cultural tour", position=0)
        visit = _activity(
            program,
            AUG[0],
            "Visit to the Mayor of Üsküdar",
            start_time=dt.time(10, 0),
            end_time=dt.time(11, 0),
            venue=town_hall,
            position=0,
            notes="Hours not given in the report: planned.",
        )
        site = _activity(
            program,
            AUG[0],
            "Tebessüm Coffeehouse",
            start_time=dt.time(11, 30),
            venue=coffeehouse,
            position=1,
        )
        beytas_visit = _activity(program, AUG[0], "Beytaş", venue=beytas, position=4)
        elsewhere = _activity(other, dt.date(2022, 5, 2), "Visit elsewhere")

        visit.hosts = [
            ActivityHost(
                person=zekeriya,
                title="Deputy Mayor of Üsküdar",
                organization=uskudar,
                position=1,
            ),
            ActivityHost(person=hilmi, title="Mayor of Üsküdar", organization=uskudar, position=0),
        ]
        afternoon.hosts = [ActivityHost(person=engin, title=engin.title, organization=beykoz)]

        guide_zekeriya = Guide(person=zekeriya, languages=["tr"], roles=["host_official"])
        guide_engin = Guide(person=engin, languages=["tr", "en"], roles=["guide", "escort"])
        interpreter = Guide(
            person=Person(full_name="Aigerim Nurlanova", title="Interpreter"),
            languages=["kk", "ru", "tr"],
            roles=["interpreter"],
            notes="Freelance",
        )
        idle = Guide(person=Person(full_name="Unassigned Guide"), languages=["en"])
        session.add_all([guide_zekeriya, guide_engin, interpreter, idle])
        guide_zekeriya.unavailable = [
            GuideUnavailability(day=AUG[3], reason="council meeting"),
            GuideUnavailability(day=AUG[1], start_time=dt.time(9), end_time=dt.time(12)),
            GuideUnavailability(day=dt.date(2021, 9, 1), reason="after the program"),
        ]
        session.add_all(
            [
                Assignment(
                    activity=site,
                    guide=guide_zekeriya,
                    role="host_official",
                    title="Deputy Mayor of Üsküdar",
                ),
                Assignment(activity=beytas_visit, guide=guide_engin, role="guide"),
                Assignment(activity=afternoon, guide=guide_engin, role="guide"),
                Assignment(activity=afternoon, guide=interpreter, role="interpreter"),
                Assignment(activity=visit, guide=interpreter, role="interpreter"),
                Assignment(activity=elsewhere, guide=idle, role="guide"),
            ]
        )
    return database


def test_activities_by_day_then_their_order_in_the_day(itinerary: Database) -> None:
    activities = ItineraryService(itinerary).list_activities(CODE)
    assert [(a.day, a.title) for a in activities] == [
        (AUG[0], "Visit to the Mayor of Üsküdar"),
        (AUG[0], "Tebessüm Coffeehouse"),
        (AUG[0], "Meeting with the Deputy Mayor of Beykoz"),
        (AUG[0], "Beytaş"),
        (AUG[1], "Historical peninsula cultural tour"),
    ]


def test_an_activity_with_its_venue_hosts_and_guides(itinerary: Database) -> None:
    visit, site, meeting, beytas, tour = ItineraryService(itinerary).list_activities(CODE)
    assert (visit.start_time, visit.end_time) == (dt.time(10, 0), dt.time(11, 0))
    assert (visit.venue, visit.venue_owner) == ("Üsküdar Municipality", "Üsküdar Municipality")
    assert [(h.name, h.title, h.organization) for h in visit.hosts] == [
        ("Hilmi Türkmen", "Mayor of Üsküdar", "Üsküdar Municipality"),
        ("Zekeriya Şanlıer", "Deputy Mayor of Üsküdar", "Üsküdar Municipality"),
    ]
    assert visit.guides == ("Aigerim Nurlanova",)
    assert visit.notes == "Hours not given in the report: planned."
    assert (site.start_time, site.end_time, site.guides) == (
        dt.time(11, 30),
        None,
        ("Zekeriya Şanlıer",),
    )
    assert meeting.kind == "meeting"
    assert sorted(meeting.guides) == ["Aigerim Nurlanova", "Engin Köklü"]
    assert (beytas.venue, beytas.venue_owner) == (
        "Beytaş Food Production and Distribution Center",
        "",
    )
    assert (tour.venue, tour.hosts, tour.guides, tour.start_time) == ("", (), (), None)


def test_an_empty_itinerary(database: Database) -> None:
    with database.transaction() as session:
        _program(session, "EMPTY", AUG[0], AUG[0])
    assert ItineraryService(database).list_activities("EMPTY") == []
    assert GuideService(database).list_for_program("EMPTY") == []


def test_an_unknown_program(database: Database) -> None:
    with pytest.raises(NotFoundError):
        ItineraryService(database).list_activities("NOPE")
    with pytest.raises(NotFoundError):
        GuideService(database).list_for_program("NOPE")


def test_guides_of_the_program_in_itinerary_order(itinerary: Database) -> None:
    guides = GuideService(itinerary).list_for_program(CODE)
    assert [guide.name for guide in guides] == [
        "Aigerim Nurlanova",
        "Zekeriya Şanlıer",
        "Engin Köklü",
    ]


def test_a_guide_lists_their_activities_in_itinerary_order(itinerary: Database) -> None:
    by_name = {guide.name: guide for guide in GuideService(itinerary).list_for_program(CODE)}
    assert by_name["Engin Köklü"].activities == (
        "Meeting with the Deputy Mayor of Beykoz",
        "Beytaş",
    )
    assert by_name["Aigerim Nurlanova"].activities == (
        "Visit to the Mayor of Üsküdar",
        "Meeting with the Deputy Mayor of Beykoz",
    )


def test_a_guide_record_carries_languages_roles_and_title(itinerary: Database) -> None:
    by_name = {guide.name: guide for guide in GuideService(itinerary).list_for_program(CODE)}
    zekeriya = by_name["Zekeriya Şanlıer"]
    assert zekeriya.title == "Deputy Mayor of Üsküdar"  # as assigned, not the directory's
    assert zekeriya.organization == "Üsküdar Municipality"
    assert (zekeriya.languages, zekeriya.roles) == (("tr",), ("host_official",))
    engin = by_name["Engin Köklü"]
    assert engin.title == "Deputy Mayor of Beykoz"  # no title on the assignment: the directory's
    assert (engin.languages, engin.roles) == (("tr", "en"), ("guide", "escort"))
    interpreter = by_name["Aigerim Nurlanova"]
    assert (interpreter.organization, interpreter.notes) == ("", "Freelance")


def test_only_unavailable_days_within_the_program(itinerary: Database) -> None:
    by_name = {guide.name: guide for guide in GuideService(itinerary).list_for_program(CODE)}
    assert by_name["Zekeriya Şanlıer"].unavailable == (AUG[1], AUG[3])
    assert by_name["Engin Köklü"].unavailable == ()
