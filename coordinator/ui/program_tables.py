"""The table models of a program's tabs: roster, itinerary and guides."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from coordinator.ui.formatting import (
    format_date,
    format_date_time,
    format_languages,
    format_time_range,
    guide_role_label,
    kind_label,
    role_label,
)
from coordinator.ui.record_table_model import Column, RecordTableModel

if TYPE_CHECKING:
    from coordinator.services.records import ActivityRecord, GuideRecord, ParticipantRecord

translate = QCoreApplication.translate


def _moment(value: dt.datetime | None, *, known: bool, number: str) -> str:
    """Return an arrival or departure as shown: the date alone when its time is not known."""
    if value is None:
        return number
    shown = format_date_time(value) if known else format_date(value.date())
    return f"{shown} · {number}" if number else shown


def roster_columns() -> list[Column[ParticipantRecord]]:
    """Return the roster's columns, titles translated."""
    return [
        Column(translate("RosterModel", "Name"), lambda p: p.name),
        Column(translate("RosterModel", "Title"), lambda p: p.title),
        Column(translate("RosterModel", "Organization"), lambda p: p.organization),
        Column(translate("RosterModel", "Role"), lambda p: role_label(p.role)),
        Column(
            translate("RosterModel", "Arrival"),
            lambda p: _moment(p.arrival, known=p.arrival_time_known, number=p.arrival_number),
            lambda p: p.arrival,
        ),
        Column(
            translate("RosterModel", "Departure"),
            lambda p: _moment(p.departure, known=p.departure_time_known, number=p.departure_number),
            lambda p: p.departure,
        ),
        Column(translate("RosterModel", "Room"), lambda p: p.room),
        Column(translate("RosterModel", "Dietary"), lambda p: p.dietary),
        Column(translate("RosterModel", "Languages"), lambda p: format_languages(p.languages)),
        Column(translate("RosterModel", "E-mail"), lambda p: p.email),
        Column(translate("RosterModel", "Phone"), lambda p: p.phone),
    ]


def _hosts(activity: ActivityRecord) -> str:
    return "; ".join(
        ", ".join(part for part in (host.name, host.title) if part) for host in activity.hosts
    )


def _venue(activity: ActivityRecord) -> str:
    if activity.venue and activity.venue_owner:
        return f"{activity.venue} ({activity.venue_owner})"
    return activity.venue


def itinerary_columns() -> list[Column[ActivityRecord]]:
    """Return the itinerary's columns, titles translated."""
    return [
        Column(
            translate("ItineraryModel", "Day"),
            lambda a: format_date(a.day),
            lambda a: (a.day, a.start_time),
        ),
        Column(
            translate("ItineraryModel", "Time"),
            lambda a: format_time_range(a.start_time, a.end_time),
            lambda a: a.start_time,
        ),
        Column(translate("ItineraryModel", "Kind"), lambda a: kind_label(a.kind)),
        Column(translate("ItineraryModel", "Activity"), lambda a: a.title),
        Column(translate("ItineraryModel", "Venue"), _venue),
        Column(translate("ItineraryModel", "Hosts"), _hosts),
        Column(translate("ItineraryModel", "Guides"), lambda a: ", ".join(a.guides)),
    ]


def guide_columns() -> list[Column[GuideRecord]]:
    """Return the guides' columns, titles translated."""
    return [
        Column(translate("GuidesModel", "Name"), lambda g: g.name),
        Column(translate("GuidesModel", "Title"), lambda g: g.title),
        Column(translate("GuidesModel", "Organization"), lambda g: g.organization),
        Column(translate("GuidesModel", "Languages"), lambda g: format_languages(g.languages)),
        Column(
            translate("GuidesModel", "Roles"),
            lambda g: ", ".join(guide_role_label(r) for r in g.roles),
        ),
        Column(translate("GuidesModel", "Activities"), lambda g: "; ".join(g.activities)),
    ]


class RosterModel(RecordTableModel["ParticipantRecord"]):
    """The participants of the selected program."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(roster_columns(), parent)

    def row_of_participant(self, participant_id: int) -> int | None:
        """Return the shown row of the participant with ``participant_id``."""
        return self.row_of(lambda record: record.id == participant_id)


class ItineraryModel(RecordTableModel["ActivityRecord"]):
    """The activities of the selected program, read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(itinerary_columns(), parent)


class GuidesModel(RecordTableModel["GuideRecord"]):
    """The guides of the selected program, read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(guide_columns(), parent)
