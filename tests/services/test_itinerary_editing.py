"""Adding, editing, moving, removing and restoring activities."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import HostInput, ParticipantInput
from coordinator.services.roster import RosterService
from coordinator.store import Database
from tests.itinerary_support import (
    CODE,
    MON,
    TUE,
    WED,
    activity_input,
    add_activity,
    add_guide,
    at,
    make_program,
)


@pytest.fixture
def itinerary(database: Database) -> ItineraryService:
    make_program(database)
    return ItineraryService(database)


def test_add_an_activity_with_venue_and_hosts(itinerary: ItineraryService) -> None:
    record = itinerary.add_activity(
        CODE,
        activity_input(
            "Visit to Tebessüm Coffeehouse",
            "11:45",
            "12:30",
            venue="Tebessüm Coffeehouse",
            hosts=(HostInput("Zekeriya Şanlıer", "Deputy Mayor", "Üsküdar Municipality"),),
            notes="  run by employees with Down syndrome ",
        ),
    )
    assert (record.day, record.start_time, record.end_time) == (MON, at("11:45"), at("12:30"))
    assert record.venue == "Tebessüm Coffeehouse"
    assert record.venue_id is not None
    assert [(host.name, host.title, host.organization) for host in record.hosts] == [
        ("Zekeriya Şanlıer", "Deputy Mayor", "Üsküdar Municipality")
    ]
    assert record.notes == "run by employees with Down syndrome"
    assert record.program_code == CODE
    assert record.guide_needed is True
    assert itinerary.list_activities(CODE) == [record]


def test_venues_and_hosts_are_reused_by_search_key(itinerary: ItineraryService) -> None:
    first = itinerary.add_activity(
        CODE, activity_input("A", venue="Tebessüm Coffeehouse", hosts=(HostInput("Ömer Arısoy"),))
    )
    second = itinerary.add_activity(
        CODE,
        activity_input(
            "B", "12:00", "13:00", venue="TEBESSUM coffeehouse", hosts=(HostInput("omer arisoy"),)
        ),
    )
    assert first.venue_id == second.venue_id
    assert second.hosts[0].name == "Ömer Arısoy"


@pytest.mark.parametrize("day", [dt.date(2026, 5, 31), dt.date(2026, 6, 4)])
def test_a_day_outside_the_program_is_refused(itinerary: ItineraryService, day: dt.date) -> None:
    with pytest.raises(InvalidInputError, match="outside the program KZ-2026") as error:
        itinerary.add_activity(CODE, activity_input("Too early or late", day=day))
    assert error.value.field == "day"
    assert "from 01.06.2026 to 03.06.2026" in str(error.value)
    assert itinerary.list_activities(CODE) == []


def test_first_and_last_day_are_inside(itinerary: ItineraryService) -> None:
    itinerary.add_activity(CODE, activity_input("Arrival", day=MON))
    itinerary.add_activity(CODE, activity_input("Departure", day=WED))
    assert len(itinerary.list_activities(CODE)) == 2


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (activity_input("Late", "11:00", "10:00"), "end_time"),
        (activity_input("Zero", "11:00", "11:00"), "end_time"),
        (activity_input("   "), "title"),
        (activity_input("No kind", kind=" "), "kind"),
        (activity_input("Nameless host", hosts=(HostInput(" "),)), "hosts"),
    ],
)
def test_broken_fields_are_refused(itinerary: ItineraryService, data: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as error:
        itinerary.add_activity(CODE, data)  # type: ignore[arg-type]
    assert error.value.field == field


def test_an_unknown_program_is_refused(itinerary: ItineraryService) -> None:
    with pytest.raises(NotFoundError, match="NOPE"):
        itinerary.add_activity("NOPE", activity_input("A"))


def test_a_kind_the_user_adds(itinerary: ItineraryService) -> None:
    itinerary.add_activity(CODE, activity_input("Press conference", kind="press"))
    kinds = itinerary.activity_kinds()
    assert kinds[:8] == [
        "courtesy_visit",
        "meeting",
        "site_visit",
        "cultural_tour",
        "meal",
        "transfer",
        "ceremony",
        "free_time",
    ]
    assert kinds[8:] == ["press"]


def test_needs_guide_follows_the_kind_unless_told(itinerary: ItineraryService) -> None:
    visit = itinerary.add_activity(CODE, activity_input("Mayor", kind="courtesy_visit"))
    tour = itinerary.add_activity(CODE, activity_input("Tour", kind="cultural_tour"))
    dinner = itinerary.add_activity(CODE, activity_input("Dinner", kind="meal", needs_guide=True))
    assert (visit.guide_needed, tour.guide_needed, dinner.guide_needed) == (False, True, True)
    assert dinner.needs_guide is True
    assert visit.needs_guide is None


def test_activities_of_a_day_stay_in_time_order(itinerary: ItineraryService) -> None:
    itinerary.add_activity(CODE, activity_input("Lunch", "12:00", "13:00"))
    itinerary.add_activity(CODE, activity_input("Walk", None, None))
    itinerary.add_activity(CODE, activity_input("Mayor", "09:00", "10:00"))
    itinerary.add_activity(CODE, activity_input("Tomorrow", "08:00", "09:00", day=TUE))
    records = itinerary.list_activities(CODE)
    assert [record.title for record in records] == ["Mayor", "Lunch", "Walk", "Tomorrow"]
    assert [record.position for record in records] == [0, 1, 2, 0]


def test_update_keeps_the_guides(database: Database, itinerary: ItineraryService) -> None:
    from coordinator.services.guides import GuideService

    record = add_activity(database, "Site visit")
    guide = add_guide(database, "Ayşe Demir")
    GuideService(database).assign(record.id, guide.id)
    changed = itinerary.update_activity(
        record.id,
        activity_input("Site visit to Akdem", "15:15", "16:00", day=TUE, venue="Akdem"),
    )
    assert (changed.title, changed.day, changed.venue) == ("Site visit to Akdem", TUE, "Akdem")
    assert changed.guides == ("Ayşe Demir",)


def test_update_changes_hosts_in_place(itinerary: ItineraryService) -> None:
    record = itinerary.add_activity(
        CODE, activity_input("Meeting", hosts=(HostInput("Fahri Solak", "Secretary General"),))
    )
    changed = itinerary.update_activity(
        record.id,
        activity_input(
            "Meeting",
            hosts=(HostInput("Engin Köklü", "Deputy Mayor"), HostInput("Fahri Solak", "Mayor")),
        ),
    )
    assert [(host.name, host.title) for host in changed.hosts] == [
        ("Engin Köklü", "Deputy Mayor"),
        ("Fahri Solak", "Mayor"),
    ]


def test_update_refuses_a_day_outside_the_program(itinerary: ItineraryService) -> None:
    record = itinerary.add_activity(CODE, activity_input("A"))
    with pytest.raises(InvalidInputError, match="outside the program"):
        itinerary.update_activity(record.id, activity_input("A", day=dt.date(2026, 6, 9)))
    assert itinerary.get_activity(record.id).day == MON


def test_attendees_come_from_the_roster(database: Database, itinerary: ItineraryService) -> None:
    roster = RosterService(database)
    zhandos = roster.add(CODE, ParticipantInput(name="Zhandos Tasov"))
    roster.add(CODE, ParticipantInput(name="Berik Baibolov"))
    record = itinerary.add_activity(CODE, activity_input("Museum", attendees=(zhandos.id,)))
    assert record.attendees == (zhandos.id,)
    everyone = itinerary.update_activity(record.id, activity_input("Museum"))
    assert everyone.attendees == ()


def test_attendees_of_another_program_are_refused(
    database: Database, itinerary: ItineraryService
) -> None:
    make_program(database, code="OTHER")
    stranger = RosterService(database).add("OTHER", ParticipantInput(name="Somebody Else"))
    with pytest.raises(InvalidInputError, match="not on the roster of KZ-2026"):
        itinerary.add_activity(CODE, activity_input("Museum", attendees=(stranger.id,)))
    assert itinerary.list_activities(CODE) == []


class TestMove:
    def test_move_keeps_the_length(self, itinerary: ItineraryService) -> None:
        record = itinerary.add_activity(CODE, activity_input("Tour", "09:30", "12:30"))
        moved = itinerary.move_activity(record.id, TUE, at("14:00"))
        assert (moved.day, moved.start_time, moved.end_time) == (TUE, at("14:00"), at("17:00"))

    def test_move_to_another_day_only(self, itinerary: ItineraryService) -> None:
        record = itinerary.add_activity(CODE, activity_input("Tour", "09:30", "12:30"))
        moved = itinerary.move_activity(record.id, WED)
        assert (moved.day, moved.start_time, moved.end_time) == (WED, at("09:30"), at("12:30"))

    def test_move_outside_the_program_is_refused(self, itinerary: ItineraryService) -> None:
        record = itinerary.add_activity(CODE, activity_input("Tour"))
        with pytest.raises(InvalidInputError, match="outside the program"):
            itinerary.move_activity(record.id, dt.date(2026, 6, 4), at("10:00"))
        assert itinerary.get_activity(record.id).day == MON

    def test_move_past_midnight_is_refused(self, itinerary: ItineraryService) -> None:
        record = itinerary.add_activity(CODE, activity_input("Dinner", "19:00", "22:00"))
        with pytest.raises(InvalidInputError, match="after midnight"):
            itinerary.move_activity(record.id, MON, at("22:30"))

    def test_move_an_activity_without_an_end(self, itinerary: ItineraryService) -> None:
        record = itinerary.add_activity(CODE, activity_input("Walk", None, None))
        moved = itinerary.move_activity(record.id, TUE, at("16:00"))
        assert (moved.start_time, moved.end_time) == (at("16:00"), None)

    def test_moving_reorders_the_day(self, itinerary: ItineraryService) -> None:
        itinerary.add_activity(CODE, activity_input("First", "09:00", "10:00"))
        second = itinerary.add_activity(CODE, activity_input("Second", "11:00", "12:00"))
        itinerary.move_activity(second.id, MON, at("07:00"))
        assert [record.title for record in itinerary.list_activities(CODE)] == ["Second", "First"]


class TestRemove:
    def test_remove_and_restore_with_guides(
        self, database: Database, itinerary: ItineraryService
    ) -> None:
        from coordinator.services.guides import GuideService

        record = itinerary.add_activity(
            CODE, activity_input("Visit", venue="Akdem", hosts=(HostInput("Ömer Arısoy"),))
        )
        guide = add_guide(database, "Ayşe Demir", roles=("guide", "interpreter"))
        GuideService(database).assign(record.id, guide.id, "interpreter")
        removed = itinerary.remove_activity(record.id)
        assert itinerary.list_activities(CODE) == []
        restored = itinerary.restore_activity(CODE, removed)
        assert restored.id == record.id
        assert restored.title == "Visit"
        assert restored.venue == "Akdem"
        assert [host.name for host in restored.hosts] == ["Ömer Arısoy"]
        assert [(item.guide, item.role) for item in restored.assignments] == [
            ("Ayşe Demir", "interpreter")
        ]

    def test_restore_leaves_out_guides_who_are_gone(
        self, database: Database, itinerary: ItineraryService
    ) -> None:
        from coordinator.services.guides import GuideService

        record = itinerary.add_activity(CODE, activity_input("Visit"))
        guide = add_guide(database, "Ayşe Demir")
        GuideService(database).assign(record.id, guide.id)
        removed = itinerary.remove_activity(record.id)
        GuideService(database).remove_guide(guide.id)
        assert itinerary.restore_activity(CODE, removed).assignments == ()

    def test_remove_a_missing_activity(self, itinerary: ItineraryService) -> None:
        with pytest.raises(NotFoundError):
            itinerary.remove_activity(999)


def test_an_activity_and_its_guides_are_saved_together(
    database: Database, itinerary: ItineraryService
) -> None:
    ayse = add_guide(database, "Ayşe Demir")
    bora = add_guide(database, "Bora Kaya")
    record = itinerary.add_activity(
        CODE, activity_input("Site visit"), [(ayse.id, "guide"), (bora.id, "interpreter")]
    )
    assert sorted((a.guide_id, a.role) for a in record.assignments) == [
        (ayse.id, "guide"),
        (bora.id, "interpreter"),
    ]
    changed = itinerary.update_activity(
        record.id, activity_input("Site visit to Akdem"), [(bora.id, "escort")]
    )
    assert [(a.guide_id, a.role) for a in changed.assignments] == [(bora.id, "escort")]


def test_a_failing_guide_leaves_the_activity_as_it_was(
    database: Database, itinerary: ItineraryService
) -> None:
    ayse = add_guide(database, "Ayşe Demir")
    record = itinerary.add_activity(CODE, activity_input("Site visit"), [(ayse.id, "guide")])
    with pytest.raises(NotFoundError):
        itinerary.update_activity(record.id, activity_input("Renamed"), [(ayse.id + 99, "guide")])
    with pytest.raises(InvalidInputError):
        itinerary.update_activity(record.id, activity_input("Renamed"), [(ayse.id, "pilot")])
    kept = itinerary.get_activity(record.id)
    assert kept.title == "Site visit"
    assert [(a.guide_id, a.role) for a in kept.assignments] == [(ayse.id, "guide")]
    with pytest.raises(NotFoundError):
        itinerary.add_activity(CODE, activity_input("Walk"), [(ayse.id + 99, "guide")])
    assert [a.title for a in itinerary.list_activities(CODE)] == ["Site visit"]
