"""Export a whole program, or its itinerary, to one workbook that imports back.

Sheets: Program (field/value pairs), Participants (the roster export's
columns but travel), Itinerary, Guides, Assignments, Venues, Contacts (hosts
and guides), Travel (see :mod:`coordinator.services.travel_export`), then the
logistics (see :mod:`coordinator.services.logistics_export`).
``export itinerary`` writes the Itinerary sheet alone.

A workbook is written in English or Turkish: sheet names, headers, activity
kinds (``Nezaket ziyareti``), guide roles (``Tercüman``) and yes or no are
words of that language, never internal codes; the reader takes both back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from coordinator.domain.enum_words import guide_role_word, kind_word, yes_no_word
from coordinator.domain.text import search_key
from coordinator.excel.absence_text import AbsenceEntry, absence_text
from coordinator.excel.cell_parsing import CellValue
from coordinator.excel.program_fields import (
    PROGRAM_SHEET_HEADERS,
    labels,
    program_label,
    sheet_name,
)
from coordinator.excel.program_writer import SheetData, write_program
from coordinator.excel.roster_fields import field_label
from coordinator.excel.sheet_kinds import SheetKind
from coordinator.services.directory_service import DirectoryService
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.errors import InvalidInputError
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.logistics_export import drivers_not_listed, logistics_sheets
from coordinator.services.programs import ProgramService
from coordinator.services.records import ActivityRecord, GuideRecord, ProgramRecord
from coordinator.services.roster import RosterService
from coordinator.services.roster_export import check_export_language
from coordinator.services.travel_export import PEOPLE_FIELDS, people_row, travel_sheet
from coordinator.store import Database


class ProgramExportService:
    """Programs and itineraries written to workbooks."""

    def __init__(self, database: Database) -> None:
        """Work on ``database``."""
        self._database = database

    def export_program(self, program_code: str, path: Path, language: str = "en") -> dict[str, int]:
        """Write the whole program to ``path`` (.xlsx); return the rows of each sheet.

        The sheets are named and headed in ``language`` (``en`` or ``tr``).

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``path`` is not an .xlsx file or cannot be written,
                or ``language`` is neither ``en`` nor ``tr``.
        """
        lang = check_export_language(language)
        program = ProgramService(self._database).get(program_code)
        activities = ItineraryService(self._database).list_activities(program_code)
        guides = GuideService(self._database).list_for_program(program_code)
        guides += drivers_not_listed(self._database, program_code, guides)
        roster = RosterService(self._database).list_participants(program_code)
        sheets = [
            SheetData(sheet_name(SheetKind.PROGRAM, lang), PROGRAM_SHEET_HEADERS[lang],
                      program_pairs(program, lang), table=False),
            SheetData(
                sheet_name(SheetKind.PARTICIPANTS, lang),
                tuple(field_label(field, lang) for field in PEOPLE_FIELDS),
                [people_row(participant, lang) for participant in roster],
            ),
            _sheet(SheetKind.ITINERARY, lang, [itinerary_row(a, lang) for a in activities]),
            _sheet(SheetKind.GUIDES, lang, self._guide_rows(program, guides, lang)),
            _sheet(SheetKind.ASSIGNMENTS, lang, assignment_rows(activities, lang)),
            _sheet(SheetKind.VENUES, lang, self._venue_rows(activities)),
            _sheet(SheetKind.CONTACTS, lang, self._contact_rows(activities, guides)),
            travel_sheet(roster, language=lang),
            *logistics_sheets(self._database, program_code, lang),
        ]  # fmt: skip
        self._write(path, program.title, sheets)
        return {sheet.name: len(sheet.rows) for sheet in sheets}

    def export_itinerary(self, program_code: str, path: Path, language: str = "en") -> int:
        """Write the program's itinerary to ``path`` (.xlsx); return how many activities.

        The sheet is named and headed in ``language`` (``en`` or ``tr``).

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``path`` is not an .xlsx file or cannot be written,
                or ``language`` is neither ``en`` nor ``tr``.
        """
        lang = check_export_language(language)
        program = ProgramService(self._database).get(program_code)
        activities = ItineraryService(self._database).list_activities(program_code)
        rows = [itinerary_row(activity, lang) for activity in activities]
        self._write(path, program.title, [_sheet(SheetKind.ITINERARY, lang, rows)])
        return len(rows)

    def _write(self, path: Path, title: str, sheets: Sequence[SheetData]) -> None:
        if path.suffix.lower() != ".xlsx":
            msg = f"{path.name}: a program is exported as an Excel workbook ending in .xlsx"
            raise InvalidInputError(msg, "path")
        try:
            with full_disk_refused(f"{path.name} was not written", "path"):
                write_program(path, title, sheets)
        except OSError as error:
            msg = f"{path} cannot be written: {error.strerror or error}"
            raise InvalidInputError(msg, "path") from error

    def _guide_rows(
        self, program: ProgramRecord, guides: list[GuideRecord], language: str
    ) -> list[tuple[CellValue, ...]]:
        service = GuideService(self._database)
        rows = []
        for guide in guides:
            absences = [
                AbsenceEntry(item.day, item.start_time, item.end_time)
                for item in service.unavailability(guide.id)
                if program.first_day <= item.day <= program.last_day
            ]
            rows.append(guide_row(guide, absences, language))
        return rows

    def _venue_rows(self, activities: list[ActivityRecord]) -> list[tuple[CellValue, ...]]:
        used = {activity.venue_id for activity in activities if activity.venue_id is not None}
        venues = [venue for venue in DirectoryService(self._database).venues() if venue.id in used]
        return [
            (venue.name, venue.owner, venue.kind, venue.address, venue.city, venue.notes)
            for venue in venues
        ]

    def _contact_rows(
        self, activities: list[ActivityRecord], guides: list[GuideRecord]
    ) -> list[tuple[CellValue, ...]]:
        persons = {search_key(p.name): p for p in DirectoryService(self._database).persons()}
        rows: dict[str, tuple[CellValue, ...]] = {}
        for activity in activities:
            for host in activity.hosts:
                person = persons.get(search_key(host.name))
                email, phone = (person.email, person.phone) if person else ("", "")
                languages = ", ".join(person.languages) if person else ""
                row = (host.name, host.title, host.organization, email, phone, languages)
                rows.setdefault(search_key(host.name), row)
        for guide in guides:
            row = (guide.name, guide.title, guide.organization, guide.email, guide.phone,
                   ", ".join(guide.languages))  # fmt: skip
            rows.setdefault(search_key(guide.name), row)
        return list(rows.values())


def _sheet(kind: SheetKind, language: str, rows: Sequence[Sequence[CellValue]]) -> SheetData:
    return SheetData(sheet_name(kind, language), labels(kind, language), rows)


def program_pairs(program: ProgramRecord, language: str = "en") -> list[tuple[CellValue, ...]]:
    """Return the Program sheet's field/value rows, labelled in ``language``."""
    values: list[tuple[str, CellValue]] = [
        ("code", program.code),
        ("title", program.title),
        ("organizer", program.organizer),
        ("partners", "; ".join(program.partners)),
        ("city", program.city),
        ("country", program.country),
        ("first_day", program.first_day),
        ("last_day", program.last_day),
        ("languages", ", ".join(program.languages)),
        ("notes", program.notes),
    ]
    return [(program_label(field, language), value) for field, value in values]


