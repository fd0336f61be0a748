"""The report's files read back as a reader would: Markdown, Word, and PDF by two readers."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader

from coordinator.documents.report import Report, write_report
from coordinator.documents.report_files import MARGIN_MM, report_docx, report_markdown, report_pdf
from tests.documents.report_samples import turkish_program
from tests.documents.samples import demo_content

PRODUCED = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)
POINTS_PER_MM = 72 / 25.4


@pytest.fixture(scope="module", params=["en", "tr"])
def report(request: pytest.FixtureRequest) -> Report:
    content = demo_content() if request.param == "en" else turkish_program()
    return write_report(content, request.param)


def long_report() -> Report:
    """The demo report four times over: several pages."""
    demo = write_report(demo_content(), "en")
    return Report(demo.title, demo.paragraphs * 4)


def collapsed(text: str) -> str:
    return " ".join(text.split())


def pypdf_text(data: bytes) -> str:
    return collapsed(" ".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages))


def poppler_text(data: bytes, folder: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    path = folder / "report.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return collapsed(result.stdout)


def assert_in_order(text: str, report: Report) -> None:
    """Check that the title and each paragraph appear whole, one after the other."""
    position = 0
    for block in (report.title, *report.paragraphs):
        found = text.find(collapsed(block), position)
        assert found >= 0, block[:60]
        position = found + len(collapsed(block))


def test_markdown_has_the_title_and_one_block_per_paragraph(report: Report) -> None:
    text = report_markdown(report)
    blocks = text.rstrip("\n").split("\n\n")
    assert blocks[0] == f"# {report.title}"
    assert blocks[1:] == list(report.paragraphs)


def test_markdown_escapes_what_it_would_read_as_markup() -> None:
    text = report_markdown(Report("A *bold* title", ("# not a heading", "snake_case [link]")))
    assert text == "# A \\*bold\\* title\n\n\\# not a heading\n\nsnake\\_case \\[link\\]\n"


def test_the_word_file_has_a_title_and_the_paragraphs(report: Report) -> None:
    document = Document(BytesIO(report_docx(report)))
    paragraphs = document.paragraphs
    assert paragraphs[0].text == report.title
    assert paragraphs[0].style is not None
    assert paragraphs[0].style.name == "Title"
    assert [paragraph.text for paragraph in paragraphs[1:]] == list(report.paragraphs)
    assert document.core_properties.title == report.title


def test_the_pdf_reads_back_whole_with_pypdf_and_poppler(report: Report, tmp_path: Path) -> None:
    data = report_pdf(report, produced=PRODUCED, language="tr")
    assert_in_order(pypdf_text(data), report)
    assert_in_order(poppler_text(data, tmp_path), report)


def test_a_long_report_flows_over_pages_inside_the_margins(tmp_path: Path) -> None:
    report = long_report()
    data = report_pdf(report, produced=PRODUCED)
    reader = PdfReader(BytesIO(data))
    assert len(reader.pages) > 1
    assert_in_order(pypdf_text(data), report)
    assert_in_order(poppler_text(data, tmp_path), report)
    margin = MARGIN_MM * POINTS_PER_MM
    for page in reader.pages:
        height = float(page.mediabox.height)
        baselines: list[float] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if text.strip():
                baselines.append(tm[5] * cm[3] + cm[5])  # noqa: B023 (used at once)

        page.extract_text(visitor_text=visit)
        assert baselines
        assert min(baselines) >= margin - 1
        assert max(baselines) <= height - margin


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_the_pdf_is_on_the_paper_asked_for(paper: str, size: tuple[float, float]) -> None:
    page = PdfReader(BytesIO(report_pdf(long_report(), paper, PRODUCED))).pages[0]
    assert float(page.mediabox.width) == pytest.approx(size[0], abs=0.1)
    assert float(page.mediabox.height) == pytest.approx(size[1], abs=0.1)


def test_other_papers_are_refused() -> None:
    with pytest.raises(ValueError, match="A4 or Letter"):
        report_pdf(long_report(), "a3")


def test_every_font_is_embedded(report: Report, tmp_path: Path) -> None:
    data = report_pdf(report, produced=PRODUCED)
    for page in PdfReader(BytesIO(data)).pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler's pdffonts is not installed")
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    rows = listing.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row


def test_the_same_report_and_date_give_the_same_bytes(report: Report) -> None:
    assert report_pdf(report, produced=PRODUCED) == report_pdf(report, produced=PRODUCED)
