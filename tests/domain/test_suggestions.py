"""Suggested assignments: no conflict introduced, hours spread, reasons when nothing fits."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from coordinator.domain.conflicts import ConflictKind, find_conflicts
from coordinator.domain.planning import (
    Absence,
    Plan,
    PlanActivity,
    PlanAssignment,
    PlanGuide,
    TravelTimes,
)
from coordinator.domain.suggestions import suggest

WED = dt.date(2021, 8, 25)
THU = dt.date(2021, 8, 26)
KK_RU = frozenset({"kk", "ru"})


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def tour(
    activity_id: int,
    start: str | None,
    end: str | None,
    *,
    day: dt.date = WED,
    venue: int | None = None,
    owner: int | None = None,
    languages: frozenset[str] = frozenset(),
) -> PlanActivity:
    return PlanActivity(
        id=activity_id,
        title=f"Site visit {activity_id}",
        day=day,
        start=_time(start) if start else None,
        end=_time(end) if end else None,
        venue_id=venue,
        venue_owner_id=owner,
        needs_guide=True,
        languages=languages,
    )


def guide(
    guide_id: int,
    name: str,
    languages: str = "ru",
    roles: str = "guide",
    hours: float | None = None,
    organization: int | None = None,
) -> PlanGuide:
    return PlanGuide(
        id=guide_id,
        name=name,
        languages=frozenset(languages.split(",")) if languages else frozenset(),
        roles=frozenset(roles.split(",")) if roles else frozenset(),
        max_hours_per_day=hours,
        organization_id=organization,
    )


def _applied(plan: Plan) -> Plan:
    result = suggest(plan)
    return plan.with_assignments(
        PlanAssignment(item.activity_id, item.guide_id, item.role) for item in result.proposals
    )


def test_every_unguided_activity_gets_a_guide() -> None:
    plan = Plan(
        (tour(1, "10:00", "11:00"), tour(2, "11:00", "12:00"), tour(3, "14:00", "15:00")),
        (guide(1, "Ayşe Demir"),),
    )
    result = suggest(plan)
    assert [(item.activity_id, item.guide) for item in result.proposals] == [
        (1, "Ayşe Demir"),
        (2, "Ayşe Demir"),
        (3, "Ayşe Demir"),
    ]
    assert result.unfilled == ()
    assert find_conflicts(_applied(plan)) == []


def test_the_proposal_says_who_does_what_when() -> None:
    plan = Plan((tour(1, "15:15", "16:00"),), (guide(1, "Ayşe Demir"),))
    proposal = suggest(plan).proposals[0]
    assert proposal.role == "guide"
    assert proposal.message == "Ayşe Demir as guide for 'Site visit 1' (Wed 25.08, 15:15–16:00)"


def test_hours_are_spread_evenly() -> None:
    activities = tuple(
        tour(index, f"{8 + index:02d}:00", f"{9 + index:02d}:00") for index in range(6)
    )
    guides = (guide(1, "Ayşe"), guide(2, "Barış"), guide(3, "Cem"))
    result = suggest(Plan(activities, guides))
    assert Counter(item.guide for item in result.proposals) == {"Ayşe": 2, "Barış": 2, "Cem": 2}


def test_hours_already_booked_count_for_the_spread() -> None:
    booked = tour(9, "08:00", "12:00", day=THU)
    activities = (booked, tour(1, "10:00", "11:00"), tour(2, "12:00", "13:00"))
    plan = Plan(activities, (guide(1, "Ayşe"), guide(2, "Barış")), (PlanAssignment(9, 1),))
    assert {item.guide for item in suggest(plan).proposals} == {"Barış"}


def test_the_most_constrained_activity_is_served_first() -> None:
    # Only Ayşe speaks Kazakh; if the free tour took her, the Kazakh one would be left over.
    plan = Plan(
        (tour(1, "10:00", "11:00"), tour(2, "10:00", "11:00", languages=frozenset({"kk"}))),
        (guide(1, "Ayşe", "kk,ru"), guide(2, "Barış", "ru")),
    )
    result = suggest(plan)
    assert {(item.activity_id, item.guide) for item in result.proposals} == {
        (1, "Barış"),
        (2, "Ayşe"),
    }


def test_proposals_do_not_clash_with_each_other() -> None:
    plan = Plan((tour(1, "10:00", "11:00"), tour(2, "10:30", "11:30")), (guide(1, "Ayşe"),))
    result = suggest(plan)
    assert len(result.proposals) == 1
    assert result.unfilled[0].message == (
        "No guide fits 'Site visit 2' (Wed 25.08, 10:30–11:30): Ayşe is busy then"
    )


def test_travel_time_keeps_a_guide_from_the_next_venue() -> None:
    plan = Plan(
        (tour(1, "10:00", "11:00", venue=1), tour(2, "11:10", "12:00", venue=2)),
        (guide(1, "Ayşe"),),
        (PlanAssignment(1, 1),),
        travel=TravelTimes({(1, 2): 30}),
    )
    assert suggest(plan).unfilled[0].reasons == (("busy", ("Ayşe",)),)


def test_travel_time_is_checked_towards_a_later_activity_too() -> None:
    plan = Plan(
        (tour(1, "11:00", "12:00", venue=1), tour(2, "10:00", "10:50", venue=2)),
        (guide(1, "Ayşe"),),
        (PlanAssignment(1, 1),),
        travel=TravelTimes({(1, 2): 30}),
    )
    assert suggest(plan).unfilled[0].reasons == (("busy", ("Ayşe",)),)


def test_nothing_fits_says_why_for_each_guide() -> None:
    plan = Plan(
        (
            tour(1, "14:00", "16:00", languages=KK_RU),
            tour(2, "15:00", "16:00"),
            tour(3, "09:00", "13:00"),
        ),
        (
            guide(1, "Ali Away"),
            guide(2, "Bora Busy"),
            guide(3, "Cem Tired", hours=3),
            guide(4, "Deniz Turkish", languages="tr"),
            guide(5, "Emre Driver", roles="driver"),
            guide(6, "Fatma Official", roles="host_official", organization=7),
        ),
        (PlanAssignment(2, 2), PlanAssignment(3, 3)),
        (Absence(1, WED, reason="leave"),),
    )
    unfilled = suggest(plan).unfilled
    target = next(item for item in unfilled if item.activity_id == 1)
    assert target.reasons == (
        ("drives", ("Emre Driver",)),
        ("host_elsewhere", ("Fatma Official",)),
        ("away", ("Ali Away",)),
        ("busy", ("Bora Busy",)),
        ("hours", ("Cem Tired",)),
        ("language", ("Deniz Turkish",)),
    )
    assert target.message == (
        "No guide fits 'Site visit 1' (Wed 25.08, 14:00–16:00): Emre Driver only drives; "
        "Fatma Official is a host official of another organization; Ali Away is away; "
        "Bora Busy is busy then; Cem Tired would work more than the daily limit; "
        "Deniz Turkish speaks no Kazakh or Russian"
    )


def test_a_host_official_guides_at_their_own_organizations_venues() -> None:
    official = guide(1, "Zekeriya Şanlıer", "tr", "host_official", organization=5)
    plan = Plan(
        (tour(1, "10:00", "11:00", owner=5), tour(2, "14:00", "15:00", owner=6)),
        (official,),
    )
    result = suggest(plan)
    assert [(item.activity_id, item.role) for item in result.proposals] == [(1, "host_official")]
    assert result.unfilled[0].reasons == (("host_elsewhere", ("Zekeriya Şanlıer",)),)


def test_an_activity_without_times_gets_no_proposal() -> None:
    result = suggest(Plan((tour(1, None, None),), (guide(1, "Ayşe"),)))
    assert result.proposals == ()
    assert result.unfilled[0].reasons == (("untimed", ()),)
    assert "has no start and end time" in result.unfilled[0].message


def test_no_guides_at_all() -> None:
    result = suggest(Plan((tour(1, "10:00", "11:00"),), ()))
    assert result.unfilled[0].message.endswith("there are no guides in the directory")


def test_everybody_is_already_on_it() -> None:
    plan = Plan(
        (tour(1, "10:00", "11:00", languages=KK_RU),),
        (guide(1, "Zekeriya", "tr"),),
        (PlanAssignment(1, 1),),
    )
    [unfilled] = suggest(plan).unfilled
    assert unfilled.reasons == (("all_on_it", ()),)
    assert unfilled.message.endswith("every guide in the directory is already on it")


def test_an_interpreter_is_proposed_where_nobody_speaks_the_language() -> None:
    plan = Plan(
        (tour(1, "10:00", "11:00", languages=KK_RU),),
        (guide(1, "Zekeriya", "tr", "host_official"), guide(2, "Ayşe", "ru", "guide,interpreter")),
        (PlanAssignment(1, 1, "host_official"),),
    )
    result = suggest(plan)
    assert [(item.guide, item.role) for item in result.proposals] == [("Ayşe", "interpreter")]
    assert find_conflicts(_applied(plan)) == []


def test_a_guide_without_the_wanted_role_gets_their_own() -> None:
    plan = Plan((tour(1, "10:00", "11:00"),), (guide(1, "Ayşe", roles="escort,driver"),))
    assert suggest(plan).proposals[0].role == "escort"


def test_a_guide_with_no_roles_recorded_takes_the_wanted_one() -> None:
    plan = Plan((tour(1, "10:00", "11:00"),), (guide(1, "Ayşe", roles=""),))
    assert suggest(plan).proposals[0].role == "guide"


def test_other_programs_activities_are_not_targets_but_keep_guides_busy() -> None:
    elsewhere = PlanActivity(
        9, "Other visit", WED, _time("10:00"), _time("11:00"), needs_guide=True, in_focus=False
    )
    plan = Plan(
        (elsewhere, tour(1, "10:30", "11:30")),
        (guide(1, "Ayşe"), guide(2, "Barış")),
        (PlanAssignment(9, 1),),
    )
    result = suggest(plan)
    assert [(item.activity_id, item.guide) for item in result.proposals] == [(1, "Barış")]


# --- property: applying the proposals never adds a conflict ------------------------

_GUIDES = st.lists(
    st.builds(
        lambda langs, hours, roles: (langs, hours, roles),
        st.sets(st.sampled_from(["kk", "ru", "tr"]), max_size=2),
        st.one_of(st.none(), st.sampled_from([2.0, 3.5, 8.0])),
        st.sampled_from(["guide", "interpreter", "driver", "host_official", "guide,driver"]),
    ),
    min_size=0,
    max_size=5,
)
_ACTIVITIES = st.lists(
    st.tuples(
        st.integers(0, 1),  # day
        st.integers(8 * 4, 18 * 4),  # start in quarter hours
        st.integers(1, 12),  # length in quarter hours
        st.integers(0, 3),  # venue
        st.booleans(),  # needs a guide
        st.sets(st.sampled_from(["kk", "ru", "tr"]), max_size=2),
    ),
    min_size=1,
    max_size=10,
)


def _random_plan(
    guides: list[tuple[set[str], float | None, str]],
    activities: list[tuple[int, int, int, int, bool, set[str]]],
    assignment_picks: list[tuple[int, int]],
    absences: list[tuple[int, int, bool]],
) -> Plan:
    plan_guides = tuple(
        PlanGuide(
            id=index + 1,
            name=f"Guide {index + 1}",
            languages=frozenset(langs),
            roles=frozenset(roles.split(",")),
            max_hours_per_day=hours,
            organization_id=index % 2,
        )
        for index, (langs, hours, roles) in enumerate(guides)
    )
    plan_activities = tuple(
        PlanActivity(
            id=index + 1,
            title=f"Activity {index + 1}",
            day=WED + dt.timedelta(days=day),
            start=dt.time(start // 4, start % 4 * 15),
            end=dt.time((start + length) // 4, (start + length) % 4 * 15),
            venue_id=venue or None,
            venue_owner_id=venue % 2,
            needs_guide=needs,
            languages=frozenset(langs),
        )
        for index, (day, start, length, venue, needs, langs) in enumerate(activities)
    )
    assignments = {
        (activity % len(plan_activities) + 1, guide_index % len(plan_guides) + 1)
        for activity, guide_index in assignment_picks
        if plan_guides
    }
    return Plan(
        plan_activities,
        plan_guides,
        tuple(PlanAssignment(activity, guide_id) for activity, guide_id in sorted(assignments)),
        tuple(
            Absence(
                guide_index % len(plan_guides) + 1,
                WED + dt.timedelta(days=day),
                None if whole else dt.time(12),
                None if whole else dt.time(14),
            )
            for guide_index, day, whole in absences
            if plan_guides
        ),
        TravelTimes({(1, 2): 30, (2, 3): 45, (1, 3): 20}),
    )


@settings(max_examples=300, deadline=None)
@given(
    _GUIDES,
    _ACTIVITIES,
    st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=6),
    st.lists(st.tuples(st.integers(0, 20), st.integers(0, 1), st.booleans()), max_size=3),
)
def test_applying_the_proposals_adds_no_conflict(
    guides: list[tuple[set[str], float | None, str]],
    activities: list[tuple[int, int, int, int, bool, set[str]]],
    assignment_picks: list[tuple[int, int]],
    absences: list[tuple[int, int, bool]],
) -> None:
    plan = _random_plan(guides, activities, assignment_picks, absences)
    before = {finding.identity for finding in find_conflicts(plan)}
    result = suggest(plan)
    after = find_conflicts(_applied(plan))
    added = {finding.identity for finding in after} - before
    assert added == set()
    resolved = {item.activity_id for item in result.proposals}
    for finding in after:
        if finding.kind in (ConflictKind.UNGUIDED, ConflictKind.LANGUAGE):
            assert finding.activity_ids[0] not in resolved
    unfilled = {item.activity_id for item in result.unfilled}
    assert resolved.isdisjoint(unfilled)
