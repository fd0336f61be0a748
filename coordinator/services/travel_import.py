"""Planning the people of a program workbook: its Participants sheet with its Travel sheet.

Both sheets are rosters: the Participants sheet adds and updates
participants, the Travel sheet gives them travel (arrival and departure) by
name. A Travel row whose name is on the Participants sheet joins that row,
its values winning over the Participants sheet's own travel columns (a
coordinator's sheet may have them; an exported one has not); a row whose name
is only on the program's roster updates that participant's travel; a name on
neither is a problem at its cell and the row is left out. An empty Travel
cell keeps what is known, as in any roster import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from coordinator.domain.messages import said
from coordinator.domain.text import search_key
from coordinator.excel import Problem, RosterEntry, RosterField, RosterTable
from coordinator.excel.bulk_work import older_objects_set_aside
from coordinator.excel.cell_parsing import column_letter
from coordinator.excel.roster_fields import NAME_FIELDS
from coordinator.excel.roster_parsing import left_out, parse_roster
from coordinator.excel.roster_records import RosterReading
from coordinator.excel.travel_sheet import travel_mapping
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantRecord
from coordinator.services.roster import RosterService
from coordinator.services.roster_import_plan import RosterPlanner
from coordinator.services.roster_import_records import ImportPlan
from coordinator.store import Database

_KNOWN = {"arrival": "arrival_time_known", "departure": "departure_time_known"}
_NAMES = frozenset(field.value for field in NAME_FIELDS)


@dataclass(frozen=True)
class PeoplePlan:
    """The plan of the Participants sheet and that of the Travel rows of other participants.

    ``travel`` only updates participants already on the roster.
    ``joined_updated`` counts the Travel rows that joined a Participants row
    adding or updating someone, ``joined_skipped`` those whose row changes
    nothing; ``problems`` are the Travel rows left out for their name.
    """

    roster: ImportPlan | None = None
    travel: ImportPlan | None = None
    joined_updated: int = 0
    joined_skipped: int = 0
    problems: tuple[Problem, ...] = ()


def plan_people(
    database: Database, program_code: str, people: RosterTable | None, travel: RosterTable | None
) -> PeoplePlan:
    """Plan the Participants sheet ``people`` with the Travel sheet ``travel``; write nothing.

    Raises:
        NotFoundError: there is no such program.
    """
    first_day = ProgramService(database).get(program_code).first_day
    roster = RosterService(database).list_participants(program_code)
    planner = _PeoplePlanner(program_code, roster, travel, first_day)
    roster_plan = None if people is None else planner.plan_sheet(people)
    return planner.finish(roster_plan, with_people=people is not None)


class _PeoplePlanner:
    """Joins Travel rows with Participants rows by name, and plans those left over."""

    def __init__(
        self,
        program_code: str,
        roster: list[ParticipantRecord],
        travel: RosterTable | None,
        first_day: dt.date,
    ) -> None:
        self.program_code = program_code
        self.roster = roster
        self.first_day = first_day
        self.travel = None if travel is None else _travel_reading(travel, first_day)
        self.problems: list[Problem] = []
        self.trips: dict[str, RosterEntry] = {}
        self.joined: dict[int, RosterEntry] = {}
        self.namesakes: set[str] = set()
        for entry in self.travel.entries if self.travel is not None else ():
            earlier = self.trips.setdefault(entry.name_key, entry)
            if earlier is not entry:
                message = said(
                    "{name} has travel on row {row} already: keep one row",
                    name=entry.name,
                    row=earlier.row,
                )
                self._leave_out(entry, message)

    def plan_sheet(self, people: RosterTable) -> ImportPlan:
        """Plan the Participants sheet, each row joined by its Travel row."""
        reading = parse_roster(people, around=self.first_day)
        names = Counter(entry.name_key for entry in reading.entries)
        self.namesakes = {key for key, count in names.items() if count > 1}
        entries = []
        for entry in reading.entries:
            trip = self.trips.get(entry.name_key)
            if trip is None or names[entry.name_key] > 1:
                entries.append(entry)
                continue
            del self.trips[entry.name_key]
            self.joined[entry.row] = trip
            entries.append(_joined(entry, trip))
        plan = _plan(self.program_code, reading, entries, self.roster)
        if self.travel is None or not self.joined:
            return plan
        problems = tuple(self._at_travel_cell(people.sheet, item) for item in plan.problems)
        return dataclasses.replace(plan, problems=problems)

    def finish(self, roster_plan: ImportPlan | None, *, with_people: bool) -> PeoplePlan:
        """Plan the Travel rows that joined no Participants row, and count the joined ones."""
        if self.travel is None:
            return PeoplePlan(roster_plan)
        known = {search_key(record.name) for record in self.roster}
        rest = []
        for trip in self.trips.values():
            if trip.name_key in self.namesakes:
                message = said(
                    "{name} is on several rows of the Participants sheet: "
                    "travel cannot be told whose",
                    name=trip.name,
                )
                self._leave_out(trip, message)
            elif trip.name_key in known:
                rest.append(trip)
            elif with_people:
                message = said(
                    "{name} is on neither the Participants sheet nor the program's roster",
                    name=trip.name,
                )
                self._leave_out(trip, message)
            else:
                self._leave_out(trip, said("{name} is not on the program's roster", name=trip.name))
        travel_plan = _plan(self.program_code, self.travel, rest, self.roster)
        planned = set() if roster_plan is None else _planned_rows(roster_plan)
        updated = sum(1 for row in self.joined if row in planned)
        return PeoplePlan(roster_plan, travel_plan, updated, len(self.joined) - updated,
                          tuple(self.problems))  # fmt: skip

    def _leave_out(self, entry: RosterEntry, message: str) -> None:
        assert self.travel is not None
        mapping = self.travel.mapping
        field = RosterField.NAME if RosterField.NAME in mapping else RosterField.LAST_NAME
        column = column_letter(mapping[field]) if field in mapping else None
        self.problems += [left_out(item) for item in entry.problems]
        self.problems.append(Problem(self.travel.table.sheet, entry.row, column, message,
                                     field=field))  # fmt: skip

    def _at_travel_cell(self, sheet: str, problem: Problem) -> Problem:
        """Return a Participants row's problem at the Travel cell whose value broke the rule."""
        trip = self.joined.get(problem.row or 0)
        if problem.sheet != sheet or trip is None or problem.field is None:
            return problem
        if problem.field.value not in trip.filled or self.travel is None:
            return problem
        index = self.travel.mapping.get(problem.field)
        column = None if index is None else column_letter(index)
        return dataclasses.replace(problem, sheet=self.travel.table.sheet, row=trip.row,
                                   column=column)  # fmt: skip


