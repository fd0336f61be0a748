"""Conflicts and suggestions of stored programs, the demo program first."""

from __future__ import annotations

import pytest

from coordinator.services.conflicts import ConflictService
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import InvalidInputError
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import ParticipantInput, UnavailabilityInput
from coordinator.services.roster import RosterService
from coordinator.services.suggestions import SuggestionService
from coordinator.store import Database
from tests.itinerary_support import CODE, MON, activity_input, add_activity, add_guide, make_program
from tests.stores import AddDemo


class TestDemoProgram:
    @pytest.fixture
    def demo(self, database: Database, add_demo: AddDemo) -> Database:
        add_demo(database)
        return database

    def test_only_unguided_site_visits_and_the_tour(self, demo: Database) -> None:
        findings = ConflictService(demo).list_conflicts(DEMO_PROGRAM_CODE)
        assert {finding.kind.value for finding in findings} == {"unguided"}
        assert [finding.activities[0] for finding in findings] == [
            "Site visit to the Beykoz Municipality Solution Center",
            "Site visit to the Beytaş Food Production and Distribution Center",
            "Site visit to the Beykoz Rehabilitation Center",
            "Site visit to the Beykoz Municipality Cumhuriyet Village Marketplace",
            "Site visit to Akdem, Zeytinburnu",
            "Site visit to the Zeytinburnu Soup Kitchen",
            "Site visit to the Zeytinburnu Medicinal Plants Garden",
            "Cultural tour of the historical peninsula of Istanbul",
        ]

    def test_deputy_mayors_speak_a_working_language(self, demo: Database) -> None:
        # They speak only Turkish, one of the delegation's kk, ru and tr.
        findings = ConflictService(demo).list_conflicts(DEMO_PROGRAM_CODE)
        assert not [finding for finding in findings if finding.kind.value == "language"]

    def test_back_to_back_visits_clash_once_travel_time_is_known(self, demo: Database) -> None:
        directory = DirectoryService(demo)
        [market] = directory.venues("marketplace women")
        [cafe] = directory.venues("tebessum")
        directory.set_travel_time(market.id, cafe.id, 15)
        [finding] = ConflictService(demo).list_conflicts(DEMO_PROGRAM_CODE)[:1]
        assert finding.kind.value == "overlap"
        assert finding.guide == "Zekeriya Şanlıer"
        assert finding.message == (
            "Zekeriya Şanlıer cannot get from Marketplace for Women's Labor Products to "
            "Tebessüm Coffeehouse in time on Wed 25.08: 'Site visit to the Marketplace for "
            "Women's Labor Products…' ends at 11:45 and 'Visit to Tebessüm Coffeehouse, "
            "Üsküdar' starts at 11:45, 0 minutes later, but the way takes 15 minutes"
        )

    def test_a_day_away_shows(self, demo: Database) -> None:
        guides = GuideService(demo)
        zekeriya = guides.find("Zekeriya Şanlıer")
        guides.add_unavailability(zekeriya.id, UnavailabilityInput(MON.replace(2021, 8, 25)))
        findings = ConflictService(demo).list_conflicts(DEMO_PROGRAM_CODE)
        assert [finding.kind.value for finding in findings[:2]] == ["unavailable"] * 2

    def test_nothing_fits_the_unguided_visits(self, demo: Database) -> None:
        suggestions = SuggestionService(demo).suggest(DEMO_PROGRAM_CODE)
        assert suggestions.proposals == ()
        assert len(suggestions.unfilled) == 8
        assert suggestions.unfilled[0].reasons == (
            ("host_elsewhere", ("Muhammed Çakır", "Zekeriya Şanlıer")),
        )

    def test_a_guide_of_beykoz_is_proposed_for_beykoz(self, demo: Database) -> None:
        add_guide(
            demo, "Engin Köklü", ("tr",), ("host_official",), organization="Beykoz Municipality"
        )
        suggestions = SuggestionService(demo).suggest(DEMO_PROGRAM_CODE)
        assert [proposal.guide for proposal in suggestions.proposals] == ["Engin Köklü"] * 4
        assert [proposal.activity for proposal in suggestions.proposals] == [
            "Site visit to the Beykoz Municipality Solution Center",
            "Site visit to the Beytaş Food Production and Distribution Center",
            "Site visit to the Beykoz Rehabilitation Center",
            "Site visit to the Beykoz Municipality Cumhuriyet Village Marketplace",
        ]
        assert suggestions.proposals[0].role == "host_official"


