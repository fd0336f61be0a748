"""Certificates of participation: one landscape page per delegate, handed out at the ceremony.

A page names the participant (with title and organization), the program,
its dates, city and organizer, and carries a signature line for each
signatory. The office's own background (a PNG or JPEG with its emblem and
border) is drawn over the whole page first when the program has one;
without it the page gets a plain double frame. Headings and the name are in
the serif family, everything else in sans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from io import BytesIO

from coordinator.documents.cards import (
    INK,
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
from coordinator.documents.content import ProgramContent, Signatory
from coordinator.documents.pdf import PdfDocument
from coordinator.documents.people import NamedPerson, delegates_of
from coordinator.documents.vocabulary import Labels, check_language, date_range

LABELS = Labels(
    {
        "document_title": ("Certificates – {program}", "Katılım belgeleri – {program}"),
        "heading": ("Certificate of Participation", "Katılım Belgesi"),
        "presented_to": (
            "This certificate is presented to",
            "Bu belge, aşağıda adı yazılı katılımcıya",
        ),
        "before_program": (
            "for taking part in",
            "aşağıdaki programa katılımı nedeniyle verilmiştir:",
        ),
        "organized_by": ("Organized by {organizer}", "Düzenleyen: {organizer}"),
    }
)
"""The sentence runs from the heading to the program's title, so that it
reads in Turkish without suffixes on the names it quotes."""

ACCENT: Colour = (22, 52, 96)
"""The heading, the frame and the signature lines: a dark blue."""
BODY_TOP = 24.0
"""Millimetres from the page's top to the top of the text."""
SIDE_MARGIN = 35.0
"""Millimetres kept free left and right of the text."""
SIGNATURE_LINE_FROM_BOTTOM = 46.0
"""Millimetres from the page's bottom up to the signature lines."""
SIGNATURE_SIDE_MARGIN = 25.0
SIGNATURE_LINE_LONGEST = 70.0
SIGNATURE_SLOT_PADDING = 5.0
"""The signatures share the page's width less the side margins equally; each
line is at most this long and keeps this much from its neighbours."""
SIGNATURE_TEXT_GAP = 2.0
SIGNATURE_TEXT_HEIGHT = 26.0
"""The signatory's name, title and organization: under the line, this high in all."""
BODY_TO_SIGNATURES = 12.0
"""Free space between the text's bottom and the signature lines."""
FRAME_INSETS = ((10.0, 0.8), (12.5, 0.3))
"""The frame without a background: an inset and a line width for each of its two lines."""
LINE_WIDTH = 0.3
"""The signature lines' width."""
NAME_ONE_LINE = 24.0
"""A participant's name stays on one line down to this size before it takes two."""


@dataclass(frozen=True)
class SignatureLayout:
    """One signatory's line (``x1, y, x2, y``), the texts under it and the area they share."""

    signatory: Signatory
    line: tuple[float, float, float, float]
    texts: tuple[PlacedText, ...]
    area: Box


@dataclass(frozen=True)
class CertificateLayout:
    """One delegate's certificate: the page, its texts and its signatures."""

    person: NamedPerson
    page: Box
    texts: tuple[PlacedText, ...]
    signatures: tuple[SignatureLayout, ...]

    @property
    def name(self) -> PlacedText:
        """The participant's name."""
        return next(text for text in self.texts if text.text == self.person.name)


def layout_certificates(
    pdf: PdfDocument,
    content: ProgramContent,
    *,
    language: str = "en",
    only: Collection[str] | None = None,
) -> list[CertificateLayout]:
    """Lay out the certificate of each delegate on ``pdf``'s landscape page."""
    check_language(language)
    page = Box(0, 0, float(pdf.w), float(pdf.h))
    if page.width <= page.height:
        msg = "Certificates are laid out on landscape pages"
        raise ValueError(msg)
    line_y = page.height - SIGNATURE_LINE_FROM_BOTTOM
    body = Box(
        SIDE_MARGIN, BODY_TOP, page.width - 2 * SIDE_MARGIN, line_y - BODY_TO_SIGNATURES - BODY_TOP
    )
    signatures = tuple(_signatures(pdf, content.signatories, page, line_y))
    return [
        CertificateLayout(
            person, page, tuple(stack(pdf, _body(content, person, language), body)), signatures
        )
        for person in delegates_of(content, only)
    ]


