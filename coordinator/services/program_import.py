"""Import a whole program, or its itinerary, from a workbook: read, plan, apply in one transaction.

::

    service = ProgramImportService(database)
    plan = service.plan("KZ-2021", path)                  # writes nothing
    plan = service.plan("KZ-2021", path, itinerary_only=True)
    counts = service.apply(plan)                          # everything or nothing

The Program sheet's fields (title, organizer, partners, city, country, first
and last day, languages, notes) replace the program's: each field that
differs counts as an update of that sheet. Its code is ignored: importing
into a program with another code is normal (a copy of a past program), the
program named by the caller (``--program C``) wins. Days that would leave one
of the program's activities outside are a problem at their cell, and then
nothing of the Program sheet is written.

The Participants sheet is a roster and goes through the roster import's plan,
joined by the Travel sheet's rows (see :mod:`coordinator.services.travel_import`).
Activities match existing ones by day, start and title (search key): those
are updated, the others added. Guides, hosts and venues are linked by name
and created when new. The logistics sheets follow (see
:mod:`coordinator.services.logistics_import` and
:mod:`coordinator.services.rooms_gifts_import`). Rows with a problem are left
out and listed with their sheet, row and column.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import clean_languages
from coordinator.domain.text import search_key
from coordinator.excel import Problem, WorkbookRefusedError
from coordinator.excel.program_reader import read_program_workbook
from coordinator.excel.program_records import (
    ActivityEntry,
    ProgramEntry,
    ProgramWorkbook,
)
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.guides import GuideService
from coordinator.services.import_backup import back_up_before_import
from coordinator.services.itinerary import ItineraryService
from coordinator.services.logistics_import import LogisticsCounts, LogisticsPlan, plan_logistics
from coordinator.services.program_import_apply import ActivityKey, activity_key, apply_program_plan
from coordinator.services.program_import_directory import CreatedIds
from coordinator.services.program_import_fields import (
    activity_input,
    changed_program_fields,
    program_input,
)
from coordinator.services.programs import ProgramService, outside_message
from coordinator.services.records import ActivityInput, ProgramInput, ProgramRecord
from coordinator.services.rooms_gifts_import import RoomsGiftsPlan, plan_rooms_gifts
from coordinator.services.roster_import import (
    ImportPlan,
    ImportRefusedError,
    RosterImportService,
    inspect_roster_file,
)
from coordinator.services.travel_import import PeoplePlan, plan_people
from coordinator.store import Database


@dataclass(frozen=True)
class PlannedActivity:
    """An activity to add (``activity_id`` is ``None``) or to update (or left as it is)."""

    entry: ActivityEntry
    activity_id: int | None
    data: ActivityInput
    unchanged: bool = False


@dataclass(frozen=True)
class PlannedAssignment:
    """A guide to put on the activity with ``key`` in ``role``."""

    key: ActivityKey
    guide: str
    role: str


@dataclass
class SheetCounts:
    """What the import does with one sheet's rows."""

    added: int = 0
    updated: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class ProgramImportPlan:
    """What importing a program workbook will do, and every problem found.

    ``program_update`` holds the program's new fields when the Program sheet
    changes any; ``travel`` updates the travel of participants on the roster
    whom the Participants sheet leaves out.
    """

    program_code: str
    workbook: ProgramWorkbook
    roster: ImportPlan | None
    activities: tuple[PlannedActivity, ...]
    assignments: tuple[PlannedAssignment, ...]
    problems: tuple[Problem, ...]
    sheets: dict[str, SheetCounts] = field(default_factory=dict)
    program_update: ProgramInput | None = None
    logistics: LogisticsPlan = field(default_factory=LogisticsPlan)
    rooms_gifts: RoomsGiftsPlan = field(default_factory=RoomsGiftsPlan)
    travel: ImportPlan | None = None

    @property
    def added(self) -> int:
        """How many rows add something."""
        return sum(counts.added for counts in self.sheets.values())

    @property
    def updated(self) -> int:
        """How many rows update something."""
        return sum(counts.updated for counts in self.sheets.values())

    @property
    def skipped(self) -> int:
        """How many rows are left out (unchanged, duplicate, or with a problem)."""
        return sum(counts.skipped for counts in self.sheets.values())


