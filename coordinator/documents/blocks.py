"""Text set in blocks: lines of text and bars at measured positions.

A :class:`Block` is what a page layout places as one piece: a row of a
table, a heading, a cover. Its lines are wrapped at spaces, measured with the
document's own fonts, and set flush left; :class:`Column` stacks paragraphs
in one column of a row and :func:`row` puts columns side by side. All lengths
are in millimetres, from the block's top-left corner.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coordinator.documents.pdf import BASELINE_FACTOR, POINT_MM, PdfDocument, line_height

Colour = tuple[int, int, int]
INK: Colour = (30, 30, 30)
"""Body text: near black, softer than pure black beside the accent colour."""
MUTED: Colour = (95, 95, 95)
"""Labels, titles and addresses: dark enough for a photocopy."""
ACCENT: Colour = (0, 76, 118)
"""Headings and the cover band: a deep blue that prints as dark grey in black and white."""
HAIRLINE: Colour = (190, 190, 190)
"""The rule between two rows of a table."""


@dataclass(frozen=True)
class Font:
    """The font of a line: family, style ("" or "B"), size in points and colour."""

    style: str = ""
    size: float = 10.0
    colour: Colour = INK
    family: str = "sans"

    @property
    def line(self) -> float:
        """The height of one line in this font, in millimetres."""
        return line_height(self.size)

    @property
    def baseline(self) -> float:
        """From the top of a line to its baseline, in millimetres."""
        return self.size * POINT_MM * BASELINE_FACTOR


@dataclass(frozen=True)
class Run:
    """One line of text, its top-left corner at ``(x, y)`` inside its block."""

    x: float
    y: float
    text: str
    font: Font


@dataclass(frozen=True)
class Bar:
    """A filled rectangle inside a block: a rule or a band."""

    x: float
    y: float
    width: float
    height: float
    colour: Colour


@dataclass(frozen=True)
class Block:
    """Lines and bars that are placed together, ``height`` millimetres high.

    ``space_before`` is left above the block unless it comes first on a page.
    """

    height: float
    runs: tuple[Run, ...] = ()
    bars: tuple[Bar, ...] = ()
    space_before: float = 0.0

    def split(self, room: float) -> tuple[Block, Block]:
        """Cut the block between two lines so that its first part fits ``room``."""
        tops = sorted({run.y for run in self.runs if 0 < run.y <= room})
        cut = room
        for top in reversed(tops):
            if not any(run.y < top < run.y + run.font.line for run in self.runs):
                cut = top
                break
        first = Block(
            cut,
            tuple(run for run in self.runs if run.y < cut),
            tuple(bar for bar in self.bars if bar.y < cut),
            self.space_before,
        )
        rest = Block(
            self.height - cut,
            tuple(Run(r.x, r.y - cut, r.text, r.font) for r in self.runs if r.y >= cut),
        )
        return first, rest


class Column:
    """Paragraphs stacked in one column of a row, wrapped at spaces to its width."""

    def __init__(self, doc: PdfDocument, x: float, width: float) -> None:
        self.doc = doc
        self.x = x
        self.width = width
        self.height = 0.0
        self.runs: list[Run] = []

    def add(self, text: str, font: Font, *, gap: float = 0.0, indent: float = 0.0) -> None:
        """Add ``text`` as a paragraph ``gap`` below the last one (nothing if it is empty)."""
        lines = wrap(self.doc, text, font, self.width - indent)
        if not lines:
            return
        top = self.height + (gap if self.runs else 0.0)
        for index, line in enumerate(lines):
            self.runs.append(Run(self.x + indent, top + index * font.line, line, font))
        self.height = top + len(lines) * font.line

    def add_labelled(
        self,
        label: str,
        values: Sequence[str],
        label_font: Font,
        font: Font,
        label_width: float,
        *,
        spacing: float = 0.0,
    ) -> None:
        """Add ``label`` with each of ``values`` on its own lines beside it (nothing if none).

        ``spacing`` is left between two values (two hosts), not between the
        lines of one.
        """
        values = [value for value in values if value.strip()]
        if not values:
            return
        top = self.height + (0.8 if self.runs else 0.0)
        self.height = top
        offset = max(font.baseline - label_font.baseline, 0.0)
        self.runs.append(Run(self.x, top + offset, label, label_font))
        for index, value in enumerate(values):
            self.add(value, font, indent=label_width, gap=spacing if index else 0.0)


def wrap(doc: PdfDocument, text: str, font: Font, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width``, at spaces.

    A word wider than the whole width (a long e-mail address) is cut where it
    must be: the text is never clipped or run into the next column.
    """
    doc.use_font(font.family, font.style, font.size)
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and doc.get_string_width(candidate) > width:
            lines.append(current)
            candidate = word
        while len(candidate) > 1 and doc.get_string_width(candidate) > width:
            cut = len(candidate) - 1
            while cut > 1 and doc.get_string_width(candidate[:cut]) > width:
                cut -= 1
            lines.append(candidate[:cut])
            candidate = candidate[cut:]
        current = candidate
    if current:
        lines.append(current)
    return lines


def row(columns: Iterable[Column], *, width: float, padding: float, rule: bool = True) -> Block:
    """Return the columns side by side as one block, ``width`` wide, with a hairline above."""
    columns = list(columns)
    height = max((column.height for column in columns), default=0.0) + 2 * padding
    runs = tuple(
        Run(run.x, run.y + padding, run.text, run.font) for column in columns for run in column.runs
    )
    bars = (Bar(0.0, 0.0, width, 0.2, HAIRLINE),) if rule else ()
    return Block(height, runs, bars)


def lines_block(
    doc: PdfDocument, items: Iterable[tuple[str, Font, float]], width: float, space: float = 0.0
) -> Block:
    """Return a block of paragraphs, each ``(text, font, gap above)``, one under another."""
    column = Column(doc, 0.0, width)
    for text, font, gap in items:
        column.add(text, font, gap=gap)
    return Block(column.height, tuple(column.runs), space_before=space)
