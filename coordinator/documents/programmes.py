"""Personal programmes and guide sheets: each person's own pages of the visit.

A delegate's programme lists only the activities they attend, day by day. A
host official's programme lists the visits they receive, with what a host
needs to know of the delegation: its size, its head and its languages. A
guide's sheet (an escort's, an interpreter's, a driver's) lists the activities
the guide is assigned to, with their role on each and the same facts about the
delegation. Each person starts on a new page, their name at the top, and their
pages are numbered on their own ("Page 1 of 2"), since each is handed out
alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence

from coordinator.documents.blocks import Block
from coordinator.documents.content import ActivityItem, ProgramContent, Staff
from coordinator.documents.flow import Group, Section
from coordinator.documents.schedule_layout import (
    BODY,
    Sheet,
    activity_row,
    continued_title,
    day_group,
    days_of,
    delegation_facts,
    joined,
    page_title,
)
from coordinator.documents.vocabulary import (
    Labels,
    date_range,
    guide_role_word,
    language_name,
    participant_role_word,
)

LABELS = Labels(
    {
        "programme": ("Personal programme", "Kişisel program"),
        "host": ("Host's programme", "Ev sahibi programı"),
        "guide": ("Guide's sheet", "Rehber çizelgesi"),
        "driver": ("Driver's sheet", "Şoför çizelgesi"),
        "phone": ("Phone: {phone}", "Telefon: {phone}"),
        "speaks": ("Speaks {languages}", "Konuştuğu diller: {languages}"),
        "nothing": ("No activity is planned for you.", "Sizin için planlanmış bir etkinlik yok."),
    }
)
"""The fixed texts of the personal programmes and guide sheets, in English and Turkish."""

Builder = Callable[[Sheet, ProgramContent, Collection[str] | None], list[Section]]


def render_programmes(
    content: ProgramContent,
    *,
    language: str = "en",
    paper: str = "a4",
    produced: dt.datetime | None = None,
    only: Collection[str] | None = None,
) -> bytes:
    """Return the personal programmes of the delegates, then of the host officials.

    Args:
        content: the program.
        language: ``en`` or ``tr``.
        paper: ``a4`` or ``letter``.
        produced: the creation date stamped in the file (the same date gives the same bytes).
        only: the keys of the delegates and hosts to print (all when None).

    Raises:
        EmptyDocumentError: ``only`` names nobody of the program.
    """
    return _render(programme_sections, content, language, paper, produced, only)


def programme_pages(
    content: ProgramContent,
    *,
    language: str = "en",
    paper: str = "a4",
    only: Collection[str] | None = None,
) -> dict[str, range]:
    """Return the pages (numbered from 1) of each person in :func:`render_programmes`."""
    return _pages(programme_sections, content, language, paper, only)


def render_guide_sheets(
    content: ProgramContent,
    *,
    language: str = "en",
    paper: str = "a4",
    produced: dt.datetime | None = None,
    only: Collection[str] | None = None,
) -> bytes:
    """Return a sheet for each guide, interpreter, escort or driver who has an activity.

    Args:
        content: the program.
        language: ``en`` or ``tr``.
        paper: ``a4`` or ``letter``.
        produced: the creation date stamped in the file (the same date gives the same bytes).
        only: the keys of the staff to print (all when None).

    Raises:
        EmptyDocumentError: nobody selected has an activity.
    """
    return _render(guide_sections, content, language, paper, produced, only)


def guide_sheet_pages(
    content: ProgramContent,
    *,
    language: str = "en",
    paper: str = "a4",
    only: Collection[str] | None = None,
) -> dict[str, range]:
    """Return the pages (numbered from 1) of each staff member in :func:`render_guide_sheets`."""
    return _pages(guide_sections, content, language, paper, only)


def _render(
    build: Builder,
    content: ProgramContent,
    language: str,
    paper: str,
    produced: dt.datetime | None,
    only: Collection[str] | None,
) -> bytes:
    sheet = Sheet(paper=paper, language=language, title=content.title, produced=produced)
    return sheet.render(build(sheet, content, only), content.title)


def _pages(
    build: Builder,
    content: ProgramContent,
    language: str,
    paper: str,
    only: Collection[str] | None,
) -> dict[str, range]:
    sheet = Sheet(paper=paper, language=language, title=content.title, produced=None)
    try:
        return sheet.paginate(build(sheet, content, only)).keys
    finally:
        sheet.close()


def _text(sheet: Sheet, key: str, **values: object) -> str:
    return LABELS.text(key, sheet.language, **values)


def _wanted(key: str, only: Collection[str] | None) -> bool:
    return only is None or key in only


def programme_sections(
    sheet: Sheet, content: ProgramContent, only: Collection[str] | None = None
) -> list[Section]:
    """Return a section for each delegate (roster order), then each host official."""
    sections = [
        _delegate_section(sheet, content, delegate.key)
        for delegate in content.delegates
        if _wanted(delegate.key, only)
    ]
    sections += [
        _host_section(sheet, content, host.key)
        for host in content.hosts()
        if _wanted(host.key, only)
    ]
    return sections


def guide_sections(
    sheet: Sheet, content: ProgramContent, only: Collection[str] | None = None
) -> list[Section]:
    """Return a sheet for each staff member with at least one activity, in staff order."""
    sections = []
    for member in content.staff:
        if not _wanted(member.key, only):
            continue
        activities = [a for a in content.activities if any(g.key == member.key for g in a.guides)]
        if activities:
            sections.append(_guide_section(sheet, content, member, activities))
    return sections


def _schedule(
    sheet: Sheet,
    content: ProgramContent,
    activities: Sequence[ActivityItem],
    *,
    names: dict[str, str] | None = None,
    reader: str = "",
) -> list[Group]:
    """Return ``activities`` as one group per day, days in date order."""
    groups = []
    for day, items in sorted(days_of(activities).items()):
        rows = [
            activity_row(sheet, activity, names=names, reader=reader, rule=index > 0)
            for index, activity in enumerate(items)
        ]
        groups.append(day_group(sheet, content, day, rows))
    return groups


def _section(
    sheet: Sheet, key: str, kicker: str, name: str, details: Sequence[str], groups: list[Group]
) -> Section:
    title = page_title(sheet, kicker, name, [detail for detail in details if detail])
    return Section(key, key, tuple(groups), title, continued_title(sheet, name))


def _delegate_section(sheet: Sheet, content: ProgramContent, key: str) -> Section:
    delegate = next(item for item in content.delegates if item.key == key)
    attended = [activity for activity in content.activities if activity.attended_by(key)]
    groups = _schedule(sheet, content, attended)
    if not groups:
        nothing = sheet.column()
        nothing.add(_text(sheet, "nothing"), BODY)
        groups = [Group((Block(nothing.height, tuple(nothing.runs)),))]
    dates = date_range(content.first_day, content.last_day, sheet.language)
    details = [
        joined(delegate.title, delegate.organization),
        participant_role_word(delegate.role, sheet.language),
        joined(content.title, dates),
    ]
    return _section(sheet, key, _text(sheet, "programme"), delegate.name, details, groups)


def _host_section(sheet: Sheet, content: ProgramContent, key: str) -> Section:
    visits = [a for a in content.activities if any(host.key == key for host in a.hosts)]
    host = next(host for activity in visits for host in activity.hosts if host.key == key)
    names = {delegate.key: delegate.name for delegate in content.delegates}
    groups = [
        Group((delegation_facts(sheet, content),)),
        *_schedule(sheet, content, visits, names=names),
    ]
    details = [joined(host.title, host.organization)]
    return _section(sheet, key, _text(sheet, "host"), host.name, details, groups)


def _guide_section(
    sheet: Sheet, content: ProgramContent, member: Staff, activities: Sequence[ActivityItem]
) -> Section:
    language = sheet.language
    names = {delegate.key: delegate.name for delegate in content.delegates}
    spoken = ", ".join(language_name(code, language) for code in member.languages)
    roles = ", ".join(guide_role_word(role, language) for role in member.roles)
    details = [
        joined(member.title, member.organization),
        "" if roles.casefold() == member.title.strip().casefold() else roles,
        _text(sheet, "speaks", languages=spoken) if spoken else "",
        _text(sheet, "phone", phone=member.phone) if member.phone.strip() else "",
    ]
    kicker = _text(sheet, "driver" if "driver" in member.roles else "guide")
    schedule = _schedule(sheet, content, activities, names=names, reader=member.key)
    groups = [Group((delegation_facts(sheet, content),)), *schedule]
    return _section(sheet, member.key, kicker, member.name, details, groups)
