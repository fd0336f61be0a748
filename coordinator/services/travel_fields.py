"""The travel fields of a participant: checked and written one way, by roster and import alike."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from coordinator.domain.enums import TravelMode
from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import Participant
from coordinator.domain.travel import TEXT_FIELDS, TRAVEL_FIELDS, travel_number, travel_place
from coordinator.services.errors import InvalidInputError
from coordinator.services.records import ParticipantInput

if TYPE_CHECKING:
    # Only a type here: importing the excel layer would load openpyxl with the
    # roster service, before the window needs it.
    from coordinator.excel import RosterEntry

    Travel = ParticipantInput | RosterEntry
"""What carries a participant's travel: a typed input, or a row of a roster file."""

_MODES = frozenset({"", *(mode.value for mode in TravelMode)})
_LIMITS: dict[str, int] = {
    name: int(getattr(Participant.__table__.columns[name].type, "length", 0) or 0)
    for name in TEXT_FIELDS
}


def validate_travel(data: ParticipantInput) -> None:
    """Refuse a way of travel that is none of :class:`TravelMode`, or text too long to keep.

    Raises:
        InvalidInputError: naming the field at fault.
    """
    for name in ("arrival_mode", "departure_mode"):
        if getattr(data, name) not in _MODES:
            msg = said(
                "{value} is not a way of travel: flight, train, car or bus",
                value=f"{getattr(data, name)!r}",
            )
            raise InvalidInputError(msg, name)
    for name in TEXT_FIELDS:
        limit = _LIMITS[name]
        if len(getattr(data, name).strip()) > limit:
            msg = said(
                "The {field} is longer than {limit} characters",
                field=name.replace("_", " "),
                limit=limit,
            )
            raise InvalidInputError(msg, name)


def travel_moments(data: Travel) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Return the arrival and the departure as kept: at midnight when the time is not known."""
    return (
        _kept(data.arrival, known=data.arrival_time_known),
        _kept(data.departure, known=data.departure_time_known),
    )


def _kept(moment: dt.datetime | None, *, known: bool) -> dt.datetime | None:
    if moment is None or known:
        return moment
    return dt.datetime.combine(moment.date(), dt.time())


def travel_values(data: Travel) -> dict[str, object]:
    """Return the travel fields of ``data`` as a participant keeps them (moments not included).

    Numbers and airport codes are written as :mod:`coordinator.domain.travel`
    keeps them, text trimmed; without a moment there is no time to be unknown.
    """
    values: dict[str, object] = {}
    for name in TRAVEL_FIELDS:
        value = getattr(data, name)
        if name.endswith("_number"):
            value = travel_number(value)
        elif name.endswith("_place"):
            value = travel_place(value)
        elif isinstance(value, str):
            value = value.strip()
        values[name] = value
    values["arrival_time_known"] = data.arrival_time_known or data.arrival is None
    values["departure_time_known"] = data.departure_time_known or data.departure is None
    return values


def apply_travel(participant: Participant, data: ParticipantInput) -> None:
    """Copy the arrival, the departure and the travel fields of ``data`` onto ``participant``.

    Raises:
        InvalidInputError: the departure is before the arrival.
    """
    arrival, departure = travel_moments(data)
    try:
        participant.arrival = None
        participant.departure = departure
        participant.arrival = arrival
    except ValueError as error:
        raise InvalidInputError(said_of(error), "departure") from error
    for name, value in travel_values(data).items():
        setattr(participant, name, value)
