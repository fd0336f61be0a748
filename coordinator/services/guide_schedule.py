"""A guide's own schedule for a program: a sheet to print, or a calendar for a phone.

``.xlsx`` writes one sheet with the guide's activities, typed as dates and
times so Excel sorts and filters them. ``.ics`` writes an iCalendar file
(RFC 5545, with the ``icalendar`` library): times are in the program's time
zone, which the file describes (a VTIMEZONE), so a phone set to another zone
shows the right hour; a program without a time zone gets *floating* times
(the phone's own). Each activity keeps one UID, and its SEQUENCE is the
activity's revision, so importing the file again updates the phone's events
instead of adding them twice. An activity without times becomes an all-day
event. Both are for the guide, outside the office: the office's notes are not
written, the activity's summary is. Both are written in English or Turkish
(``language``): the headers, the weekdays and the roles, in the words every
exported workbook uses (:mod:`coordinator.domain.enum_words`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from coordinator.domain.directory import Venue
from coordinator.domain.enum_words import WORD_LANGUAGES, guide_role_word
from coordinator.domain.itinerary import Activity, ActivityHost, Assignment
from coordinator.domain.messages import said
from coordinator.domain.wording import weekday
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.errors import InvalidInputError
from coordinator.services.guide_fields import guide_by_id
from coordinator.services.programs import program_by_code
from coordinator.services.records import GuideSchedule, ScheduleEntry
from coordinator.store import Database

if TYPE_CHECKING:
    from icalendar import Event

SUFFIXES = (".xlsx", ".ics")


def _entry(activity: Activity, role: str) -> ScheduleEntry:
    venue = activity.venue
    return ScheduleEntry(
        activity_id=activity.id,
        day=activity.day,
        start_time=activity.start_time,
        end_time=activity.end_time,
        title=activity.title,
        kind=activity.kind,
        venue=venue.name if venue else "",
        address=venue.address if venue else "",
        role=role,
        hosts=tuple(
            ", ".join(part for part in (host.person.full_name, host.title) if part)
            for host in activity.hosts
        ),
        summary=activity.summary,
        revision=activity.revision,
    )


class GuideScheduleService:
    """Builds and writes one guide's schedule for a program."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def schedule(self, guide_id: int, program_code: str) -> GuideSchedule:
        """Return the guide's activities in the program, by day and time.

        Raises:
            NotFoundError: the program or the guide does not exist.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            guide = guide_by_id(session, guide_id)
            rows = session.execute(
                select(Activity, Assignment.role)
                .join(Assignment, Assignment.activity_id == Activity.id)
                .where(Activity.program_id == program.id, Assignment.guide_id == guide_id)
                .options(
                    selectinload(Activity.venue).selectinload(Venue.owner),
                    selectinload(Activity.hosts).selectinload(ActivityHost.person),
                )
                .order_by(Activity.day, Activity.position, Activity.start_time, Activity.id)
            ).all()
            return GuideSchedule(
                guide=guide.person.full_name,
                guide_title=guide.person.title,
                languages=tuple(guide.languages),
                program_code=program.code,
                program_title=program.title,
                entries=tuple(_entry(activity, role) for activity, role in rows),
                time_zone=program.time_zone,
            )

    def write(
        self,
        guide_id: int,
        program_code: str,
        path: Path,
        now: dt.datetime | None = None,
        *,
        language: str = "en",
    ) -> GuideSchedule:
        """Write the schedule to ``path``: a workbook for ``.xlsx``, a calendar for ``.ics``.

        ``now`` stamps the calendar's events (default: the current time);
        ``language`` (``en`` or ``tr``) is the one of the headers and words.

        Raises:
            InvalidInputError: the file name ends in neither, it cannot be
                written, or the language is neither ``en`` nor ``tr``.
            NotFoundError: the program or the guide does not exist.
        """
        if language not in WORD_LANGUAGES:
            msg = said(
                "A guide's schedule is written in English (en) or Turkish (tr), not {language}",
                language=f"{language!r}",
            )
            raise InvalidInputError(msg, "language")
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            msg = said("{name}: a guide's schedule is written as .xlsx or .ics", name=path.name)
            raise InvalidInputError(msg, "out")
        schedule = self.schedule(guide_id, program_code)
        from coordinator.atomic_files import write_atomically  # noqa: PLC0415

        try:
            with full_disk_refused(f"{path.name} was not written", "out"):
                if suffix == ".xlsx":
                    write_workbook(schedule, path, language)
                else:
                    calendar = calendar_bytes(schedule, now or dt.datetime.now(dt.UTC), language)
                    write_atomically(path, lambda part: part.write_bytes(calendar))
        except OSError as error:
            msg = said("{path}: cannot be written ({strerror})", path=path, strerror=error.strerror)
            raise InvalidInputError(msg, "out") from error
        return schedule


HEADERS = {
    "en": ("Date", "Day", "Start", "End", "Activity", "Role", "Venue", "Address", "Hosts",
           "About"),
    "tr": ("Tarih", "Gün", "Başlangıç", "Bitiş", "Etkinlik", "Görev", "Mekân", "Adres",
           "Ev sahipleri", "Özet"),
}  # fmt: skip
"""The header row of the schedule's sheet in each language."""
_WORDS = {
    "en": {"sheet": "Schedule", "title": "{guide}: schedule", "role": "Role", "hosts": "Hosts"},
    "tr": {"sheet": "Görev programı", "title": "{guide}: görev programı", "role": "Görev",
           "hosts": "Ev sahipleri"},
}  # fmt: skip
_WEEKDAYS_TR = ("Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz")
_WIDTHS = (12, 6, 8, 8, 50, 18, 30, 36, 40, 40)


