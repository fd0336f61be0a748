"""The clauses of the narrative report: what the delegation did at one activity.

Each kind of activity has its clause, chosen by what is recorded: a courtesy
visit names its hosts (or else its venue), a site visit its venues and the
officials who guided it. When nothing better is recorded the activity's title
is quoted. No clause names a venue, host or guide that is not recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from coordinator.documents.content import ActivityItem, GuideOnActivity, PersonLine, ProgramContent
from coordinator.documents.grammar import Phrase, join_list
from coordinator.documents.report_labels import LABELS
from coordinator.documents.report_people import people_phrase

GUIDING_ROLES = ("host_official", "guide")
"""Guides whose guidance the report mentions (escorts, interpreters and drivers it does not)."""


@dataclass(frozen=True)
class Unit:
    """Activities told in one clause: one activity, or site visits in a row."""

    activities: tuple[ActivityItem, ...]

    @property
    def first(self) -> ActivityItem:
        """The first activity told."""
        return self.activities[0]

    @property
    def kind(self) -> str:
        """The kind of the activities."""
        return self.first.kind

    @property
    def start(self) -> dt.time | None:
        """When the first activity starts, if recorded."""
        return self.first.start

    @property
    def summary(self) -> str:
        """The coordinator's summary of the last activity (the others have none)."""
        return self.activities[-1].summary.strip()

    @property
    def venues(self) -> list[str]:
        """The venues seen, in order."""
        return [activity.venue for activity in self.activities if activity.venue]


@dataclass
class Teller:
    """What the clauses of one report share: its program, language and rhythm."""

    content: ProgramContent
    language: str
    proper_words: frozenset[str]
    turns: int = field(default=0)
    guided_before: tuple[str, ...] = field(default=())
    """The guides of the clause before, whose guidance need not be said twice."""

    def text(self, key: str, **values: object) -> str:
        """Return the catalogue entry ``key`` in the report's language."""
        return LABELS.text(key, self.language, **values)

    def who(self, index: int) -> str:
        """Name the delegation, varied along a day: the delegation, the group, ..."""
        keys = ["who_delegation", "who_group"]
        if len(self.content.delegates) > 1:
            keys.append("who_participants")
        return self.text(keys[index % len(keys)])

    def subject(self, unit: Unit, index: int) -> str:
        """Say who took part: the delegation, or by name the delegates who attended."""
        delegates = self.content.delegates
        attending = [d.name for d in delegates if unit.first.attended_by(d.key)]
        if unit.first.attendees and attending and len(attending) < len(delegates):
            return join_list(attending, self.language)
        return self.who(index)

    def then(self) -> str:
        """Return "Then " or "Afterwards, ", in turn."""
        self.turns += 1
        return self.text("then" if self.turns % 2 else "afterwards")


def guides(activity: ActivityItem) -> tuple[GuideOnActivity, ...]:
    """Return the guides of ``activity`` whose guidance the report mentions."""
    return tuple(guide for guide in activity.guides if guide.role in GUIDING_ROLES)


def names(people: Sequence[GuideOnActivity] | Sequence[PersonLine]) -> tuple[str, ...]:
    """Return the names of ``people`` (to compare who is on two activities)."""
    return tuple(person.name for person in people)


def hosts(activity: ActivityItem) -> list[PersonLine]:
    """Return the hosts of ``activity`` as printed lines."""
    return [PersonLine(host.name, host.title, host.organization) for host in activity.hosts]


def tell(teller: Teller, unit: Unit, who: str) -> str:
    """Return the clause that tells ``unit``, without its full stop."""
    return _CLAUSES.get(unit.kind, _titled)(teller, unit, who)


def _at(teller: Teller, venue: str, key: str = "at") -> str:
    return teller.text(key, venue=Phrase(venue)) if venue else ""


def _guided(teller: Teller, unit: Unit) -> str:
    """Name the officials who guided the delegation, unless the clause before did."""
    lines = [PersonLine(guide.name, guide.title) for guide in guides(unit.first)]
    if not lines or names(lines) == teller.guided_before:
        return ""
    return teller.text("guided", guides=people_phrase(lines, teller.language))


def _hosted(teller: Teller, unit: Unit) -> str:
    """Name the hosts who do not also guide (their guidance names them already)."""
    guiding = set(names(guides(unit.first)))
    lines = [line for line in hosts(unit.first) if line.name not in guiding]
    if not lines:
        return ""
    return teller.text("hosted", hosts=people_phrase(lines, teller.language))


def _titled(teller: Teller, unit: Unit, who: str) -> str:
    """Quote the activity's title when nothing better is recorded."""
    return teller.text(
        "titled",
        who=who,
        title=unit.first.title,
        held_at=_at(teller, unit.first.venue, "held_at"),
        guided=_guided(teller, unit),
    )


def _courtesy_visit(teller: Teller, unit: Unit, who: str) -> str:
    activity = unit.first
    if activity.hosts:
        target = people_phrase(hosts(activity), teller.language)
        at = _at(teller, activity.venue)
    elif activity.venue:
        target, at = Phrase(activity.venue), ""
    else:
        return _titled(teller, unit, who)
    return teller.text("courtesy_visit", who=who, target=target, at=at)


def _meeting(teller: Teller, unit: Unit, who: str) -> str:
    activity = unit.first
    if activity.hosts:
        met = people_phrase(hosts(activity), teller.language)
        return teller.text("meeting", who=who, hosts=met, at=_at(teller, activity.venue))
    if activity.venue:
        return teller.text("meeting_venue", who=who, venue=Phrase(activity.venue))
    return _titled(teller, unit, who)


def _site_visit(teller: Teller, unit: Unit, who: str) -> str:
    if not unit.venues:
        return _titled(teller, unit, who)
    return teller.text(
        "site_visit",
        who=who,
        venues=Phrase(join_list(unit.venues, teller.language)),
        guided=_guided(teller, unit),
        hosted=_hosted(teller, unit),
    )


def _cultural_tour(teller: Teller, unit: Unit, who: str) -> str:
    if not unit.first.venue:
        return _titled(teller, unit, who)
    venue = Phrase(unit.first.venue)
    return teller.text("cultural_tour", who=who, venue=venue, guided=_guided(teller, unit))


def _meal(teller: Teller, unit: Unit, who: str) -> str:
    if not (unit.first.venue or unit.first.hosts):
        return _titled(teller, unit, who)
    at = _at(teller, unit.first.venue)
    return teller.text("meal", who=who, at=at, hosted=_hosted(teller, unit))


def _free_time(teller: Teller, unit: Unit, who: str) -> str:
    return teller.text("free_time", who=who, at=_at(teller, unit.first.venue))


def _transfer(teller: Teller, unit: Unit, who: str) -> str:
    if not unit.first.venue:
        return _titled(teller, unit, who)
    return teller.text("transfer", who=who, venue=Phrase(unit.first.venue))


_CLAUSES: dict[str, Callable[[Teller, Unit, str], str]] = {
    "courtesy_visit": _courtesy_visit,
    "meeting": _meeting,
    "site_visit": _site_visit,
    "cultural_tour": _cultural_tour,
    "meal": _meal,
    "free_time": _free_time,
    "transfer": _transfer,
}
"""The clause of each kind; ceremonies (but the closing ones) and other kinds quote the title."""
