"""Writing an organization's or a person's fields as typed, and describing the rows as records."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.directory import Organization, Person, Venue
from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import clean_languages
from coordinator.domain.text import fold_spaces, search_key
from coordinator.services.directory import organization_named
from coordinator.services.directory_records import OrganizationInput, PersonInput
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.records import OrganizationRecord, PersonRecord, VenueRecord

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


def organization_record(organization: Organization) -> OrganizationRecord:
    """Describe ``organization`` as a plain record."""
    return OrganizationRecord(
        id=organization.id,
        name=organization.name,
        kind=organization.kind,
        city=organization.city,
        country=organization.country,
        notes=organization.notes,
    )


def person_record(person: Person) -> PersonRecord:
    """Describe ``person`` with their latest title and organization."""
    return PersonRecord(
        id=person.id,
        name=person.full_name,
        title=person.title,
        organization=person.organization.name if person.organization else "",
        languages=tuple(person.languages),
        email=person.email,
        phone=person.phone,
        guide_id=person.guide.id if person.guide else None,
        notes=person.notes,
    )


def venue_record(venue: Venue) -> VenueRecord:
    """Describe ``venue`` as a plain record."""
    return VenueRecord(
        id=venue.id,
        name=venue.name,
        owner=venue.owner.name if venue.owner else "",
        kind=venue.kind,
        address=venue.address,
        city=venue.city,
        notes=venue.notes,
    )
