"""Carry out a roster import plan in one transaction, fast enough for long lists.

New participants and directory persons are inserted in bulk (a statement per few
thousand rows); updates go through the ORM one by one, as a dialog's edit does.
Any failure, or a cancel through the progress callback, rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.audit import ADDED, REMOVED, Change, change_rows
from coordinator.domain.directory import Organization, Person
from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import Participant, Program, clean_languages
from coordinator.excel import ReadCancelledError, RosterEntry
from coordinator.excel.bulk_work import older_objects_set_aside
from coordinator.excel.roster_parsing import organization_key
from coordinator.services.bulk_insert import insert_rows
from coordinator.services.errors import InvalidInputError
from coordinator.services.programs import program_by_code
from coordinator.services.records import ParticipantInput
from coordinator.services.roster import participant_record
from coordinator.services.sheet_layouts import remember_mapping
from coordinator.services.travel_fields import apply_travel, travel_values
from coordinator.store import Database

if TYPE_CHECKING:
    from coordinator.services.roster_import_records import (
        ImportPlan,
        PlannedAddition,
        PlannedUpdate,
    )

Progress = Callable[[int, int], bool]
CHUNK = 2_000
_KEYS_PER_QUERY = 500


def apply_plan(
    database: Database,
    plan: ImportPlan,
    progress: Progress | None,
    participant_ids: Sequence[int] | None = None,
) -> list[int]:
    """Apply ``plan`` in one transaction and return the ids of the participants added.

    ``participant_ids`` gives the added participants the ids they had when
    the same plan was applied before (a redo after an undo).

    Raises:
        NotFoundError: the program is gone.
        InvalidInputError: the roster changed since the plan was made (a
            participant to update changed or left, one to add is on it now),
            or an id of ``participant_ids`` is taken.
        ReadCancelledError: ``progress`` returned ``False`` (everything is rolled back).
    """
    with older_objects_set_aside(), database.transaction() as session:
        return apply_plan_in(session, plan, progress, participant_ids)


def apply_plan_in(
    session: Session,
    plan: ImportPlan,
    progress: Progress | None,
    participant_ids: Sequence[int] | None = None,
) -> list[int]:
    """Apply ``plan`` inside the caller's transaction; return the ids of those added.

    Used by imports that write a roster together with other things (a program
    workbook), so that everything is written or nothing. The plan is checked
    against the roster again inside the transaction: two imports of one list
    at once, or a preview left open while someone else imported, add no one twice.

    Raises:
        NotFoundError: the program is gone.
        InvalidInputError: the roster changed since the plan was made, or an id
            of ``participant_ids`` is taken.
        ReadCancelledError: ``progress`` returned ``False``.
    """
    total = len(plan.additions) + len(plan.updates)
    program = program_by_code(session, plan.program_code, lock=True)  # other imports wait
    _check_unchanged(session, plan.updates)
    _check_still_new(session, program, plan.additions)
    if participant_ids is not None:
        _check_free(session, participant_ids)
    names = [item.entry.organization for item in plan.additions]
    names += [item.data.organization for item in plan.updates]
    organizations = _organizations(session, names)
    added = _add_all(
        session, program, plan.additions, organizations, progress, total, participant_ids
    )
    for done, update in enumerate(plan.updates, start=len(plan.additions) + 1):
        _update(session, update.participant_id, update.data, organizations)
        _report(progress, done, total)
    if plan.mapping_corrected:
        remember_mapping(session, plan.table, plan.mapping)
    session.flush()
    return added


def undo_import(database: Database, added: Sequence[int], updated: Sequence[PlannedUpdate]) -> None:
    """Remove the participants an import added and restore those it updated.

    The persons it created stay in the directory, as after removing a participant.
    """
    with database.transaction() as session:
        for start in range(0, len(added), _KEYS_PER_QUERY):
            chunk = added[start : start + _KEYS_PER_QUERY]
            gone = session.execute(
                select(Participant.id, Participant.program_id, Person.full_name)
                .join(Person, Participant.person_id == Person.id)
                .where(Participant.id.in_(chunk))
            )
            if removed := change_rows("participant", REMOVED, [(r[0], r[1], r[2]) for r in gone]):
                session.execute(insert(Change), removed)
            session.execute(delete(Participant).where(Participant.id.in_(chunk)))
        organizations = _organizations(session, [item.before.organization for item in updated])
        for update in updated:
            _update(session, update.participant_id, update.before.as_input(), organizations)


def _report(progress: Progress | None, done: int, total: int) -> None:
    due = progress is not None and (done % CHUNK == 0 or done == total)
    if due and progress is not None and progress(done, total) is False:
        msg = said("The import was cancelled")
        raise ReadCancelledError(msg)


def _check_unchanged(session: Session, updates: Iterable[PlannedUpdate]) -> None:
    for update in updates:
        participant = session.get(Participant, update.participant_id)
        if participant is None or participant_record(participant) != update.before:
            msg = said(
                "{name} was changed or removed since the import was planned: plan the import again",
                name=update.before.name,
            )
            raise InvalidInputError(msg)


def _check_still_new(
    session: Session, program: Program, additions: Sequence[PlannedAddition]
) -> None:
    """Refuse the plan when someone it adds is on the roster by now (by their name's key)."""
    keys = sorted({item.name_key for item in additions})
    for start in range(0, len(keys), _KEYS_PER_QUERY):
        found = session.scalars(
            select(Person.full_name)
            .join(Participant, Participant.person_id == Person.id)
            .where(
                Participant.program_id == program.id,
                Person.name_key.in_(keys[start : start + _KEYS_PER_QUERY]),
            )
            .limit(1)
        ).first()
        if found is not None:
            msg = said(
                "{found} was put on the roster since the import was planned: plan the import again",
                found=found,
            )
            raise InvalidInputError(msg)


def _check_free(session: Session, participant_ids: Sequence[int]) -> None:
    for start in range(0, len(participant_ids), _KEYS_PER_QUERY):
        chunk = list(participant_ids[start : start + _KEYS_PER_QUERY])
        if session.scalars(select(Participant.id).where(Participant.id.in_(chunk))).first():
            msg = said("The import cannot be done again: its roster entries were taken since")
            raise InvalidInputError(msg)


def _organizations(session: Session, names: Iterable[str]) -> dict[str, Organization]:
    """Find or create every organization named, keyed by search key.

    One query per few hundred names finds those in the directory (the first by
    id for a key, as :func:`~coordinator.services.directory.find_organization`
    does); the others are created, spelled as the first row naming them.
    """
    wanted: dict[str, str] = {}
    for name in names:
        if key := organization_key(name):
            wanted.setdefault(key, name)
    keys = sorted(wanted)
    found: dict[str, Organization] = {}
    for start in range(0, len(keys), _KEYS_PER_QUERY):
        chunk = keys[start : start + _KEYS_PER_QUERY]
        query = select(Organization).where(Organization.name_key.in_(chunk))
        for organization in session.scalars(query.order_by(Organization.id)):
            found.setdefault(organization.name_key, organization)
    created = {key: Organization(name=name) for key, name in wanted.items() if key not in found}
    session.add_all(created.values())
    session.flush()
    return found | created


def _add_all(
    session: Session,
    program: Program,
    additions: Sequence[PlannedAddition],
    organizations: dict[str, Organization],
    progress: Progress | None,
    total: int,
    participant_ids: Sequence[int] | None,
) -> list[int]:
    reused = _persons_for(session, program, additions)
    last = session.scalar(
        select(func.max(Participant.position)).where(Participant.program_id == program.id)
    )
    position = 0 if last is None else last + 1
    added: list[int] = []
    for start in range(0, len(additions), CHUNK):
        chunk = additions[start : start + CHUNK]
        org_ids = [_organization_id(organizations, item.entry.organization) for item in chunk]
        person_ids = _person_ids(session, program, chunk, org_ids, start, reused, organizations)
        rows = [
            _participant_row(program.id, item.entry, person_id, org_id, position + start + i)
            for i, (item, person_id, org_id) in enumerate(
                zip(chunk, person_ids, org_ids, strict=True)
            )
        ]
        ids = None if participant_ids is None else participant_ids[start : start + CHUNK]
        new_ids = insert_rows(session, Participant, rows, ids)
        logged = [
            (new, program.id, item.entry.name) for new, item in zip(new_ids, chunk, strict=True)
        ]
        session.execute(insert(Change), change_rows("participant", ADDED, logged))
        added.extend(new_ids)
        _report(progress, start + len(chunk), total)
    return added


def _persons_for(
    session: Session, program: Program, additions: Sequence[PlannedAddition]
) -> dict[int, Person]:
    """Choose the directory person each addition reuses, by position in ``additions``."""
    keys = sorted({item.name_key for item in additions})
    by_key: dict[str, list[Person]] = {}
    for start in range(0, len(keys), _KEYS_PER_QUERY):
        found = session.scalars(
            select(Person)
            .where(Person.name_key.in_(keys[start : start + _KEYS_PER_QUERY]))
            .order_by(Person.id)
        )
        for person in found:
            by_key.setdefault(person.name_key, []).append(person)
    if not by_key:
        return {}
    taken = set(
        session.scalars(select(Participant.person_id).where(Participant.program_id == program.id))
    )
    chosen: dict[int, Person] = {}
    for index, item in enumerate(additions):
        free = [p for p in by_key.get(item.name_key, []) if p.id not in taken]
        if not free:
            continue
        org = organization_key(item.entry.organization)
        person = next((p for p in free if org and _org_key(p) == org), free[0])
        taken.add(person.id)
        chosen[index] = person
    return chosen


def _org_key(person: Person) -> str:
    return person.organization.name_key if person.organization is not None else ""


def _person_ids(
    session: Session,
    program: Program,
    chunk: Sequence[PlannedAddition],
    org_ids: Sequence[int | None],
    offset: int,
    reused: dict[int, Person],
    organizations: dict[str, Organization],
) -> list[int]:
    """Return the person id of each addition of ``chunk``, inserting the new persons.

    ``offset`` is the position of the chunk's first addition in the plan, and
    ``org_ids`` the organization id of each of its additions.
    """
    new_rows: list[dict[str, Any]] = []
    for index, (item, org_id) in enumerate(zip(chunk, org_ids, strict=True), start=offset):
        if index in reused:
            _refresh_person(session, reused[index], item.data, organizations, program)
        else:
            new_rows.append(_person_row(item.entry, org_id))
    new_ids = iter(insert_rows(session, Person, new_rows))
    return [
        reused[index].id if index in reused else next(new_ids)
        for index in range(offset, offset + len(chunk))
    ]


def _organization_id(organizations: dict[str, Organization], name: str) -> int | None:
    organization = organizations.get(organization_key(name))
    return None if organization is None else organization.id


def _person_row(entry: RosterEntry, organization_id: int | None) -> dict[str, Any]:
    return {
        "full_name": entry.name,
        "name_key": entry.name_key,
        "title": entry.title,
        "organization_id": organization_id,
        "languages": entry.languages,
        "email": entry.email,
        "phone": entry.phone,
        "notes": "",
    }


def _participant_row(
    program_id: int,
    entry: RosterEntry,
    person_id: int,
    organization_id: int | None,
    position: int,
) -> dict[str, Any]:
    return {
        "program_id": program_id,
        "person_id": person_id,
        "role": entry.role,
        "title": entry.title,
        "organization_id": organization_id,
        "arrival": entry.arrival,
        "departure": entry.departure,
        "room": entry.room,
        "dietary": entry.dietary,
        "needs": entry.needs,
        "passport_number": entry.passport_number,
        "birth_date": entry.birth_date,
        "position": position,
        "notes": entry.notes,
        "nationality": entry.nationality,
        "assumed": (),
        **travel_values(entry),
    }


def _refresh_person(
    session: Session,
    person: Person,
    data: ParticipantInput,
    organizations: dict[str, Organization],
    program: Program | None = None,
) -> None:
    """Bring a directory person up to date with what the file says about them.

    Contact data the file gives replaces the old; the title and organization
    only change when this visit is the person's latest (see the roster service).
    """
    if data.email:
        person.email = data.email
    if data.phone:
        person.phone = data.phone
    if data.languages:
        person.languages = clean_languages(list(data.languages))
    if program is None or _is_latest_visit(session, person, program):
        person.title = data.title
        person.organization = organizations.get(organization_key(data.organization))


def _is_latest_visit(session: Session, person: Person, program: Program) -> bool:
    newest = session.scalar(
        select(func.max(Program.last_day))
        .join(Participant, Participant.program_id == Program.id)
        .where(Participant.person_id == person.id, Participant.program_id != program.id)
    )
    return newest is None or program.last_day >= newest


def _update(
    session: Session,
    participant_id: int,
    data: ParticipantInput,
    organizations: dict[str, Organization],
) -> None:
    participant = session.scalars(
        select(Participant)
        .where(Participant.id == participant_id)
        .options(selectinload(Participant.person), selectinload(Participant.program))
    ).one()
    try:
        participant.person.full_name = data.name
        participant.role = data.role
    except ValueError as error:
        raise InvalidInputError(said_of(error)) from error
    participant.title = data.title
    participant.organization = organizations.get(organization_key(data.organization))
    for name in ("room", "dietary", "needs", "passport_number", "birth_date", "notes"):
        setattr(participant, name, getattr(data, name))
    apply_travel(participant, data)  # the arrival and departure too
    _refresh_person(session, participant.person, data, organizations, participant.program)
    participant.person.email = data.email
    participant.person.phone = data.phone
    participant.person.languages = clean_languages(list(data.languages))
