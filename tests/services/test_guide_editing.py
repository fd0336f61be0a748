"""The directory's guides, their absences, and assigning them to activities."""

from __future__ import annotations

import pytest

from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.guides import GuideService
from coordinator.services.records import GuideInput, UnavailabilityInput
from coordinator.store import Database
from tests.itinerary_support import CODE, MON, TUE, add_activity, add_guide, at, make_program


@pytest.fixture
def guides(database: Database) -> GuideService:
    make_program(database)
    return GuideService(database)


class TestDirectory:
    def test_add_a_guide(self, guides: GuideService) -> None:
        record = guides.add_guide(
            GuideInput(
                name="  Ayşe   Demir ",
                title="Interpreter",
                organization="TDBB",
                languages=("RU", "kk"),
                roles=("interpreter", "guide"),
                max_hours_per_day=8,
                email="ayse@example.org",
            )
        )
        assert record.name == "Ayşe Demir"
        assert (record.title, record.organization) == ("Interpreter", "TDBB")
        assert record.languages == ("ru", "kk")
        assert record.roles == ("interpreter", "guide")
        assert record.max_hours_per_day == 8
        assert guides.get(record.id) == record

    def test_list_is_in_turkish_order_and_searchable(self, guides: GuideService) -> None:
        for name in ("Işık Ak", "Cem Er", "Çakır Muhammed", "İnce Ali"):
            guides.add_guide(GuideInput(name=name, languages=("tr",)))
        assert [record.name for record in guides.list_guides()] == [
            "Cem Er",
            "Çakır Muhammed",
            "Işık Ak",
            "İnce Ali",
        ]
        assert [record.name for record in guides.list_guides("cakir")] == ["Çakır Muhammed"]

    def test_an_existing_person_becomes_a_guide_once(self, guides: GuideService) -> None:
        guides.add_guide(GuideInput(name="Zekeriya Şanlıer"))
        with pytest.raises(InvalidInputError, match="already is a guide"):
            guides.add_guide(GuideInput(name="ZEKERIYA SANLIER"))

    @pytest.mark.parametrize(
        ("data", "field"),
        [
            (GuideInput(name=" "), "name"),
            (GuideInput(name="A", roles=("pilot",)), "role"),
            (GuideInput(name="A", languages=("russian",)), "languages"),
            (GuideInput(name="A", max_hours_per_day=0), "max_hours_per_day"),
            (GuideInput(name="A", max_hours_per_day=25), "max_hours_per_day"),
        ],
    )
    def test_broken_fields_are_refused(
        self, guides: GuideService, data: GuideInput, field: str
    ) -> None:
        with pytest.raises(InvalidInputError) as error:
            guides.add_guide(data)
        assert error.value.field == field

    def test_update_and_remove(self, guides: GuideService) -> None:
        record = guides.add_guide(GuideInput(name="Ayşe Demir", languages=("ru",)))
        changed = guides.update_guide(
            record.id, GuideInput(name="Ayşe Demir Kaya", languages=("ru", "kk"), roles=("escort",))
        )
        assert (changed.name, changed.languages, changed.roles) == (
            "Ayşe Demir Kaya",
            ("ru", "kk"),
            ("escort",),
        )
        assert guides.remove_guide(record.id).name == "Ayşe Demir Kaya"
        with pytest.raises(NotFoundError):
            guides.get(record.id)
        assert changed.as_input().name == "Ayşe Demir Kaya"


