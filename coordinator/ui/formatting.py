"""How dates, times, roles and kinds read on screen, in the user's language.

Dates follow the default :class:`QLocale` (Turkish or English, set with the
translation), e.g. ``25.08.2021 Wed`` or ``25.08.2021 Çar``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

DATE_FORMAT = "dd.MM.yyyy ddd"
TIME_FORMAT = "HH:mm"

translate = QCoreApplication.translate


def format_date(day: dt.date | None) -> str:
    """Return ``day`` as ``25.08.2021 Wed`` in the current language, or ``""``."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def format_time(moment: dt.time | None) -> str:
    """Return ``moment`` as ``14:30``, or ``""``."""
    if moment is None:
        return ""
    return QLocale().toString(QTime(moment.hour, moment.minute), TIME_FORMAT)


def format_date_time(moment: dt.datetime | None) -> str:
    """Return ``moment`` as ``25.08.2021 Wed 14:30``, or ``""``."""
    if moment is None:
        return ""
    return f"{format_date(moment.date())} {format_time(moment.time())}"


def format_day_range(first: dt.date, last: dt.date) -> str:
    """Return the span of a program, e.g. ``24.08.2021 Tue – 29.08.2021 Sun``."""
    if first == last:
        return format_date(first)
    return f"{format_date(first)} – {format_date(last)}"


def format_time_range(start: dt.time | None, end: dt.time | None) -> str:
    """Return ``10:00–11:30``, ``10:00`` or ``""`` for an activity's hours."""
    if start is None:
        return ""
    if end is None:
        return format_time(start)
    return f"{format_time(start)}–{format_time(end)}"


def format_languages(codes: tuple[str, ...]) -> str:
    """Return language codes as people write them in a list: ``RU, KK``."""
    return ", ".join(code.upper() for code in codes)


def role_label(role: str) -> str:
    """Return the translated label of a participant's role (``head``, ``member``…)."""
    labels = {
        "head": translate("Labels", "Head of delegation"),
        "member": translate("Labels", "Member"),
        "staff": translate("Labels", "Staff"),
    }
    return labels.get(role, role)


def kind_label(kind: str) -> str:
    """Return the translated label of an activity kind (``courtesy_visit``…)."""
    labels = {
        "courtesy_visit": translate("Labels", "Courtesy visit"),
        "meeting": translate("Labels", "Meeting"),
        "site_visit": translate("Labels", "Site visit"),
        "cultural_tour": translate("Labels", "Cultural tour"),
        "meal": translate("Labels", "Meal"),
        "transfer": translate("Labels", "Transfer"),
        "ceremony": translate("Labels", "Ceremony"),
        "free_time": translate("Labels", "Free time"),
    }
    return labels.get(kind, kind.replace("_", " "))


def guide_role_label(role: str) -> str:
    """Return the translated label of a guide's role (``interpreter``…)."""
    labels = {
        "guide": translate("Labels", "Guide"),
        "interpreter": translate("Labels", "Interpreter"),
        "escort": translate("Labels", "Escort"),
        "driver": translate("Labels", "Driver"),
        "host_official": translate("Labels", "Host official"),
    }
    return labels.get(role, role.replace("_", " "))
