"""Dietary needs typed freely in rosters, recognized into a small fixed set.

People write a participant's dietary needs in whatever language the roster
came in: ``Vejetaryen``, ``vegetarian``, ``без глютена``, ``Halal; fıstık
alerjisi``. A caterer needs counts of a few known needs and a head waiter the
names of those with allergies, so each cell is read into :class:`DietaryNeed`
values while the text as typed is kept beside them.

The fixed set (their values are the English words scripts and JSON use):

- ``vegetarian``, ``vegan`` (vegan supersedes vegetarian in one cell),
  ``halal``, ``kosher``, ``no pork``, ``no alcohol``: what is served;
- ``gluten-free``, ``lactose-free``, ``diabetic``: intolerances and a diet,
  counted for the kitchen;
- ``nut allergy``, ``seafood allergy`` (fish and shellfish), ``other allergy``
  (an allergy to anything else; the text says to what): always allergies;
- ``other``: a request not recognized, kept with its text.

A cell is split into requests at commas, semicolons, slashes, line breaks and
the words *and*, *ve*, *и*, *және*; each request is matched on its
:func:`~coordinator.domain.text.search_key` (so ``GLÜTENSİZ``, ``glutensiz``
and ``Glütensiz`` read alike, and Kazakh letters as their Russian neighbours).
A request that names an allergy (``glüten alerjisi``, ``аллергия на лактозу``)
is an allergy whatever it is to; ``no nuts`` or ``без рыбы`` counts as the
allergy too, because a head waiter had better know. Words meaning "none"
(``none``, ``yok``, ``нет``, ``-``) are no need at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from coordinator.domain.text import fold_spaces, search_key


class DietaryNeed(StrEnum):
    """The needs a caterer counts; values are the English words JSON uses."""

    VEGETARIAN = "vegetarian"
    VEGAN = "vegan"
    HALAL = "halal"
    KOSHER = "kosher"
    NO_PORK = "no pork"
    NO_ALCOHOL = "no alcohol"
    GLUTEN_FREE = "gluten-free"
    LACTOSE_FREE = "lactose-free"
    DIABETIC = "diabetic"
    NUT_ALLERGY = "nut allergy"
    SEAFOOD_ALLERGY = "seafood allergy"
    OTHER_ALLERGY = "other allergy"
    OTHER = "other"


ALLERGY_NEEDS = frozenset(
    {DietaryNeed.NUT_ALLERGY, DietaryNeed.SEAFOOD_ALLERGY, DietaryNeed.OTHER_ALLERGY}
)
"""The needs that are allergies by themselves, whatever words the request used."""

# Patterns are matched on search keys: lower case, no diacritics, Turkish i's
# as "i", Kazakh letters as Russian ones (қ → к, ә → а, і → и), й as и.
_PATTERNS: tuple[tuple[DietaryNeed, tuple[str, ...]], ...] = (
    (DietaryNeed.VEGAN, (r"\bvegan", r"\bвеган")),
    (
        DietaryNeed.VEGETARIAN,
        (
            r"\bve[gj][ae]?t[ae]r", r"\bveggie\b", r"\bveg\b", r"\bno meat\b",
            r"\bwithout meat\b", r"\betsiz\b", r"\bet yemi", r"\bвегетар", r"\bбез мяс",
            r"\bне ест мяс", r"\bетсиз\b",
        ),
    ),
    (DietaryNeed.HALAL, (r"\bhalal", r"\bhelal", r"\bхалал", r"\bхалял", r"\bадал\b")),
    (DietaryNeed.KOSHER, (r"\bkosher", r"\bkoser", r"\bкошер")),
    (DietaryNeed.NO_PORK, (r"\bpork", r"\bpig\b", r"\bdomuz", r"\bсвин", r"\bшошка")),
    (
        DietaryNeed.NO_ALCOHOL,
        (r"\balcohol", r"\bteetotal", r"\balkol", r"\bалкогол", r"\bспиртн", r"\bишимдик"),
    ),
    (
        DietaryNeed.GLUTEN_FREE,
        (r"gluten", r"\bceliac", r"\bcoeliac", r"\bcolyak", r"глютен", r"\bцелиак"),
    ),
    (
        DietaryNeed.LACTOSE_FREE,
        (r"lactose", r"\bdairy", r"laktoz", r"\bsutsuz", r"лактоз", r"\bбез молочн"),
    ),
    (
        DietaryNeed.DIABETIC,
        (
            r"diabet", r"\bsugar[- ]free", r"\bno sugar", r"diyabet", r"\bseker hasta",
            r"\bsekersiz", r"диабет", r"\bбез сахара",
        ),
    ),
    (
        DietaryNeed.NUT_ALLERGY,
        (
            r"\b(?:pea|wal|hazel|chest|pine ?)?nuts?\b", r"\balmond", r"\bcashew", r"\bpistachio",
            r"\bfistik", r"\bfindik", r"\bceviz", r"\bbadem", r"\bkuruyemis", r"\bantep",
            r"\bорех", r"\bарахис", r"\bфундук", r"\bминдал", r"\bфисташ", r"\bжангак",
        ),
    ),
    (
        DietaryNeed.SEAFOOD_ALLERGY,
        (
            r"\bsea ?food", r"\bfish", r"\bshellfish", r"\bshrimp", r"\bprawn", r"\bcrab",
            r"\blobster", r"\bmussel", r"\bdeniz urun", r"\bbalik", r"\bkarides", r"\bmidye",
            r"\bkabuklu", r"\bморепродукт", r"\bрыб", r"\bкреветк", r"\bкальмар", r"\bмиди",
            r"\bбалык", r"\bтениз",
        ),
    ),
)  # fmt: skip
_COMPILED = tuple((need, re.compile("|".join(words))) for need, words in _PATTERNS)
_ALLERGY_WORD = re.compile(r"allerg|alerj|аллерг|\banaphyla|\bепипен|\bepipen")
_SEPARATORS = re.compile(
    r"[,;/\n\r|&•]|\s(?:and|ve|и|және|жане|also|plus|ayr[ıi]ca)\s",
    re.IGNORECASE,
)
_NOTHING = frozenset(
    {
        "", "-", "--", "—", "–", ".", "0", "none", "no", "nil", "n/a", "na", "nothing",
        "normal", "standard", "any", "no restrictions", "no special needs", "yok",
        "hayir", "yoktur", "normal menu", "standart", "ozel istek yok", "нет", "не",
        "нету", "жок", "обычное", "обычное питание", "без ограничении",
    }
)  # fmt: skip


@dataclass(frozen=True)
class DietaryItem:
    """One need recognized in a cell, with the request it was read from."""

    need: DietaryNeed
    text: str
    """The request as typed (a part of the cell), e.g. ``fıstık alerjisi``."""
    allergy: bool
    """Whether it goes on the head waiter's allergy list."""


