"""What a caterer and a head waiter need to know about each meal of a visit.

A meal is an activity of the ``meal`` kind (or of a kind users typed for one:
``lunch``, ``dinner``, ``öğle yemeği``, ``ужин``…). Its **guests** are the
delegation's participants attending it: those listed on the activity, or the
whole roster when none are listed. Hosts, guides, interpreters and drivers are
not counted; the sheets say so, and a coordinator adds them by hand when the
hosts eat at the same table.

The caterer gets counts per need and the text of requests nobody recognized,
without names; the head waiter gets the allergies with names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from coordinator.domain.dietary import DietaryNeed, read_dietary
from coordinator.domain.enums import ActivityKind
from coordinator.domain.text import search_key

MEAL_KINDS = frozenset(
    {
        ActivityKind.MEAL.value, "meal", "lunch", "dinner", "breakfast", "brunch", "supper",
        "banquet", "reception dinner", "gala dinner", "yemek", "ogle yemegi", "aksam yemegi",
        "kahvalti", "ziyafet", "обед", "ужин", "завтрак", "банкет", "туски ас", "кешки ас",
    }
)  # fmt: skip
"""Search keys of the activity kinds that are meals."""

NOTED_NEEDS = frozenset({DietaryNeed.OTHER, DietaryNeed.OTHER_ALLERGY})
"""Needs whose requests the caterer reads as written (no names)."""


def is_meal(kind: str) -> bool:
    """Tell whether an activity of ``kind`` is a meal a caterer must be told about."""
    return search_key(kind.replace("_", " ")) in MEAL_KINDS


@dataclass(frozen=True)
class Guest:
    """A participant at a meal: the name as written and the dietary cell as typed."""

    name: str
    dietary: str


@dataclass(frozen=True)
class AllergyEntry:
    """One line of the head waiter's list."""

    name: str
    need: DietaryNeed
    text: str
    """The participant's whole dietary cell as typed."""


@dataclass(frozen=True)
class MealSheet:
    """One meal as the caterer's sheet and the head waiter's list show it."""

    activity_id: int
    title: str
    day: dt.date
    start: dt.time | None
    end: dt.time | None
    venue: str
    guests: int
    """Participants of the delegation attending (hosts and guides not counted)."""
    standard: int
    """Guests with no dietary need at all."""
    needs: tuple[tuple[DietaryNeed, int], ...]
    """Each need present with how many guests have it, in :class:`DietaryNeed` order."""
    requests: tuple[tuple[DietaryNeed, str], ...]
    """The distinct texts of ``other`` and ``other allergy`` requests, without names."""
    allergies: tuple[AllergyEntry, ...]


@dataclass(frozen=True)
class MealActivity:
    """The fields of an activity that a meal sheet shows."""

    activity_id: int
    title: str
    day: dt.date
    start: dt.time | None
    end: dt.time | None
    venue: str


def meal_sheet(meal: MealActivity, guests: Sequence[Guest]) -> MealSheet:
    """Count the needs of ``guests`` at ``meal`` and list their allergies.

    A guest with several needs counts once for each; one with the same need
    written twice counts once for it.
    """
    counts = dict.fromkeys(DietaryNeed, 0)
    requests: dict[tuple[DietaryNeed, str], None] = {}
    allergies: list[AllergyEntry] = []
    standard = 0
    for guest in guests:
        reading = read_dietary(guest.dietary)
        if not reading.has_needs:
            standard += 1
        for need in reading.needs:
            counts[need] += 1
        for item in reading.items:
            if item.need in NOTED_NEEDS:
                requests.setdefault((item.need, item.text), None)
        allergies.extend(
            AllergyEntry(guest.name, item.need, reading.text) for item in reading.allergies
        )
    return MealSheet(
        activity_id=meal.activity_id,
        title=meal.title,
        day=meal.day,
        start=meal.start,
        end=meal.end,
        venue=meal.venue,
        guests=len(guests),
        standard=standard,
        needs=tuple((need, count) for need, count in counts.items() if count),
        requests=tuple(requests),
        allergies=tuple(allergies),
    )
