"""Planning a roster import: each entry of the file matched with the roster, row by row.

A row matches a participant by the search key of the name (the organization,
then the birth date, break a tie between namesakes) and updates the fields the
file fills; a row that matches nobody is an addition. A value that breaks a
rule is left out of its row, which is imported without it; a row is left out
only when it cannot be told apart from another or matched with one participant.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import Participant
from coordinator.domain.text import search_key
from coordinator.excel import (
    Problem,
    RosterEntry,
    RosterField,
    RosterTable,
    SkippedRow,
)
from coordinator.excel.cell_parsing import column_letter
from coordinator.excel.roster_parsing import left_out, organization_key
from coordinator.excel.roster_records import ProblemEffect
from coordinator.services.errors import InvalidInputError
from coordinator.services.records import ParticipantInput, ParticipantRecord
from coordinator.services.roster import validate_participant
from coordinator.services.roster_import_records import (
    INPUT_FIELDS,
    PlannedAddition,
    PlannedUpdate,
    input_of,
)

_FIELDS = {field.value: field for field in RosterField}
_RELATED = {"departure": ("arrival",)}
"""A rule broken by two fields names one: the other is the file's if it filled only that."""
_TEXT_LIMITS: dict[str, int] = {
    name: length
    for name, column in Participant.__table__.columns.items()
    if isinstance(length := getattr(column.type, "length", None), int)
}


class RosterPlanner:
    """Matches entries with the roster and files them as additions, updates or skips."""

    def __init__(
        self,
        table: RosterTable,
        mapping: dict[RosterField, int],
        roster: list[ParticipantRecord],
    ) -> None:
        self._table = table
        self._mapping = mapping
        self._by_name: dict[str, list[ParticipantRecord]] = {}
        for record in roster:
            self._by_name.setdefault(search_key(record.name), []).append(record)
        self._claimed: dict[int, int] = {}
        self.additions: list[PlannedAddition] = []
        self.updates: list[PlannedUpdate] = []
        self.skipped: list[SkippedRow] = []
        self.problems: list[Problem] = []

    def add(self, entry: RosterEntry) -> None:
        """Plan one entry without its values that break a rule; record its problems."""
        cleaned = self._cleaned(entry, input_of)
        if cleaned is None:
            return
        entry = cleaned
        if any(problem.row_left_out for problem in entry.problems):
            self.problems += [left_out(item) for item in entry.problems]
            return
        candidates = self._by_name.get(entry.name_key, [])
        if not candidates:
            self.additions.append(PlannedAddition(entry))
            self.problems += entry.problems
            return
        match = _break_tie(entry, candidates)
        if match is None:
            message = said(
                "{name} matches several participants ({names}): fill the organization",
                name=entry.name,
                names=_listed([_candidate(c) for c in candidates]),
            )
            self._leave_out(entry, self._problem(entry.row, RosterField.NAME, message))
            return
        self._plan_update(entry, match)

    def _plan_update(self, entry: RosterEntry, record: ParticipantRecord) -> None:
        if (first := self._claimed.setdefault(record.id, entry.row)) != entry.row:
            message = said(
                "{name} is already updated by row {row}: keep one of the rows",
                name=record.name,
                row=first,
            )
            self._leave_out(entry, self._problem(entry.row, RosterField.NAME, message))
            return
        current = record.as_input()
        if _merge(current, entry) != current:
            # The file's values may break a rule with the roster's (a departure before it).
            cleaned = self._cleaned(entry, lambda item: _merge(current, item))
            if cleaned is None:
                return
            entry = cleaned
        self.problems += entry.problems
        merged = _merge(current, entry)
        if merged == current:
            message = said("{name} is already on the roster with these details", name=record.name)
            self.skipped.append(SkippedRow(self._table.sheet, entry.row, "unchanged", message))
            return
        self.updates.append(PlannedUpdate(entry.row, record.id, record, merged))

    def _cleaned(
        self, entry: RosterEntry, data_of: Callable[[RosterEntry], ParticipantInput]
    ) -> RosterEntry | None:
        """Return ``entry`` without the file's values that break a rule, each one a problem.

        A rule that no value of the file breaks leaves the row out: ``None``.
        """
        while (broken := _broken_rule(data_of(entry))) is not None:
            name, message = broken
            names = (name, *_RELATED.get(name or "", ()))
            emptied = next((item for item in names if item in entry.filled), None)
            if emptied is None:
                self._leave_out(entry, self._problem(entry.row, _FIELDS.get(name or ""), message))
                return None
            problem = self._problem(entry.row, RosterField(emptied), message)
            effect = ProblemEffect.VALUE_LEFT_OUT
            entry = entry.without(emptied, dataclasses.replace(problem, effect=effect))
        return entry

    def _leave_out(self, entry: RosterEntry, problem: Problem) -> None:
        self.problems += [left_out(item) for item in entry.problems]
        self.problems.append(problem)

    def _problem(self, row: int, field: RosterField | None, message: str) -> Problem:
        """Return a problem that leaves the row out, in the column of ``field`` or the name."""
        index = self._mapping.get(field) if field is not None else None
        if index is None and field in (RosterField.NAME, None):
            field = RosterField.NAME if RosterField.NAME in self._mapping else RosterField.LAST_NAME
            index = self._mapping.get(field)
        column = None if index is None else column_letter(index)
        return Problem(self._table.sheet, row, column, message, field=field)


def _broken_rule(data: ParticipantInput) -> tuple[str | None, str] | None:
    """Return the field (by name) and the sentence of the first rule ``data`` breaks."""
    try:
        validate_participant(data)
    except InvalidInputError as error:
        return error.field, said_of(error)
    for name, limit in _TEXT_LIMITS.items():
        value = getattr(data, name, None)
        if isinstance(value, str) and len(value) > limit:
            field = name.replace("_", " ")
            return name, said(
                "The {field} is longer than {limit} characters", field=field, limit=limit
            )
    return None


def _candidate(record: ParticipantRecord) -> str:
    if record.organization:
        return said("{name} ({organization})", name=record.name, organization=record.organization)
    return said("{name} (no organization)", name=record.name)


def _listed(items: list[str]) -> str:
    """Join ``items`` with commas, keeping each one translatable."""
    joined = items[0]
    for item in items[1:]:
        joined = said("{items}, {item}", items=joined, item=item)
    return joined


def _break_tie(entry: RosterEntry, candidates: list[ParticipantRecord]) -> ParticipantRecord | None:
    if len(candidates) == 1:
        return candidates[0]
    remaining = candidates
    if entry.organization:
        key = organization_key(entry.organization)
        remaining = [c for c in remaining if organization_key(c.organization) == key] or remaining
    if entry.birth_date is not None and len(remaining) > 1:
        remaining = [c for c in remaining if c.birth_date == entry.birth_date] or remaining
    return remaining[0] if len(remaining) == 1 else None


def _merge(current: ParticipantInput, entry: RosterEntry) -> ParticipantInput:
    """Return ``current`` with the fields the file fills taken from ``entry``.

    The name keeps the roster's spelling: the row matched it by search key. A
    date without a time keeps the roster's time of that same day: a file that
    says less does not erase what the office knows.
    """
    changes = {name: getattr(entry, name) for name in entry.filled if name in INPUT_FIELDS}
    for moment in ("arrival", "departure"):
        known = f"{moment}_time_known"
        given, kept = changes.get(moment), getattr(current, moment)
        if (
            isinstance(given, dt.datetime)
            and changes.get(known) is False
            and kept is not None
            and getattr(current, known)
            and kept.date() == given.date()
        ):
            del changes[moment], changes[known]
    return dataclasses.replace(current, **changes)
