"""Lookups over a :class:`~coordinator.domain.planning.Plan`, built once.

The conflict rules and the suggestions both ask the same questions: which
guides are on an activity, which activities a guide has on a day, when a guide
is away. :class:`PlanIndex` answers them from dictionaries built in one pass.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from coordinator.domain.planning import (
    Absence,
    Plan,
    PlanActivity,
    PlanGuide,
    TravelTimes,
)


@dataclass(frozen=True, slots=True)
class Booking:
    """A guide's timed activity: its day and its minutes from midnight."""

    day: dt.date
    start: int
    end: int
    activity: PlanActivity


class PlanIndex:
    """Activities, guides, assignments and absences of a plan, by id and day."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.travel: TravelTimes = plan.travel
        self.activities = {activity.id: activity for activity in plan.activities}
        self.guides = {guide.id: guide for guide in plan.guides}
        self._guiding: dict[int, list[PlanGuide]] = defaultdict(list)
        self._assigned: dict[int, set[int]] = defaultdict(set)
        self._bookings: dict[int, list[Booking]] = defaultdict(list)
        self._absences: dict[tuple[int, dt.date], list[Absence]] = defaultdict(list)
        for assignment in plan.assignments:
            activity = self.activities.get(assignment.activity_id)
            guide = self.guides.get(assignment.guide_id)
            if activity is None or guide is None:
                continue
            self._assigned[activity.id].add(guide.id)
            if assignment.guides:
                self._guiding[activity.id].append(guide)
            span = activity.span
            if span is not None:
                self._bookings[guide.id].append(Booking(activity.day, *span, activity))
        for absence in plan.absences:
            self._absences[absence.guide_id, absence.day].append(absence)

    def guiding(self, activity_id: int) -> list[PlanGuide]:
        """Return the guides on the activity in a role that guides or interprets."""
        return self._guiding.get(activity_id, [])

    def assigned(self, activity_id: int) -> set[int]:
        """Return the ids of every guide on the activity, drivers included."""
        return self._assigned.get(activity_id, set())

    def absences_on(self, guide_id: int, day: dt.date) -> list[Absence]:
        """Return the guide's absences on ``day``."""
        return self._absences.get((guide_id, day), [])

    def bookings_by_guide(self) -> Iterator[tuple[PlanGuide, list[Booking]]]:
        """Yield each guide with their timed activities sorted by day, start and end."""
        for guide_id, bookings in self._bookings.items():
            bookings.sort(key=lambda booking: (booking.day, booking.start, booking.end))
            yield self.guides[guide_id], bookings

    def bookings_on(self) -> dict[tuple[int, dt.date], list[Booking]]:
        """Return a new dictionary of every guide's timed activities by guide and day."""
        by_day: dict[tuple[int, dt.date], list[Booking]] = defaultdict(list)
        for guide_id, bookings in self._bookings.items():
            for booking in bookings:
                by_day[guide_id, booking.day].append(booking)
        return by_day
