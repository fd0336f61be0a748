"""Merging two directory entries into one, and undoing that exactly.

Two organizations (or two people) found to be one become the *kept* entry,
with the field values the user chose; every reference to the *removed* one
moves over: people, participants and hosts as recorded for a visit, venues'
owners, programs' organizers and partners for an organization; roster places,
hosted activities, the guide with their assignments and absences, movements
driven, and produced documents for a person. Both on one roster (or both
guides) become one participant (or one guide), the kept one's values first.
Gifts' and certificate signatories' texts naming either entry take the
merged name (see :mod:`coordinator.services.merge_copies`), and the change
log records the merge and its undo (see :mod:`coordinator.services.merge_audit`).

The merge is one transaction and returns a :class:`DirectoryMerge` that holds
every write it made; :meth:`DirectoryMergeService.undo_merge` plays them
backwards in one transaction, so the removed entry comes back with its id and
every reference goes back to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import String, Table, cast, or_, select
from sqlalchemy.orm import Session

from coordinator.domain.directory import Organization, Person, clean_name
from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import clean_languages
from coordinator.domain.text import fold_spaces, search_key
from coordinator.services.directory import find_organization
from coordinator.services.directory_records import OrganizationInput, PersonInput
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.merge_audit import audit_merge
from coordinator.services.merge_copies import rewrite_copies
from coordinator.services.reference_moves import (
    Clash,
    Step,
    StepLog,
    move_references,
    play_backwards,
    table_named,
)
from coordinator.store import Database


@dataclass(frozen=True)
class DirectoryMerge:
    """What a merge did, as its undo needs it.

    Attributes:
        kind: ``organization`` or ``person``.
        kept_id: the entry that stays, with the chosen values.
        removed_id: the entry that went (an undo gives it this id back).
        removed_name: its name, to say what came back.
        moved: how many references moved to the kept entry.
        steps: every write, in order.
        kept_name: the kept entry's name after the merge.
    """

    kind: Literal["organization", "person"]
    kept_id: int
    removed_id: int
    removed_name: str
    moved: int
    steps: tuple[Step, ...]
    kept_name: str = ""


class DirectoryMergeService:
    """Merges organizations and people of the directory; undoes a merge."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def merge_organizations(
        self, kept_id: int, removed_id: int, data: OrganizationInput
    ) -> DirectoryMerge:
        """Make ``removed_id`` part of ``kept_id``, which takes the fields of ``data``.

        Raises:
            InvalidInputError: the two are one, the name is empty or a third
                organization has it.
            NotFoundError: either organization no longer exists.
        """
        with self._database.transaction() as session:
            kept, removed = _pair(session, Organization, kept_id, removed_id)
            name = clean_name(data.name, "An organization's name") if data.name.strip() else ""
            if not name:
                msg = said("The organization needs a name")
                raise InvalidInputError(msg, "name")
            third = session.scalars(
                select(Organization.name).where(
                    Organization.name_key == search_key(name),
                    Organization.id.not_in((kept_id, removed_id)),
                )
            ).first()
            if third is not None:
                msg = said("There already is an organization named “{name}”", name=third)
                raise InvalidInputError(msg, "name")
            removed_name, kept_name = removed.name, kept.name
            log = StepLog(session)
            session.expunge_all()  # every write goes through the log from here on
            moved = move_references(log, "organization", removed_id, kept_id)
            rewrite_copies(log, "organization", (removed_name, kept_name), name)
            table = table_named("organization")
            log.delete(table, {"id": removed_id})
            values = {"name": name, "name_key": search_key(name), "kind": data.kind.strip(),
                      "city": data.city.strip(), "country": data.country.strip(),
                      "notes": data.notes.strip()}  # fmt: skip
            log.update(table, {"id": kept_id}, values)
            audit_merge(session, log.steps, removed_name, name)
            steps = tuple(log.steps)
            return DirectoryMerge("organization", kept_id, removed_id, removed_name, moved, steps,
                                  name)  # fmt: skip

    def merge_persons(self, kept_id: int, removed_id: int, data: PersonInput) -> DirectoryMerge:
        """Make ``removed_id`` part of ``kept_id``, who takes the fields of ``data``.

        ``data.organization`` must name an organization of the directory (or
        be empty). Both on one program's roster become one participant; both
        guides, one guide with the languages and roles of both.

        Raises:
            InvalidInputError: the two are one, the name is empty, a language
                code is wrong or the organization is unknown.
            NotFoundError: either person no longer exists.
        """
        with self._database.transaction() as session:
            kept, removed = _pair(session, Person, kept_id, removed_id)
            values = _person_values(session, data)
            removed_name, kept_name = removed.full_name, kept.full_name
            log = StepLog(session)
            session.expunge_all()
            moved = move_references(log, "person", removed_id, kept_id, _PERSON_CLASHES)
            rewrite_copies(log, "person", (removed_name, kept_name), values["full_name"])
            _rekey_documents(log, "host", removed_id, kept_id)
            table = table_named("person")
            log.delete(table, {"id": removed_id})
            log.update(table, {"id": kept_id}, values)
            audit_merge(session, log.steps, removed_name, values["full_name"])
            steps = tuple(log.steps)
            return DirectoryMerge("person", kept_id, removed_id, removed_name, moved, steps,
                                  values["full_name"])  # fmt: skip

    def undo_merge(self, merge: DirectoryMerge) -> None:
        """Put back the removed entry with its id and every reference it had.

        Raises:
            ChangedSinceError: a row the merge wrote was changed since, or the
                removed entry's id is taken; nothing was changed.
        """
        with self._database.transaction() as session:
            play_backwards(session, merge.steps, merge.removed_name)
            audit_merge(session, merge.steps, merge.removed_name, merge.kept_name, undone=True)


