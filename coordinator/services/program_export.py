"""Export a whole program, or its itinerary, to one workbook that imports back.

Sheets: Program (field/value pairs), Participants (the roster export's
columns but travel), Itinerary, Guides, Assignments, Venues, Contacts (hosts
and guides), Travel (see :mod:`coordinator.services.travel_export`), then the
logistics (see :mod:`coordinator.services.logistics_export`).
``export itinerary`` writes the Itinerary sheet alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from coordinator.domain.text import search_key
from coordinator.excel import FIELD_LABELS
from coordinator.excel.absence_text import AbsenceEntry, absence_text
from coordinator.excel.cell_parsing import CellValue
from coordinator.excel.program_fields import LABELS
from coordinator.excel.program_writer import SheetData, write_program
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
from coordinator.services.travel_export import PEOPLE_FIELDS, people_row, travel_sheet
from coordinator.store import Database


class ProgramExportService:
    """Programs and itineraries written to workbooks."""

    def __init__(self, database: Database) -> None:
        """Work on ``database``."""
        self._database = database

    def export_program(self, program_code: str, path: Path) -> dict[str, int]:
        """Write the whole program to ``path`` (.xlsx); return the rows of each sheet.

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``path`` is not an .xlsx file or cannot be written.
        """
        program = ProgramService(self._database).get(program_code)
        activities = ItineraryService(self._database).list_activities(program_code)
        guides = GuideService(self._database).list_for_program(program_code)
        guides += drivers_not_listed(self._database, program_code, guides)
        roster = RosterService(self._database).list_participants(program_code)
        sheets = [
            SheetData("Program", ("Field", "Value"), program_pairs(program), table=False),
            SheetData(
                "Participants",
                tuple(FIELD_LABELS[field] for field in PEOPLE_FIELDS),
                [people_row(participant) for participant in roster],
            ),
            _sheet(SheetKind.ITINERARY, "Itinerary", [itinerary_row(a) for a in activities]),
            _sheet(SheetKind.GUIDES, "Guides", self._guide_rows(program, guides)),
            _sheet(SheetKind.ASSIGNMENTS, "Assignments", assignment_rows(activities)),
            _sheet(SheetKind.VENUES, "Venues", self._venue_rows(activities)),
            _sheet(SheetKind.CONTACTS, "Contacts", self._contact_rows(activities, guides)),
            travel_sheet(roster),
            *logistics_sheets(self._database, program_code),
        ]
        self._write(path, program.title, sheets)
        return {sheet.name: len(sheet.rows) for sheet in sheets}

    def export_itinerary(self, program_code: str, path: Path) -> int:
        """Write the program's itinerary to ``path`` (.xlsx); return how many activities.

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``path`` is not an .xlsx file or cannot be written.
        """
        program = ProgramService(self._database).get(program_code)
        activities = ItineraryService(self._database).list_activities(program_code)
        rows = [itinerary_row(activity) for activity in activities]
        self._write(path, program.title, [_sheet(SheetKind.ITINERARY, "Itinerary", rows)])
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
        self, program: ProgramRecord, guides: list[GuideRecord]
    ) -> list[tuple[CellValue, ...]]:
        service = GuideService(self._database)
        rows = []
        for guide in guides:
            absences = [
                AbsenceEntry(item.day, item.start_time, item.end_time)
                for item in service.unavailability(guide.id)
                if program.first_day <= item.day <= program.last_day
            ]
            rows.append(guide_row(guide, absences))
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


def _sheet(kind: SheetKind, name: str, rows: Sequence[Sequence[CellValue]]) -> SheetData:
    return SheetData(name, tuple(LABELS[kind].values()), rows)


def program_pairs(program: ProgramRecord) -> list[tuple[CellValue, ...]]:
    """Return the Program sheet's field/value rows."""
    return [
        ("Code", program.code),
        ("Title", program.title),
        ("Organizer", program.organizer),
        ("Partners", "; ".join(program.partners)),
        ("City", program.city),
        ("Country", program.country),
        ("First day", program.first_day),
        ("Last day", program.last_day),
        ("Languages", ", ".join(program.languages)),
        ("Notes", program.notes),
    ]


def kind_label(kind: str) -> str:
    """Return a stored activity kind as a spreadsheet shows it (``site visit``)."""
    return kind.replace("_", " ")


def itinerary_row(activity: ActivityRecord) -> tuple[CellValue, ...]:
    """Return an activity's values in the Itinerary sheet's column order."""
    guides = "; ".join(f"{item.guide} ({item.role})" for item in activity.assignments)
    needs = "" if activity.needs_guide is None else ("yes" if activity.needs_guide else "no")
    return (
        activity.day,
        activity.start_time,
        activity.end_time,
        activity.title,
        kind_label(activity.kind),
        activity.venue,
        "; ".join(host.name for host in activity.hosts),
        guides,
        needs,
        activity.summary,
        activity.notes,
    )


def guide_row(
    guide: GuideRecord, absences: Sequence[AbsenceEntry] | None = None
) -> tuple[CellValue, ...]:
    """Return a guide's values in the Guides sheet's column order.

    Args:
        guide: the guide.
        absences: the guide's absences with their hours (by default the
            record's whole days away).
    """
    if absences is None:
        absences = [AbsenceEntry(day) for day in guide.unavailable]
    return (
        guide.name,
        guide.title,
        guide.organization,
        ", ".join(guide.languages),
        ", ".join(guide.roles),
        guide.max_hours_per_day,
        absence_text(sorted(absences, key=lambda item: (item.day, item.start or dt.time()))),
    )


def assignment_rows(activities: list[ActivityRecord]) -> list[tuple[CellValue, ...]]:
    """Return the Assignments sheet's rows: every guide on every activity."""
    return [
        (activity.day, activity.start_time, activity.title, item.guide, item.role)
        for activity in activities
        for item in activity.assignments
    ]