def itinerary_row(activity: ActivityRecord, language: str = "en") -> tuple[CellValue, ...]:
    """Return an activity's values in the Itinerary sheet's column order, words in ``language``."""
    guides = "; ".join(
        f"{item.guide} ({guide_role_word(item.role, language)})" for item in activity.assignments
    )
    needs = "" if activity.needs_guide is None else yes_no_word(activity.needs_guide, language)
    return (
        activity.day,
        activity.start_time,
        activity.end_time,
        activity.title,
        kind_word(activity.kind, language),
        activity.venue,
        "; ".join(host.name for host in activity.hosts),
        guides,
        needs,
        activity.summary,
        activity.notes,
    )


def guide_row(
    guide: GuideRecord, absences: Sequence[AbsenceEntry] | None = None, language: str = "en"
) -> tuple[CellValue, ...]:
    """Return a guide's values in the Guides sheet's column order.

    Args:
        guide: the guide.
        absences: the guide's absences with their hours (by default the
            record's whole days away).
        language: the language of the roles' words (``en`` or ``tr``).
    """
    if absences is None:
        absences = [AbsenceEntry(day) for day in guide.unavailable]
    return (
        guide.name,
        guide.title,
        guide.organization,
        ", ".join(guide.languages),
        ", ".join(guide_role_word(role, language) for role in guide.roles),
        guide.max_hours_per_day,
        absence_text(sorted(absences, key=lambda item: (item.day, item.start or dt.time()))),
    )


def assignment_rows(
    activities: list[ActivityRecord], language: str = "en"
) -> list[tuple[CellValue, ...]]:
    """Return the Assignments sheet's rows: every guide on every activity, roles as words."""
    return [
        (
            activity.day,
            activity.start_time,
            activity.title,
            item.guide,
            guide_role_word(item.role, language),
        )
        for activity in activities
        for item in activity.assignments
    ]
