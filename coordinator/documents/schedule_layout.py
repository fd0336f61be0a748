"""The schedule pages the booklet and the personal programmes share.

A schedule is a table of activities: a narrow time column (the time span,
with the kind of activity under it) beside a description column (the title,
then the place, the hosts with their titles of that visit, who accompanies
the delegation, and who attends when not everybody does). Each label of the
description column sits in a sub-column of its own, as wide as the longest
label of the language, so that the values line up. Days head the rows and are
repeated, "(continued)", on every page a day runs onto; every page but a
cover has a footer with the program's title and "Page 2 of 7".

An empty field prints nothing: no label is printed without a value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from coordinator.documents.blocks import (
    ACCENT,
    MUTED,
    Bar,
    Block,
    Column,
    Font,
    Run,
    lines_block,
    row,
)
from coordinator.documents.content import ActivityItem, Delegate, ProgramContent
from coordinator.documents.flow import Geometry, Group, Layout, Section, draw, paginate
from coordinator.documents.pdf import PdfDocument
from coordinator.documents.vocabulary import (
    Labels,
    check_language,
    date_range,
    guide_role_word,
    kind_word,
    language_name,
    long_date,
    time_span,
)

LABELS = Labels(
    {
        "day": ("Day {number}", "{number}. Gün"),
        "continued": ("{heading} (continued)", "{heading} (devam)"),
        "page": ("Page {number} of {total}", "Sayfa {number} / {total}"),
        "place": ("Place", "Yer"),
        "host": ("Host", "Ev sahibi"),
        "hosts": ("Hosts", "Ev sahipleri"),
        "guides": ("Accompanied by", "Eşlik edenler"),
        "attending": ("Attending", "Katılanlar"),
        "own_role": ("Your role", "Göreviniz"),
        "program": ("Program", "Program"),
        "dates": ("Dates", "Tarihler"),
        "delegation": ("Delegation", "Heyet"),
        "person": ("1 person", "1 kişi"),
        "people": ("{count} people", "{count} kişi"),
        "head": ("Head of delegation", "Heyet başkanı"),
        "languages": ("Languages", "Diller"),
    }
)
"""The fixed texts of every schedule page, in English and Turkish."""

ROW_LABELS = ("place", "host", "hosts", "guides", "attending", "own_role")
"""The labels of an activity's description column: the widest sets the label sub-column."""
FACT_LABELS = ("program", "dates", "delegation", "head", "languages")
"""The labels of the facts about the delegation atop a host's or guide's pages."""

TIME_COLUMN = 27.0
"""Width of the time column: "10:00–10:45" in bold 10 pt is about 22 mm."""
COLUMN_GAP = 5.0
"""Between the time column and the description column."""
LABEL_GAP = 3.0
"""Between a label and its value."""
ROW_PADDING = 2.4
"""Above and below the text of each row, under the hairline that separates rows."""
VALUE_SPACING = 0.8
"""Between two hosts or two guides of an activity (a venue and its address stay close)."""
HEADING_RULE = 0.5
"""Thickness of the accent rule under a page's title."""

TIME = Font("B", 10.0)
KIND = Font("", 8.0, MUTED)
TITLE = Font("B", 10.5)
BODY = Font("", 9.5)
LABEL = Font("", 8.5, MUTED)
KICKER = Font("B", 9.5, ACCENT)
PAGE_TITLE = Font("B", 20.0)
DETAIL = Font("", 10.5, MUTED)
DAY = Font("B", 12.0, ACCENT)
DAY_NUMBER = Font("", 10.0, MUTED)
CONTINUED = Font("B", 10.5, MUTED)


class EmptyDocumentError(ValueError):
    """Nothing to print: no day, person or sheet matches what was asked for."""


class Sheet:
    """The document being laid out: its PDF (which measures text), paper and language."""

    def __init__(
        self, *, paper: str, language: str, title: str, produced: dt.datetime | None
    ) -> None:
        self.language = check_language(language)
        self.doc = PdfDocument(paper=paper, title=title, language=language, produced=produced)
        self.geometry = Geometry.for_paper(paper)
        self.width = self.geometry.text_width
        self.label_width = self._widest(ROW_LABELS, LABEL) + LABEL_GAP
        self.fact_width = self._widest(FACT_LABELS, LABEL) + LABEL_GAP

    def text(self, key: str, **values: object) -> str:
        """Return the schedule label ``key`` in the sheet's language."""
        return LABELS.text(key, self.language, **values)

    def measure(self, text: str, font: Font) -> float:
        """Return the width of ``text`` in ``font``."""
        return self.doc.width_of(text, font.family, font.style, font.size)

    def _widest(self, keys: Iterable[str], font: Font) -> float:
        return max(self.measure(self.text(key), font) for key in keys)

    def column(self, x: float = 0.0, width: float | None = None) -> Column:
        """Return an empty column at ``x``, as wide as the text (less ``x``) by default."""
        return Column(self.doc, x, self.width - x if width is None else width)

    def render(self, sections: Iterable[Section], footer_title: str) -> bytes:
        """Flow ``sections`` over pages and return the finished PDF.

        Raises:
            EmptyDocumentError: there are no sections.
        """
        try:
            layout = self.paginate(sections)
            if not layout.pages:
                msg = "Nothing to print: no page matches the selection"
                raise EmptyDocumentError(msg)
            draw(self.doc, layout, footer_title, self._page_label)
            return self.doc.output_bytes()
        finally:
            self.close()

    def paginate(self, sections: Iterable[Section]) -> Layout:
        """Return the pages ``sections`` take, without drawing them."""
        return paginate(self.geometry, sections)

    def close(self) -> None:
        """Close the font files the document read."""
        self.doc.close_fonts()

    def _page_label(self, number: int, total: int) -> str:
        return self.text("page", number=number, total=total)


