"""The program booklet: what every member of the delegation carries through the visit.

A cover (the program's title, organizer, partners, place and dates), then one
page or more for each day that has activities, then the participants (heads of
delegation first), then the people to call: the staff who accompany the
delegation, with their phones. Days are numbered from the program's first day
(an arrival day without activities still counts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coordinator.documents.blocks import ACCENT, INK, MUTED, Bar, Block, Column, Font, Run, row
from coordinator.documents.content import ProgramContent
from coordinator.documents.flow import SIDE_MARGIN, TOP_MARGIN, Group, Section
from coordinator.documents.schedule_layout import (
    BODY,
    LABEL,
    ROW_PADDING,
    Sheet,
    activity_row,
    continued_title,
    day_number,
    days_of,
    heads_of,
    joined,
    page_title,
)
from coordinator.documents.vocabulary import (
    Labels,
    date_range,
    guide_role_word,
    language_name,
    long_date,
    participant_role_word,
)

LABELS = Labels(
    {
        "booklet": ("Program booklet", "Program kitapçığı"),
        "dates": ("Dates", "Tarihler"),
        "place": ("Place", "Yer"),
        "organizer": ("Organized by", "Düzenleyen"),
        "partners": ("In cooperation with", "İş birliği yapılan kurumlar"),
        "delegation": ("The delegation", "Heyet"),
        "participants": ("Participants", "Katılımcılar"),
        "person": ("1 person", "1 kişi"),
        "people": ("{count} people", "{count} kişi"),
        "during": ("During the visit", "Ziyaret boyunca"),
        "contacts": ("Contacts", "İletişim"),
        "contacts_intro": (
            "Whom to call during the program",
            "Program boyunca ulaşabileceğiniz kişiler",
        ),
        "speaks": ("Speaks {languages}", "Konuştuğu diller: {languages}"),
    }
)
"""The fixed texts of the booklet, in English and Turkish."""

COVER_BAND = 12.0
"""Height of the accent band across the top edge of the cover."""
COVER_KICKER_TOP = 46.0
"""From the top edge of the cover to its "Program booklet" line."""
COVER_TITLE = (28.0, 16.0, 4)
"""The cover title's largest and smallest size in points, and most lines."""
COVER_VALUE = Font("", 13.0)
COVER_DATES = Font("B", 14.0, ACCENT)
COVER_LABEL = Font("", 9.0, MUTED)
COVER_KICKER = Font("B", 11.0, ACCENT)
NUMBER_COLUMN = 8.0
"""The running number of a participant."""
ROLE_COLUMN = 42.0
"""A participant's role ("Head of delegation") and a guide's roles."""
PHONE_COLUMN = 44.0
"""A phone number in bold 11 pt ("+90 533 111 22 33" is about 37 mm)."""
GAP = 4.0
"""Between two columns of the participants' and contacts' tables."""
PHONE = Font("B", 11.0)
NAME = Font("B", 11.0)
DETAIL = Font("", 9.5, MUTED)


def render_booklet(
    content: ProgramContent,
    *,
    language: str = "en",
    paper: str = "a4",
    produced: dt.datetime | None = None,
) -> bytes:
    """Return the program booklet as a PDF.

    Args:
        content: the program.
        language: ``en`` or ``tr``.
        paper: ``a4`` or ``letter``.
        produced: the creation date stamped in the file (the same date gives the same bytes).
    """
    sheet = Sheet(paper=paper, language=language, title=content.title, produced=produced)
    return sheet.render(booklet_sections(sheet, content), content.title)


def booklet_sections(sheet: Sheet, content: ProgramContent) -> list[Section]:
    """Return the booklet's sections: cover, days, participants, contacts."""
    names = {delegate.key: delegate.name for delegate in content.delegates}
    sections = [_cover(sheet, content)]
    for day, activities in sorted(days_of(content.activities).items()):
        date = long_date(day, sheet.language)
        kicker = sheet.text("day", number=day_number(content, day))
        rows = tuple(
            activity_row(sheet, activity, names=names, rule=index > 0)
            for index, activity in enumerate(activities)
        )
        sections.append(
            Section(
                f"day:{day.isoformat()}",
                "booklet",
                (Group(rows),),
                page_title(sheet, kicker, date, ()),
                continued_title(sheet, date),
            )
        )
    sections += [
        section for section in (_participants(sheet, content), _contacts(sheet, content)) if section
    ]
    return sections


def _text(sheet: Sheet, key: str, **values: object) -> str:
    return LABELS.text(key, sheet.language, **values)