class TestFindByName:
    def test_exact_key_and_unique_part(self, guides: GuideService) -> None:
        guides.add_guide(GuideInput(name="Zekeriya Şanlıer"))
        guides.add_guide(GuideInput(name="Muhammed Çakır"))
        assert guides.find("zekeriya sanlier").name == "Zekeriya Şanlıer"
        assert guides.find("CAKIR").name == "Muhammed Çakır"

    def test_unknown(self, guides: GuideService) -> None:
        with pytest.raises(NotFoundError, match="There is no guide named 'Nobody'"):
            guides.find(" Nobody ")

    def test_ambiguous(self, guides: GuideService) -> None:
        guides.add_guide(GuideInput(name="Ali Veli"))
        guides.add_guide(GuideInput(name="Ali Can"))
        with pytest.raises(InvalidInputError, match=r"2 guides match 'ali' \(Ali Can; Ali Veli\)"):
            guides.find("ali")

    def test_an_exact_name_wins_over_longer_ones(self, guides: GuideService) -> None:
        guides.add_guide(GuideInput(name="Ali Can"))
        guides.add_guide(GuideInput(name="Ali Can Yıldız"))
        assert guides.find("ali can").name == "Ali Can"


class TestUnavailability:
    def test_whole_days_and_hours(self, guides: GuideService) -> None:
        guide = guides.add_guide(GuideInput(name="Ayşe Demir"))
        guides.add_unavailability(guide.id, UnavailabilityInput(TUE, reason=" leave "))
        hours = guides.add_unavailability(
            guide.id, UnavailabilityInput(MON, at("14:00"), at("16:00"), "dentist")
        )
        listed = guides.unavailability(guide.id)
        assert [(item.day, item.start_time, item.reason) for item in listed] == [
            (MON, at("14:00"), "dentist"),
            (TUE, None, "leave"),
        ]
        assert guides.get(guide.id).unavailable == (MON, TUE)
        removed = guides.remove_unavailability(hours.id)
        assert removed.as_input() == UnavailabilityInput(MON, at("14:00"), at("16:00"), "dentist")
        assert len(guides.unavailability(guide.id)) == 1

    def test_end_before_start_is_refused(self, guides: GuideService) -> None:
        guide = guides.add_guide(GuideInput(name="Ayşe Demir"))
        with pytest.raises(InvalidInputError, match="must be after its start"):
            guides.add_unavailability(guide.id, UnavailabilityInput(MON, at("16:00"), at("14:00")))

    def test_removing_a_missing_absence(self, guides: GuideService) -> None:
        with pytest.raises(NotFoundError):
            guides.remove_unavailability(42)


class TestAssignments:
    def test_assign_with_the_guides_first_role(
        self, database: Database, guides: GuideService
    ) -> None:
        activity = add_activity(database, "Site visit")
        guide = add_guide(database, "Zekeriya Şanlıer", ("tr",), ("host_official",))
        made = guides.assign(activity.id, guide.id)
        assert (made.guide, made.role, made.activity) == (
            "Zekeriya Şanlıer",
            "host_official",
            "Site visit",
        )
        assert [record.name for record in guides.list_for_program(CODE)] == ["Zekeriya Şanlıer"]

    def test_a_driver_first_is_passed_over_for_a_guiding_role(
        self, database: Database, guides: GuideService
    ) -> None:
        activity = add_activity(database, "Transfer")
        guide = add_guide(database, "Emre", roles=("driver", "escort"))
        assert guides.assign(activity.id, guide.id).role == "escort"

    def test_assign_in_a_given_role(self, database: Database, guides: GuideService) -> None:
        activity = add_activity(database, "Meeting")
        guide = add_guide(database, "Ayşe Demir")
        assert guides.assign(activity.id, guide.id, "interpreter").role == "interpreter"
        assert guides.change_role(activity.id, guide.id, "escort").role == "escort"

    def test_twice_is_refused(self, database: Database, guides: GuideService) -> None:
        activity = add_activity(database, "Meeting")
        guide = add_guide(database, "Ayşe Demir")
        guides.assign(activity.id, guide.id)
        with pytest.raises(InvalidInputError, match="Ayşe Demir is already on 'Meeting'"):
            guides.assign(activity.id, guide.id)

    def test_an_unknown_role_is_refused(self, database: Database, guides: GuideService) -> None:
        activity = add_activity(database, "Meeting")
        guide = add_guide(database, "Ayşe Demir")
        with pytest.raises(InvalidInputError, match="'pilot' is not a guide's role"):
            guides.assign(activity.id, guide.id, "pilot")

    def test_a_conflict_does_not_stop_an_assignment(
        self, database: Database, guides: GuideService
    ) -> None:
        first = add_activity(database, "First", "10:00", "11:00")
        second = add_activity(database, "Second", "10:30", "11:30")
        guide = add_guide(database, "Ayşe Demir")
        guides.assign(first.id, guide.id)
        assert guides.assign(second.id, guide.id).activity == "Second"

    def test_unassign_returns_what_to_put_back(
        self, database: Database, guides: GuideService
    ) -> None:
        activity = add_activity(database, "Meeting")
        guide = add_guide(database, "Ayşe Demir")
        guides.assign(activity.id, guide.id, "interpreter")
        removed = guides.unassign(activity.id, guide.id)
        assert removed.role == "interpreter"
        assert guides.list_for_program(CODE) == []
        with pytest.raises(NotFoundError, match="not on that activity"):
            guides.unassign(activity.id, guide.id)

    def test_missing_activity_or_guide(self, database: Database, guides: GuideService) -> None:
        activity = add_activity(database, "Meeting")
        guide = add_guide(database, "Ayşe Demir")
        with pytest.raises(NotFoundError, match="no activity"):
            guides.assign(999, guide.id)
        with pytest.raises(NotFoundError, match="no guide"):
            guides.assign(activity.id, 999)


