"""The conflict rules on plain plans: every kind, and the boundaries between them."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.domain.conflicts import ConflictKind, Finding, find_conflicts
from coordinator.domain.planning import (
    Absence,
    Plan,
    PlanActivity,
    PlanAssignment,
    PlanGuide,
    TravelTimes,
    delegation_languages,
    kind_needs_guide,
)

WED = dt.date(2021, 8, 25)
THU = dt.date(2021, 8, 26)
ZEKERIYA = PlanGuide(1, "Zekeriya Şanlıer", frozenset({"tr"}), frozenset({"host_official"}))
AYSE = PlanGuide(2, "Ayşe Demir", frozenset({"ru", "tr"}), frozenset({"guide"}))


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def activity(
    activity_id: int,
    start: str | None,
    end: str | None,
    *,
    day: dt.date = WED,
    title: str = "",
    venue: int | None = None,
    needs_guide: bool = False,
    languages: frozenset[str] = frozenset(),
    in_focus: bool = True,
) -> PlanActivity:
    return PlanActivity(
        id=activity_id,
        title=title or f"Activity {activity_id}",
        day=day,
        start=_time(start) if start else None,
        end=_time(end) if end else None,
        venue_id=venue,
        venue=f"Venue {venue}" if venue else "",
        needs_guide=needs_guide,
        languages=languages,
        program="OTHER" if not in_focus else "KZ",
        in_focus=in_focus,
    )


def plan(
    activities: list[PlanActivity],
    assignments: list[tuple[int, int]] | list[PlanAssignment],
    *,
    guides: tuple[PlanGuide, ...] = (ZEKERIYA, AYSE),
    absences: tuple[Absence, ...] = (),
    travel: dict[tuple[int, int], int] | None = None,
) -> Plan:
    made = tuple(
        item if isinstance(item, PlanAssignment) else PlanAssignment(item[0], item[1])
        for item in assignments
    )
    return Plan(tuple(activities), guides, made, absences, TravelTimes(travel or {}))


def kinds(findings: list[Finding]) -> list[str]:
    return [finding.kind.value for finding in findings]


class TestOverlap:
    def test_two_activities_at_once(self) -> None:
        findings = find_conflicts(
            plan(
                [
                    activity(1, "10:30", "11:30", title="Site visit to the marketplace"),
                    activity(2, "11:00", "12:00", title="Visit to Tebessüm Coffeehouse"),
                ],
                [(1, 1), (2, 1)],
            )
        )
        assert kinds(findings) == ["overlap"]
        finding = findings[0]
        assert finding.guide == "Zekeriya Şanlıer"
        assert finding.activities == (
            "Site visit to the marketplace",
            "Visit to Tebessüm Coffeehouse",
        )
        assert finding.activity_ids == (1, 2)
        assert finding.message == (
            "Zekeriya Şanlıer is on two activities at once on Wed 25.08: "
            "'Site visit to the marketplace' (10:30–11:30) and "
            "'Visit to Tebessüm Coffeehouse' (11:00–12:00)"
        )

    def test_back_to_back_is_not_an_overlap(self) -> None:
        findings = find_conflicts(
            plan([activity(1, "11:00", "11:45"), activity(2, "11:45", "12:30")], [(1, 1), (2, 1)])
        )
        assert findings == []

    def test_one_minute_of_overlap_counts(self) -> None:
        findings = find_conflicts(
            plan([activity(1, "11:00", "11:46"), activity(2, "11:45", "12:30")], [(1, 1), (2, 1)])
        )
        assert kinds(findings) == ["overlap"]

    def test_an_activity_inside_another(self) -> None:
        findings = find_conflicts(
            plan([activity(1, "09:00", "17:00"), activity(2, "11:00", "12:00")], [(1, 1), (2, 1)])
        )
        assert [finding.activity_ids for finding in findings] == [(1, 2)]

    def test_three_at_once_give_every_pair(self) -> None:
        findings = find_conflicts(
            plan(
                [
                    activity(1, "10:00", "12:00"),
                    activity(2, "10:30", "11:30"),
                    activity(3, "11:00", "13:00"),
                ],
                [(1, 1), (2, 1), (3, 1)],
            )
        )
        assert sorted(finding.activity_ids for finding in findings) == [(1, 2), (1, 3), (2, 3)]

    def test_an_overlap_after_a_long_activity_ended(self) -> None:
        findings = find_conflicts(
            plan(
                [
                    activity(1, "09:00", "10:00"),
                    activity(2, "10:00", "12:00"),
                    activity(3, "11:00", "11:30"),
                ],
                [(1, 1), (2, 1), (3, 1)],
            )
        )
        assert [finding.activity_ids for finding in findings] == [(2, 3)]

    def test_two_guides_at_once_is_fine(self) -> None:
        findings = find_conflicts(
            plan([activity(1, "10:00", "11:00"), activity(2, "10:00", "11:00")], [(1, 1), (2, 2)])
        )
        assert findings == []

    def test_same_hours_on_different_days_is_fine(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "10:00", "11:00"), activity(2, "10:00", "11:00", day=THU)],
                [(1, 1), (2, 1)],
            )
        )
        assert findings == []

    def test_activities_without_times_are_not_compared(self) -> None:
        findings = find_conflicts(
            plan([activity(1, None, None), activity(2, "10:00", "11:00")], [(1, 1), (2, 1)])
        )
        assert findings == []


class TestTravelTime:
    def test_back_to_back_at_distant_venues_is_an_overlap(self) -> None:
        findings = find_conflicts(
            plan(
                [
                    activity(1, "11:00", "11:45", venue=10, title="Marketplace"),
                    activity(2, "11:45", "12:30", venue=20, title="Coffeehouse"),
                ],
                [(1, 1), (2, 1)],
                travel={(10, 20): 20},
            )
        )
        assert kinds(findings) == ["overlap"]
        assert findings[0].message == (
            "Zekeriya Şanlıer cannot get from Venue 10 to Venue 20 in time on Wed 25.08: "
            "'Marketplace' ends at 11:45 and 'Coffeehouse' starts at 11:45, 0 minutes later, "
            "but the way takes 20 minutes"
        )

    def test_a_gap_as_long_as_the_way_is_enough(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "11:00", "11:45", venue=10), activity(2, "12:05", "12:30", venue=20)],
                [(1, 1), (2, 1)],
                travel={(10, 20): 20},
            )
        )
        assert findings == []

    def test_one_minute_short_is_an_overlap(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "11:00", "11:45", venue=10), activity(2, "12:04", "12:30", venue=20)],
                [(1, 1), (2, 1)],
                travel={(10, 20): 20},
            )
        )
        assert kinds(findings) == ["overlap"]

    def test_a_time_known_one_way_holds_both_ways(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "11:00", "11:45", venue=20), activity(2, "11:50", "12:30", venue=10)],
                [(1, 1), (2, 1)],
                travel={(10, 20): 20},
            )
        )
        assert kinds(findings) == ["overlap"]

    def test_unknown_travel_time_is_taken_as_none(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "11:00", "11:45", venue=10), activity(2, "11:45", "12:30", venue=30)],
                [(1, 1), (2, 1)],
                travel={(10, 20): 20},
            )
        )
        assert findings == []

    def test_only_the_way_from_the_last_activity_counts(self) -> None:
        # 10 -> 20 takes long, but the guide goes 10 -> 30 -> 20 in good time.
        findings = find_conflicts(
            plan(
                [
                    activity(1, "09:00", "10:00", venue=10),
                    activity(2, "10:10", "10:50", venue=30),
                    activity(3, "11:00", "12:00", venue=20),
                ],
                [(1, 1), (2, 1), (3, 1)],
                travel={(10, 20): 90, (10, 30): 10, (30, 20): 10},
            )
        )
        assert findings == []


class TestUnavailable:
    def test_away_the_whole_day(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "10:00", "11:00", title="Site visit")],
                [(1, 1)],
                absences=(Absence(1, WED, reason="council meeting"),),
            )
        )
        assert kinds(findings) == ["unavailable"]
        assert findings[0].message == (
            "Zekeriya Şanlıer is assigned to 'Site visit' (10:00–11:00) on Wed 25.08 "
            "but is away that day (council meeting)"
        )

    def test_away_the_whole_day_covers_activities_without_times(self) -> None:
        findings = find_conflicts(
            plan([activity(1, None, None)], [(1, 1)], absences=(Absence(1, WED),))
        )
        assert kinds(findings) == ["unavailable"]

    def test_away_some_hours_that_overlap(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "10:00", "11:00", title="Site visit")],
                [(1, 1)],
                absences=(Absence(1, WED, _time("10:30"), _time("13:00")),),
            )
        )
        assert findings[0].message == (
            "Zekeriya Şanlıer is assigned to 'Site visit' (10:00–11:00) on Wed 25.08 "
            "but is away 10:30–13:00"
        )

    @pytest.mark.parametrize(
        ("start", "end"),
        [("11:00", "13:00"), ("08:00", "10:00"), (None, "10:00"), ("11:00", None)],
    )
    def test_hours_away_that_touch_but_do_not_overlap(
        self, start: str | None, end: str | None
    ) -> None:
        absence = Absence(1, WED, _time(start) if start else None, _time(end) if end else None)
        findings = find_conflicts(
            plan([activity(1, "10:00", "11:00")], [(1, 1)], absences=(absence,))
        )
        assert findings == []

    def test_away_from_a_time_until_the_end_of_the_day(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "16:00", "17:00")],
                [(1, 1)],
                absences=(Absence(1, WED, _time("15:00"), None),),
            )
        )
        assert kinds(findings) == ["unavailable"]
        assert "away from 15:00" in findings[0].message

    def test_hours_away_do_not_concern_an_activity_without_times(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, None, None)],
                [(1, 1)],
                absences=(Absence(1, WED, _time("10:00"), _time("11:00")),),
            )
        )
        assert findings == []

    def test_away_another_day(self) -> None:
        findings = find_conflicts(
            plan([activity(1, "10:00", "11:00")], [(1, 1)], absences=(Absence(1, THU),))
        )
        assert findings == []


class TestLanguage:
    def test_nobody_speaks_the_delegations_languages(self) -> None:
        findings = find_conflicts(
            plan(
                [
                    activity(
                        1, "10:00", "11:00", title="Site visit", languages=frozenset({"kk", "ru"})
                    )
                ],
                [(1, 1)],
            )
        )
        assert kinds(findings) == ["language"]
        assert findings[0].guide == "Zekeriya Şanlıer"
        assert findings[0].message == (
            "Nobody guiding 'Site visit' (Wed 25.08, 10:00–11:00) speaks Kazakh or Russian: "
            "Zekeriya Şanlıer speaks Turkish"
        )

    def test_one_guide_who_speaks_one_of_them_is_enough(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "10:00", "11:00", languages=frozenset({"kk", "ru"}))],
                [(1, 1), (1, 2)],
            )
        )
        assert findings == []

    def test_a_driver_does_not_interpret(self) -> None:
        driver = PlanGuide(3, "Ali Şoför", frozenset({"ru"}), frozenset({"driver"}))
        findings = find_conflicts(
            plan(
                [activity(1, "10:00", "11:00", languages=frozenset({"ru"}))],
                [PlanAssignment(1, 1), PlanAssignment(1, 3, "driver")],
                guides=(ZEKERIYA, AYSE, driver),
            )
        )
        assert kinds(findings) == ["language"]
        assert findings[0].guides == ("Zekeriya Şanlıer",)

    def test_a_guide_whose_languages_are_unknown(self) -> None:
        silent = PlanGuide(3, "Can Ak")
        findings = find_conflicts(
            plan(
                [activity(1, "10:00", "11:00", languages=frozenset({"ru"}))],
                [(1, 3)],
                guides=(silent,),
            )
        )
        assert findings[0].message.endswith("Can Ak's languages are not recorded")

    def test_no_known_languages_no_finding(self) -> None:
        assert find_conflicts(plan([activity(1, "10:00", "11:00")], [(1, 1)])) == []

    def test_working_languages_come_first(self) -> None:
        assert delegation_languages(["kk", "ru", "tr"], [["en"]]) == {"kk", "ru", "tr"}

    def test_else_the_participants_languages(self) -> None:
        assert delegation_languages([], [["kk", "ru"], ["ru"], []]) == {"kk", "ru"}


class TestUnguided:
    def test_an_activity_that_needs_a_guide_and_has_none(self) -> None:
        findings = find_conflicts(
            plan([activity(1, "15:15", "16:00", title="Site visit to Akdem", needs_guide=True)], [])
        )
        assert kinds(findings) == ["unguided"]
        assert findings[0].guide is None
        assert findings[0].message == (
            "'Site visit to Akdem' (Wed 25.08, 15:15–16:00) needs a guide and has none"
        )

    def test_one_that_needs_none(self) -> None:
        assert find_conflicts(plan([activity(1, "10:00", "11:00")], [])) == []

    def test_a_driver_alone_does_not_guide(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "10:00", "11:00", needs_guide=True)],
                [PlanAssignment(1, 2, "driver")],
            )
        )
        assert kinds(findings) == ["unguided"]

    def test_a_guided_activity(self) -> None:
        findings = find_conflicts(plan([activity(1, "10:00", "11:00", needs_guide=True)], [(1, 2)]))
        assert findings == []

    def test_an_untimed_activity_is_named_by_its_day(self) -> None:
        findings = find_conflicts(plan([activity(1, None, None, needs_guide=True)], []))
        assert findings[0].message == "'Activity 1' (Wed 25.08) needs a guide and has none"

    @pytest.mark.parametrize(
        ("kind", "needed"),
        [("site_visit", True), ("cultural_tour", True), ("courtesy_visit", False), ("meal", False)],
    )
    def test_which_kinds_need_a_guide(self, kind: str, needed: bool) -> None:
        assert kind_needs_guide(kind) is needed


class TestWorkload:
    def limited(self, hours: float) -> PlanGuide:
        return PlanGuide(1, "Zekeriya Şanlıer", frozenset({"tr"}), max_hours_per_day=hours)

    def test_more_hours_than_the_limit(self) -> None:
        findings = find_conflicts(
            plan(
                [
                    activity(1, "08:00", "12:00", title="Morning"),
                    activity(2, "13:00", "17:30", title="Afternoon"),
                ],
                [(1, 1), (2, 1)],
                guides=(self.limited(8),),
            )
        )
        assert kinds(findings) == ["workload"]
        assert findings[0].message == (
            "Zekeriya Şanlıer works 8.5 hours on Wed 25.08, more than the limit of 8 hours: "
            "'Morning' and 'Afternoon'"
        )

    def test_exactly_the_limit_is_fine(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "08:00", "12:00"), activity(2, "13:00", "17:00")],
                [(1, 1), (2, 1)],
                guides=(self.limited(8),),
            )
        )
        assert findings == []

    def test_overlapping_hours_count_once(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "08:00", "12:00"), activity(2, "11:00", "13:00")],
                [(1, 1), (2, 1)],
                guides=(self.limited(5),),
            )
        )
        assert kinds(findings) == ["overlap"]

    def test_each_day_on_its_own(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "08:00", "12:00"), activity(2, "08:00", "12:00", day=THU)],
                [(1, 1), (2, 1)],
                guides=(self.limited(5),),
            )
        )
        assert findings == []

    def test_no_limit_no_finding(self) -> None:
        findings = find_conflicts(plan([activity(1, "06:00", "22:00")], [(1, 2)]))
        assert findings == []


class TestOtherPrograms:
    def test_a_clash_with_another_programs_activity_is_found(self) -> None:
        findings = find_conflicts(
            plan(
                [activity(1, "10:00", "11:00"), activity(2, "10:30", "11:30", in_focus=False)],
                [(1, 1), (2, 1)],
            )
        )
        assert kinds(findings) == ["overlap"]
        assert "of the program OTHER" in findings[0].message

    def test_conflicts_only_among_other_programs_are_not_listed(self) -> None:
        findings = find_conflicts(
            plan(
                [
                    activity(1, "10:00", "11:00", in_focus=False, needs_guide=True),
                    activity(2, "10:30", "11:30", in_focus=False),
                    activity(3, "10:30", "11:30", in_focus=False),
                ],
                [(2, 1), (3, 1)],
                absences=(Absence(1, WED),),
            )
        )
        assert findings == []


def test_findings_come_by_day_and_time() -> None:
    findings = find_conflicts(
        plan(
            [
                activity(1, "15:00", "16:00", day=THU, needs_guide=True),
                activity(2, "09:00", "10:00", needs_guide=True),
                activity(3, "12:00", "13:00"),
                activity(4, "12:30", "13:30"),
            ],
            [(3, 2), (4, 2)],
        )
    )
    assert [(finding.day, finding.kind) for finding in findings] == [
        (WED, ConflictKind.UNGUIDED),
        (WED, ConflictKind.OVERLAP),
        (THU, ConflictKind.UNGUIDED),
    ]


def test_assignments_to_unknown_activities_or_guides_are_ignored() -> None:
    assert find_conflicts(plan([activity(1, "10:00", "11:00")], [(9, 1), (1, 9)])) == []


def test_a_finding_keeps_its_identity_whatever_the_wording() -> None:
    finding = find_conflicts(
        plan([activity(1, "10:00", "11:00"), activity(2, "10:30", "11:30")], [(1, 1), (2, 1)])
    )[0]
    assert finding.identity == ("overlap", (1,), (1, 2), (), (), "")
