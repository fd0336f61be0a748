"""Rules of the gift register: values, currencies, and the year a gift is declared in.

Protocol rules make a public office record the gifts its people give and
receive, and declare them once a year. A gift counts for the year of its
day; one recorded without a day counts for the year its program began. A
value is an estimate in one currency, never converted: the declaration
totals each currency on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from coordinator.domain.enums import GiftDirection
from coordinator.domain.messages import said

CENT = Decimal("0.01")
LARGEST_VALUE = Decimal("9999999999.99")
"""The largest value the register stores (twelve digits, two after the point)."""
_CURRENCY = re.compile(r"[A-Z]{3}")
_CURRENCY_WORDS = {"TL": "TRY", "YTL": "TRY", "₺": "TRY", "€": "EUR", "$": "USD", "£": "GBP"}


@dataclass(frozen=True)
class CurrencyTotal:
    """The estimated values of some gifts in one currency: given, received, and how many."""

    currency: str
    given: Decimal
    received: Decimal
    count: int
    """How many gifts have a value in this currency."""

    @property
    def total(self) -> Decimal:
        """Given and received together."""
        return self.given + self.received


def clean_currency(text: str) -> str:
    """Return the three-letter code of ``text`` (``try`` → ``TRY``; ``TL`` and ``₺`` → ``TRY``).

    Raises:
        ValueError: it is not three letters or a known sign.
    """
    code = text.strip().upper()
    code = _CURRENCY_WORDS.get(code, code)
    if not _CURRENCY.fullmatch(code):
        msg = said(
            "{value} is not a currency: give its three letters, such as TRY or EUR",
            value=f"{text.strip()!r}",
        )
        raise ValueError(msg)
    return code


def clean_value(value: Decimal | None) -> Decimal | None:
    """Return ``value`` rounded to cents, or ``None`` when not estimated.

    Raises:
        ValueError: it is negative, not a number, or too large to store.
    """
    if value is None:
        return None
    try:
        rounded = value.quantize(CENT)
    except InvalidOperation:
        rounded = None
    if rounded is None or not rounded.is_finite():
        msg = said("{value} is not an amount of money", value=value)
        raise ValueError(msg)
    if rounded < 0:
        msg = said("A gift's value cannot be negative")
        raise ValueError(msg)
    if rounded > LARGEST_VALUE:
        msg = said(
            "{value} is more than the register can store ({limit})",
            value=value,
            limit=LARGEST_VALUE,
        )
        raise ValueError(msg)
    return rounded


def declared_day(day: dt.date | None, program_first_day: dt.date) -> dt.date:
    """Return the day that places a gift in a year: its own, else its program's first day."""
    return day or program_first_day


def currency_totals(gifts: Iterable[tuple[str, Decimal | None, str]]) -> list[CurrencyTotal]:
    """Total ``(direction, value, currency)`` per currency, given and received apart.

    Gifts without a value are not counted; currencies come alphabetically.
    """
    sums: dict[str, list[Decimal]] = {}
    counts: dict[str, int] = {}
    for direction, value, currency in gifts:
        if value is None:
            continue
        given, received = sums.setdefault(currency, [Decimal(0), Decimal(0)])
        if direction == GiftDirection.RECEIVED.value:
            sums[currency][1] = received + value
        else:
            sums[currency][0] = given + value
        counts[currency] = counts.get(currency, 0) + 1
    return [
        CurrencyTotal(currency, sums[currency][0], sums[currency][1], counts[currency])
        for currency in sorted(sums)
    ]
