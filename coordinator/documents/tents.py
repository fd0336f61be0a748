"""Name tents for a meeting table: one landscape sheet per person, folded in two.

The sheet is folded along its horizontal middle into a tent standing on the
table. Each half carries the person's name, large, and the title and
organization under it; the upper half is drawn turned by 180 degrees, so
that once folded both faces read upright, one towards the person's
counterparts and one towards the person. A light dashed line shows the fold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from coordinator.documents.cards import (
    SOFT_INK,
    Box,
    Colour,
    MeasuringDocument,
    PlacedText,
    Slot,
    draw_line,
    draw_texts,
    stack,
)
from coordinator.documents.content import ProgramContent
from coordinator.documents.pdf import PdfDocument
from coordinator.documents.people import NamedPerson, tent_holders
from coordinator.documents.vocabulary import Labels, check_language

LABELS = Labels({"document_title": ("Name tents – {program}", "Masa isimlikleri – {program}")})

SIDE_PADDING = 15.0
"""Millimetres kept free left and right of the text, inside the sheet's edges."""
EDGE_PADDING = 12.0
"""Millimetres kept free above and below the text on each half: from the fold
and from the sheet's edge, which stands on the table."""
NAME_HEIGHT = 50.0
NAME_LARGEST = 66.0
NAME_ONE_LINE = 48.0
"""The name's box height (two lines of 56 points fit), its largest size, and the
size down to which it stays on one line before it takes two."""
NAME_GAP = 4.0
TITLE_HEIGHT = 12.0
TITLE_LARGEST = 22.0
ORGANIZATION_HEIGHT = 11.0
ORGANIZATION_LARGEST = 19.0
DETAILS_GAP = 1.0
"""The title and organization under the name: one line at the largest size,
or two smaller lines when a long one needs them."""
FOLD_COLOUR: Colour = (175, 175, 175)
FOLD_WIDTH = 0.2
FOLD_DASH = 3.0
"""The fold line: light grey, thin, dashed."""


@dataclass(frozen=True)
class TentLayout:
    """One person's tent: the lower half and the texts on it.

    The upper half carries the same texts turned by 180 degrees about the
    sheet's centre, which brings the lower half onto the upper one.
    """

    person: NamedPerson
    sheet: Box
    half: Box
    texts: tuple[PlacedText, ...]

    @property
    def name(self) -> PlacedText:
        """The person's name."""
        return self.texts[0]

    @property
    def fold_y(self) -> float:
        """The y of the fold: the sheet's horizontal middle."""
        return self.half.y


def layout_tents(
    pdf: PdfDocument, content: ProgramContent, only: Collection[str] | None = None
) -> list[TentLayout]:
    """Lay out the tent of each delegate and host on ``pdf``'s landscape sheet.

    Raises:
        ValueError: when ``pdf``'s pages are not landscape.
    """
    sheet = Box(0, 0, float(pdf.w), float(pdf.h))
    if sheet.width <= sheet.height:
        msg = "Name tents are laid out on landscape sheets"
        raise ValueError(msg)
    half = Box(0, sheet.height / 2, sheet.width, sheet.height / 2)
    area = half.inset(SIDE_PADDING, EDGE_PADDING)
    return [
        TentLayout(person, sheet, half, tuple(stack(pdf, _slots(person), area)))
        for person in tent_holders(content, only)
    ]


def _slots(person: NamedPerson) -> list[Slot]:
    return [
        Slot(person.name, NAME_HEIGHT, NAME_LARGEST, style="B", one_line_down_to=NAME_ONE_LINE),
        Slot(person.title, TITLE_HEIGHT, TITLE_LARGEST, gap=NAME_GAP),
        Slot(
            person.organization,
            ORGANIZATION_HEIGHT,
            ORGANIZATION_LARGEST,
            gap=DETAILS_GAP,
            colour=SOFT_INK,
        ),
    ]


def render_tents(
    content: ProgramContent,
    *,
    language: str = "en",
    paper: str = "a4",
    produced: dt.datetime | None = None,
    only: Collection[str] | None = None,
) -> bytes:
    """Return the name tents of a program as a PDF, one landscape sheet per person.

    Every delegate and every host of the program gets one tent, the delegates
    first in roster order; ``only`` restricts them to those keys.

    Args:
        content: the program.
        language: ``en`` or ``tr`` (the document's title; names are as written).
        paper: ``a4`` or ``letter``.
        produced: the creation date stamped in the file (now when not given).
        only: the keys of the people to print; everyone when not given.

    Raises:
        ValueError: for an unknown language or paper.
    """
    check_language(language)
    pdf = MeasuringDocument(
        paper=paper,
        landscape=True,
        title=LABELS.text("document_title", language, program=content.title),
        language=language,
        produced=produced,
    )
    try:
        layouts = layout_tents(pdf, content, only)
        for layout in layouts:
            pdf.add_page()
            _draw_tent(pdf, layout)
        if not layouts:
            pdf.add_page()
        return pdf.output_bytes()
    finally:
        pdf.close_fonts()


def _draw_tent(pdf: PdfDocument, layout: TentLayout) -> None:
    sheet = layout.sheet
    draw_texts(pdf, layout.texts)
    with pdf.rotation(180, x=sheet.width / 2, y=sheet.height / 2):
        draw_texts(pdf, layout.texts)
    pdf.set_draw_color(*FOLD_COLOUR)
    pdf.set_dash_pattern(dash=FOLD_DASH, gap=FOLD_DASH)
    draw_line(pdf, (0, layout.fold_y), (sheet.width, layout.fold_y), FOLD_WIDTH)
    pdf.set_dash_pattern()