def _travel_reading(table: RosterTable, first_day: dt.date) -> RosterReading:
    """Read the Travel sheet with its name and travel columns only."""
    mapping = travel_mapping(table.mapping)
    return parse_roster(dataclasses.replace(table, mapping=mapping), around=first_day)


def _joined(entry: RosterEntry, trip: RosterEntry) -> RosterEntry:
    """Return ``entry`` with the travel ``trip`` fills taken from it (the Travel sheet wins)."""
    copied = [name for name in trip.filled if name not in _NAMES]
    copied += [known for moment, known in _KNOWN.items() if moment in copied]
    copied = list(dict.fromkeys(copied))
    return dataclasses.replace(
        entry,
        **{name: getattr(trip, name) for name in copied},
        filled=tuple(dict.fromkeys((*entry.filled, *copied))),
        problems=(*entry.problems, *trip.problems),
    )


def _plan(
    program_code: str,
    reading: RosterReading,
    entries: Sequence[RosterEntry],
    roster: list[ParticipantRecord],
) -> ImportPlan:
    """Plan ``entries`` of ``reading`` against the roster, as the roster import plans a sheet."""
    table = dataclasses.replace(reading.table, mapping=reading.mapping)
    planner = RosterPlanner(table, reading.mapping, roster)
    with older_objects_set_aside():
        for entry in entries:
            planner.add(entry)
    # The entries' problems are the planner's; the others are of rows without a usable name.
    with_entries = {entry.row for entry in reading.entries if entry.problems}
    planner.problems += [item for item in reading.problems if item.row not in with_entries]
    return ImportPlan(
        program_code=program_code,
        table=table,
        mapping=reading.mapping,
        additions=tuple(planner.additions),
        updates=tuple(planner.updates),
        skipped=tuple(sorted([*reading.skipped, *planner.skipped], key=lambda s: s.row)),
        problems=tuple(sorted(planner.problems, key=lambda p: (p.row or 0, p.column or ""))),
    )


def _planned_rows(plan: ImportPlan) -> set[int]:
    return {item.row for item in plan.additions} | {item.row for item in plan.updates}
