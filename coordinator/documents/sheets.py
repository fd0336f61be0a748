"""Sheets of cards to cut apart: where the cards go and where to cut.

Badges touch each other on the sheet (eight A7 cards fill an A4 page), so
there is no gap to cut in: the cuts run along the cards' edges, shown by a
small cross at each card corner where a cut is needed and, where the sheet
has a margin around the cards, by crop marks in that margin. Everything
printed on a card stays :data:`PADDING` inside its edges, where the cut
lines and their marks never reach and office printers still print.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from coordinator.documents.cards import Box, Colour, draw_line
from coordinator.documents.pdf import PAPER_SIZES, PdfDocument

Segment = tuple[float, float, float, float]
"""A straight line from ``(x1, y1)`` to ``(x2, y2)``."""

PADDING = 5.0
"""Millimetres between a card's edge and anything printed on it."""
CROSS_ARM = 4.0
"""Length of each arm of the crosses at the cards' corners (less than the padding)."""
MARGIN_FOR_TICKS = 6.0
"""A sheet margin at least this wide gets crop marks along the cut lines."""
TICK_LENGTH = 5.0
TICK_GAP = 2.0
"""Crop marks in a margin are this long and stop this short of the cards."""
CUT_NEEDED = 1.0
"""A card edge closer than this to the sheet's edge needs no cut."""
MARK_WIDTH = 0.2
"""The width of the cut marks' lines."""
MARK_COLOUR: Colour = (120, 120, 120)
"""The cut marks' grey: visible, yet quiet next to the cards."""


@dataclass(frozen=True)
class Grid:
    """Where the cards of a sheet go: ``columns`` x ``rows`` cards centred on the page."""

    page_width: float
    page_height: float
    columns: int
    rows: int
    card_width: float
    card_height: float

    @property
    def per_sheet(self) -> int:
        """How many cards a sheet holds."""
        return self.columns * self.rows

    @property
    def left(self) -> float:
        """The x of the cards' left edge."""
        return (self.page_width - self.columns * self.card_width) / 2

    @property
    def top(self) -> float:
        """The y of the cards' top edge."""
        return (self.page_height - self.rows * self.card_height) / 2

    def card(self, index: int) -> Box:
        """Return the card at ``index`` on its sheet (row by row, left to right)."""
        row, column = divmod(index % self.per_sheet, self.columns)
        x = self.left + column * self.card_width
        return Box(x, self.top + row * self.card_height, self.card_width, self.card_height)


def sheet_grid(paper: str, card_width: float, card_height: float) -> Grid:
    """Return how many cards of this size fit a portrait sheet of ``paper``, and where.

    Raises:
        ValueError: for an unknown paper.
    """
    if paper not in PAPER_SIZES:
        msg = f"The paper is A4 or Letter, not {paper!r}"
        raise ValueError(msg)
    width, height = PAPER_SIZES[paper]
    columns = math.floor(width / card_width)
    rows = math.floor(height / card_height)
    return Grid(width, height, columns, rows, card_width, card_height)


def cut_marks(grid: Grid) -> list[Segment]:
    """Return the cut marks of a sheet as line segments ``(x1, y1, x2, y2)``.

    A cross at each card corner, with arms along the edges that need a cut
    (the edges between cards, and the outer edges not on the sheet's edge);
    crop marks in the sheet's margins where they are wide enough.
    """
    xs = [grid.left + column * grid.card_width for column in range(grid.columns + 1)]
    ys = [grid.top + row * grid.card_height for row in range(grid.rows + 1)]
    cut_x = [x for x in xs if _needs_cut(x, grid.page_width)]
    cut_y = [y for y in ys if _needs_cut(y, grid.page_height)]
    marks: list[Segment] = []
    for x in xs:
        for y in ys:
            if y in cut_y:
                marks.append((max(0.0, x - CROSS_ARM), y, min(grid.page_width, x + CROSS_ARM), y))
            if x in cut_x:
                marks.append((x, max(0.0, y - CROSS_ARM), x, min(grid.page_height, y + CROSS_ARM)))
    marks.extend(_margin_ticks(grid, xs, ys))
    return marks


def _needs_cut(position: float, page: float) -> bool:
    return CUT_NEEDED <= position <= page - CUT_NEEDED


def _margin_ticks(grid: Grid, xs: list[float], ys: list[float]) -> list[Segment]:
    """Return crop marks in the margins around the cards that are wide enough for them."""
    ticks: list[Segment] = []
    if grid.top >= MARGIN_FOR_TICKS:
        near, far = grid.top - TICK_GAP, grid.top - TICK_GAP - TICK_LENGTH
        bottom = grid.page_height - grid.top
        for x in xs:
            ticks.append((x, far, x, near))
            ticks.append((x, bottom + TICK_GAP, x, bottom + TICK_GAP + TICK_LENGTH))
    if grid.left >= MARGIN_FOR_TICKS:
        near, far = grid.left - TICK_GAP, grid.left - TICK_GAP - TICK_LENGTH
        right = grid.page_width - grid.left
        for y in ys:
            ticks.append((far, y, near, y))
            ticks.append((right + TICK_GAP, y, right + TICK_GAP + TICK_LENGTH, y))
    return ticks


def draw_marks(pdf: PdfDocument, marks: list[Segment]) -> None:
    """Draw the cut marks of a sheet, thin and grey."""
    pdf.set_draw_color(*MARK_COLOUR)
    for x1, y1, x2, y2 in marks:
        draw_line(pdf, (x1, y1), (x2, y2), MARK_WIDTH)
