"""Typed values out of spreadsheet cells: text, dates, date-times, roles, languages.

A cell holds what the program that saved it chose: a real date, a date serial
in the 1900 or 1904 system, text that looks like a date, a number where text was
meant (a phone number). Every parser here returns a clean value or raises
:class:`CellValueError` with a sentence a coordinator understands; none guesses
(``01/05/2024`` may be the 1st of May or the 5th of January, so it is refused).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re

from coordinator.domain.enum_words import PARTICIPANT_ROLE_WORDS
from coordinator.domain.messages import said
from coordinator.domain.text import fold_spaces, search_key

CellValue = str | int | float | bool | dt.datetime | dt.date | dt.time | dt.timedelta | None

EPOCH_1900 = dt.datetime(1899, 12, 30)  # noqa: DTZ001 - Excel's dates have no time zone
EPOCH_1904 = dt.datetime(1904, 1, 1)  # noqa: DTZ001
# Serial 60 is Excel's phantom 29 February 1900; 2958465 is 31 December 9999.
_LAST_SERIAL = 2_958_465
_TIME = r"(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?" + _TIME + "$")
_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})" + _TIME + "$")
_DATE_HINT = said("write it as 03.05.1978 (day first) or 1978-05-03")


def column_letter(index: int) -> str:
    """Return the letter of the 0-based column ``index`` as Excel shows it (0 is ``A``)."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


class CellValueError(ValueError):
    """A cell whose value does not fit its column; the message says why."""


def end_before_start(start: dt.time, end: dt.time) -> str:
    """Say that a row's ``end`` time is not after its ``start``."""
    return said(
        "The end ({end}) must be after the start ({start})",
        end=f"{end:%H:%M}",
        start=f"{start:%H:%M}",
    )


def cell_text(value: CellValue) -> str:
    """Return a cell as trimmed text: ``12345.0`` becomes ``12345``, a date ``24.08.2021``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, dt.datetime | dt.date):
        return _date_text(value)
    return str(value)


def _number_text(value: float) -> str:
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def _date_text(value: dt.date) -> str:
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        return f"{value:%d.%m.%Y %H:%M}"
    return f"{value:%d.%m.%Y}"


def line_text(value: CellValue) -> str:
    """Return a cell as one line of text with inner white space folded."""
    return " ".join((value if isinstance(value, str) else cell_text(value)).split())


def parse_datetime(value: CellValue, epoch: dt.datetime = EPOCH_1900) -> dt.datetime | None:
    """Return the date and time a cell holds, ``None`` when it is empty.

    Raises:
        CellValueError: the cell holds something that is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is None else value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, bool):
        raise CellValueError(said("{value} is not a date", value=f"{cell_text(value)!r}"))
    if isinstance(value, int | float):
        return _from_serial(value, epoch)
    if isinstance(value, str):
        return _from_text(value)
    if isinstance(value, dt.time):
        msg = said(
            "{time} is a time without a date; {hint}", time=f"{value:%H:%M}", hint=_DATE_HINT
        )
        raise CellValueError(msg)
    raise CellValueError(said("{value} is not a date", value=f"{cell_text(value)!r}"))


def parse_date(value: CellValue, epoch: dt.datetime = EPOCH_1900) -> dt.date | None:
    """Return the date a cell holds, ``None`` when it is empty.

    Raises:
        CellValueError: the cell holds something that is not a date.
    """
    moment = parse_datetime(value, epoch)
    return None if moment is None else moment.date()


def _from_serial(serial: float, epoch: dt.datetime) -> dt.datetime:
    if not 1 <= serial <= _LAST_SERIAL:  # NaN fails too; math.isfinite overflows on huge ints
        msg = said("{value} is not a date; {hint}", value=cell_text(serial), hint=_DATE_HINT)
        raise CellValueError(msg)
    days = serial
    if epoch == EPOCH_1900 and serial < 61:
        # Excel counts a 29 February 1900 that never was: serials before it are one day off.
        days += 1
    moment = epoch + dt.timedelta(days=days)
    return moment.replace(microsecond=0) if moment.microsecond < 500_000 else moment


def _from_text(text: str) -> dt.datetime:
    cleaned = fold_spaces(text)
    if match := _ISO.match(cleaned):
        year, month, day, *time = match.groups()
        return _build(cleaned, int(year), int(month), int(day), time)
    if match := _DOTTED.match(cleaned):
        day, month, year, *time = match.groups()
        return _build(cleaned, int(year), int(month), int(day), time)
    if match := _SLASHED.match(cleaned):
        first, second, year, *time = match.groups()
        day, month = _day_and_month(cleaned, int(first), int(second), int(year))
        return _build(cleaned, int(year), month, day, time)
    msg = said("{value} is not a date; {hint}", value=f"{cleaned!r}", hint=_DATE_HINT)
    raise CellValueError(msg)