class ProgramImportService:
    """Imports of a program's participants, itinerary, guides and venues from one workbook."""

    def __init__(self, database: Database) -> None:
        """Work on ``database``."""
        self._database = database

    def plan(
        self,
        program_code: str,
        path: Path,
        *,
        itinerary_only: bool = False,
        sheet: str | None = None,
    ) -> ProgramImportPlan:
        """Read ``path`` and plan its import into the program; write nothing.

        The workbook's own program code is ignored: ``program_code`` names the
        program the workbook goes into, whatever code it was exported from.

        Raises:
            NotFoundError: there is no such program.
            ImportRefusedError: the file is not a readable workbook of a program.
        """
        program = ProgramService(self._database).get(program_code)
        try:
            workbook = read_program_workbook(path, itinerary_only=itinerary_only, sheet=sheet)
        except WorkbookRefusedError as error:
            raise ImportRefusedError(said_of(error)) from error
        people, travel = None, None
        if workbook.participants_sheet is not None:
            people = RosterImportService(self._database).read(path, workbook.participants_sheet)
        if workbook.travel_sheet is not None:  # its headers' own mapping, none remembered
            travel = inspect_roster_file(path, workbook.travel_sheet)
        planned = plan_people(self._database, program_code, people, travel)
        return _Planner(self._database, program, workbook, planned).plan()

    def apply(self, plan: ProgramImportPlan) -> dict[str, SheetCounts]:
        """Carry out ``plan`` in one transaction: everything or nothing.

        The database is backed up first (see :mod:`coordinator.services.import_backup`).

        Raises:
            NotFoundError: the program is gone.
            InvalidInputError: the program changed since the plan in a way that
                breaks it, or the backup before the import cannot be taken.
        """
        return self.apply_tracked(plan)[0]

    def apply_tracked(self, plan: ProgramImportPlan) -> tuple[dict[str, SheetCounts], CreatedIds]:
        """Carry out ``plan`` as :meth:`apply` does; also return the directory rows it created.

        Its errors are :meth:`apply`'s; see :mod:`~coordinator.services.program_import_directory`.
        """
        back_up_before_import(self._database)
        with full_disk_refused("nothing was imported"):
            created = apply_program_plan(self._database, plan)
        return plan.sheets, created


