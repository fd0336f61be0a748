"""A program's days as plain data: what the conflict rules and suggestions read.

The rules never touch a session: a service loads activities, guides,
assignments, absences and travel times into a :class:`Plan` of frozen
dataclasses, and :mod:`coordinator.domain.conflicts` and
:mod:`coordinator.domain.suggestions` work on that alone, so they are fast,
easy to test and run in a benchmark without a database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from coordinator.domain.enums import ActivityKind, GuideRole

# Kinds where the delegation is taken around and needs someone to lead it; at
# courtesy visits, meetings and ceremonies the hosts receive it themselves.
GUIDED_KINDS = frozenset({ActivityKind.SITE_VISIT.value, ActivityKind.CULTURAL_TOUR.value})

# A driver takes the delegation there but neither guides nor interprets.
NON_GUIDING_ROLES = frozenset({GuideRole.DRIVER.value})

MINUTES_IN_A_DAY = 24 * 60


def kind_needs_guide(kind: str) -> bool:
    """Tell whether an activity of ``kind`` needs a guide unless told otherwise."""
    return kind in GUIDED_KINDS


def minutes(time: dt.time) -> int:
    """Return the minutes from midnight to ``time``."""
    return time.hour * 60 + time.minute


def delegation_languages(
    working_languages: Iterable[str], participant_languages: Iterable[Iterable[str]]
) -> frozenset[str]:
    """Return the languages a guide must speak to be understood by the delegation.

    The program's working languages when it names any, else every language
    spoken by a participant (of those attending, as the caller chooses).
    """
    working = frozenset(working_languages)
    if working:
        return working
    return frozenset(code for languages in participant_languages for code in languages)


@dataclass(frozen=True, slots=True)
class PlanActivity:
    """An itinerary item as the rules see it.

    ``languages`` are the delegation's languages for this activity (see
    :func:`delegation_languages`); ``in_focus`` is false for another program's
    activity loaded only because one of this program's guides is booked on it.
    """

    id: int
    title: str
    day: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    venue_id: int | None = None
    venue: str = ""
    venue_owner_id: int | None = None
    needs_guide: bool = False
    languages: frozenset[str] = frozenset()
    program: str = ""
    in_focus: bool = True

    @property
    def span(self) -> tuple[int, int] | None:
        """Start and end in minutes from midnight, or ``None`` when not both known."""
        if self.start is None or self.end is None:
            return None
        return minutes(self.start), minutes(self.end)


@dataclass(frozen=True, slots=True)
class PlanGuide:
    """A guide: who they are, what they speak and do, their daily limit."""

    id: int
    name: str
    languages: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    max_hours_per_day: float | None = None
    organization_id: int | None = None
    organization: str = ""
    sort_key: str = ""

    @property
    def only_drives(self) -> bool:
        """Tell whether the guide's only roles are ones that do not guide."""
        return bool(self.roles) and self.roles <= NON_GUIDING_ROLES

    @property
    def only_hosts(self) -> bool:
        """Tell whether the guide accompanies only as a host official.

        A deputy mayor guides the delegation through their own municipality's
        facilities, not anybody else's.
        """
        return self.roles == {GuideRole.HOST_OFFICIAL.value}


@dataclass(frozen=True, slots=True)
class PlanAssignment:
    """A guide on an activity in a role."""

    activity_id: int
    guide_id: int
    role: str = GuideRole.GUIDE.value

    @property
    def guides(self) -> bool:
        """Tell whether the role leads or interprets (a driver does neither)."""
        return self.role not in NON_GUIDING_ROLES


@dataclass(frozen=True, slots=True)
class Absence:
    """A guide away on a day: the whole day, or from ``start`` to ``end``.

    A missing start means from midnight, a missing end until midnight.
    """

    guide_id: int
    day: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    reason: str = ""

    @property
    def whole_day(self) -> bool:
        """Tell whether the guide is away all day."""
        return self.start is None and self.end is None

    @property
    def span(self) -> tuple[int, int]:
        """The hours away, in minutes from midnight."""
        start = minutes(self.start) if self.start else 0
        end = minutes(self.end) if self.end else MINUTES_IN_A_DAY
        return start, end


@dataclass(frozen=True)
class TravelTimes:
    """Minutes between venues; a time known one way holds both ways."""

    known: Mapping[tuple[int, int], int] = field(default_factory=dict)
    longest: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        both = dict(self.known)
        for (first, second), value in self.known.items():
            both.setdefault((second, first), value)
        object.__setattr__(self, "known", both)
        object.__setattr__(self, "longest", max(both.values(), default=0))

    def between(self, first: int | None, second: int | None) -> int:
        """Return the minutes from ``first`` to ``second``; 0 when unknown or the same."""
        if first is None or second is None or first == second:
            return 0
        return self.known.get((first, second), 0)


@dataclass(frozen=True)
class Plan:
    """Everything the conflict rules and the suggestions need, and nothing more."""

    activities: tuple[PlanActivity, ...]
    guides: tuple[PlanGuide, ...]
    assignments: tuple[PlanAssignment, ...] = ()
    absences: tuple[Absence, ...] = ()
    travel: TravelTimes = field(default_factory=TravelTimes)

    def with_assignments(self, extra: Iterable[PlanAssignment]) -> Plan:
        """Return the same plan with ``extra`` assignments added."""
        return Plan(
            activities=self.activities,
            guides=self.guides,
            assignments=(*self.assignments, *extra),
            absences=self.absences,
            travel=self.travel,
        )
