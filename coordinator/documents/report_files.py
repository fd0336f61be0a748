"""The narrative report as a file: Markdown, Word (.docx) or PDF.

The three files carry the same text: the title, then the paragraphs. Word is
what offices edit the draft in; Markdown is for e-mail and version control;
the PDF is set flush left in the shipped Noto fonts (embedded), with pages
breaking wherever the text runs out of room.
"""

from __future__ import annotations

import datetime as dt
import re
from io import BytesIO

from docx import Document

from coordinator.documents.pdf import PdfDocument, line_height
from coordinator.documents.report import Report

MARGIN_MM = 20.0
TITLE_SIZE = 16.0
TEXT_SIZE = 11.0
PARAGRAPH_GAP_MM = 3.0
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_MARKDOWN_LEADING = re.compile(r"^(#|[-+]\s|\d+[.)]\s|>)")


def report_markdown(report: Report) -> str:
    """Return the report as Markdown: the title as ``# `` and one block per paragraph.

    Characters Markdown would read as markup (``*``, ``_``, brackets) are
    escaped, so a name is printed as it was written.
    """
    blocks = [f"# {_escape(report.title)}", *(_escape(text) for text in report.paragraphs)]
    return "\n\n".join(blocks) + "\n"


def report_docx(report: Report) -> bytes:
    """Return the report as a Word document: a title, then normal paragraphs.

    The document's properties carry the title, so that a file manager and
    Word's own title bar show which program it is about.
    """
    document = Document()
    document.core_properties.title = report.title
    document.add_heading(report.title, level=0)
    for text in report.paragraphs:
        document.add_paragraph(text)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def report_pdf(
    report: Report, paper: str = "a4", produced: dt.datetime | None = None, language: str = "en"
) -> bytes:
    """Return the report as a PDF on A4 or Letter paper, flowing over as many pages as it needs.

    ``produced`` is stamped as the creation date (the same report and date give
    the same bytes); ``language`` is the document's declared language.

    Raises:
        ValueError: for a paper other than ``a4`` and ``letter``.
    """
    pdf = PdfDocument(paper=paper, title=report.title, language=language, produced=produced)
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(auto=True, margin=MARGIN_MM)
    pdf.add_page()
    pdf.paragraph(report.title, style="B", size=TITLE_SIZE)
    pdf.ln(line_height(TEXT_SIZE))
    for text in report.paragraphs:
        pdf.paragraph(text, size=TEXT_SIZE)
        pdf.ln(PARAGRAPH_GAP_MM)
    return pdf.output_bytes()


def _escape(text: str) -> str:
    """Escape what Markdown would read as markup."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _MARKDOWN_LEADING.sub(r"\\\1", escaped)
