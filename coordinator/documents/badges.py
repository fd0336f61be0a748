"""Name badges: sheets of A7 or A6 badges to cut apart, one per person of the visit.

A badge has a colour band naming the person's role, the name large, the
title and organization under it and the program's title at the bottom.
Badges touch each other on the sheet and are cut apart along the marks
that :mod:`coordinator.documents.sheets` draws; everything printed on a
badge stays :data:`~coordinator.documents.sheets.PADDING` inside its edges.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from itertools import groupby

from coordinator.documents.cards import (
    SOFT_INK,
    Box,
    Colour,
    MeasuringDocument,
    PlacedText,
    Slot,
    draw_line,
    draw_texts,
    place,
    stack,
)
from coordinator.documents.content import ProgramContent
from coordinator.documents.pdf import PdfDocument
from coordinator.documents.people import NamedPerson, badge_holders, role_text
from coordinator.documents.sheets import PADDING, Grid, Segment, draw_marks, sheet_grid
from coordinator.documents.sheets import cut_marks as grid_cut_marks
from coordinator.documents.vocabulary import Labels, check_language

LABELS = Labels({"document_title": ("Badges – {program}", "Yaka kartları – {program}")})

RULE_WIDTH = 0.3
"""The width of the rule above the program's title."""
BAND_CORNER = 1.5
"""The radius of the band's rounded corners."""
BAND_TEXT: Colour = (255, 255, 255)

ROLE_COLOURS: dict[str, Colour] = {
    "head": (155, 28, 49),
    "member": (22, 78, 140),
    "staff": (84, 96, 108),
    "guide": (30, 112, 64),
    "interpreter": (181, 84, 14),
    "escort": (104, 58, 140),
    "driver": (112, 76, 40),
    "host_official": (0, 112, 122),
}
"""The band's colour for each role: dark enough for white text on it."""
OTHER_ROLE: Colour = (90, 90, 90)


@dataclass(frozen=True)
class BadgeSize:
    """The measures of one badge size: millimetres from the badge's top, and points.

    The band starts :data:`PADDING` from the top; the program's title ends
    :data:`PADDING` from the bottom, under a thin rule. A name stays on one
    line down to ``name_one_line`` points before it takes two.
    """

    width: float
    height: float
    band_height: float
    role_largest: float
    name_top: float
    name_height: float
    name_largest: float
    name_one_line: float
    details_top: float
    details_height: float
    title_largest: float
    organization_largest: float
    program_top: float
    program_largest: float
    program_lines: int


BADGE_SIZES: dict[str, BadgeSize] = {
    "a7": BadgeSize(
        width=105.0, height=74.0, band_height=12.0, role_largest=11.0,
        name_top=20.0, name_height=22.0, name_largest=24.0, name_one_line=18.0,
        details_top=43.0, details_height=15.0, title_largest=11.0, organization_largest=10.0,
        program_top=61.0, program_largest=7.0, program_lines=2,
    ),
    "a6": BadgeSize(
        width=105.0, height=148.0, band_height=20.0, role_largest=16.0,
        name_top=31.0, name_height=48.0, name_largest=36.0, name_one_line=32.0,
        details_top=82.0, details_height=32.0, title_largest=15.0, organization_largest=13.0,
        program_top=120.0, program_largest=10.0, program_lines=3,
    ),
}  # fmt: skip
"""A7: 105 x 74 mm, eight to an A4 sheet; A6: 105 x 148 mm, four to an A4 sheet."""
RULE_ABOVE_PROGRAM = 1.5
"""Millimetres between the rule and the program's title under it."""
BAND_INSET = 1.5
"""Millimetres between the band's top and bottom edges and the role in it (twice that at
its ends)."""
DETAILS_GAP_SHARE = 0.05
"""The share of the details' box kept between the title and the organization."""


@dataclass(frozen=True)
class BadgeLayout:
    """One person's badge: the sheet it is on, its edges, band and texts."""

    person: NamedPerson
    sheet: int
    card: Box
    band: Box
    colour: Colour
    rule: Segment
    role: PlacedText
    name: PlacedText
    details: tuple[PlacedText, ...]
    program: PlacedText

    @property
    def texts(self) -> tuple[PlacedText, ...]:
        """Every text of the badge."""
        return (self.role, self.name, *self.details, self.program)


def badge_size(size: str) -> BadgeSize:
    """Return the measures of ``size`` (``a7`` or ``a6``).

    Raises:
        ValueError: for any other size.
    """
    if size not in BADGE_SIZES:
        msg = f"Badges are A7 or A6, not {size!r}"
        raise ValueError(msg)
    return BADGE_SIZES[size]


def badge_grid(paper: str, size: str) -> Grid:
    """Return how badges of ``size`` fill a portrait sheet of ``paper``.

    Raises:
        ValueError: for an unknown paper or badge size.
    """
    measures = badge_size(size)
    return sheet_grid(paper, measures.width, measures.height)


def cut_marks(paper: str, size: str) -> list[Segment]:
    """Return the cut marks of a sheet of badges of ``size`` (see :func:`sheets.cut_marks`)."""
    return grid_cut_marks(badge_grid(paper, size))