def day_word(day: dt.date, language: str = "en") -> str:
    """Return the weekday of ``day`` in three letters: ``Wed``, ``Çar``."""
    return _WEEKDAYS_TR[day.weekday()] if language == "tr" else weekday(day)


def write_workbook(schedule: GuideSchedule, path: Path, language: str = "en") -> None:
    """Write ``schedule`` as a one-sheet workbook with typed dates and times, in ``language``."""
    # openpyxl takes a noticeable time to import: only when a workbook is written.
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.styles import Alignment, Font  # noqa: PLC0415

    from coordinator.atomic_files import write_atomically  # noqa: PLC0415
    from coordinator.excel.safe_output import text_cell  # noqa: PLC0415

    workbook = Workbook()
    sheet = workbook.active
    words = _WORDS[language]
    sheet.title = words["sheet"]
    sheet.append([text_cell(sheet, words["title"].format(guide=schedule.guide))])
    sheet.append([text_cell(sheet, f"{schedule.program_code} — {schedule.program_title}")])
    sheet.append([])
    sheet.append(list(HEADERS[language]))
    sheet["A1"].font = Font(bold=True, size=14)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for entry in schedule.entries:
        values = _row(entry, language)
        sheet.append([text_cell(sheet, v) if isinstance(v, str) else v for v in values])
        row = sheet.max_row
        sheet.cell(row, 1).number_format = "DD.MM.YYYY"
        for column in (3, 4):
            sheet.cell(row, column).number_format = "HH:MM"
        for column in (5, 8, 9, 10):
            sheet.cell(row, column).alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[chr(ord("A") + index - 1)].width = width
    sheet.freeze_panes = "A5"
    write_atomically(path, workbook.save)


def _row(entry: ScheduleEntry, language: str) -> list[object]:
    return [
        entry.day,
        day_word(entry.day, language),
        entry.start_time,
        entry.end_time,
        entry.title,
        guide_role_word(entry.role, language),
        entry.venue,
        entry.address,
        "; ".join(entry.hosts),
        entry.summary,
    ]


def calendar_bytes(schedule: GuideSchedule, now: dt.datetime, language: str = "en") -> bytes:
    """Return ``schedule`` as an iCalendar file, one event per activity, in ``language``."""
    from icalendar import Calendar, Event  # noqa: PLC0415 - only when a calendar is written

    calendar = Calendar()
    calendar.add("prodid", "-//Delegation Coordinator//Guide schedule//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{schedule.guide} — {schedule.program_code}")
    zone = _zone(schedule.time_zone)
    for entry in schedule.entries:
        event = Event()
        event.add("uid", f"activity-{entry.activity_id}-{schedule.program_code}@coordinator")
        event.add("dtstamp", now)
        event.add("sequence", entry.revision)
        _add_times(event, entry, zone)
        event.add("summary", entry.title)
        location = ", ".join(part for part in (entry.venue, entry.address) if part)
        if location:
            event.add("location", location)
        event.add("description", _description(schedule, entry, language))
        calendar.add_component(event)
    if zone is not None:
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _zone(name: str) -> ZoneInfo | None:
    """Return the program's time zone, or ``None`` for floating times."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _add_times(event: Event, entry: ScheduleEntry, zone: ZoneInfo | None) -> None:
    if entry.start_time is None:
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + dt.timedelta(days=1))
        return
    event.add("dtstart", dt.datetime.combine(entry.day, entry.start_time, tzinfo=zone))
    if entry.end_time is not None:
        event.add("dtend", dt.datetime.combine(entry.day, entry.end_time, tzinfo=zone))


def _description(schedule: GuideSchedule, entry: ScheduleEntry, language: str) -> str:
    words = _WORDS[language]
    lines = [
        f"{schedule.program_title} ({schedule.program_code})",
        f"{words['role']}: {guide_role_word(entry.role, language)}",
    ]
    if entry.hosts:
        lines.append(f"{words['hosts']}: {'; '.join(entry.hosts)}")
    if entry.summary:
        lines.append(entry.summary)
    return "\n".join(lines)