def _body(content: ProgramContent, person: NamedPerson, language: str) -> list[Slot]:
    """Return the texts of the certificate, top to bottom."""
    details = _joined(person.title, person.organization)
    place = _joined(content.city, date_range(content.first_day, content.last_day, language))
    organizer = (
        LABELS.text("organized_by", language, organizer=content.organizer)
        if content.organizer
        else ""
    )
    # Each slot: its text, the most height it may take (mm) and its largest size (pt);
    # the heights and gaps add up to less than the body's height on A4 and Letter.
    return [
        Slot(LABELS.text("heading", language), 16, 34, "serif", "B", max_lines=1, colour=ACCENT),
        Slot(LABELS.text("presented_to", language), 6, 13, gap=7, colour=SOFT_INK),
        Slot(person.name, 24, 30, "serif", "B", gap=3, one_line_down_to=NAME_ONE_LINE),
        Slot(details, 11, 13, gap=2),
        Slot(LABELS.text("before_program", language), 6, 13, gap=5, colour=SOFT_INK),
        Slot(content.title, 21, 17, style="B", max_lines=3, gap=2),
        Slot(place, 6, 12, gap=6),
        Slot(organizer, 10, 12, gap=1, colour=SOFT_INK),
    ]


def _joined(*parts: str) -> str:
    """Return the parts that are not blank, separated by commas."""
    return ", ".join(part.strip() for part in parts if part.strip())


def _signatures(
    pdf: PdfDocument, signatories: Sequence[Signatory], page: Box, line_y: float
) -> list[SignatureLayout]:
    """Spread the signature lines evenly across the page, each with its texts under it."""
    if not signatories:
        return []
    slot_width = (page.width - 2 * SIGNATURE_SIDE_MARGIN) / len(signatories)
    length = min(SIGNATURE_LINE_LONGEST, slot_width - 2 * SIGNATURE_SLOT_PADDING)
    layouts = []
    for index, signatory in enumerate(signatories):
        centre = SIGNATURE_SIDE_MARGIN + slot_width * (index + 0.5)
        area = Box(
            centre - slot_width / 2 + SIGNATURE_SLOT_PADDING,
            line_y + SIGNATURE_TEXT_GAP,
            slot_width - 2 * SIGNATURE_SLOT_PADDING,
            SIGNATURE_TEXT_HEIGHT,
        )
        slots = [
            Slot(signatory.name, 6, 12, style="B", max_lines=1),
            Slot(signatory.title, 9.5, 10.5, gap=0.5),
            Slot(signatory.organization, 9, 10, gap=0.5, colour=SOFT_INK),
        ]
        line = (centre - length / 2, line_y, centre + length / 2, line_y)
        texts = tuple(stack(pdf, slots, area, middle=False))
        layouts.append(SignatureLayout(signatory, line, texts, area))
    return layouts


def render_certificates(
    content: ProgramContent,
    *,
    language: str = "en",
    paper: str = "a4",
    produced: dt.datetime | None = None,
    only: Collection[str] | None = None,
) -> bytes:
    """Return the certificates of a program as a PDF, one landscape page per delegate.

    Args:
        content: the program; its ``certificate_background`` (PNG or JPEG bytes)
            is stretched over each whole page when given.
        language: ``en`` or ``tr``.
        paper: ``a4`` or ``letter``.
        produced: the creation date stamped in the file (now when not given).
        only: the keys of the delegates to print; every delegate when not given.

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
        layouts = layout_certificates(pdf, content, language=language, only=only)
        for layout in layouts:
            pdf.add_page()
            _draw_certificate(pdf, layout, content.certificate_background)
        if not layouts:
            pdf.add_page()
        return pdf.output_bytes()
    finally:
        pdf.close_fonts()


def _draw_certificate(
    pdf: PdfDocument, layout: CertificateLayout, background: bytes | None
) -> None:
    page = layout.page
    pdf.set_draw_color(*ACCENT)
    if background is not None:
        pdf.image(BytesIO(background), x=0, y=0, w=page.width, h=page.height)
    else:
        for inset, width in FRAME_INSETS:
            frame = page.inset(inset)
            pdf.set_line_width(width)
            pdf.rect(frame.x, frame.y, frame.width, frame.height)
    draw_texts(pdf, layout.texts)
    pdf.set_draw_color(*INK)
    for signature in layout.signatures:
        x1, y1, x2, y2 = signature.line
        draw_line(pdf, (x1, y1), (x2, y2), LINE_WIDTH)
        draw_texts(pdf, signature.texts)