@dataclass(frozen=True)
class DietaryReading:
    """What a cell of dietary needs says: the needs recognized and the text as typed."""

    text: str
    """The cell as typed, kept whole."""
    items: tuple[DietaryItem, ...] = ()

    @property
    def needs(self) -> tuple[DietaryNeed, ...]:
        """The distinct needs, in the order of :class:`DietaryNeed`."""
        present = {item.need for item in self.items}
        return tuple(need for need in DietaryNeed if need in present)

    @property
    def allergies(self) -> tuple[DietaryItem, ...]:
        """The items a head waiter must know about."""
        return tuple(item for item in self.items if item.allergy)

    @property
    def has_needs(self) -> bool:
        """Whether anything at all was asked for."""
        return bool(self.items)


def read_dietary(text: str | None) -> DietaryReading:
    """Read a cell of dietary needs into the fixed set, keeping the text as typed.

    ``read_dietary("Vejetaryen ve fıstık alerjisi").needs`` is
    ``(VEGETARIAN, NUT_ALLERGY)``; a request nothing matches is
    :attr:`DietaryNeed.OTHER` with its text; an empty cell or ``yok`` reads
    as no need.
    """
    original = fold_spaces(text or "")
    if _says_nothing(original):
        return DietaryReading(original)
    items: list[DietaryItem] = []
    for request in _requests(original):
        items.extend(_read_request(request))
    if any(item.need is DietaryNeed.VEGAN for item in items):
        items = [item for item in items if item.need is not DietaryNeed.VEGETARIAN]
    return DietaryReading(original, tuple(_distinct(items)))


def _requests(text: str) -> list[str]:
    # Padding lets a separator word at either end be found by its spaces.
    parts = _SEPARATORS.split(f" {text} ")
    return [part.strip(" .") for part in parts if part.strip(" .")]


def _read_request(request: str) -> list[DietaryItem]:
    if _says_nothing(request):
        return []
    key = search_key(request)
    allergy_named = _ALLERGY_WORD.search(key) is not None
    needs = [need for need, pattern in _COMPILED if pattern.search(key)]
    if not needs:
        need = DietaryNeed.OTHER_ALLERGY if allergy_named else DietaryNeed.OTHER
        return [DietaryItem(need, request, allergy_named)]
    return [DietaryItem(need, request, allergy_named or need in ALLERGY_NEEDS) for need in needs]


def _says_nothing(text: str) -> bool:
    return search_key(text).strip(" .!") in _NOTHING


def _distinct(items: list[DietaryItem]) -> list[DietaryItem]:
    """The items with each need once, except ``other`` and ``other allergy`` requests."""
    seen: set[DietaryNeed] = set()
    kept: list[DietaryItem] = []
    for item in items:
        if item.need in seen and item.need not in {DietaryNeed.OTHER, DietaryNeed.OTHER_ALLERGY}:
            continue
        seen.add(item.need)
        kept.append(item)
    return kept
