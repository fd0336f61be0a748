"""The words of a record's fields and their values as a reader sees them.

Shared by the history of a program and the merge of an offline copy, which
both show what a field was and what it became. Field names are those of the
database (the history) and of the service records (``ParticipantInput``,
``ActivityInput``, ``ProgramInput`` and an activity's ``guides`` and
``attendees``, the merge).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from coordinator.services.records import HostInput
from coordinator.ui.formatting import (
    format_date,
    format_date_time,
    format_languages,
    format_time,
    guide_role_label,
    kind_label,
    role_label,
)

translate = QCoreApplication.translate

EMPTY = "—"
"""What an empty value reads as."""


def _field_words() -> dict[str, str]:
    return {
        "full_name": translate("HistoryModel", "name"),
        "name": translate("HistoryModel", "name"),
        "title": translate("HistoryModel", "title"),
        "organization": translate("HistoryModel", "organization"),
        "role": translate("HistoryModel", "role"),
        "arrival": translate("HistoryModel", "arrival"),
        "departure": translate("HistoryModel", "departure"),
        "room": translate("HistoryModel", "room"),
        "dietary": translate("HistoryModel", "dietary needs"),
        "needs": translate("HistoryModel", "special needs"),
        "passport_number": translate("HistoryModel", "passport number"),
        "birth_date": translate("HistoryModel", "birth date"),
        "email": translate("HistoryModel", "e-mail"),
        "phone": translate("HistoryModel", "phone"),
        "languages": translate("HistoryModel", "languages"),
        "notes": translate("HistoryModel", "notes"),
        "nationality": translate("HistoryModel", "nationality"),
        "day": translate("HistoryModel", "day"),
        "start_time": translate("HistoryModel", "start"),
        "end_time": translate("HistoryModel", "end"),
        "kind": translate("HistoryModel", "kind"),
        "venue": translate("HistoryModel", "venue"),
        "summary": translate("HistoryModel", "summary"),
        "first_day": translate("HistoryModel", "first day"),
        "last_day": translate("HistoryModel", "last day"),
        "city": translate("HistoryModel", "city"),
        "country": translate("HistoryModel", "country"),
        "organizer": translate("HistoryModel", "organizer"),
        "partners": translate("HistoryModel", "partner organizations"),
        "time_zone": translate("HistoryModel", "time zone"),
        "hosts": translate("HistoryModel", "hosts"),
        "attendees": translate("HistoryModel", "attendees"),
        "guides": translate("HistoryModel", "guides"),
        "needs_guide": translate("HistoryModel", "needs a guide"),
        "arrival_time_known": translate("HistoryModel", "arrival time known"),
        "arrival_mode": translate("HistoryModel", "arrival by"),
        "arrival_number": translate("HistoryModel", "arrival flight or train"),
        "arrival_from": translate("HistoryModel", "arriving from"),
        "arrival_place": translate("HistoryModel", "arrival airport or station"),
        "arrival_terminal": translate("HistoryModel", "arrival terminal"),
        "departure_time_known": translate("HistoryModel", "departure time known"),
        "departure_mode": translate("HistoryModel", "departure by"),
        "departure_number": translate("HistoryModel", "departure flight or train"),
        "departure_to": translate("HistoryModel", "leaving for"),
        "departure_place": translate("HistoryModel", "departure airport or station"),
        "departure_terminal": translate("HistoryModel", "departure terminal"),
        # What a merge of two directory entries moves from one to the other.
        "owner": translate("HistoryModel", "owner"),
        "person": translate("HistoryModel", "person"),
        "participant": translate("HistoryModel", "participant"),
        "driver": translate("HistoryModel", "driver"),
        "giver": translate("HistoryModel", "giver"),
        "receiver": translate("HistoryModel", "receiver"),
        "giver_organization": translate("HistoryModel", "giver's organization"),
        "receiver_organization": translate("HistoryModel", "receiver's organization"),
    }


def field_word(field: str, record: str = "") -> str:
    """Return the translated word of ``field`` of a ``record`` (``"activity"``…)."""
    if field == "title" and record in ("program", "activity"):
        return translate("HistoryModel", "title", "the name of a program or an activity")
    return _field_words().get(field, field.replace("_", " "))


def field_value(field: str, value: object) -> str:
    """Return ``value`` of ``field`` as a reader reads it: dates, lists, roles, a dash if empty."""
    if field in ("attendees", "needs_guide"):
        return _activity_word(field, value)
    if value is None or value in ("", ()):
        return EMPTY
    if isinstance(value, bool | dt.date | dt.time):
        return _yes_no(value) if isinstance(value, bool) else _moment(value)
    if isinstance(value, str):
        return _word(field, value)
    if isinstance(value, tuple):
        return _listed(field, value)
    return str(value)


def _yes_no(value: bool) -> str:
    return translate("HistoryModel", "yes") if value else translate("HistoryModel", "no")


def _moment(value: dt.date | dt.time) -> str:
    if isinstance(value, dt.datetime):
        return format_date_time(value)
    if isinstance(value, dt.date):
        return format_date(value)
    return format_time(value)


def _activity_word(field: str, value: object) -> str:
    """Return who attends (none named: the whole delegation) or whether a guide is needed."""
    if field == "attendees":
        if value == ():
            return translate("HistoryModel", "the whole delegation")
        return _listed(field, value) if isinstance(value, tuple) else EMPTY
    if value is None:
        return translate("HistoryModel", "as its kind says")
    return _yes_no(bool(value))


def _word(field: str, value: str) -> str:
    if field == "role":
        return role_label(value)
    if field == "kind":
        return kind_label(value)
    return value


def _listed(field: str, values: tuple[object, ...]) -> str:
    if field == "languages" and all(isinstance(value, str) for value in values):
        return format_languages(tuple(str(value) for value in values))
    parts = [_part(value) for value in values]
    separator = "; " if any(not isinstance(value, str) for value in values) else ", "
    return separator.join(parts)


def _part(value: object) -> str:
    """Return one element of a list: a name, a host with post, a guide with role."""
    if isinstance(value, HostInput):
        post = ", ".join(part for part in (value.title, value.organization) if part)
        return f"{value.name} ({post})" if post else value.name
    if isinstance(value, tuple) and len(value) == 2:
        name, role = value
        return f"{name} ({guide_role_label(str(role))})" if role else str(name)
    return str(value)