class _Planner:
    def __init__(
        self,
        database: Database,
        program: ProgramRecord,
        workbook: ProgramWorkbook,
        people: PeoplePlan,
    ) -> None:
        self.database = database
        self.program = program
        self.workbook = workbook
        self.roster = people.roster
        self.people = people
        self.problems = [*workbook.problems, *people.problems]
        self.sheets: dict[str, SheetCounts] = {name: SheetCounts() for name in workbook.sheets}
        self.first_day, self.last_day = program.first_day, program.last_day

    def plan(self) -> ProgramImportPlan:
        program_update = self._program_update()
        activities = self._activities()
        keys = {activity_key(a.data.day, a.data.start_time, a.data.title) for a in activities}
        existing = ItineraryService(self.database).list_activities(self.program.code)
        keys |= {activity_key(a.day, a.start_time, a.title) for a in existing}
        assignments = self._assignments(activities, keys)
        self._count_directory()
        if self.roster is not None:
            self._count_roster(self.roster)
        if self.people.travel is not None:
            self._count_roster(self.people.travel)
            travel = self.sheets[self.people.travel.table.sheet]
            travel.updated += self.people.joined_updated
            travel.skipped += self.people.joined_skipped
        logistics, counts = plan_logistics(self.database, self.program.code, self.workbook,
                                           self.roster)  # fmt: skip
        self._add(counts)
        days_titles = {(key[0], key[2]) for key in keys}
        rooms_gifts, counts = plan_rooms_gifts(self.database, self.program.code, self.workbook,
                                               self.roster, days_titles)  # fmt: skip
        self._add(counts)
        for problem in self.problems:
            if problem.row is not None and problem.sheet in self.sheets:
                self.sheets[problem.sheet].skipped += 1
        return ProgramImportPlan(
            program_code=self.program.code,
            workbook=self.workbook,
            roster=self.roster,
            activities=tuple(activities),
            assignments=tuple(assignments),
            problems=tuple(sorted(self.problems, key=_problem_order)),
            sheets=self.sheets,
            program_update=program_update,
            logistics=logistics,
            rooms_gifts=rooms_gifts,
            travel=self.people.travel,
        )

    def _add(self, counts: LogisticsCounts) -> None:
        for sheet, added in counts.added.items():
            self.sheets[sheet].added += added
        for sheet, updated in counts.updated.items():
            self.sheets[sheet].updated += updated
        self.problems += counts.problems

    def _program_update(self) -> ProgramInput | None:
        entry = self.workbook.program_entry
        if entry is None:
            return None
        data = program_input(self.program, entry)
        problems = self._program_problems(entry, data)
        if problems:
            self.problems += problems
            return None
        changed = changed_program_fields(self.program, data)
        self.sheets[entry.sheet].updated += len(changed)
        self.first_day, self.last_day = data.first_day, data.last_day
        return data if changed else None

    def _program_problems(self, entry: ProgramEntry, data: ProgramInput) -> list[Problem]:
        def at(name: str, message: str) -> list[Problem]:
            return [Problem(entry.sheet, entry.rows.get(name), "B", message)]

        if not data.title.strip():
            return at("title", said("The program's title must not be empty"))
        if data.last_day < data.first_day:
            message = said(
                "The last day ({last}) is before the first day ({first})",
                last=f"{data.last_day:%d.%m.%Y}",
                first=f"{data.first_day:%d.%m.%Y}",
            )
            return at("last_day", message)
        try:
            clean_languages(list(data.languages))
        except ValueError as error:
            return at("languages", said_of(error))
        for activity in ItineraryService(self.database).list_activities(self.program.code):
            if not data.first_day <= activity.day <= data.last_day:
                name = "first_day" if activity.day < data.first_day else "last_day"
                days = (activity.day, data.first_day, data.last_day)
                return at(name, outside_message(activity.title, *days))
        return []

    def _activities(self) -> list[PlannedActivity]:
        existing = {
            activity_key(a.day, a.start_time, a.title): a
            for a in ItineraryService(self.database).list_activities(self.program.code)
        }
        contacts = {search_key(contact.name): contact for contact in self.workbook.contacts}
        planned: dict[ActivityKey, PlannedActivity] = {}
        for entry in self.workbook.activities:
            if not self.first_day <= entry.day <= self.last_day:
                self._outside(entry)
                continue
            key = activity_key(entry.day, entry.start, entry.title)
            counts = self.sheets[entry.sheet]
            if key in planned:
                counts.skipped += 1
                continue
            found = existing.get(key)
            data = activity_input(entry, contacts, found)
            unchanged = found is not None and data == found.as_input()
            planned[key] = PlannedActivity(
                entry, found.id if found else None, data, unchanged=unchanged
            )
            if found is None:
                counts.added += 1
            elif unchanged:
                counts.skipped += 1
            else:
                counts.updated += 1
        return list(planned.values())

    def _outside(self, entry: ActivityEntry) -> None:
        message = said(
            "{day} is outside the program {code}, which runs from {first} to {last}",
            day=f"{entry.day:%d.%m.%Y}",
            code=self.program.code,
            first=f"{self.first_day:%d.%m.%Y}",
            last=f"{self.last_day:%d.%m.%Y}",
        )
        self.problems.append(Problem(entry.sheet, entry.row, entry.day_column, message))

    def _assignments(
        self, activities: list[PlannedActivity], keys: set[ActivityKey]
    ) -> list[PlannedAssignment]:
        wanted: dict[tuple[ActivityKey, str], PlannedAssignment] = {}
        for planned in activities:
            key = activity_key(planned.data.day, planned.data.start_time, planned.data.title)
            for guide in planned.entry.guides:
                wanted[(key, search_key(guide.name))] = PlannedAssignment(
                    key, guide.name, guide.role
                )
        by_title = Counter(key[2] for key in keys)
        for item in self.workbook.assignments:
            found = self._assignment_key(item.day, item.start, item.title, keys, by_title)
            if found is None:
                message = said(
                    "There is no activity {title} to assign {guide} to",
                    title=f"{item.title!r}",
                    guide=item.guide.name,
                )
                self.problems.append(Problem(item.sheet, item.row, None, message))
                continue
            wanted[(found, search_key(item.guide.name))] = PlannedAssignment(
                found, item.guide.name, item.guide.role
            )
        return list(wanted.values())

    @staticmethod
    def _assignment_key(
        day: dt.date | None,
        start: dt.time | None,
        title: str,
        keys: set[ActivityKey],
        by_title: Counter[str],
    ) -> ActivityKey | None:
        if day is not None:
            key = activity_key(day, start, title)
            return key if key in keys else None
        if by_title[search_key(title)] == 1:
            return next(key for key in keys if key[2] == search_key(title))
        return None

    def _count_directory(self) -> None:
        guides = {search_key(guide.name) for guide in GuideService(self.database).list_guides()}
        for guide in self.workbook.guides:
            counts = self.sheets[guide.sheet]
            if search_key(guide.name) in guides:
                counts.updated += 1
            else:
                counts.added += 1
        for venue in self.workbook.venues:
            self.sheets[venue.sheet].updated += 1
        for contact in self.workbook.contacts:
            self.sheets[contact.sheet].updated += 1

    def _count_roster(self, roster: ImportPlan) -> None:
        counts = self.sheets.setdefault(roster.table.sheet, SheetCounts())
        counts.added += len(roster.additions)
        counts.updated += len(roster.updates)
        counts.skipped += roster.skipped_count
        self.problems.extend(roster.problems)


def _problem_order(problem: Problem) -> tuple[str, int, str]:
    return (problem.sheet, problem.row or 0, problem.column or "")
