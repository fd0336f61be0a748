"""Plain results of reading the logistics sheets of a program workbook, one entry a row.

Names stay names here (plates, a driver's and passengers' names, a
participant's and roommate's names): the services find what they name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class VehicleEntry:
    """One row of a Vehicles sheet; ``seats`` is ``None`` when the cell is empty."""

    sheet: str
    row: int
    plate: str
    kind: str = ""
    seats: int | None = None
    company: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class TransferEntry:
    """One row of a Transfers sheet; no passengers means the whole delegation.

    ``columns`` gives the column letter of each field, for the problems the
    services find (a plate or a name that is nowhere).
    """

    sheet: str
    row: int
    day: dt.date
    start: dt.time
    end: dt.time | None
    kind: str
    from_place: str
    to_place: str
    vehicles: tuple[str, ...] = ()
    driver: str = ""
    passengers: tuple[str, ...] = ()
    notes: str = ""
    columns: tuple[tuple[str, str], ...] = ()

    def column(self, field: str) -> str | None:
        """Return the column letter of ``field`` (``None`` when the sheet has none)."""
        return dict(self.columns).get(field)


@dataclass(frozen=True, slots=True)
class RoomEntry:
    """One row of a Rooms sheet: a participant's stay, by names."""

    sheet: str
    row: int
    participant: str
    hotel: str = ""
    room_type: str = ""
    shares_with: str = ""
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    requests: str = ""
    columns: tuple[tuple[str, str], ...] = ()

    def column(self, field: str) -> str | None:
        """Return the column letter of ``field`` (``None`` when the sheet has none)."""
        return dict(self.columns).get(field)


@dataclass(frozen=True, slots=True)
class GiftEntry:
    """One row of a Gifts sheet; ``activity`` is a title, matched on the gift's day."""

    sheet: str
    row: int
    direction: str
    description: str
    day: dt.date | None = None
    activity: str = ""
    giver: str = ""
    giver_organization: str = ""
    receiver: str = ""
    receiver_organization: str = ""
    value: Decimal | None = None
    currency: str = ""
    kept_at: str = ""
    notes: str = ""
    columns: tuple[tuple[str, str], ...] = ()

    def column(self, field: str) -> str | None:
        """Return the column letter of ``field`` (``None`` when the sheet has none)."""
        return dict(self.columns).get(field)