class TestOneCallPerAction:
    """A guide is saved whole: fields and absences in one transaction."""

    def test_a_guide_is_added_with_their_absences(self, guides: GuideService) -> None:
        away = (UnavailabilityInput(TUE, reason="leave"),)
        guide = guides.add_guide(GuideInput(name="Ayşe Demir"), away)
        assert [item.as_input() for item in guides.unavailability(guide.id)] == list(away)

    def test_a_bad_absence_saves_nothing(self, guides: GuideService) -> None:
        bad = (UnavailabilityInput(MON, at("16:00"), at("14:00")),)
        with pytest.raises(InvalidInputError, match="must be after its start"):
            guides.add_guide(GuideInput(name="Ayşe Demir"), bad)
        assert guides.list_guides() == []

    def test_an_edit_replaces_the_absences_only_when_given(self, guides: GuideService) -> None:
        guide = guides.add_guide(GuideInput(name="Ayşe Demir"), (UnavailabilityInput(MON),))
        guides.update_guide(guide.id, GuideInput(name="Ayşe Demir", phone="+90 532 000 00 00"))
        assert [item.day for item in guides.unavailability(guide.id)] == [MON]
        wanted = (UnavailabilityInput(TUE, at("09:00"), at("12:00"), "dentist"),)
        guides.update_guide(guide.id, GuideInput(name="Ayşe Demir"), wanted)
        assert [item.as_input() for item in guides.unavailability(guide.id)] == list(wanted)

    def test_a_failed_edit_keeps_the_old_absences(self, guides: GuideService) -> None:
        guide = guides.add_guide(GuideInput(name="Ayşe Demir"), (UnavailabilityInput(MON),))
        bad = (UnavailabilityInput(TUE), UnavailabilityInput(MON, at("16:00"), at("14:00")))
        with pytest.raises(InvalidInputError):
            guides.update_guide(guide.id, GuideInput(name="Ayşe Demir"), bad)
        assert [item.day for item in guides.unavailability(guide.id)] == [MON]

    def test_a_removed_guide_comes_back_with_their_id(self, guides: GuideService) -> None:
        guide = guides.add_guide(GuideInput(name="Ayşe Demir"))
        guides.remove_guide(guide.id)
        again = guides.add_guide(GuideInput(name="Ayşe Demir"), guide_id=guide.id)
        assert again.id == guide.id
        with pytest.raises(InvalidInputError, match="cannot be put back"):
            guides.add_guide(GuideInput(name="Zekeriya Şanlıer"), guide_id=guide.id)
