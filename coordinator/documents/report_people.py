"""People as the report names them: titles and organizations of that visit, grouped.

English follows the seed report ("Deputy Mayor of Turkistan Municipality
Zhandos Tasov"); Turkish names the organization first, in the ablative, which
needs nothing of the title's own grammar ("Türkistan Belediyesinden Belediye
Başkan Yardımcısı Zhandos Tasov"). People of one organization are named
together, the organization once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from coordinator.documents.content import PersonLine
from coordinator.documents.grammar import Phrase, join_list
from coordinator.documents.report_labels import LABELS


def titled(person: PersonLine, language: str) -> str:
    """Return a person's title and name ("Mayor Hilmi Türkmen"), or the name alone."""
    if not person.title:
        return person.name
    return LABELS.text("person", language, title=person.title, name=person.name)


def by_organization(people: Iterable[PersonLine]) -> list[tuple[str, list[PersonLine]]]:
    """Group people by organization, in the order each organization first appears."""
    groups: dict[str, list[PersonLine]] = {}
    for person in people:
        groups.setdefault(person.organization, []).append(person)
    return list(groups.items())


def group_phrase(organization: str, members: Sequence[PersonLine], language: str) -> str:
    """Name the members of one organization, the organization said once."""
    if not organization:
        return join_list([titled(member, language) for member in members], language)
    if len(members) == 1 and members[0].title:
        return LABELS.text(
            "group_one",
            language,
            title=members[0].title,
            organization=Phrase(organization),
            name=members[0].name,
        )
    return LABELS.text(
        "group_many",
        language,
        people=join_list([titled(member, language) for member in members], language),
        organization=Phrase(organization),
    )


def people_phrase(people: Iterable[PersonLine], language: str) -> Phrase:
    """Name people with their titles and organizations, as one phrase a case can bend."""
    groups = by_organization(people)
    return Phrase(
        join_list([group_phrase(org, members, language) for org, members in groups], language)
    )
