"""Plain data of the gift register: a gift as typed, as listed, and a year's declaration."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from coordinator.domain.enums import GiftDirection
from coordinator.domain.gift_register import CurrencyTotal

__all__ = ["CurrencyTotal", "GiftInput", "GiftRecord", "GiftYear"]


@dataclass(frozen=True)
class GiftInput:
    """A gift as a user records it.

    ``activity_id`` is an activity of the gift's program (the courtesy visit
    where it changed hands); ``value`` is the estimated value in ``currency``
    (three letters, ``TRY``, ``EUR``), ``None`` when not estimated.
    """

    description: str
    direction: str = GiftDirection.GIVEN.value
    day: dt.date | None = None
    activity_id: int | None = None
    giver: str = ""
    giver_organization: str = ""
    receiver: str = ""
    receiver_organization: str = ""
    value: Decimal | None = None
    currency: str = "TRY"
    kept_at: str = ""
    notes: str = ""


@dataclass(frozen=True)
class GiftRecord:
    """A gift of the register, with its program and the title of its activity."""

    id: int
    program_code: str
    description: str
    direction: str
    day: dt.date | None
    activity_id: int | None
    activity: str
    """The activity's title; empty when none."""
    giver: str
    giver_organization: str
    receiver: str
    receiver_organization: str
    value: Decimal | None
    currency: str
    kept_at: str
    notes: str
    declared_day: dt.date
    """The day that counts for the yearly declaration: ``day``, else the program's first day."""

    def as_input(self) -> GiftInput:
        """Return the editable fields, e.g. to fill a dialog or to undo a change."""
        return GiftInput(
            description=self.description,
            direction=self.direction,
            day=self.day,
            activity_id=self.activity_id,
            giver=self.giver,
            giver_organization=self.giver_organization,
            receiver=self.receiver,
            receiver_organization=self.receiver_organization,
            value=self.value,
            currency=self.currency,
            kept_at=self.kept_at,
            notes=self.notes,
        )


@dataclass(frozen=True)
class GiftYear:
    """The gifts of one year across programs, for the office's declaration."""

    year: int
    gifts: tuple[GiftRecord, ...]
    totals: tuple[CurrencyTotal, ...]
    """One per currency, alphabetically; gifts without a value are not counted."""
