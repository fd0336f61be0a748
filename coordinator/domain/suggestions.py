"""Suggested assignments: a guide for every activity that lacks one, or why none fits.

A greedy heuristic, documented rather than a solver: the rules are few and a
program has tens of activities, so an exact solver would add a heavy
dependency for no visible gain.

1. The *targets* are the activities in focus that need a guide and have none
   (role ``guide``) and those whose guides speak none of the delegation's
   languages (role ``interpreter``).
2. A guide *fits* a target when taking it creates no conflict: they are not
   away then, not on another activity at the same time or too close for the
   travel time between the venues (checked in both directions against every
   activity of that day, which is stricter than the conflict rules), would
   stay within their daily hours, and speak one of the delegation's languages
   when it has any. A guide who only drives is never proposed, and one who
   only accompanies as a host official only at venues of their own
   organization.
3. Targets are taken the most constrained first (fewest fitting guides, then
   by day and time); each goes to the fitting guide with the fewest hours
   booked so far, which spreads the hours evenly. Every proposal is booked
   before the next target is considered, so proposals never clash with each
   other either.

Because every proposal passes the checks of step 2 against everything booked
before it, applying all proposals introduces no conflict: it only resolves
``unguided`` and ``language`` findings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator.domain.conflict_index import Booking, PlanIndex
from coordinator.domain.conflicts import absence_clashes
from coordinator.domain.enums import GuideRole
from coordinator.domain.planning import NON_GUIDING_ROLES, Plan, PlanActivity, PlanGuide
from coordinator.domain.suggestion_text import explain, proposal_message, untimed_message


@dataclass(frozen=True, slots=True)
class Proposal:
    """A guide proposed for an activity in a role, with a sentence saying so."""

    activity_id: int
    activity: str
    day: dt.date
    start: dt.time | None
    end: dt.time | None
    guide_id: int
    guide: str
    role: str
    message: str


@dataclass(frozen=True, slots=True)
class Unfilled:
    """An activity no guide fits, with the reasons grouped by guide.

    ``reasons`` pairs a reason code (``away``, ``busy``, ``hours``,
    ``language``, ``host_elsewhere``, ``drives``; or, alone, ``untimed``,
    ``no_guides`` or ``all_on_it``) with the names of the guides it rules out.
    """

    activity_id: int
    activity: str
    day: dt.date
    start: dt.time | None
    end: dt.time | None
    reasons: tuple[tuple[str, tuple[str, ...]], ...]
    message: str


@dataclass(frozen=True)
class Suggestions:
    """The proposals and the activities left without one."""

    proposals: tuple[Proposal, ...]
    unfilled: tuple[Unfilled, ...]


@dataclass(frozen=True, slots=True)
class _Target:
    activity: PlanActivity
    role: str


def suggest(plan: Plan) -> Suggestions:
    """Propose guides for the plan's unguided activities and language gaps."""
    state = _Bookings(plan)
    targets = _targets(state.index)
    counts = {target.activity.id: len(state.fitting(target.activity)) for target in targets}
    targets.sort(key=lambda target: _target_order(target, counts[target.activity.id]))
    proposals: list[Proposal] = []
    unfilled: list[Unfilled] = []
    for target in targets:
        chosen = state.best(target.activity)
        if chosen is None:
            unfilled.append(_unfilled(state, target.activity))
            continue
        state.book(chosen, target.activity)
        proposals.append(_proposal(target, chosen))
    proposals.sort(key=lambda item: (item.day, item.start or dt.time.min, item.activity_id))
    unfilled.sort(key=lambda item: (item.day, item.start or dt.time.min, item.activity_id))
    return Suggestions(tuple(proposals), tuple(unfilled))


def _target_order(target: _Target, count: int) -> tuple[object, ...]:
    activity = target.activity
    return (count, activity.day, activity.start or dt.time.min, activity.id)


def _targets(index: PlanIndex) -> list[_Target]:
    targets: list[_Target] = []
    for activity in index.plan.activities:
        if not activity.in_focus:
            continue
        guiding = index.guiding(activity.id)
        if not guiding and activity.needs_guide:
            targets.append(_Target(activity, GuideRole.GUIDE.value))
        elif (
            guiding
            and activity.languages
            and not any(guide.languages & activity.languages for guide in guiding)
        ):
            targets.append(_Target(activity, GuideRole.INTERPRETER.value))
    return targets


def _role_for(guide: PlanGuide, wanted: str) -> str:
    if not guide.roles or wanted in guide.roles:
        return wanted
    for role in GuideRole:
        if role.value in guide.roles and role.value not in NON_GUIDING_ROLES:
            return role.value
    return wanted  # pragma: no cover - a guide who only drives is never proposed


def _proposal(target: _Target, guide: PlanGuide) -> Proposal:
    activity = target.activity
    role = _role_for(guide, target.role)
    return Proposal(
        activity_id=activity.id,
        activity=activity.title,
        day=activity.day,
        start=activity.start,
        end=activity.end,
        guide_id=guide.id,
        guide=guide.name,
        role=role,
        message=proposal_message(guide.name, role, activity),
    )