def joined(*parts: str, separator: str = ", ") -> str:
    """Return the non-empty ``parts`` joined: "Hilmi Türkmen, Mayor, Üsküdar Municipality"."""
    return separator.join(part.strip() for part in parts if part.strip())


def day_number(content: ProgramContent, day: dt.date) -> int:
    """Return which day of the program ``day`` is, the first day being day 1."""
    return (day - content.first_day).days + 1


def days_of(activities: Iterable[ActivityItem]) -> dict[dt.date, list[ActivityItem]]:
    """Return ``activities`` by day, days in the order they first come, activities as given."""
    days: dict[dt.date, list[ActivityItem]] = {}
    for activity in activities:
        days.setdefault(activity.day, []).append(activity)
    return days


def heads_of(content: ProgramContent) -> list[Delegate]:
    """Return the heads of the delegation, in roster order."""
    return content.heads()


def delegation_languages(content: ProgramContent) -> list[str]:
    """Return the program's languages, or else every language a delegate speaks, once."""
    return content.delegation_languages()


def page_title(sheet: Sheet, kicker: str, title: str, details: Sequence[str]) -> Block:
    """Return the title that opens a section: a small kicker, a large title, detail lines."""
    items = [(kicker, KICKER, 0.0), (title, PAGE_TITLE, 1.0)]
    items += [(detail, DETAIL, 0.6) for detail in details]
    block = lines_block(sheet.doc, items, sheet.width)
    rule = Bar(0.0, block.height + 3.0, sheet.width, HEADING_RULE, ACCENT)
    return Block(block.height + 3.0 + HEADING_RULE + 4.0, block.runs, (rule,))


def continued_title(sheet: Sheet, title: str) -> Block:
    """Return the line that tops each further page of a section: "… (continued)"."""
    text = sheet.text("continued", heading=title)
    return lines_block(sheet.doc, [(text, CONTINUED, 0.0)], sheet.width)


def day_group(sheet: Sheet, content: ProgramContent, day: dt.date, rows: Sequence[Block]) -> Group:
    """Return the rows of ``day`` under its heading: "25 August 2021, Wednesday   Day 2".

    The day moves to a new page rather than break, when it fits on one.
    """
    date = long_date(day, sheet.language)
    number = sheet.text("day", number=day_number(content, day))
    offset = DAY.baseline - DAY_NUMBER.baseline
    heading = Block(
        DAY.line + 1.2,
        (
            Run(0.0, 0.0, date, DAY),
            Run(sheet.measure(date, DAY) + 4.0, offset, number, DAY_NUMBER),
        ),
        space_before=6.0,
    )
    continued = lines_block(
        sheet.doc, [(sheet.text("continued", heading=date), DAY, 0.0)], sheet.width, space=3.0
    )
    spaced = Block(continued.height + 1.2, continued.runs, (), 3.0)
    return Group(tuple(rows), heading, spaced, keep=True)


def activity_row(
    sheet: Sheet,
    activity: ActivityItem,
    *,
    names: Mapping[str, str] | None = None,
    reader: str = "",
    rule: bool = True,
) -> Block:
    """Return one activity as a row of the schedule.

    Args:
        sheet: the document being laid out.
        activity: the activity.
        names: the delegates' names by key: given, the row says who attends an
            activity that not everybody attends.
        reader: the key of the guide whose sheet this is: the row gives their
            role and leaves them out of who accompanies the delegation.
        rule: draw the hairline above the row (not under a heading).
    """
    language = sheet.language
    times = sheet.column(0.0, TIME_COLUMN)
    times.add(time_span(activity.start, activity.end), TIME)
    times.add(kind_word(activity.kind, language), KIND, gap=0.8)
    text = sheet.column(TIME_COLUMN + COLUMN_GAP)
    text.add(activity.title, TITLE)
    hosts = [joined(host.name, host.title, host.organization) for host in activity.hosts]
    lines: list[tuple[str, list[str]]] = [
        ("place", [activity.venue, activity.address]),
        ("host" if len(hosts) == 1 else "hosts", hosts),
    ]
    others = [guide for guide in activity.guides if guide.key != reader]
    people = [joined(guide.name, guide_role_word(guide.role, language)) for guide in others]
    lines.append(("guides", people))
    if reader:
        roles = [guide_role_word(g.role, language) for g in activity.guides if g.key == reader]
        lines.append(("own_role", [", ".join(roles)]))
    if names is not None and activity.attendees:
        attending = [names[key] for key in activity.attendees if key in names]
        lines.append(("attending", [", ".join(attending)]))
    for key, values in lines:
        spacing = 0.0 if key == "place" else VALUE_SPACING
        text.add_labelled(sheet.text(key), values, LABEL, BODY, sheet.label_width, spacing=spacing)
    return row([times, text], width=sheet.width, padding=ROW_PADDING, rule=rule)


def delegation_facts(sheet: Sheet, content: ProgramContent) -> Block:
    """Return what a host or guide is told of the visit: program, size, head, languages."""
    language = sheet.language
    count = len(content.delegates)
    size = sheet.text("person") if count == 1 else sheet.text("people", count=count)
    heads = [joined(head.name, head.title, head.organization) for head in heads_of(content)]
    languages = [language_name(code, language) for code in delegation_languages(content)]
    facts = [
        ("program", [content.title]),
        ("dates", [date_range(content.first_day, content.last_day, language)]),
        ("delegation", [size] if count else []),
        ("head", heads),
        ("languages", [", ".join(languages)]),
    ]
    column = sheet.column()
    for key, values in facts:
        column.add_labelled(sheet.text(key), values, LABEL, BODY, sheet.fact_width)
    return Block(column.height + 2.0, tuple(column.runs), space_before=1.0)
