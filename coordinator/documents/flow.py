"""Blocks flowed over pages, each page with a footer.

A document is first laid out, then drawn. Laying out turns records into
blocks (:mod:`coordinator.documents.blocks`) grouped into :class:`Section`
and :class:`Group` objects; :func:`paginate` flows them over pages, keeping a
heading with the row that follows it and repeating a section's and a group's
heading at the top of every page they run onto. Only then is the number of
pages known, so :func:`draw` can print "Page 2 of 7" in every footer.

Text is set flush left; the only right-aligned text is the page number. All
lengths are in millimetres.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from coordinator.documents.blocks import HAIRLINE, MUTED, Block, Font
from coordinator.documents.pdf import PAPER_SIZES, PdfDocument

SIDE_MARGIN = 20.0
"""Left and right margin: room for a hole punch or a binding, and for the thumbs."""
TOP_MARGIN = 18.0
"""From the top edge of the paper to the first line."""
BODY_BOTTOM = 24.0
"""The body ends this far above the bottom edge; the footer sits below it."""
FOOTER_RULE = 16.0
"""The footer's rule is this far above the bottom edge, its text just under it."""
FOOTER_SIZE = 8.0
"""Points of the footer's text."""
FOOTER_GAP = 8.0
"""Least room between the footer's title and its page number."""


@dataclass(frozen=True)
class Geometry:
    """The printable area of one paper, portrait, in millimetres."""

    width: float
    height: float

    @classmethod
    def for_paper(cls, paper: str) -> Geometry:
        """Return the geometry of ``paper`` (``a4`` or ``letter``)."""
        width, height = PAPER_SIZES[paper]
        return cls(width, height)

    @property
    def text_width(self) -> float:
        """The width between the side margins."""
        return self.width - 2 * SIDE_MARGIN

    @property
    def body_bottom(self) -> float:
        """The lowest point of the body, from the top edge."""
        return self.height - BODY_BOTTOM


@dataclass(frozen=True)
class Group:
    """Rows under a heading; the ``continued`` heading tops each page the rows run onto.

    A group that ``keep``s together starts a new page rather than break, when
    it would fit on one.
    """

    rows: tuple[Block, ...]
    heading: Block | None = None
    continued: Block | None = None
    keep: bool = False

    def blocks(self) -> list[Block]:
        """Return the heading (if any) and the rows."""
        return [block for block in (self.heading, *self.rows) if block is not None]


@dataclass(frozen=True)
class Section:
    """What starts on a new page: a day of the booklet, a person's programme.

    Pages are numbered within a ``part`` ("Page 1 of 2" of one person's
    programme); ``key`` names whose pages these are.
    """

    key: str
    part: str
    groups: tuple[Group, ...]
    title: Block | None = None
    continued: Block | None = None
    footer: bool = True


@dataclass
class Page:
    """One page: the blocks on it, each at its distance from the top edge."""

    part: str
    footer: bool
    placed: list[tuple[Block, float]] = field(default_factory=list)


@dataclass(frozen=True)
class Layout:
    """The pages of a document and the pages of each section's key (1-based)."""

    pages: tuple[Page, ...]
    keys: dict[str, range]