def _unfilled(state: _Bookings, activity: PlanActivity) -> Unfilled:
    if activity.span is None:
        reasons: tuple[tuple[str, tuple[str, ...]], ...] = (("untimed", ()),)
        message = untimed_message(activity)
    else:
        reasons = state.reasons(activity)
        message = explain(activity, reasons)
    return Unfilled(
        activity_id=activity.id,
        activity=activity.title,
        day=activity.day,
        start=activity.start,
        end=activity.end,
        reasons=reasons,
        message=message,
    )


# The order in which a guide's first failing check is reported.
REASONS = ("drives", "host_elsewhere", "away", "busy", "hours", "language")


class _Bookings:
    """Every guide's timed activities by day, updated as proposals are made."""

    def __init__(self, plan: Plan) -> None:
        self.index = PlanIndex(plan)
        self._by_day: dict[tuple[int, dt.date], list[Booking]] = self.index.bookings_on()
        self._covered = {key: _covered(bookings) for key, bookings in self._by_day.items()}
        self._load: dict[int, int] = {guide.id: 0 for guide in plan.guides}
        for (guide_id, _day), minutes in self._covered.items():
            self._load[guide_id] += minutes
        self._guides = sorted(
            plan.guides, key=lambda guide: (guide.sort_key or guide.name, guide.id)
        )
        self._drives = {guide.id for guide in plan.guides if guide.only_drives}
        self._hosts = {guide.id for guide in plan.guides if guide.only_hosts}

    def fitting(self, activity: PlanActivity) -> list[PlanGuide]:
        """Return the guides who could take ``activity`` without any conflict."""
        span = activity.span
        if span is None:
            return []
        taken = self.index.assigned(activity.id)
        wanted = activity.languages
        return [
            guide
            for guide in self._guides
            if guide.id not in taken
            and (not wanted or guide.languages & wanted)
            and self.check(guide, activity, span) is None
        ]

    def best(self, activity: PlanActivity) -> PlanGuide | None:
        """Return the fitting guide with the fewest hours booked, if any."""
        day = activity.day
        return min(
            self.fitting(activity),
            key=lambda guide: (self._load[guide.id], self._covered.get((guide.id, day), 0)),
            default=None,
        )

    def book(self, guide: PlanGuide, activity: PlanActivity) -> None:
        """Record ``guide`` on ``activity`` so later checks see it."""
        span = activity.span
        if span is None:  # pragma: no cover - untimed activities are never proposed
            return
        key = (guide.id, activity.day)
        self._by_day.setdefault(key, []).append(Booking(activity.day, *span, activity))
        # A proposal never overlaps the guide's other activities: its minutes add up.
        self._covered[key] = self._covered.get(key, 0) + span[1] - span[0]
        self._load[guide.id] += span[1] - span[0]

    def reasons(self, activity: PlanActivity) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Group the guides who do not fit ``activity`` by their first failing check."""
        span = activity.span
        if span is None:
            return (("untimed", ()),)
        if not self._guides:
            return (("no_guides", ()),)
        taken = self.index.assigned(activity.id)
        grouped: dict[str, list[str]] = {}
        for guide in self._guides:
            reason = None if guide.id in taken else self.check(guide, activity, span)
            if reason is not None:
                grouped.setdefault(reason, []).append(guide.name)
        if not grouped:
            return (("all_on_it", ()),)
        return tuple((reason, tuple(grouped[reason])) for reason in REASONS if reason in grouped)

    def check(self, guide: PlanGuide, activity: PlanActivity, span: tuple[int, int]) -> str | None:
        """Return why ``guide`` cannot take ``activity`` (a code of REASONS), or None."""
        reason = self._role_reason(guide, activity)
        if reason is not None:
            return reason
        key = (guide.id, activity.day)
        if any(
            absence_clashes(absence, activity)
            for absence in self.index.absences_on(guide.id, activity.day)
        ):
            return "away"
        if self._busy(self._by_day.get(key, []), activity, span):
            return "busy"
        limit = guide.max_hours_per_day
        length = span[1] - span[0]
        if limit is not None and self._covered.get(key, 0) + length > limit * 60 + 1e-9:
            return "hours"
        if activity.languages and not guide.languages & activity.languages:
            return "language"
        return None

    def _role_reason(self, guide: PlanGuide, activity: PlanActivity) -> str | None:
        if guide.id in self._drives:
            return "drives"
        if guide.id in self._hosts and (
            guide.organization_id is None or guide.organization_id != activity.venue_owner_id
        ):
            return "host_elsewhere"
        return None

    def _busy(self, bookings: list[Booking], activity: PlanActivity, span: tuple[int, int]) -> bool:
        start, end = span
        travel = self.index.travel
        for booking in bookings:
            if booking.start < end and start < booking.end:
                return True
            if booking.end <= start:
                needed = travel.between(booking.activity.venue_id, activity.venue_id)
                if start - booking.end < needed:
                    return True
            elif booking.start - end < travel.between(activity.venue_id, booking.activity.venue_id):
                return True
        return False


def _covered(bookings: list[Booking]) -> int:
    """Return the minutes covered by ``bookings``, overlaps counted once."""
    total = 0
    until = 0
    for booking in sorted(bookings, key=lambda item: item.start):
        total += max(0, booking.end - max(booking.start, until))
        until = max(until, booking.end)
    return total
