"""The PDF page every document is drawn on: shipped fonts, paper sizes, fitted text.

fpdf2 places text in millimetres and embeds a subset of each font it uses, with a
ToUnicode map, so the text copied out of a page is exactly the text written
(Qt's PDF writer maps the space glyph to a tab). The fonts are Noto Sans and
Noto Serif, shipped in ``resources/fonts``: they cover every Turkish, Kazakh,
Kyrgyz and Russian letter (a test checks). Text is always set flush left,
centred or right, never justified: justified lines would be extracted with
doubled spaces.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fpdf import FPDF

from coordinator.resource_files import resource_path

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
"""Width and height of each paper in millimetres, portrait."""

FONT_FILES: dict[tuple[str, str], str] = {
    ("sans", ""): "NotoSans-Regular.ttf",
    ("sans", "B"): "NotoSans-Bold.ttf",
    ("sans", "I"): "NotoSans-Italic.ttf",
    ("serif", ""): "NotoSerif-Regular.ttf",
    ("serif", "B"): "NotoSerif-Bold.ttf",
    ("serif", "I"): "NotoSerif-Italic.ttf",
}
"""The shipped font file of each family and style."""

POINT_MM = 25.4 / 72
LINE_FACTOR = 1.25
"""A line of text is this many times its font size high."""
BASELINE_FACTOR = 0.95
"""The baseline sits this many font sizes below a line's top: room above for the
accents of capitals (İ, Ö, Ё, Й reach about 0.93) and below for descenders."""

Align = Literal["L", "C", "R"]


def font_path(file_name: str) -> Path:
    """Return the path of a shipped font file."""
    return resource_path("fonts", file_name)


def line_height(size: float) -> float:
    """Return the height in millimetres of one line of text at ``size`` points."""
    return size * POINT_MM * LINE_FACTOR


@dataclass(frozen=True)
class FittedText:
    """Text set in a box: the font size and the lines it was broken into (at spaces)."""

    size: float
    lines: tuple[str, ...]

    @property
    def height(self) -> float:
        """The height of the lines in millimetres."""
        return line_height(self.size) * len(self.lines)


class PdfDocument(FPDF):
    """An fpdf2 document with the shipped fonts registered, in millimetres.

    ``produced`` is stamped as the creation date (fixed, so that the same
    program gives the same bytes); the page breaks are the document's own.
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
        if paper not in PAPER_SIZES:
            msg = f"The paper is A4 or Letter, not {paper!r}"
            raise ValueError(msg)
        super().__init__(
            orientation="L" if landscape else "P", unit="mm", format=PAPER_SIZES[paper]
        )
        self.paper = paper
        self.set_auto_page_break(auto=False)
        self.set_margins(0, 0, 0)
        self.set_creator("Delegation Coordinator")
        self.set_lang(language)
        if title:
            self.set_title(title)
        self.set_creation_date(produced or dt.datetime.now(dt.UTC))
        self._registered: set[tuple[str, str]] = set()

    def use_font(self, family: str, style: str = "", size: float = 11) -> None:
        """Set the font, registering the shipped file on first use."""
        key = (family, style)
        if key not in self._registered:
            self.add_font(family, style, str(font_path(FONT_FILES[key])))
            self._registered.add(key)
        self.set_font(family, style, size)

    def width_of(self, text: str, family: str, style: str, size: float) -> float:
        """Return the width of ``text`` in millimetres in the given font."""
        self.use_font(family, style, size)
        return float(self.get_string_width(text))

    def fit(
        self,
        text: str,
        family: str,
        style: str,
        *,
        width: float,
        height: float,
        largest: float,
        smallest: float = 6.0,
        max_lines: int = 2,
    ) -> FittedText:
        """Return the largest size at which ``text`` fits the box, broken only at spaces.

        Sizes go down from ``largest`` in half points; at each, the text may take
        up to ``max_lines`` lines. Below ``smallest`` the text keeps shrinking on
        one line per word group until it fits: a name is never cut or clipped.
        """
        words = text.split()
        if not words:
            return FittedText(largest, ())
        size = largest
        while size >= smallest:
            lines = self._break(words, family, style, size, width, max_lines)
            if lines is not None and line_height(size) * len(lines) <= height:
                return FittedText(size, tuple(lines))
            size -= 0.5
        # Too long for the box at the smallest size: shrink until it fits.
        lines = self._break(words, family, style, smallest, width, max_lines) or [" ".join(words)]
        widest = max(self.width_of(line, family, style, smallest) for line in lines)
        scale = min(width / widest, height / (line_height(smallest) * len(lines)), 1.0)
        return FittedText(smallest * scale * 0.999, tuple(lines))

    def _break(
        self, words: list[str], family: str, style: str, size: float, width: float, max_lines: int
    ) -> list[str] | None:
        """Break ``words`` into at most ``max_lines`` lines no wider than ``width``, or None."""
        lines: list[str] = []
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if self.width_of(candidate, family, style, size) <= width:
                current = candidate
                continue
            if not current or self.width_of(word, family, style, size) > width:
                return None
            lines.append(current)
            current = word
        lines.append(current)
        return lines if len(lines) <= max_lines else None

    def draw_fitted(
        self,
        fitted: FittedText,
        family: str,
        style: str,
        *,
        x: float,
        y: float,
        width: float,
        height: float,
        align: Align = "C",
    ) -> None:
        """Draw ``fitted`` centred vertically in the box at ``(x, y)``."""
        self.use_font(family, style, fitted.size)
        step = line_height(fitted.size)
        top = y + (height - fitted.height) / 2
        for index, line in enumerate(fitted.lines):
            line_width = self.get_string_width(line)
            if align == "C":
                left = x + (width - line_width) / 2
            elif align == "R":
                left = x + width - line_width
            else:
                left = x
            self.text(left, top + step * index + self._baseline(fitted.size), line)

    @staticmethod
    def _baseline(size: float) -> float:
        """Return the distance from a line's top to its baseline, in millimetres."""
        return size * POINT_MM * BASELINE_FACTOR

    def paragraph(
        self,
        text: str,
        *,
        family: str = "sans",
        style: str = "",
        size: float = 10,
        width: float = 0,
        align: Align = "L",
    ) -> None:
        """Write ``text`` flowing from the current position, wrapped at spaces."""
        self.use_font(family, style, size)
        self.multi_cell(width, line_height(size), text, align=align, new_x="LMARGIN", new_y="NEXT")

    def output_bytes(self) -> bytes:
        """Return the finished PDF and close the font files it read."""
        try:
            return bytes(self.output())
        finally:
            self.close_fonts()

    def close_fonts(self) -> None:
        """Close the font files the document has open.

        fpdf2 reads each font lazily and keeps its file open for as long as the
        document lives; left to the garbage collector, each file raises a
        ResourceWarning. Closing twice is harmless.
        """
        for font in self.fonts.values():
            ttfont = getattr(font, "ttfont", None)
            if ttfont is not None:
                ttfont.close()
