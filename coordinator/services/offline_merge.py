"""Merging an offline copy back: what changed on each side, and applying what is chosen.

:meth:`OfflineMergeService.plan` reads the copy (its program now and as it was
taken away) and the team database, and lists field by field what changed on
which side (:mod:`coordinator.domain.merging`). :meth:`OfflineMergeService.merge`
applies what the coordinator chose in one transaction, each field only if the
office has not changed it since the plan was read, and returns the edits that
undo it; :meth:`OfflineMergeService.apply` applies those (the undo, whose
result is the redo).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.directory import Person
from coordinator.domain.itinerary import Guide
from coordinator.domain.merging import (
    ADDED,
    BOTH_ADDED,
    CHANGED,
    REMOVED,
    Choice,
    Fields,
    MergeItem,
    compare,
)
from coordinator.domain.messages import said, said_of
from coordinator.domain.offline import OfflineCopy
from coordinator.domain.programs import Participant
from coordinator.domain.text import search_key
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.edits import written_alone
from coordinator.services.errors import InvalidInputError
from coordinator.services.offline_snapshot import (
    ActivitySnapshot,
    ProgramSnapshot,
    fields_of,
    read_snapshot,
    snapshot_from_json,
)
from coordinator.services.programs import program_by_code
from coordinator.services.record_edits import (
    ActivityAddition,
    ActivityEdit,
    ActivityRemoval,
    ParticipantAddition,
    ParticipantEdit,
    ParticipantRemoval,
    ProgramEdit,
    RecordEdit,
    apply_edits,
)
from coordinator.services.records import ActivityInput
from coordinator.store import Database, DatabaseError, open_database
from coordinator.store.sqlite_copies import open_read_only

PROGRAM, PARTICIPANT, ACTIVITY = "program", "participant", "activity"


@dataclass(frozen=True)
class OfflineCopyRecord:
    """Where an offline copy comes from: program, database, when (UTC) and by whom."""

    program_code: str
    source: str
    taken_at: dt.datetime
    taken_by: str


@dataclass(frozen=True)
class MergePlan:
    """What changed on each side since an offline copy was taken, ready to show and apply."""

    path: Path
    copy: OfflineCopyRecord
    items: tuple[MergeItem, ...]
    team: ProgramSnapshot
    offline: ProgramSnapshot
    unknown_guides: tuple[str, ...] = ()
    """Guides of the copy's activities whom the team directory does not know: left out."""


def read_copy(path: Path) -> tuple[OfflineCopyRecord, ProgramSnapshot, ProgramSnapshot]:
    """Return the origin of the offline copy at ``path``, its base and its program now.

    Raises:
        InvalidInputError: the file is not a database, or not an offline copy.
    """
    _check_is_copy(path)
    try:
        copy = open_database(path)
    except DatabaseError as error:
        raise InvalidInputError(said_of(error), "file") from error
    try:
        with copy.reading() as session:
            row = session.scalars(select(OfflineCopy).order_by(OfflineCopy.id)).first()
            if row is None:
                msg = said("{name} is not an offline copy of a program", name=path.name)
                raise InvalidInputError(msg, "file")
            try:
                base = snapshot_from_json(row.base)
            except ValueError as error:
                raise InvalidInputError(
                    said("{name}: {error}", name=path.name, error=error), "file"
                ) from error
            origin = OfflineCopyRecord(
                row.program_code, row.source, row.taken_at.replace(tzinfo=dt.UTC), row.taken_by
            )
            return origin, base, read_snapshot(session, row.program_code)
    finally:
        copy.close()


def _check_is_copy(path: Path) -> None:
    """Refuse, without writing to it, a file that is not an offline copy.

    Raises:
        InvalidInputError: the file is missing, not a SQLite database, or has
            no record of where it was taken from.
    """
    not_a_copy = f"{path.name} is not an offline copy of a program"
    if not path.is_file() or path.stat().st_size == 0:
        raise InvalidInputError(not_a_copy, "file")
    try:
        connection = open_read_only(path)
        try:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'offline_copy'"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise InvalidInputError(not_a_copy, "file") from error
    if found is None:
        raise InvalidInputError(not_a_copy, "file")


