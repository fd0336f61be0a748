"""Finding and creating directory entries by name, Turkish-aware.

Imports, dialogs and the demo all name organizations and persons as text; these
helpers find the existing entry with the same search key before creating one,
so ``Arısoy`` and ``ARISOY`` are one person.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.directory import Organization, Person, Venue
from coordinator.domain.text import fold_spaces, search_key


def find_organization(session: Session, name: str) -> Organization | None:
    """Return the organization named ``name`` (by search key), if any."""
    key = search_key(name)
    if not key:
        return None
    return session.scalars(
        select(Organization).where(Organization.name_key == key).order_by(Organization.id)
    ).first()


def organization_named(session: Session, name: str, **fields: str) -> Organization | None:
    """Return the organization named ``name``, creating it with ``fields`` if new.

    An empty name gives ``None``: the field is simply not filled.
    """
    if not fold_spaces(name):
        return None
    found = find_organization(session, name)
    if found is not None:
        return found
    organization = Organization(name=name, **fields)
    session.add(organization)
    session.flush()
    return organization


def find_person(session: Session, name: str, organization: Organization | None) -> Person | None:
    """Return the person named ``name``, preferring one of ``organization``."""
    candidates = list(
        session.scalars(
            select(Person).where(Person.name_key == search_key(name)).order_by(Person.id)
        )
    )
    if organization is not None:
        for person in candidates:
            if person.organization_id == organization.id:
                return person
    return candidates[0] if candidates else None


def venue_named(session: Session, name: str, owner: Organization | None = None) -> Venue | None:
    """Return the venue named ``name``, creating it (owned by ``owner``) if new."""
    if not fold_spaces(name):
        return None
    found = session.scalars(
        select(Venue).where(Venue.name_key == search_key(name)).order_by(Venue.id)
    ).first()
    if found is not None:
        return found
    venue = Venue(name=name, owner=owner)
    session.add(venue)
    session.flush()
    return venue
