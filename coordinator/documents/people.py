"""Who gets a badge or a name tent, and the words printed for each of them.

Badges go to everyone who wears one during the visit: the delegates in
roster order, then the program's staff (guides, interpreters, escorts,
drivers, host officials). Name tents stand on a meeting table: one for each
delegate and each host who receives the delegation. ``only`` restricts either
list to the people with those keys, in the same order.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import chain

from coordinator.documents.content import ProgramContent
from coordinator.documents.vocabulary import guide_role_word, participant_role_word

DELEGATION = "delegation"
STAFF = "staff"
HOST = "host"

ROLE_SEPARATOR = " · "
"""Between the roles of a staff member who has several (escort and interpreter)."""


@dataclass(frozen=True)
class NamedPerson:
    """A person as a badge or a tent prints them.

    ``side`` is ``delegation``, ``staff`` or ``host``; ``roles`` holds the
    role codes (``head``, ``member``, ``staff`` for the delegation, guide roles
    for the staff, none for hosts), the first deciding a badge's colour.
    """

    key: str
    name: str
    title: str
    organization: str
    side: str
    roles: tuple[str, ...] = ()

    @property
    def first_role(self) -> str:
        """The role that decides the colour: the first one, or ``guide`` for staff without any."""
        if self.roles:
            return self.roles[0]
        return "guide" if self.side == STAFF else "member"


def role_text(person: NamedPerson, language: str) -> str:
    """Return the person's roles as words in ``language`` ("Escort · Interpreter")."""
    if person.side == DELEGATION:
        return participant_role_word(person.first_role, language)
    if person.side == STAFF:
        roles = person.roles or (person.first_role,)
        return ROLE_SEPARATOR.join(guide_role_word(role, language) for role in roles)
    return ""


def badge_holders(
    content: ProgramContent, only: Collection[str] | None = None
) -> list[NamedPerson]:
    """Return who gets a badge: the delegates in roster order, then the staff."""
    delegates = (
        NamedPerson(item.key, item.name, item.title, item.organization, DELEGATION, (item.role,))
        for item in content.delegates
    )
    staff = (
        NamedPerson(item.key, item.name, item.title, item.organization, STAFF, item.roles)
        for item in content.staff
    )
    return _once(chain(delegates, staff), only)


def tent_holders(content: ProgramContent, only: Collection[str] | None = None) -> list[NamedPerson]:
    """Return who gets a name tent: the delegates in roster order, then the hosts."""
    delegates = (
        NamedPerson(item.key, item.name, item.title, item.organization, DELEGATION, (item.role,))
        for item in content.delegates
    )
    hosts = (
        NamedPerson(item.key, item.name, item.title, item.organization, HOST)
        for item in content.hosts()
    )
    return _once(chain(delegates, hosts), only)


def delegates_of(content: ProgramContent, only: Collection[str] | None = None) -> list[NamedPerson]:
    """Return the delegates in roster order (restricted to ``only`` when given)."""
    delegates = (
        NamedPerson(item.key, item.name, item.title, item.organization, DELEGATION, (item.role,))
        for item in content.delegates
    )
    return _once(delegates, only)


def _once(people: Iterable[NamedPerson], only: Collection[str] | None) -> list[NamedPerson]:
    """Keep each key once, in order, and only the keys of ``only`` when it is given."""
    wanted = None if only is None else set(only)
    seen: set[str] = set()
    chosen: list[NamedPerson] = []
    for person in people:
        if person.key in seen or (wanted is not None and person.key not in wanted):
            continue
        seen.add(person.key)
        chosen.append(person)
    return chosen
