"""The words documents print in English or Turkish: dates, kinds, roles, labels.

The words for activity kinds and roles are shared with exported workbooks
(:mod:`coordinator.domain.enum_words`).

Documents are written in the language the user chooses, whatever the
interface's language; the catalogues live here (and in each document module,
through :class:`Labels`) rather than in Qt's translations, because documents
are also made from the command line, without a running application.
A test checks that every catalogue has each entry in both languages with the
same placeholders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from coordinator.domain import enum_words

LANGUAGES = ("en", "tr")

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "tr": (
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
        "Eylül", "Ekim", "Kasım", "Aralık",
    ),
}  # fmt: skip
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
}

_LANGUAGE_NAMES = {
    "en": ("English", "İngilizce"),
    "tr": ("Turkish", "Türkçe"),
    "ru": ("Russian", "Rusça"),
    "kk": ("Kazakh", "Kazakça"),
    "ky": ("Kyrgyz", "Kırgızca"),
    "uz": ("Uzbek", "Özbekçe"),
    "az": ("Azerbaijani", "Azerbaycan Türkçesi"),
    "tk": ("Turkmen", "Türkmence"),
    "ar": ("Arabic", "Arapça"),
    "de": ("German", "Almanca"),
    "fr": ("French", "Fransızca"),
}


def check_language(language: str) -> str:
    """Return ``language`` if documents can be written in it.

    Raises:
        ValueError: for anything but ``en`` and ``tr``.
    """
    if language not in LANGUAGES:
        msg = f"Documents are written in English (en) or Turkish (tr), not {language!r}"
        raise ValueError(msg)
    return language


def kind_word(kind: str, language: str) -> str:
    """Return an activity kind as a word (an unknown kind as typed, without underscores)."""
    return enum_words.kind_word(kind, check_language(language))


def participant_role_word(role: str, language: str) -> str:
    """Return a participant's role as words."""
    return enum_words.participant_role_word(role, check_language(language))


def guide_role_word(role: str, language: str) -> str:
    """Return a guide's role as a word."""
    return enum_words.guide_role_word(role, check_language(language))


def language_name(code: str, language: str) -> str:
    """Return a language code as the name of the language (unknown codes upper-cased)."""
    words = _LANGUAGE_NAMES.get(code)
    if words is None:
        return code.upper()
    return words[LANGUAGES.index(check_language(language))]


def month_name(month: int, language: str) -> str:
    """Return the name of ``month`` (1–12)."""
    return _MONTHS[check_language(language)][month - 1]


def weekday_name(day: dt.date, language: str) -> str:
    """Return the weekday of ``day``."""
    return _WEEKDAYS[check_language(language)][day.weekday()]


def long_date(day: dt.date, language: str) -> str:
    """Return ``day`` as "26 August 2021, Thursday" or "26 Ağustos 2021 Perşembe"."""
    text = f"{day.day} {month_name(day.month, language)} {day.year}"
    separator = ", " if language == "en" else " "
    return f"{text}{separator}{weekday_name(day, language)}"


def plain_date(day: dt.date, language: str) -> str:
    """Return ``day`` as "26 August 2021" or "26 Ağustos 2021"."""
    return f"{day.day} {month_name(day.month, language)} {day.year}"


def date_range(first: dt.date, last: dt.date, language: str) -> str:
    """Return the days of a program: "24–29 August 2021", "30 August – 2 September 2021"."""
    check_language(language)
    if first == last:
        return plain_date(first, language)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {month_name(last.month, language)} {last.year}"
    if first.year == last.year:
        start = f"{first.day} {month_name(first.month, language)}"
        return f"{start} – {plain_date(last, language)}"
    return f"{plain_date(first, language)} – {plain_date(last, language)}"


def time_span(start: dt.time | None, end: dt.time | None) -> str:
    """Return "10:00–10:45", "10:00" or "" (times are the same in both languages)."""
    if start is None:
        return ""
    if end is None:
        return f"{start:%H:%M}"
    return f"{start:%H:%M}–{end:%H:%M}"


class Labels:
    """A catalogue of a document's fixed texts, each in English and Turkish.

    ``entries`` maps a key to its ``(english, turkish)`` texts, which may hold
    ``{placeholders}`` filled by :meth:`text`.
    """

    def __init__(self, entries: Mapping[str, tuple[str, str]]) -> None:
        self.entries = dict(entries)

    def text(self, key: str, language: str, **values: object) -> str:
        """Return the entry ``key`` in ``language`` with ``values`` filled in."""
        english, turkish = self.entries[key]
        template = english if check_language(language) == "en" else turkish
        return template.format(**values) if values else template