class OfflineMergeService:
    """Bring the work done on an offline copy back into the team database."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def plan(self, path: Path) -> MergePlan:
        """Read the offline copy at ``path`` and list what changed on each side.

        Raises:
            InvalidInputError: the file is not an offline copy, or is this database.
            NotFoundError: the copy's program is not in this database.
        """
        if self._database.path is not None and path.resolve() == self._database.path.resolve():
            msg = said("{name} is the database open now, not an offline copy of it", name=path.name)
            raise InvalidInputError(msg, "file")
        origin, base, offline = read_copy(path)
        with self._database.reading() as session:
            team = read_snapshot(session, origin.program_code)
            known = _guide_ids(session)
        unknown = sorted(
            {name for item in offline.activities.values() for name, _role in item.guides
             if search_key(name) not in known},
            key=search_key,
        )  # fmt: skip
        items = [
            *compare(PROGRAM, _programs(base), _programs(team), _programs(offline),
                     lambda fields: str(fields["title"]), lambda _fields: 0),
            *compare(PARTICIPANT, _participants(base), _participants(team),
                     _participants(offline), _name, lambda fields: search_key(_name(fields))),
            *compare(ACTIVITY, _activities(base), _activities(team), _activities(offline),
                     lambda fields: str(fields["title"]), _activity_key),
        ]  # fmt: skip
        return MergePlan(path, origin, tuple(items), team, offline, tuple(unknown))

    def merge(self, plan: MergePlan, chosen: frozenset[Choice]) -> tuple[RecordEdit, ...]:
        """Apply what ``chosen`` accepts of ``plan`` in one transaction; return its undo.

        Raises:
            ChangedSinceError: the office changed a chosen record since the plan was read.
            InvalidInputError: the result breaks a rule (e.g. an activity outside the days).
            NotFoundError: a record of the plan is gone.
        """
        with (
            written_alone("The program"),
            full_disk_refused("nothing was merged"),
            self._database.transaction() as session,
        ):
            return _Merger(session, plan, chosen).run()

    def apply(self, edits: tuple[RecordEdit, ...]) -> tuple[RecordEdit, ...]:
        """Apply ``edits`` (a merge's undo, or that undo's redo) in one transaction.

        Raises:
            ChangedSinceError: a record was changed since.
            InvalidInputError: an edit breaks a rule.
        """
        with (
            written_alone("The program"),
            full_disk_refused("nothing was changed"),
            self._database.transaction() as session,
        ):
            return apply_edits(session, edits)


def _name(fields: Fields) -> str:
    return str(fields["name"])


def _activity_key(fields: Fields) -> object:
    return (fields["day"], fields["start_time"], search_key(str(fields["title"])))


def _programs(snapshot: ProgramSnapshot) -> dict[int, Fields]:
    fields = fields_of(snapshot.program)
    del fields["code"]
    return {0: fields}


def _participants(snapshot: ProgramSnapshot) -> dict[int, Fields]:
    return {key: fields_of(data) for key, data in snapshot.participants.items()}


def _activities(snapshot: ProgramSnapshot) -> dict[int, Fields]:
    names = {key: data.name for key, data in snapshot.participants.items()}
    return {key: _activity_fields(item, names) for key, item in snapshot.activities.items()}


def _activity_fields(item: ActivitySnapshot, names: Mapping[int, str]) -> Fields:
    fields = fields_of(item.data)
    attendees = (names[key] for key in item.data.attendees if key in names)
    fields["attendees"] = tuple(sorted(attendees, key=search_key))
    fields["guides"] = tuple(sorted(item.guides))
    return fields


class _Merger:
    """The edits of one merge, built and applied in the order the records depend on."""

    def __init__(self, session: Session, plan: MergePlan, chosen: frozenset[Choice]) -> None:
        self._session = session
        self._plan = plan
        self._chosen = chosen
        self._code = plan.copy.program_code

    def _picked(self, kind: str) -> list[tuple[MergeItem, dict[str, object]]]:
        """Return the items of ``kind`` with something chosen, and their chosen offline values."""
        found: list[tuple[MergeItem, dict[str, object]]] = []
        for item in self._plan.items:
            if item.kind != kind:
                continue
            if item.action in (ADDED, REMOVED) and (kind, item.key, "") in self._chosen:
                found.append((item, {}))
            elif item.action in (CHANGED, BOTH_ADDED):
                values = {
                    change.field: change.offline
                    for change in item.fields
                    if change.offered and (kind, item.key, change.field) in self._chosen
                }
                if values:
                    found.append((item, values))
        return found

    def run(self) -> tuple[RecordEdit, ...]:
        first, last = self._program_edits()
        undo = [apply_edits(self._session, [*first, *self._participant_edits()])]
        undo.append(apply_edits(self._session, self._activity_edits()))
        removals = [
            ParticipantRemoval(item.key, self._plan.team.participants[item.key])
            for item, _values in self._picked(PARTICIPANT)
            if item.action == REMOVED
        ]
        undo.append(apply_edits(self._session, [*removals, *last]))
        return tuple(edit for part in reversed(undo) for edit in part)

    def _program_edits(self) -> tuple[list[RecordEdit], list[RecordEdit]]:
        """Return the program's edit, in two steps when its days change.

        The first step widens the days to cover both the old and the new ones,
        so activities can move before the days close in on them.
        """
        picked = self._picked(PROGRAM)
        if not picked:
            return [], []
        before = self._plan.team.program
        after = dataclasses.replace(before, **picked[0][1])  # type: ignore[arg-type]
        if (before.first_day, before.last_day) == (after.first_day, after.last_day):
            return [ProgramEdit(self._code, before, after)], []
        wide = dataclasses.replace(
            after,
            first_day=min(before.first_day, after.first_day),
            last_day=max(before.last_day, after.last_day),
        )
        return [ProgramEdit(self._code, before, wide)], [ProgramEdit(self._code, wide, after)]

    def _participant_edits(self) -> list[RecordEdit]:
        edits: list[RecordEdit] = []
        for item, values in self._picked(PARTICIPANT):
            if item.action == ADDED:
                edits.append(
                    ParticipantAddition(self._code, self._plan.offline.participants[item.key])
                )
            elif item.action != REMOVED and item.team_id is not None:
                before = self._plan.team.participants[item.team_id]
                after = dataclasses.replace(before, **values)  # type: ignore[arg-type]
                edits.append(ParticipantEdit(item.team_id, before, after))
        return edits

    def _activity_edits(self) -> list[RecordEdit]:
        participants = self._participant_ids()
        guides = _guide_ids(self._session)
        edits: list[RecordEdit] = []
        for item, values in self._picked(ACTIVITY):
            if item.action == ADDED:
                offline = self._plan.offline.activities[item.key]
                names = _activity_fields(offline, _names(self._plan.offline))
                data = self._resolved(offline.data, names, participants)
                edits.append(ActivityAddition(self._code, data, _guides(names, guides)))
            elif item.action == REMOVED:
                edits.append(ActivityRemoval(item.key, self._plan.team.activities[item.key].data))
            elif item.team_id is not None:
                team = self._plan.team.activities[item.team_id]
                before_guides = _guides({"guides": team.guides}, guides)
                after = self._resolved(team.data, values, participants)
                after_guides = _guides(values, guides) if "guides" in values else before_guides
                edits.append(
                    ActivityEdit(item.team_id, team.data, after, before_guides, after_guides)
                )
        return edits

    def _resolved(
        self, data: ActivityInput, values: Mapping[str, object], participants: Mapping[str, int]
    ) -> ActivityInput:
        """Return ``data`` with ``values`` (attendees by name) in place, attendees by id."""
        changes = {name: value for name, value in values.items() if name != "guides"}
        if "attendees" in changes:
            names = changes["attendees"]
            assert isinstance(names, tuple)
            changes["attendees"] = tuple(
                participants[search_key(name)] for name in names if search_key(name) in participants
            )
        return dataclasses.replace(data, **changes)  # type: ignore[arg-type]

    def _participant_ids(self) -> dict[str, int]:
        """Return the team roster's participant ids by name key, as the merge has left it."""
        program = program_by_code(self._session, self._code)
        rows = self._session.execute(
            select(Person.full_name, Participant.id)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.program_id == program.id)
        )
        return {search_key(name): participant_id for name, participant_id in rows}


def _names(snapshot: ProgramSnapshot) -> dict[int, str]:
    return {key: data.name for key, data in snapshot.participants.items()}


def _guide_ids(session: Session) -> dict[str, int]:
    guides = session.scalars(select(Guide).options(selectinload(Guide.person)))
    return {search_key(guide.person.full_name): guide.id for guide in guides}


def _guides(values: Mapping[str, object], ids: Mapping[str, int]) -> tuple[tuple[int, str], ...]:
    """Return (guide id, role) pairs of guides named in ``values``; unknown guides are left out."""
    pairs = values.get("guides", ())
    assert isinstance(pairs, tuple)
    return tuple((ids[search_key(name)], role) for name, role in pairs if search_key(name) in ids)
