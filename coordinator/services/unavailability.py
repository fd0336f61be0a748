"""A guide's absences: whole days, or hours of a day."""

from __future__ import annotations

from coordinator.domain.itinerary import Guide, GuideUnavailability
from coordinator.domain.messages import said
from coordinator.services.errors import InvalidInputError
from coordinator.services.records import UnavailabilityInput, UnavailabilityRecord


def unavailability_record(absence: GuideUnavailability) -> UnavailabilityRecord:
    """Describe ``absence`` as a plain record."""
    return UnavailabilityRecord(
        id=absence.id,
        guide_id=absence.guide_id,
        day=absence.day,
        start_time=absence.start_time,
        end_time=absence.end_time,
        reason=absence.reason,
    )


def new_absence(guide: Guide, data: UnavailabilityInput) -> GuideUnavailability:
    """Return a new absence of ``guide`` from ``data``.

    Raises:
        InvalidInputError: the end is not after the start.
    """
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        msg = said(
            "The end ({end_time}) of the absence must be after its start ({start_time})",
            end_time=f"{data.end_time:%H:%M}",
            start_time=f"{data.start_time:%H:%M}",
        )
        raise InvalidInputError(msg, "end_time")
    return GuideUnavailability(
        guide=guide,
        day=data.day,
        start_time=data.start_time,
        end_time=data.end_time,
        reason=data.reason.strip(),
    )
