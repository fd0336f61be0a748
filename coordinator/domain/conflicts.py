"""The conflict rules: what a coordinator must see before the delegation arrives.

Five kinds of finding, each with the guide, the activities and a sentence:

``overlap``
    a guide on two activities whose times overlap, or that follow each other
    too closely for the travel time between their venues. Back-to-back
    activities (one ends at 11:00, the next starts at 11:00) do not overlap.
``unavailable``
    a guide assigned on a day, or during hours, they are marked away.
``language``
    nobody guiding an activity speaks any of the delegation's languages.
``unguided``
    an activity that needs a guide has nobody guiding it (a driver does not count).
``workload``
    a guide's hours in one day, overlaps counted once, exceed their limit.

Findings are warnings, never locks: the coordinator may keep one on purpose.
Overlaps are found with one sweep over each guide's activities sorted by
time, not by comparing all pairs, so a season of ten thousand activities is
checked in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from coordinator.domain.conflict_index import Booking, PlanIndex
from coordinator.domain.planning import Absence, Plan, PlanActivity, PlanGuide
from coordinator.domain.wording import (
    day_label,
    hours_text,
    language_list,
    name_list,
    quoted,
    time_range,
    when,
)


class ConflictKind(StrEnum):
    """What is wrong; the order is the order of importance in a list."""

    OVERLAP = "overlap"
    UNAVAILABLE = "unavailable"
    ARRIVAL = "arrival"
    VEHICLE = "vehicle"
    CAPACITY = "capacity"
    ROOM = "room"
    LANGUAGE = "language"
    UNGUIDED = "unguided"
    WORKLOAD = "workload"


_KIND_ORDER = {kind: index for index, kind in enumerate(ConflictKind)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One conflict: its kind, the guides and activities concerned, and why.

    ``guides`` holds no name for an ``unguided`` activity and, for
    ``language``, the names of everyone guiding that activity.
    """

    kind: ConflictKind
    day: dt.date
    activity_ids: tuple[int, ...]
    activities: tuple[str, ...]
    message: str
    guide_ids: tuple[int, ...] = ()
    guides: tuple[str, ...] = ()
    start: dt.time | None = None
    movement_ids: tuple[int, ...] = ()
    """The transfers concerned (logistics findings)."""
    movements: tuple[str, ...] = ()
    """The transfers as ``from → to``."""
    people: tuple[str, ...] = ()
    """The participants concerned (``arrival``, ``room``)."""
    vehicles: tuple[str, ...] = ()
    """The plates of the vehicles concerned (``vehicle``)."""
    detail: str = ""
    """Which case of its kind: e.g. ``before_arrival`` or ``pickup_early`` for ``arrival``."""

    @property
    def guide(self) -> str | None:
        """The guide's name (names joined by commas), or ``None`` when nobody."""
        return ", ".join(self.guides) or None

    @property
    def identity(self) -> tuple[object, ...]:
        """What stays the same while the finding is unresolved, whatever its wording."""
        return (self.kind.value, self.guide_ids, self.activity_ids, self.movement_ids,
                self.people, self.detail)  # fmt: skip


def find_conflicts(plan: Plan) -> list[Finding]:
    """Return every conflict of the activities in focus, by day and time.

    Activities out of focus (another program's, loaded because one of the
    guides is booked on them) count for overlaps and workload only when a
    finding also concerns an activity in focus.
    """
    index = PlanIndex(plan)
    findings: list[Finding] = []
    for guide, bookings in index.bookings_by_guide():
        findings.extend(_guide_day_findings(index, guide, bookings))
    findings.extend(_unavailable(index))
    findings.extend(_coverage(index))
    return sorted(findings, key=_order)


def finding_order(finding: Finding) -> tuple[object, ...]:
    """Return the key that sorts findings by day, time and importance."""
    return _order(finding)


def _order(finding: Finding) -> tuple[object, ...]:
    start = finding.start or dt.time.min
    return (finding.day, start, _KIND_ORDER[finding.kind], finding.guides, finding.activity_ids)


def _guide_day_findings(
    index: PlanIndex, guide: PlanGuide, bookings: list[Booking]
) -> Iterator[Finding]:
    """Sweep one guide's bookings, sorted by day and start, for overlaps and workload."""
    day: dt.date | None = None
    active: list[Booking] = []
    done: Booking | None = None
    day_bookings: list[Booking] = []
    for booking in bookings:
        if booking.day != day:
            yield from _workload(guide, day_bookings)
            day, active, done, day_bookings = booking.day, [], None, []
        still: list[Booking] = []
        for other in active:
            if other.end > booking.start:
                still.append(other)
            elif done is None or other.end >= done.end:
                done = other
        for other in still:
            if other.activity.in_focus or booking.activity.in_focus:
                yield _overlap(guide, other, booking)
        if done is not None and (done.activity.in_focus or booking.activity.in_focus):
            needed = index.travel.between(done.activity.venue_id, booking.activity.venue_id)
            if booking.start - done.end < needed:
                yield _too_close(guide, done, booking, needed)
        still.append(booking)
        active = still
        day_bookings.append(booking)
    yield from _workload(guide, day_bookings)


def _label(activity: PlanActivity) -> str:
    if activity.in_focus or not activity.program:
        return quoted(activity.title)
    return f"{quoted(activity.title)} of the program {activity.program}"


