"""Writing an organization's or a person's fields as typed in the directory."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.directory import Organization, Person
from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import clean_languages
from coordinator.domain.text import fold_spaces, search_key
from coordinator.services.directory import organization_named
from coordinator.services.directory_records import OrganizationInput, PersonInput
from coordinator.services.errors import InvalidInputError, NotFoundError

_Model = TypeVar("_Model")


def found(session: Session, model: type[_Model], record_id: int) -> _Model:
    """Return the row ``record_id`` of ``model``.

    Raises:
        NotFoundError: there is none.
    """
    row = session.get(model, record_id)
    if row is None:
        msg = said("There is no entry of the directory with the id {id}", id=record_id)
        raise NotFoundError(msg)
    return row


def apply_organization(
    session: Session, organization: Organization, data: OrganizationInput
) -> None:
    """Write ``data`` on ``organization``.

    Raises:
        InvalidInputError: the name is empty or another organization has it.
    """
    name = fold_spaces(data.name)
    if not name:
        msg = said("The organization needs a name")
        raise InvalidInputError(msg, "name")
    same = session.scalars(
        select(Organization.name).where(
            Organization.name_key == search_key(name), Organization.id != organization.id
        )
    ).first()
    if same is not None:
        msg = said(
            "There already is an organization named “{name}”: merge the two instead", name=same
        )
        raise InvalidInputError(msg, "name")
    organization.name = name
    organization.kind = data.kind.strip()
    organization.city = data.city.strip()
    organization.country = data.country.strip()
    organization.notes = data.notes.strip()


def apply_person(session: Session, person: Person, data: PersonInput) -> None:
    """Write ``data`` on ``person``; the organization is found by name or created.

    Raises:
        InvalidInputError: the name is empty or a language code is wrong.
    """
    if not fold_spaces(data.name):
        msg = said("The person needs a name")
        raise InvalidInputError(msg, "name")
    try:
        languages = clean_languages(list(data.languages))
    except ValueError as error:
        raise InvalidInputError(said_of(error), "languages") from error
    person.full_name = data.name
    person.title = data.title.strip()
    person.organization = organization_named(session, data.organization)
    person.languages = languages
    person.email = data.email.strip()
    person.phone = data.phone.strip()
    person.notes = data.notes.strip()
