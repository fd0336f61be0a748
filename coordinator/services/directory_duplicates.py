"""Finding the organizations and people of the directory that may be one.

The rules are :mod:`coordinator.domain.duplicates`; this reads the names (two
plain queries) and names the pairs. It merges nothing: the directory offers
each pair to the user, who merges it or not. It runs on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select

from coordinator.domain.directory import Organization, Person
from coordinator.domain.duplicates import (
    Candidate,
    Entry,
    Reason,
    candidates,
    organization_keys,
    person_keys,
)
from coordinator.domain.messages import said
from coordinator.services.errors import ServiceError
from coordinator.store import Database


class DuplicateSearchCancelledError(ServiceError):
    """The user stopped the search for duplicates."""

    def __init__(self) -> None:
        super().__init__(said("The search for duplicates was cancelled"))


@dataclass(frozen=True)
class DuplicatePair:
    """Two entries of the directory that may be one, and why (see :class:`Reason`)."""

    kind: Literal["organization", "person"]
    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class PossibleDuplicates:
    """Every pair found, organizations and people."""

    organizations: tuple[DuplicatePair, ...]
    persons: tuple[DuplicatePair, ...]

    def all(self) -> tuple[DuplicatePair, ...]:
        """Return the organizations' pairs, then the people's."""
        return self.organizations + self.persons


Progress = Callable[[int, int], bool]


class DuplicateService:
    """Reads the directory's names and finds the pairs that may be duplicates."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def possible_duplicates(self, progress: Progress | None = None) -> PossibleDuplicates:
        """Return the pairs of organizations and of people that may be one.

        ``progress(done, total)`` counts the entries looked at; when it returns
        ``False`` the search stops.

        Raises:
            DuplicateSearchCancelledError: ``progress`` asked to stop.
        """
        with self._database.reading() as session:
            organizations = [
                Entry(number, name)
                for number, name in session.execute(select(Organization.id, Organization.name))
            ]
            columns = (Person.id, Person.full_name, Person.email, Person.phone, Person.name_key)
            people = [
                Entry(number, name, email, phone, key)
                for number, name, email, phone, key in session.connection().execute(
                    select(*columns)
                )
            ]
        total = len(organizations) + len(people)
        stopped = False

        def report(offset: int) -> Progress:
            def inner(done: int, _total: int) -> bool:
                nonlocal stopped
                stopped = stopped or (progress is not None and not progress(offset + done, total))
                return not stopped

            return inner

        found_organizations = candidates(organizations, organization_keys, report(0))
        if stopped:
            raise DuplicateSearchCancelledError
        found_people = candidates(people, person_keys, report(len(organizations)))
        if stopped:
            raise DuplicateSearchCancelledError
        return PossibleDuplicates(
            _named("organization", found_organizations, organizations),
            _named("person", found_people, people),
        )


def _named(
    kind: Literal["organization", "person"], found: list[Candidate], entries: list[Entry]
) -> tuple[DuplicatePair, ...]:
    names = {entry.id: entry.name for entry in entries}
    return tuple(
        DuplicatePair(
            kind,
            pair.first_id,
            names[pair.first_id],
            pair.second_id,
            names[pair.second_id],
            pair.reasons,
        )
        for pair in found
    )