def layout_badges(
    pdf: PdfDocument,
    content: ProgramContent,
    *,
    language: str = "en",
    size: str = "a7",
    only: Collection[str] | None = None,
) -> list[BadgeLayout]:
    """Lay out everyone's badge on sheets of ``pdf``'s paper, measuring with ``pdf``."""
    check_language(language)
    grid = badge_grid(pdf.paper, size)
    measures = badge_size(size)
    texts = _BadgeTexts(pdf, measures, content.title, language)
    layouts = []
    for index, person in enumerate(badge_holders(content, only)):
        card = grid.card(index)
        layouts.append(texts.badge(person, index // grid.per_sheet, card))
    return layouts


class _BadgeTexts:
    """Fits the texts of badges of one size, each different text once."""

    def __init__(self, pdf: PdfDocument, measures: BadgeSize, program: str, language: str) -> None:
        self.pdf = pdf
        self.measures = measures
        self.language = language
        inner = Box(0, 0, measures.width, measures.height).inset(PADDING)
        self.band = Box(inner.x, inner.y, inner.width, measures.band_height)
        self.name_box = Box(inner.x, measures.name_top, inner.width, measures.name_height)
        self.details_box = Box(inner.x, measures.details_top, inner.width, measures.details_height)
        self.rule_y = measures.program_top - RULE_ABOVE_PROGRAM
        program_box = Box(
            inner.x, measures.program_top, inner.width, inner.bottom - measures.program_top
        )
        program_slot = Slot(
            program, program_box.height, measures.program_largest,
            max_lines=measures.program_lines, colour=SOFT_INK,
        )  # fmt: skip
        self.program = place(pdf, program_slot, program_box)
        self.role = cache(self._role)
        self.details = cache(self._details)

    def badge(self, person: NamedPerson, sheet: int, card: Box) -> BadgeLayout:
        """Return ``person``'s badge placed at ``card``."""
        colour = ROLE_COLOURS.get(person.first_role, OTHER_ROLE)
        name_slot = Slot(
            person.name, self.name_box.height, self.measures.name_largest, style="B",
            one_line_down_to=self.measures.name_one_line,
        )  # fmt: skip
        name = place(self.pdf, name_slot, self.name_box)
        x, y = card.x, card.y
        return BadgeLayout(
            person=person,
            sheet=sheet,
            card=card,
            band=self.band.moved(x, y),
            colour=colour,
            rule=(x + self.band.x, y + self.rule_y, x + self.band.right, y + self.rule_y),
            role=self.role(role_text(person, self.language)).moved(x, y),
            name=name.moved(x, y),
            details=tuple(
                text.moved(x, y) for text in self.details(person.title, person.organization)
            ),
            program=self.program.moved(x, y),
        )

    def _role(self, words: str) -> PlacedText:
        box = self.band.inset(BAND_INSET * 2, BAND_INSET)
        slot = Slot(words, box.height, self.measures.role_largest, style="B", colour=BAND_TEXT)
        return place(self.pdf, slot, box)

    def _details(self, title: str, organization: str) -> tuple[PlacedText, ...]:
        """Return the title and organization set under each other in the details' box."""
        measures = self.measures
        gap = measures.details_height * DETAILS_GAP_SHARE
        # The room each may take is in proportion to its largest size.
        per_point = (measures.details_height - gap) / (
            measures.title_largest + measures.organization_largest
        )
        slots = (
            Slot(title, measures.title_largest * per_point, measures.title_largest),
            Slot(
                organization,
                measures.organization_largest * per_point,
                measures.organization_largest,
                gap=gap,
                colour=SOFT_INK,
            ),
        )
        return tuple(stack(self.pdf, slots, self.details_box))


def render_badges(
    content: ProgramContent,
    *,
    language: str = "en",
    size: str = "a7",
    paper: str = "a4",
    produced: dt.datetime | None = None,
    only: Collection[str] | None = None,
) -> bytes:
    """Return the badges of a program as a PDF of portrait sheets to cut apart.

    On A4 a sheet holds 8 A7 badges (2 columns x 4 rows) or 4 A6 badges
    (2 x 2); on Letter, as many as fit: 6 A7 badges (2 x 3) or 2 A6 badges
    (2 x 1), centred, with crop marks in the margins.

    Args:
        content: the program.
        language: ``en`` or ``tr``, for the role in each band.
        size: ``a7`` (105 x 74 mm, landscape) or ``a6`` (105 x 148 mm, portrait).
        paper: ``a4`` or ``letter``.
        produced: the creation date stamped in the file (now when not given).
        only: the keys of the people to print; everyone when not given.

    Raises:
        ValueError: for an unknown language, size or paper.
    """
    check_language(language)
    pdf = MeasuringDocument(
        paper=paper,
        title=LABELS.text("document_title", language, program=content.title),
        language=language,
        produced=produced,
    )
    try:
        layouts = layout_badges(pdf, content, language=language, size=size, only=only)
        _draw_sheets(pdf, layouts, cut_marks(paper, size))
        return pdf.output_bytes()
    finally:
        pdf.close_fonts()


def _draw_sheets(pdf: PdfDocument, layouts: list[BadgeLayout], marks: list[Segment]) -> None:
    """Draw the badges sheet by sheet, each sheet with its cut marks (one sheet when empty)."""
    sheets = [list(badges) for _, badges in groupby(layouts, key=lambda layout: layout.sheet)]
    for badges in sheets or [[]]:
        pdf.add_page()
        for layout in badges:
            _draw_badge(pdf, layout)
        draw_marks(pdf, marks)


def _draw_badge(pdf: PdfDocument, layout: BadgeLayout) -> None:
    band = layout.band
    pdf.set_fill_color(*layout.colour)
    pdf.rect(
        band.x,
        band.y,
        band.width,
        band.height,
        style="F",
        round_corners=True,
        corner_radius=BAND_CORNER,
    )
    pdf.set_draw_color(*layout.colour)
    x1, y1, x2, y2 = layout.rule
    draw_line(pdf, (x1, y1), (x2, y2), RULE_WIDTH)
    draw_texts(pdf, layout.texts)
