"""The narrative report of a program: a first draft written from what was recorded.

The report reads like the accounts offices send after a visit (the seed of this
project is one): who organized the program with whom, when and where; who
attended; then day by day whom the delegation met and what it saw, with whom;
and how the program closed. It states nothing that is not recorded: a missing
venue, guide, partner or city leaves its words out rather than guessing, and
no time of day is printed. The coordinator's summary of an activity follows
the sentence about it, word for word.
"""

from __future__ import annotations

from dataclasses import dataclass

from coordinator.documents.content import PersonLine, ProgramContent
from coordinator.documents.grammar import Phrase, capitalize_first, join_list, join_names
from coordinator.documents.report_days import day_paragraphs
from coordinator.documents.report_labels import LABELS
from coordinator.documents.report_people import by_organization, group_phrase
from coordinator.documents.vocabulary import check_language, date_range


@dataclass(frozen=True)
class Report:
    """A written report: its title and its paragraphs, ready to be laid out in a file."""

    title: str
    paragraphs: tuple[str, ...]


def write_report(content: ProgramContent, language: str) -> Report:
    """Write the narrative report of ``content`` in English (``en``) or Turkish (``tr``).

    The first paragraph says what the program was; the second who attended
    (the delegates of the first organization, then those of the others);
    then one paragraph for each day with activities, and a last one for the
    closing ceremonies. A program with nothing recorded but its title and days
    gives the opening sentence alone.

    Raises:
        ValueError: for a language other than ``en`` and ``tr``.
    """
    check_language(language)
    paragraphs = [_opening(content, language)]
    attendance = _attendance(content, language)
    if attendance:
        paragraphs.append(attendance)
    paragraphs.extend(day_paragraphs(content, language, proper_words(content)))
    title = LABELS.text("title", language, program=content.title)
    return Report(title=title, paragraphs=tuple(paragraphs))


def _opening(content: ProgramContent, language: str) -> str:
    """Say who organized the program with whom, when and where it was held."""
    partners = Phrase(join_names(content.partners, language))
    organizer = content.organizer
    if organizer and partners:
        organized = LABELS.text("organized_both", language, organizer=organizer, partners=partners)
    elif organizer:
        organized = LABELS.text("organized_by", language, organizer=organizer)
    elif partners:
        organized = LABELS.text("organized_with", language, partners=partners)
    else:
        organized = ""
    dates = date_range(content.first_day, content.last_day, language)
    single_day = content.first_day == content.last_day
    when = LABELS.text("held_day" if single_day else "held_days", language, dates=dates)
    place = content.city or content.country
    where = LABELS.text("held_in", language, city=Phrase(place)) if place else ""
    sentence = LABELS.text(
        "opening", language, program=content.title, organized=organized, when=when, where=where
    )
    return capitalize_first(sentence, language)


def _attendance(content: ProgramContent, language: str) -> str:
    """Name the delegates with their titles: the first organization, then the others."""
    people = [
        PersonLine(delegate.name, delegate.title, delegate.organization)
        for delegate in content.delegates
    ]
    groups = [group_phrase(org, members, language) for org, members in by_organization(people)]
    if not groups:
        return ""
    sentences = [LABELS.text("attended", language, people=Phrase(groups[0]))]
    if len(groups) > 1:
        others = Phrase(join_list(groups[1:], language))
        sentences.append(LABELS.text("attended_also", language, people=others))
    return " ".join(capitalize_first(sentence, language) for sentence in sentences)


def proper_words(content: ProgramContent) -> frozenset[str]:
    """Return the words of every recorded name: a title starting with one keeps its capital."""
    names = [content.organizer, content.city, content.country, *content.partners]
    for delegate in content.delegates:
        names += [delegate.name, delegate.organization]
    for activity in content.activities:
        names += [activity.venue, activity.venue_owner]
        names += [part for host in activity.hosts for part in (host.name, host.organization)]
        names += [guide.name for guide in activity.guides]
    return frozenset(word for name in names for word in name.split())