_MONTHS = (
    said("January"), said("February"), said("March"), said("April"), said("May"), said("June"),
    said("July"), said("August"), said("September"), said("October"), said("November"),
    said("December"),
)  # fmt: skip


def _day_and_month(text: str, first: int, second: int, year: int) -> tuple[int, int]:
    if first == second or first > 12:
        return first, second
    if second > 12:
        return second, first
    msg = said(
        "{value} is ambiguous: {first} {first_month} or {second} {second_month}? "
        "Write it day first with dots ({dotted}) or as {iso}",
        value=f"{text!r}",
        first=first,
        first_month=_MONTHS[second - 1],
        second=second,
        second_month=_MONTHS[first - 1],
        dotted=f"{first:02d}.{second:02d}.{year}",
        iso=f"{year}-{second:02d}-{first:02d}",
    )
    raise CellValueError(msg)


def _build(text: str, year: int, month: int, day: int, time: list[str | None]) -> dt.datetime:
    hour, minute, second = (int(part) if part else 0 for part in time)
    try:
        return dt.datetime(year, month, day, hour, minute, second)  # noqa: DTZ001
    except ValueError:
        msg = said("{value} is not a real date or time; {hint}", value=f"{text!r}", hint=_DATE_HINT)
        raise CellValueError(msg) from None


_ROLES = {
    "head": ("head", "head of delegation", "leader", "chair", "chief", "başkan", "heyet başkanı",
             "глава", "глава делегации", "руководитель", "руководитель делегации"),
    "member": ("member", "delegate", "participant", "üye", "heyet üyesi", "katılımcı", "член",
               "член делегации", "участник"),
    "staff": ("staff", "assistant", "delegation staff", "personel", "heyet personeli", "görevli",
              "asistan", "сотрудник", "сопровождающий", "помощник"),
}  # fmt: skip
_ROLE_BY_KEY = {search_key(word): role for role, words in _ROLES.items() for word in words}
# Every word an export writes reads back (the table is shared with documents).
_ROLE_BY_KEY |= {
    search_key(word): role for role, words in PARTICIPANT_ROLE_WORDS.items() for word in words
}


@functools.lru_cache(maxsize=1024)
def _role_named(text: str) -> str | None:
    return _ROLE_BY_KEY.get(search_key(text))


def parse_role(value: CellValue) -> str | None:
    """Return ``head``, ``member`` or ``staff`` for a cell, ``None`` when empty.

    Raises:
        CellValueError: the cell names no role this application knows.
    """
    text = line_text(value)
    if not text:
        return None
    role = _role_named(text)
    if role is None:
        msg = said("{value} is not a role: write head, member or staff", value=f"{text!r}")
        raise CellValueError(msg)
    return role


_LANGUAGE_NAMES = {
    "en": ("english", "ingilizce", "английский", "ағылшын"),
    "tr": ("turkish", "türkçe", "турецкий", "түрік"),
    "ru": ("russian", "rusça", "русский", "орыс"),
    "kk": ("kazakh", "kazakça", "kazakça", "казахский", "қазақ"),
    "ky": ("kyrgyz", "kırgızca", "киргизский", "кыргызский"),
    "uz": ("uzbek", "özbekçe", "узбекский"),
    "az": ("azerbaijani", "azerice", "azerbaycan türkçesi", "азербайджанский"),
    "de": ("german", "almanca", "немецкий"),
    "fr": ("french", "fransızca", "французский"),
    "ar": ("arabic", "arapça", "арабский"),
}
_LANGUAGE_BY_KEY = {
    search_key(name): code for code, names in _LANGUAGE_NAMES.items() for name in names
}
_LANGUAGE_SPLIT = re.compile(r"\s*[,;/+]\s*|\s+and\s+|\s+ve\s+|\s+и\s+")
_CODE = re.compile(r"^[a-z]{2,3}$")


def parse_languages(value: CellValue) -> tuple[str, ...]:
    """Return ISO 639 codes for a cell such as ``ru, kk`` or ``Russian; Kazakh``.

    Raises:
        CellValueError: a part is neither a code nor a language name known here.
    """
    text = line_text(value)
    codes: list[str] = []
    for part in _LANGUAGE_SPLIT.split(text):
        key = search_key(part)
        if not key:
            continue
        code = _LANGUAGE_BY_KEY.get(key, key)
        if not _CODE.match(code):
            msg = said(
                "{value} is not a language: write codes such as en, tr, ru, kk", value=f"{part!r}"
            )
            raise CellValueError(msg)
        if code not in codes:
            codes.append(code)
    return tuple(codes)
