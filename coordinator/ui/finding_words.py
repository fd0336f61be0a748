"""The words of the Conflicts panel: each kind of finding as a name, a colour and a sentence.

A finding carries its kind, the case of that kind (``detail``) and the names
it concerns (guides, activities, transfers, people, vehicles); the sentence
is built here, in the interface's language, from those.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.domain.conflicts import ConflictKind, Finding
from coordinator.ui.formatting import format_date

translate = QCoreApplication.translate

_RED, _AMBER = "#c0392b", "#b9770e"
KIND_COLOURS = {
    ConflictKind.OVERLAP: _RED,
    ConflictKind.UNAVAILABLE: _RED,
    ConflictKind.ARRIVAL: _RED,
    ConflictKind.VEHICLE: _RED,
    ConflictKind.CAPACITY: _RED,
    ConflictKind.ROOM: _AMBER,
    ConflictKind.LANGUAGE: _AMBER,
    ConflictKind.UNGUIDED: _AMBER,
    ConflictKind.WORKLOAD: _AMBER,
}
"""The colour of each kind's name: red for what cannot work, amber for what may."""


def conflict_kind_label(kind: ConflictKind) -> str:
    """Return the translated name of a kind of conflict."""
    labels = {
        ConflictKind.OVERLAP: translate("ConflictTableModel", "Overlap"),
        ConflictKind.UNAVAILABLE: translate("ConflictTableModel", "Guide away"),
        ConflictKind.ARRIVAL: translate("ConflictTableModel", "Arrival"),
        ConflictKind.VEHICLE: translate("ConflictTableModel", "Vehicle"),
        ConflictKind.CAPACITY: translate("ConflictTableModel", "Seats"),
        ConflictKind.ROOM: translate("ConflictTableModel", "Room"),
        ConflictKind.LANGUAGE: translate("ConflictTableModel", "Language"),
        ConflictKind.UNGUIDED: translate("ConflictTableModel", "No guide"),
        ConflictKind.WORKLOAD: translate("ConflictTableModel", "Workload"),
    }
    return labels[kind]


def finding_subjects(finding: Finding) -> str:
    """Return what a finding is about, for its column: activities, else transfers."""
    return "; ".join((*finding.activities, *finding.movements))


def finding_sentence(finding: Finding) -> str:
    """Return what a finding means, as a translated sentence."""
    if finding.kind in (ConflictKind.ARRIVAL, ConflictKind.VEHICLE, ConflictKind.CAPACITY,
                        ConflictKind.ROOM):  # fmt: skip
        return _logistics_sentence(finding)
    titles = [f"“{title}”" for title in (*finding.activities, *finding.movements)]
    first = titles[0] if titles else ""
    guide = finding.guide or ""
    if finding.kind == ConflictKind.OVERLAP:
        second = titles[1] if len(titles) > 1 else first
        return translate(
            "ConflictTableModel",
            "{guide} cannot be at both {first} and {second}: the times overlap or leave "
            "too little time for the way",
        ).format(guide=guide, first=first, second=second)
    if finding.kind == ConflictKind.UNAVAILABLE:
        return translate(
            "ConflictTableModel", "{guide} is assigned to {activity} but is away then"
        ).format(guide=guide, activity=first)
    if finding.kind == ConflictKind.LANGUAGE:
        return translate(
            "ConflictTableModel", "Nobody guiding {activity} speaks the delegation's languages"
        ).format(activity=first)
    if finding.kind == ConflictKind.UNGUIDED:
        return translate("ConflictTableModel", "{activity} needs a guide and has none").format(
            activity=first
        )
    return translate(
        "ConflictTableModel", "{guide} works more hours on {day} than their daily limit"
    ).format(guide=guide, day=format_date(finding.day))


def _logistics_sentence(finding: Finding) -> str:
    people = ", ".join(finding.people)
    what = f"“{finding_subjects(finding).split('; ')[0]}”" if finding_subjects(finding) else ""
    vehicle = ", ".join(finding.vehicles)
    day = format_date(finding.day)
    sentences = {
        "before_arrival": translate("ConflictTableModel", "{people} is on {what} before arriving"),
        "after_departure": translate("ConflictTableModel", "{people} is on {what} after leaving"),
        "pickup_early": translate(
            "ConflictTableModel", "The pickup {what} is before {people} lands"
        ),
        "dropoff_late": translate(
            "ConflictTableModel",
            "The drop-off {what} reaches the airport too late for {people}'s check-in",
        ),
        "overlap": translate(
            "ConflictTableModel", "The vehicle {vehicle} is on two transfers at once"
        ),
        "not_back": translate(
            "ConflictTableModel",
            "The vehicle {vehicle} cannot be back in time from {what} for its next transfer",
        ),
        "no_room": translate("ConflictTableModel", "No room for the night of {day}: {people}"),
        "over_capacity": translate(
            "ConflictTableModel", "Too many guests in one room on the night of {day}: {people}"
        ),
    }
    if finding.kind == ConflictKind.CAPACITY:
        aboard, _, seats = finding.detail.partition("/")
        return translate(
            "ConflictTableModel", "{what} takes {aboard} passengers but has {seats} seats"
        ).format(what=what, aboard=aboard, seats=seats)
    template = sentences.get(finding.detail)
    if template is None:
        return finding.message
    return template.format(people=people, what=what, vehicle=vehicle, day=day)
