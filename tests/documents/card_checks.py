"""Reading badges, tents and certificates back, as a reader and a printer would.

The text of each page is extracted twice, by pypdf and by poppler's
``pdftotext``; the fonts are listed by ``pdffonts``; what a layout placed is
measured again with a plain :class:`PdfDocument`, not the renderers' cache of widths.
"""

from __future__ import annotations

import shutil
import string
import struct
import subprocess
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from coordinator.documents.cards import Box, MeasuringDocument, PlacedText
from coordinator.documents.content import ProgramContent
from coordinator.documents.pdf import PdfDocument, line_height
from coordinator.documents.vocabulary import Labels

EPSILON = 1e-6


@contextmanager
def measuring(
    paper: str = "a4", *, landscape: bool = False, cached: bool = True
) -> Iterator[PdfDocument]:
    """Give a document to lay out or measure with, its font files closed after.

    Layouts are made as the renderers make them, with the widths cache;
    ``cached=False`` gives a plain document, to measure what they placed.
    """
    kind = MeasuringDocument if cached else PdfDocument
    pdf = kind(paper=paper, landscape=landscape)
    try:
        yield pdf
    finally:
        pdf.close_fonts()


def collapse(text: str) -> str:
    """Return ``text`` with every run of whitespace made one space."""
    return " ".join(text.split())


def _poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"poppler's {tool} is not installed")
    return path


def pypdf_pages(data: bytes) -> list[str]:
    """Return the collapsed text of each page, as pypdf extracts it."""
    return [collapse(page.extract_text()) for page in PdfReader(BytesIO(data)).pages]


def poppler_pages(data: bytes, tmp_path: Path) -> list[str]:
    """Return the collapsed text of each page, as pdftotext extracts it."""
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        [_poppler("pdftotext"), str(path), "-"], capture_output=True, check=True, text=True
    )
    pages = result.stdout.split("\f")
    return [collapse(page) for page in pages[: len(PdfReader(BytesIO(data)).pages)]]


def both_readings(data: bytes, tmp_path: Path) -> list[list[str]]:
    """Return the pages' texts from pypdf and from pdftotext."""
    return [pypdf_pages(data), poppler_pages(data, tmp_path)]


def page_count(data: bytes) -> int:
    """Return how many pages the PDF has."""
    return len(PdfReader(BytesIO(data)).pages)


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Return each page's width and height in points."""
    return [
        (float(page.mediabox.width), float(page.mediabox.height))
        for page in PdfReader(BytesIO(data)).pages
    ]


def assert_fonts_embedded(data: bytes, tmp_path: Path) -> set[str]:
    """Check every font is embedded (pdffonts and pypdf) and return the fonts' names."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    listing = subprocess.run(
        [_poppler("pdffonts"), str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    assert listing, "no fonts at all"
    names = set()
    for row in listing:
        parts = row.split()
        assert parts[-5] == "yes", row  # the "emb" column, counted from the right
        names.add(parts[0].split("+")[-1])
    for page in PdfReader(BytesIO(data)).pages:
        for reference in _entry(_entry(page, "/Resources"), "/Font").values():
            descendant = reference.get_object()["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in _entry(descendant, "/FontDescriptor")
    return names


def _entry(dictionary: Any, key: str) -> Any:
    """Return the object a PDF dictionary holds at ``key``, references followed."""
    return dictionary[key].get_object()


def everyone(content: ProgramContent) -> list[str]:
    """Return the names of the delegates and the staff of a program."""
    return [item.name for item in content.delegates] + [item.name for item in content.staff]


def assert_fits(cards: Iterable[tuple[Iterable[PlacedText], Box]], padding: float) -> None:
    """Check each card's texts lie in their boxes, never cut, and the boxes inside the card.

    ``cards`` pairs the texts of a card with the box they must stay
    ``padding`` inside.
    """
    with measuring(cached=False) as measure:
        for texts, within in cards:
            for placed in texts:
                _assert_fits(measure, placed)
                assert within.contains(placed.box, padding), (placed.box, within)


def _assert_fits(measure: PdfDocument, placed: PlacedText) -> None:
    fitted = placed.fitted
    assert " ".join(fitted.lines) == collapse(placed.text), placed
    for line in fitted.lines:
        width = measure.width_of(line, placed.family, placed.style, fitted.size)
        assert width <= placed.box.width + EPSILON, (line, width, placed.box)
    assert line_height(fitted.size) * len(fitted.lines) <= placed.box.height + EPSILON


def boxes_overlap(first: Box, second: Box) -> bool:
    """Tell whether two boxes share more than an edge."""
    return (
        first.x < second.right
        and second.x < first.right
        and first.y < second.bottom
        and second.y < first.bottom
    )


def assert_same_entries(labels: Labels) -> None:
    """Check each entry has both languages, with the same placeholders."""
    for key, (english, turkish) in labels.entries.items():
        assert english.strip(), key
        assert turkish.strip(), key
        assert _placeholders(english) == _placeholders(turkish), key


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    """Return a small opaque RGB PNG, a pale yellow, made by hand."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\xf4\xd6" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
