"""Guides as records, found by name, and their fields checked and written.

Kept apart from :mod:`coordinator.services.guides` so the service reads as a
list of use cases.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.directory import Person
from coordinator.domain.enums import GuideRole
from coordinator.domain.itinerary import Guide
from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import clean_languages
from coordinator.domain.text import fold_spaces, matches, search_key
from coordinator.services.directory import find_person, organization_named
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.records import GuideInput, GuideRecord

ROLE_NAMES = ", ".join(role.value for role in GuideRole)


def check_role(role: str) -> str:
    """Return ``role`` as stored, or refuse one that is not a guide role.

    Raises:
        InvalidInputError: naming the roles there are.
    """
    try:
        return GuideRole(role.strip().lower()).value
    except ValueError:
        msg = said(
            "{role} is not a guide's role; the roles are {roles}",
            role=f"{role!r}",
            roles=ROLE_NAMES,
        )
        raise InvalidInputError(msg, "role") from None


def guide_record(
    guide: Guide, days: set[dt.date] | None = None, activities: tuple[str, ...] = ()
) -> GuideRecord:
    """Describe ``guide``; ``days`` limits the unavailable days listed (all if None)."""
    person = guide.person
    return GuideRecord(
        id=guide.id,
        person_id=person.id,
        name=person.full_name,
        title=person.title,
        organization=person.organization.name if person.organization else "",
        languages=tuple(guide.languages),
        roles=tuple(guide.roles),
        unavailable=tuple(
            sorted({item.day for item in guide.unavailable if days is None or item.day in days})
        ),
        activities=activities,
        notes=guide.notes,
        max_hours_per_day=guide.max_hours_per_day,
        email=person.email,
        phone=person.phone,
    )


def all_guides(session: Session) -> list[Guide]:
    """Return every guide with their person, organization and absences loaded."""
    return list(
        session.scalars(
            select(Guide).options(
                selectinload(Guide.person).selectinload(Person.organization),
                selectinload(Guide.unavailable),
            )
        )
    )


def guide_named(session: Session, name: str) -> Guide:
    """Return the one guide whose name is ``name``, compared by search key.

    An exact key wins; otherwise every word of ``name`` must occur in exactly
    one guide's name (``sanlier`` finds *Zekeriya Şanlıer*).

    Raises:
        NotFoundError: no guide has that name.
        InvalidInputError: several guides do; the message names them.
    """
    guides = all_guides(session)
    key = search_key(name)
    found = [guide for guide in guides if guide.person.name_key == key]
    if not found and key:
        found = [guide for guide in guides if matches(name, guide.person.full_name)]
    if not found:
        msg = said("There is no guide named {name}", name=f"{fold_spaces(name)!r}")
        raise NotFoundError(msg)
    if len(found) > 1:
        names = "; ".join(sorted(guide.person.full_name for guide in found))
        msg = said(
            "{count} guides match {name} ({names}): give the full name",
            count=len(found),
            name=f"{fold_spaces(name)!r}",
            names=names,
        )
        raise InvalidInputError(msg, "guide")
    return found[0]


def guide_by_id(session: Session, guide_id: int) -> Guide:
    """Return the guide with ``guide_id``.

    Raises:
        NotFoundError: when it no longer exists.
    """
    guide = session.get(Guide, guide_id)
    if guide is None:
        msg = said("There is no guide with the id {guide_id}", guide_id=guide_id)
        raise NotFoundError(msg)
    return guide


def validate_guide(data: GuideInput) -> None:
    """Check a guide's fields before anything is written.

    Raises:
        InvalidInputError: naming the first field that breaks a rule.
    """
    if not fold_spaces(data.name):
        msg = said("The guide needs a name")
        raise InvalidInputError(msg, "name")
    for role in data.roles:
        check_role(role)
    try:
        clean_languages(list(data.languages))
    except ValueError as error:
        raise InvalidInputError(said_of(error), "languages") from error
    limit = data.max_hours_per_day
    if limit is not None and not 0 < limit <= 24:
        msg = said(
            "A day's limit of {limit} hours must be more than 0 and at most 24", limit=f"{limit:g}"
        )
        raise InvalidInputError(msg, "max_hours_per_day")


def person_for_guide(session: Session, data: GuideInput) -> Person:
    """Return the directory's person named in ``data``, creating them if new."""
    organization = organization_named(session, data.organization)
    person = find_person(session, data.name, organization)
    if person is None:
        person = Person(full_name=data.name, organization=organization, title=data.title.strip())
        session.add(person)
    return person


def apply_guide(session: Session, guide: Guide, data: GuideInput) -> None:
    """Write ``data`` onto ``guide`` and its person (already checked)."""
    person = guide.person
    person.full_name = data.name
    person.title = data.title.strip()
    person.organization = organization_named(session, data.organization)
    person.email = data.email.strip()
    person.phone = data.phone.strip()
    guide.languages = list(data.languages)
    guide.roles = [check_role(role) for role in data.roles]
    guide.max_hours_per_day = data.max_hours_per_day
    guide.notes = data.notes.strip()