class _Paginator:
    """Flows sections over pages; see :func:`paginate`."""

    def __init__(self, geometry: Geometry) -> None:
        self.geometry = geometry
        self.pages: list[Page] = []
        self.y = TOP_MARGIN
        self.fresh = True

    def section(self, section: Section) -> range:
        first = len(self.pages) + 1
        self._new_page(section, [section.title])
        for group in section.groups:
            if (not self.fresh and not self._fits(group.blocks()[:2])) or self._moves(
                section, group
            ):
                self._new_page(section, [section.continued])
            if group.heading is not None:
                self._place(group.heading)
            for block in group.rows:
                self._row(section, group, block)
        return range(first, len(self.pages) + 1)

    def _moves(self, section: Section, group: Group) -> bool:
        """Tell whether ``group`` keeps together on the next page rather than break here."""
        if not group.keep or self.fresh or self._fits(group.blocks()):
            return False
        top = section.continued.height if section.continued else 0.0
        room = self.geometry.body_bottom - TOP_MARGIN - top
        return sum(block.height + block.space_before for block in group.blocks()) <= room

    def _row(self, section: Section, group: Group, block: Block) -> None:
        if not self._fits([block]) and not self.fresh:
            self._new_page(section, [section.continued, group.continued])
        while not self._fits([block]):
            head, block = block.split(self.geometry.body_bottom - self.y - block.space_before)
            self._place(head)
            self._new_page(section, [section.continued, group.continued])
        self._place(block)

    def _new_page(self, section: Section, headings: Sequence[Block | None]) -> None:
        self.pages.append(Page(section.part, section.footer))
        self.y = TOP_MARGIN
        for heading in headings:
            if heading is not None:
                self._place(heading)
        self.fresh = True

    def _fits(self, blocks: Sequence[Block]) -> bool:
        needed = sum(block.height + block.space_before for block in blocks)
        return self.y + needed <= self.geometry.body_bottom + 0.01

    def _place(self, block: Block) -> None:
        top = self.y + (block.space_before if self.y > TOP_MARGIN else 0.0)
        self.pages[-1].placed.append((block, top))
        self.y = top + block.height
        self.fresh = False


def paginate(geometry: Geometry, sections: Iterable[Section]) -> Layout:
    """Flow ``sections`` over pages: each starts on a new page, none runs over a footer."""
    paginator = _Paginator(geometry)
    keys = {section.key: paginator.section(section) for section in sections}
    return Layout(tuple(paginator.pages), keys)


def draw(
    doc: PdfDocument,
    layout: Layout,
    footer_title: str,
    page_label: Callable[[int, int], str],
) -> None:
    """Draw the pages of ``layout`` on ``doc``, with ``page_label(number, total)`` in footers."""
    totals: dict[str, int] = {}
    for page in layout.pages:
        totals[page.part] = totals.get(page.part, 0) + 1
    numbers: dict[str, int] = {}
    for page in layout.pages:
        doc.add_page()
        for block, top in page.placed:
            _draw_block(doc, block, SIDE_MARGIN, top)
        numbers[page.part] = numbers.get(page.part, 0) + 1
        if page.footer:
            _draw_footer(doc, footer_title, page_label(numbers[page.part], totals[page.part]))


def _draw_block(doc: PdfDocument, block: Block, left: float, top: float) -> None:
    for bar in block.bars:
        doc.set_fill_color(*bar.colour)
        doc.rect(left + bar.x, top + bar.y, bar.width, bar.height, style="F")
    for run in block.runs:
        doc.use_font(run.font.family, run.font.style, run.font.size)
        doc.set_text_color(*run.font.colour)
        doc.text(left + run.x, top + run.y + run.font.baseline, run.text)


def _draw_footer(doc: PdfDocument, title: str, label: str) -> None:
    font = Font("", FOOTER_SIZE, MUTED)
    width = doc.w - 2 * SIDE_MARGIN
    top = doc.h - FOOTER_RULE
    doc.set_fill_color(*HAIRLINE)
    doc.rect(SIDE_MARGIN, top, width, 0.2, style="F")
    label_width = doc.width_of(label, font.family, font.style, font.size)
    room = width - label_width - FOOTER_GAP
    fitted = doc.fit(
        title, font.family, "", width=room, height=font.line, largest=font.size, max_lines=1
    )
    doc.set_text_color(*font.colour)
    doc.draw_fitted(
        fitted, "sans", "", x=SIDE_MARGIN, y=top + 1.5, width=room, height=font.line, align="L"
    )
    doc.use_font(font.family, font.style, font.size)
    doc.text(SIDE_MARGIN + width - label_width, top + 1.5 + font.baseline, label)
