"""Text set in boxes, for the documents printed one card per person.

Badges, name tents and certificates are laid out before they are drawn: a
layout function returns, for each person, the boxes it uses and the
:class:`PlacedText` in each (the font size and the lines the text was
broken into), and the renderer only draws them. So a test can measure what
will be printed: that no line is wider than its box, no box leaves its card.

:class:`MeasuringDocument` remembers the width of every string it measured
(text width grows in proportion to the font size), so fitting thousands of
names tries each size without measuring a string twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations, pairwise

from coordinator.documents.pdf import Align, FittedText, PdfDocument

TOLERANCE = 1e-6
"""How far, in millimetres, a box may pass another's edge by rounding alone."""
BALANCE_WORDS = 24
"""The longest text, in words, whose lines are balanced."""
MEASURE_BIAS = 1 + 1e-9
"""Widths from the cache are taken this much wider, so that a line the cache
accepts is never wider than its box when measured directly."""

Colour = tuple[int, int, int]
INK: Colour = (33, 37, 41)
"""Names and headings: not pure black, which prints harsh next to colour."""
SOFT_INK: Colour = (80, 86, 92)
"""Titles, organizations and small print."""


@dataclass(frozen=True)
class Box:
    """A rectangle on the page in millimetres, ``(x, y)`` its top left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """The y of the bottom edge."""
        return self.y + self.height

    def inset(self, horizontal: float, vertical: float | None = None) -> Box:
        """Return the box shrunk by ``horizontal`` left and right, ``vertical`` top and bottom."""
        down = horizontal if vertical is None else vertical
        return Box(
            self.x + horizontal, self.y + down, self.width - 2 * horizontal, self.height - 2 * down
        )

    def moved(self, dx: float, dy: float) -> Box:
        """Return the same box moved ``dx`` right and ``dy`` down."""
        return Box(self.x + dx, self.y + dy, self.width, self.height)

    def contains(self, other: Box, padding: float = 0.0) -> bool:
        """Tell whether ``other`` lies inside this box, at least ``padding`` from each edge."""
        return (
            other.x >= self.x + padding - TOLERANCE
            and other.y >= self.y + padding - TOLERANCE
            and other.right <= self.right - padding + TOLERANCE
            and other.bottom <= self.bottom - padding + TOLERANCE
        )


@dataclass(frozen=True)
class PlacedText:
    """Text fitted to a box: what is drawn, where, in which font and colour."""

    text: str
    fitted: FittedText
    box: Box
    family: str = "sans"
    style: str = ""
    colour: Colour = INK
    align: Align = "C"

    def moved(self, dx: float, dy: float) -> PlacedText:
        """Return the same text in its box moved ``dx`` right and ``dy`` down."""
        return replace(self, box=self.box.moved(dx, dy))


@dataclass(frozen=True)
class Slot:
    """One text of a stack: its font, its largest size and the most room it may take.

    ``height`` is the most the text may take in millimetres (it shrinks to
    fit); ``gap`` is the space kept above it when something precedes it.
    When ``one_line_down_to`` is given, the text stays on one line as long
    as that size or a larger one fits, before it may take more lines.
    """

    text: str
    height: float
    largest: float
    family: str = "sans"
    style: str = ""
    smallest: float = 6.0
    max_lines: int = 2
    gap: float = 0.0
    colour: Colour = INK
    one_line_down_to: float = 0.0


class MeasuringDocument(PdfDocument):
    """A :class:`PdfDocument` that measures each string once, at one point.

    Without text shaping, fpdf2 sums the advance widths of the characters and
    scales them by the font size, so a width measured at one point serves
    every size.
    """

    def __init__(
        self,
        *,
        paper: str = "a4",
        landscape: bool = False,
        title: str = "",
        language: str = "en",
        produced: dt.datetime | None = None,
    ) -> None:
        super().__init__(
            paper=paper, landscape=landscape, title=title, language=language, produced=produced
        )
        self._unit_widths: dict[tuple[str, str, str], float] = {}

    def width_of(self, text: str, family: str, style: str, size: float) -> float:
        """Return the width of ``text`` in millimetres, from the cache when measured before."""
        key = (text, family, style)
        unit = self._unit_widths.get(key)
        if unit is None:
            unit = super().width_of(text, family, style, 1.0)
            self._unit_widths[key] = unit
        return unit * size * MEASURE_BIAS


def place(pdf: PdfDocument, slot: Slot, box: Box, align: Align = "C") -> PlacedText:
    """Fit ``slot``'s text into ``box`` (never cut: it shrinks) and return it placed there.

    The lines are then balanced: at the same size and in as many lines, the
    words are spread so that the widest line is as narrow as it can be
    (no lone last word under a long first line).
    """
    fitted = None
    if slot.one_line_down_to and slot.max_lines > 1:
        fitted = _fit(pdf, slot, box, slot.one_line_down_to, 1)
        if fitted.size < slot.one_line_down_to:  # shrunk below: it does not fit one line
            fitted = None
    if fitted is None:
        fitted = balanced(pdf, _fit(pdf, slot, box, slot.smallest, slot.max_lines), slot)
    return PlacedText(slot.text, fitted, box, slot.family, slot.style, slot.colour, align)


def _fit(pdf: PdfDocument, slot: Slot, box: Box, smallest: float, max_lines: int) -> FittedText:
    return pdf.fit(
        slot.text,
        slot.family,
        slot.style,
        width=box.width,
        height=box.height,
        largest=slot.largest,
        smallest=smallest,
        max_lines=max_lines,
    )


def balanced(pdf: PdfDocument, fitted: FittedText, slot: Slot) -> FittedText:
    """Return ``fitted`` with its words spread so that its widest line is narrowest.

    Texts of more than :data:`BALANCE_WORDS` words keep their lines: they are
    long enough to fill their lines anyway.
    """
    count = len(fitted.lines)
    words = " ".join(fitted.lines).split()
    if count < 2 or len(words) > BALANCE_WORDS:
        return fitted

    def widest(lines: tuple[str, ...]) -> float:
        return max(pdf.width_of(line, slot.family, slot.style, fitted.size) for line in lines)

    candidates = (
        tuple(" ".join(words[start:end]) for start, end in pairwise((0, *breaks, len(words))))
        for breaks in combinations(range(1, len(words)), count - 1)
    )
    best = min(candidates, key=widest)
    if widest(best) < widest(fitted.lines):
        return FittedText(fitted.size, best)
    return fitted


def stack(
    pdf: PdfDocument,
    slots: Sequence[Slot],
    area: Box,
    align: Align = "C",
    *,
    middle: bool = True,
) -> list[PlacedText]:
    """Fit each slot to the area's width and its own height, and set them as a column.

    Each text's box is exactly as high as its lines, so the texts sit one under
    the other with the slots' gaps between them; empty texts take no room.
    The column is centred in ``area`` (at its top when ``middle`` is false)
    and stays inside it when the slots' heights and gaps add up to no more
    than the area's height.
    """
    fitted = [
        (slot, place(pdf, slot, Box(area.x, area.y, area.width, slot.height), align).fitted)
        for slot in slots
        if slot.text.strip()
    ]
    gaps = [slot.gap if index else 0.0 for index, (slot, _) in enumerate(fitted)]
    total = sum(text.height for _, text in fitted) + sum(gaps)
    top = area.y + (max(0.0, (area.height - total) / 2) if middle else 0.0)
    placed: list[PlacedText] = []
    for (slot, text), gap in zip(fitted, gaps, strict=True):
        top += gap
        box = Box(area.x, top, area.width, text.height)
        placed.append(PlacedText(slot.text, text, box, slot.family, slot.style, slot.colour, align))
        top += text.height
    return placed


def draw_texts(pdf: PdfDocument, texts: Iterable[PlacedText]) -> None:
    """Draw placed texts in their colours, each centred vertically in its box."""
    for placed in texts:
        pdf.set_text_color(*placed.colour)
        box = placed.box
        pdf.draw_fitted(
            placed.fitted,
            placed.family,
            placed.style,
            x=box.x,
            y=box.y,
            width=box.width,
            height=box.height,
            align=placed.align,
        )


def draw_line(
    pdf: PdfDocument, start: tuple[float, float], end: tuple[float, float], width: float
) -> None:
    """Draw a straight line ``width`` millimetres thick in the current draw colour."""
    pdf.set_line_width(width)
    pdf.line(start[0], start[1], end[0], end[1])