def _pair(guide: PlanGuide, first: Booking, second: Booking, message: str) -> Finding:
    return Finding(
        kind=ConflictKind.OVERLAP,
        day=first.day,
        activity_ids=(first.activity.id, second.activity.id),
        activities=(first.activity.title, second.activity.title),
        message=message,
        guide_ids=(guide.id,),
        guides=(guide.name,),
        start=first.activity.start,
    )


def _overlap(guide: PlanGuide, first: Booking, second: Booking) -> Finding:
    one, two = first.activity, second.activity
    message = (
        f"{guide.name} is on two activities at once on {day_label(one.day)}: "
        f"{_label(one)} ({time_range(one.start, one.end)}) and "
        f"{_label(two)} ({time_range(two.start, two.end)})"
    )
    return _pair(guide, first, second, message)


def _too_close(guide: PlanGuide, first: Booking, second: Booking, needed: int) -> Finding:
    one, two = first.activity, second.activity
    gap = second.start - first.end
    places = f" from {one.venue} to {two.venue}" if one.venue and two.venue else ""
    message = (
        f"{guide.name} cannot get{places} in time on {day_label(one.day)}: "
        f"{_label(one)} ends at {one.end:%H:%M} and {_label(two)} starts at "
        f"{two.start:%H:%M}, {gap} minutes later, but the way takes {needed} minutes"
    )
    return _pair(guide, first, second, message)


def _workload(guide: PlanGuide, bookings: list[Booking]) -> Iterator[Finding]:
    limit = guide.max_hours_per_day
    if limit is None or not bookings or not any(b.activity.in_focus for b in bookings):
        return
    worked = 0
    covered_until = 0
    for booking in bookings:
        worked += max(0, booking.end - max(booking.start, covered_until))
        covered_until = max(covered_until, booking.end)
    if worked <= limit * 60 + 1e-9:
        return
    titles = [quoted(booking.activity.title) for booking in bookings]
    first = bookings[0].activity
    yield Finding(
        kind=ConflictKind.WORKLOAD,
        day=first.day,
        activity_ids=tuple(booking.activity.id for booking in bookings),
        activities=tuple(booking.activity.title for booking in bookings),
        message=(
            f"{guide.name} works {hours_text(worked)} on {day_label(first.day)}, more than "
            f"the limit of {hours_text(limit * 60)}: {name_list(titles, limit=4)}"
        ),
        guide_ids=(guide.id,),
        guides=(guide.name,),
        start=first.start,
    )


def _unavailable(index: PlanIndex) -> Iterator[Finding]:
    for assignment in index.plan.assignments:
        activity = index.activities.get(assignment.activity_id)
        guide = index.guides.get(assignment.guide_id)
        if activity is None or guide is None or not activity.in_focus:
            continue
        for absence in index.absences_on(guide.id, activity.day):
            if absence_clashes(absence, activity):
                yield _away(guide, activity, absence)


def absence_clashes(absence: Absence, activity: PlanActivity) -> bool:
    """Tell whether ``absence`` keeps the guide from ``activity``.

    A whole day away always does; hours away do when they overlap the
    activity's times (an activity without times cannot be said to clash).
    """
    if absence.whole_day:
        return True
    span = activity.span
    if span is None:
        return False
    away_start, away_end = absence.span
    return span[0] < away_end and away_start < span[1]


def _away(guide: PlanGuide, activity: PlanActivity, absence: Absence) -> Finding:
    if absence.whole_day:
        away = "is away that day"
    else:
        away = f"is away {time_range(absence.start, absence.end)}"
    reason = f" ({absence.reason})" if absence.reason else ""
    hours = time_range(activity.start, activity.end)
    message = (
        f"{guide.name} is assigned to {quoted(activity.title)}"
        f"{f' ({hours})' if hours else ''} on {day_label(activity.day)} but {away}{reason}"
    )
    return Finding(
        kind=ConflictKind.UNAVAILABLE,
        day=activity.day,
        activity_ids=(activity.id,),
        activities=(activity.title,),
        message=message,
        guide_ids=(guide.id,),
        guides=(guide.name,),
        start=activity.start,
    )


def _coverage(index: PlanIndex) -> Iterator[Finding]:
    for activity in index.plan.activities:
        if not activity.in_focus:
            continue
        guides = index.guiding(activity.id)
        if not guides:
            if activity.needs_guide:
                yield _unguided(activity)
        elif activity.languages and not any(g.languages & activity.languages for g in guides):
            yield _no_language(activity, guides)


def _unguided(activity: PlanActivity) -> Finding:
    return Finding(
        kind=ConflictKind.UNGUIDED,
        day=activity.day,
        activity_ids=(activity.id,),
        activities=(activity.title,),
        message=(
            f"{quoted(activity.title)} ({when(activity.day, activity.start, activity.end)}) "
            "needs a guide and has none"
        ),
        start=activity.start,
    )


def _no_language(activity: PlanActivity, guides: list[PlanGuide]) -> Finding:
    spoken = "; ".join(
        f"{guide.name} speaks {language_list(guide.languages, 'and')}"
        if guide.languages
        else f"{guide.name}'s languages are not recorded"
        for guide in guides
    )
    return Finding(
        kind=ConflictKind.LANGUAGE,
        day=activity.day,
        activity_ids=(activity.id,),
        activities=(activity.title,),
        message=(
            f"Nobody guiding {quoted(activity.title)} "
            f"({when(activity.day, activity.start, activity.end)}) speaks "
            f"{language_list(activity.languages)}: {spoken}"
        ),
        guide_ids=tuple(guide.id for guide in guides),
        guides=tuple(guide.name for guide in guides),
        start=activity.start,
    )
