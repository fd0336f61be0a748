"""The small phrases coordinator-facing sentences are built of.

Days read ``Wed 25.08``, times ``10:30–11:30``, languages by their English
names, and long lists of names end in ``and 3 others``. The words are
English; the GUI translates findings by their kind and fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

LANGUAGE_NAMES = {
    "ar": "Arabic",
    "az": "Azerbaijani",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "it": "Italian",
    "ka": "Georgian",
    "kk": "Kazakh",
    "ky": "Kyrgyz",
    "mn": "Mongolian",
    "ru": "Russian",
    "sq": "Albanian",
    "tg": "Tajik",
    "tk": "Turkmen",
    "tr": "Turkish",
    "tt": "Tatar",
    "ug": "Uyghur",
    "uk": "Ukrainian",
    "uz": "Uzbek",
    "zh": "Chinese",
}


def weekday(day: dt.date) -> str:
    """Return the English weekday of ``day`` in three letters, whatever the locale."""
    return _WEEKDAYS[day.weekday()]


def day_label(day: dt.date) -> str:
    """Return ``day`` as a coordinator writes it on a schedule: ``Wed 25.08``."""
    return f"{weekday(day)} {day:%d.%m}"


def time_range(start: dt.time | None, end: dt.time | None) -> str:
    """Return ``10:30–11:30``, one of the two when only it is known, or nothing."""
    if start is not None and end is not None:
        return f"{start:%H:%M}–{end:%H:%M}"
    if start is not None:
        return f"from {start:%H:%M}"
    if end is not None:
        return f"until {end:%H:%M}"
    return ""


def when(day: dt.date, start: dt.time | None, end: dt.time | None) -> str:
    """Return ``Wed 25.08, 10:30–11:30``, or the day alone when no time is known."""
    hours = time_range(start, end)
    return f"{day_label(day)}, {hours}" if hours else day_label(day)


def language_name(code: str) -> str:
    """Return the English name of an ISO 639 code, or the code itself."""
    return LANGUAGE_NAMES.get(code, code)


def language_list(codes: Iterable[str], conjunction: str = "or") -> str:
    """Return ``Kazakh, Russian or Turkish`` for the codes, in alphabetical order."""
    return join_words(sorted(language_name(code) for code in codes), conjunction)


def join_words(words: Sequence[str], conjunction: str = "and") -> str:
    """Join ``words`` as English does: ``a``, ``a and b``, ``a, b and c``."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def name_list(names: Sequence[str], limit: int = 3) -> str:
    """Join ``names``, cutting a long list short: ``A, B, C and 4 others``."""
    if len(names) <= limit:
        return join_words(names)
    rest = len(names) - limit
    return f"{', '.join(names[:limit])} and {rest} other{'s' if rest > 1 else ''}"


def hours_text(total_minutes: float) -> str:
    """Return ``1 hour``, ``8 hours`` or ``9.5 hours``."""
    hours = round(total_minutes / 60, 2)
    number = f"{hours:g}"
    return f"{number} hour" if number == "1" else f"{number} hours"


def quoted(title: str, limit: int = 60) -> str:
    """Return a title in quotes, cut at a word with an ellipsis past ``limit`` letters."""
    if len(title) > limit:
        cut = title[: limit - 1]
        if " " in cut[limit // 2 :]:
            cut = cut[: cut.rindex(" ")]
        title = cut.rstrip(" ,;:-") + "…"
    return f"'{title}'"