class TestLanguages:
    def test_participants_languages_when_the_program_names_none(self, database: Database) -> None:
        make_program(database, languages=())
        RosterService(database).add(CODE, ParticipantInput(name="Zhandos", languages=("kk",)))
        activity = add_activity(database, "Site visit")
        guide = add_guide(database, "Ayşe Demir", ("ru",))
        GuideService(database).assign(activity.id, guide.id)
        [finding] = ConflictService(database).list_conflicts(CODE)
        assert finding.kind.value == "language"
        assert "speaks Kazakh:" in finding.message

    def test_only_the_attendees_languages_count(self, database: Database) -> None:
        make_program(database, languages=())
        roster = RosterService(database)
        kazakh = roster.add(CODE, ParticipantInput(name="Zhandos", languages=("kk",)))
        russian = roster.add(CODE, ParticipantInput(name="Timur", languages=("ru",)))
        guide = add_guide(database, "Ayşe Demir", ("ru",))
        itinerary = ItineraryService(database)
        for attendee in (kazakh, russian):
            activity = itinerary.add_activity(
                CODE, activity_input(f"Visit with {attendee.name}", attendees=(attendee.id,))
            )
            GuideService(database).assign(activity.id, guide.id)
        findings = ConflictService(database).list_conflicts(CODE)
        assert [finding.activities for finding in findings if finding.kind.value == "language"] == [
            ("Visit with Zhandos",)
        ]


def test_a_guide_booked_by_another_program_at_the_same_hour(database: Database) -> None:
    make_program(database)
    make_program(database, code="OTHER")
    guide = add_guide(database, "Ayşe Demir")
    mine = add_activity(database, "Ours", "10:00", "11:00")
    theirs = ItineraryService(database).add_activity(
        "OTHER", activity_input("Theirs", "10:30", "12:00")
    )
    guides = GuideService(database)
    guides.assign(mine.id, guide.id)
    guides.assign(theirs.id, guide.id)
    [finding] = ConflictService(database).list_conflicts(CODE)
    assert finding.message.endswith("'Theirs' of the program OTHER (10:30–12:00)")
    assert ConflictService(database).for_activity(CODE, mine.id) == [finding]
    suggestions = SuggestionService(database).suggest(CODE)
    assert suggestions.proposals == ()


class TestAcceptAndRevert:
    def test_accept_then_undo(self, database: Database) -> None:
        make_program(database)
        add_activity(database, "Morning visit", "09:00", "10:00")
        add_activity(database, "Afternoon visit", "14:00", "15:00")
        add_guide(database, "Ayşe Demir")
        add_guide(database, "Barış Can")
        service = SuggestionService(database)
        suggestions = service.suggest(CODE)
        assert sorted(proposal.guide for proposal in suggestions.proposals) == [
            "Ayşe Demir",
            "Barış Can",
        ]
        made = service.accept(CODE, suggestions.proposals)
        assert ConflictService(database).list_conflicts(CODE) == []
        assert service.suggest(CODE).proposals == ()
        service.revert(made)
        assert len(ConflictService(database).list_conflicts(CODE)) == 2

    def test_a_proposal_for_another_program_is_refused(self, database: Database) -> None:
        make_program(database)
        make_program(database, code="OTHER")
        add_activity(database, "Visit")
        add_guide(database, "Ayşe Demir")
        suggestions = SuggestionService(database).suggest(CODE)
        with pytest.raises(InvalidInputError, match="not an activity of OTHER"):
            SuggestionService(database).accept("OTHER", suggestions.proposals)
        assert len(ConflictService(database).list_conflicts(CODE)) == 1