def _pair(session: Session, model: type[Any], kept_id: int, removed_id: int) -> tuple[Any, Any]:
    if kept_id == removed_id:
        msg = said("An entry of the directory cannot be merged with itself")
        raise InvalidInputError(msg)
    kept, removed = session.get(model, kept_id), session.get(model, removed_id)
    if kept is None or removed is None:
        missing = kept_id if kept is None else removed_id
        msg = said("There is no entry of the directory with the id {id}", id=missing)
        raise NotFoundError(msg)
    return kept, removed


def _person_values(session: Session, data: PersonInput) -> dict[str, Any]:
    if not fold_spaces(data.name):
        msg = said("The person needs a name")
        raise InvalidInputError(msg, "name")
    name = clean_name(data.name, "A person's name")
    try:
        languages = clean_languages(list(data.languages))
    except ValueError as error:
        raise InvalidInputError(said_of(error), "languages") from error
    organization_id = None
    if fold_spaces(data.organization):
        organization = find_organization(session, data.organization)
        if organization is None:
            msg = said(
                "There is no organization named “{name}”", name=fold_spaces(data.organization)
            )
            raise InvalidInputError(msg, "organization")
        organization_id = organization.id
    return {"full_name": name, "name_key": search_key(name), "title": data.title.strip(),
            "organization_id": organization_id, "languages": languages,
            "email": data.email.strip(), "phone": data.phone.strip(),
            "notes": data.notes.strip()}  # fmt: skip


def _merge_participant(
    log: StepLog, table: Table, key: dict[str, Any], twin: dict[str, Any]
) -> None:
    """Both on one roster: the removed person's place joins the kept person's."""
    move_references(log, table.name, key["id"], twin["id"])
    _rekey_documents(log, "participant", key["id"], twin["id"])
    log.delete(table, key)


def _merge_guide(log: StepLog, table: Table, key: dict[str, Any], twin: dict[str, Any]) -> None:
    """Both guides: one guide with both's languages, roles, assignments and absences."""
    move_references(log, table.name, key["id"], twin["id"])
    _rekey_documents(log, "guide", key["id"], twin["id"])
    columns = (table.c.languages, table.c.roles)
    gone = log.session.execute(select(*columns).where(table.c.id == key["id"])).one()
    kept = log.session.execute(select(*columns).where(table.c.id == twin["id"])).one()
    log.delete(table, key)
    log.update(
        table,
        twin,
        {
            "languages": list(dict.fromkeys([*kept.languages, *gone.languages])),
            "roles": list(dict.fromkeys([*kept.roles, *gone.roles])),
        },
    )


_PERSON_CLASHES: dict[str, Clash] = {"participant": _merge_participant, "guide": _merge_guide}


def _rekey_documents(log: StepLog, prefix: str, old_id: int, new_id: int) -> None:
    """Let produced documents that named ``prefix:old_id`` name ``prefix:new_id``."""
    table = table_named("produced_document")
    old, new = f"{prefix}:{old_id}", f"{prefix}:{new_id}"
    quoted = f'"{old}"'
    rows = log.session.execute(
        select(table.c.id, table.c.person_key, table.c.parts, table.c.labels).where(
            or_(
                table.c.person_key == old,
                cast(table.c.parts, String).contains(quoted, autoescape=True),
                cast(table.c.labels, String).contains(quoted, autoescape=True),
            )
        )
    ).all()
    for row in rows:
        log.update(
            table,
            {"id": row.id},
            {
                "person_key": new if row.person_key == old else row.person_key,
                "parts": _renamed(row.parts, old, new),
                "labels": _renamed(row.labels, old, new),
            },
        )


def _renamed(values: dict[str, str] | None, old: str, new: str) -> dict[str, str] | None:
    if values is None or old not in values:
        return values
    renamed = {key: value for key, value in values.items() if key != old}
    renamed.setdefault(new, values[old])
    return renamed