def _cover(sheet: Sheet, content: ProgramContent) -> Section:
    """Return the cover: band, title, then dates, place, organizer and partners."""
    top = COVER_KICKER_TOP - TOP_MARGIN
    runs = [Run(0.0, top, _text(sheet, "booklet"), COVER_KICKER)]
    largest, smallest, most = COVER_TITLE
    fitted = sheet.doc.fit(
        content.title,
        "sans",
        "B",
        width=sheet.width,
        height=Font("B", largest).line * (most - 1),
        largest=largest,
        smallest=smallest,
        max_lines=most,
    )
    title_font = Font("B", fitted.size, INK)
    y = top + COVER_KICKER.line + 2.0
    runs += [
        Run(0.0, y + i * title_font.line, line, title_font) for i, line in enumerate(fitted.lines)
    ]
    y += len(fitted.lines) * title_font.line + 6.0
    bars = [
        Bar(-SIDE_MARGIN, -TOP_MARGIN, sheet.geometry.width, COVER_BAND, ACCENT),
        Bar(0.0, y, 30.0, 1.2, ACCENT),
    ]
    facts = Column(sheet.doc, 0.0, sheet.width)
    place = joined(content.city, content.country)
    dates = date_range(content.first_day, content.last_day, sheet.language)
    items: list[tuple[str, Sequence[str], Font]] = [
        ("dates", [dates], COVER_DATES),
        ("place", [place], COVER_VALUE),
        ("organizer", [content.organizer], COVER_VALUE),
        ("partners", content.partners, COVER_VALUE),
    ]
    for key, values, font in items:
        printed = [value for value in values if value.strip()]
        if printed:
            facts.add(_text(sheet, key), COVER_LABEL, gap=7.0)
        for value in printed:
            facts.add(value, font, gap=0.8)
    y += 10.0
    runs += [Run(run.x, run.y + y, run.text, run.font) for run in facts.runs]
    cover = Block(y + facts.height, tuple(runs), tuple(bars))
    return Section("cover", "booklet", (Group((cover,)),), footer=False)


def _participants(sheet: Sheet, content: ProgramContent) -> Section | None:
    """Return the participants' pages, heads of delegation first, or None without any."""
    if not content.delegates:
        return None
    heads = heads_of(content)
    ordered = heads + [delegate for delegate in content.delegates if delegate not in heads]
    count = len(ordered)
    size = _text(sheet, "person") if count == 1 else _text(sheet, "people", count=count)
    name_x = NUMBER_COLUMN
    role_x = sheet.width - ROLE_COLUMN
    rows = []
    for number, delegate in enumerate(ordered, start=1):
        numbers = sheet.column(0.0, NUMBER_COLUMN)
        numbers.add(f"{number}.", Font("", 10.5, MUTED))
        person = sheet.column(name_x, role_x - name_x - GAP)
        person.add(delegate.name, NAME)
        person.add(joined(delegate.title, delegate.organization), DETAIL, gap=0.4)
        role = sheet.column(role_x, ROLE_COLUMN)
        role.add(participant_role_word(delegate.role, sheet.language), BODY, gap=0.0)
        rows.append(
            row([numbers, person, role], width=sheet.width, padding=ROW_PADDING, rule=number > 1)
        )
    title = _text(sheet, "participants")
    return Section(
        "participants",
        "booklet",
        (Group(tuple(rows)),),
        page_title(sheet, _text(sheet, "delegation"), title, [size]),
        continued_title(sheet, title),
    )


def _contacts(sheet: Sheet, content: ProgramContent) -> Section | None:
    """Return the page of whom to call (the staff with a phone), or None without any."""
    staff = [member for member in content.staff if member.phone.strip()]
    if not staff:
        return None
    phone_x = sheet.width - PHONE_COLUMN
    role_x = phone_x - GAP - ROLE_COLUMN
    rows = []
    for index, member in enumerate(staff):
        person = sheet.column(0.0, role_x - GAP)
        person.add(member.name, NAME)
        person.add(joined(member.title, member.organization), DETAIL, gap=0.4)
        spoken = ", ".join(language_name(code, sheet.language) for code in member.languages)
        if spoken:
            person.add(_text(sheet, "speaks", languages=spoken), LABEL, gap=0.4)
        roles = sheet.column(role_x, ROLE_COLUMN)
        for role in member.roles:
            roles.add(guide_role_word(role, sheet.language), BODY)
        phone = sheet.column(phone_x, PHONE_COLUMN)
        phone.add(member.phone, PHONE)
        rows.append(
            row([person, roles, phone], width=sheet.width, padding=ROW_PADDING, rule=index > 0)
        )
    title = _text(sheet, "contacts")
    intro = _text(sheet, "contacts_intro")
    return Section(
        "contacts",
        "booklet",
        (Group(tuple(rows)),),
        page_title(sheet, _text(sheet, "during"), title, [intro]),
        continued_title(sheet, title),
    )
