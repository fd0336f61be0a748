"""Plain data of the stays service: a participant's stay, and a change of stays to undo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator.domain.enums import RoomType


@dataclass(frozen=True)
class StayInput:
    """A participant's stay as a user gives it.

    ``hotel`` is a name, found among the venues (search key) or created as a
    venue of the hotel kind; empty for a stay whose hotel is not chosen yet.
    ``shares_with`` is the id of the participant sharing the room.
    ``check_in`` and ``check_out`` of ``None`` follow the arrival and departure.
    """

    hotel: str = ""
    room_type: str = RoomType.SINGLE.value
    shares_with: int | None = None
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    requests: str = ""


@dataclass(frozen=True)
class StayRecord:
    """A participant's stay with its effective dates: as recorded, or following the visit."""

    id: int
    participant_id: int
    participant: str
    program_code: str
    hotel_id: int | None
    hotel: str
    room_type: str
    shares_with_id: int | None
    shares_with: str
    check_in: dt.date | None
    """As recorded; ``None`` follows the arrival."""
    check_out: dt.date | None
    """As recorded; ``None`` follows the departure."""
    requests: str
    arrival: dt.date
    """The effective check-in: ``check_in``, else the arrival, else the program's first day."""
    departure: dt.date
    """The effective check-out: ``check_out``, else the departure, else the program's last day."""
    nights: int

    def as_input(self) -> StayInput:
        """Return the editable fields, e.g. to fill a dialog or to undo a change."""
        return StayInput(
            hotel=self.hotel,
            room_type=self.room_type,
            shares_with=self.shares_with_id,
            check_in=self.check_in,
            check_out=self.check_out,
            requests=self.requests,
        )


@dataclass(frozen=True)
class StoredStay:
    """A stay's row exactly as stored, to put back under its own id."""

    id: int
    hotel_id: int | None
    room_type: str
    shares_with_id: int | None
    check_in: dt.date | None
    check_out: dt.date | None
    requests: str


@dataclass(frozen=True)
class StayState:
    """One participant's stay at one moment: ``stay`` is ``None`` when they had none."""

    participant_id: int
    stay: StoredStay | None


@dataclass(frozen=True)
class StayChange:
    """What one call changed: every participant's stay before and after, in the same order.

    Setting one stay can touch up to four (the participant, the new roommate,
    and the former roommates of both); the change lists them all, so that
    :meth:`StayService.undo` puts every one back in one transaction.
    ``record`` is the stay of the participant the call was about, after it
    (``None`` after a removal).
    """

    before: tuple[StayState, ...]
    after: tuple[StayState, ...]
    record: StayRecord | None = None

    def reversed(self) -> StayChange:
        """Return the change that undoes this one."""
        return StayChange(self.after, self.before)
