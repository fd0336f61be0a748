"""Write the letter templates shipped in ``resources/templates/`` (python-docx).

Usage::

    python packaging/make_letter_templates.py [--out FOLDER]

The wording of the four letters (a visa invitation per delegate and a thank-you
letter per host, each in English and Turkish) lives in :data:`LETTERS`; run this
script after changing it and commit the .docx files it writes. The files are
ordinary Word documents with Jinja fields (``{{ delegate_name }}``) that a
coordinator may edit in Word; the fields are those of
``coordinator/documents/letters.py``. The output is the same byte for byte on
every run: fixed document properties and fixed dates inside the zip.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

REPOSITORY = Path(__file__).resolve().parent.parent
FONT = "Arial"
"""On every Windows and macOS, metric twin of Liberation Sans on Linux; it has
every Turkish, Kazakh, Kyrgyz and Russian letter."""
ACCENT = RGBColor(0x1F, 0x38, 0x64)
FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
WORD_LANGUAGES = {"en": "en-GB", "tr": "tr-TR"}

SIGNATURE = "**{{ signatory_name }}**\n{{ signatory_title }}\n{{ organizer }}"
RECIPIENT = "**{{ host_name }}**\n{{ host_title }}\n{{ host_organization }}"

LETTERS: dict[tuple[str, str], tuple[str, list[tuple[str, str]]]] = {
    ("invitation", "en"): (
        "Letter of invitation",
        [
            ("Letter Date", "{{ today }}"),
            ("Letter Heading", "To whom it may concern"),
            ("Normal", "**Subject:** Letter of invitation for {{ delegate_name }}"),
            (
                "Normal",
                (
                    "It is my pleasure to invite **{{ delegate_name }}**"
                    "{% if delegate_position %}, {{ delegate_position }},{% endif %} to take "
                    "part in the “{{ program_title }}”, which we organize in {{ place }}, on "
                    "{{ dates }}{% if partners %} in cooperation with {{ partners }}{% endif %}."
                ),
            ),
            (
                "Normal",
                (
                    "The personal details of {{ delegate_name }} are: nationality "
                    "{{ nationality }}, date of birth {{ birth_date }}, passport number "
                    "**{{ passport_number }}**."
                ),
            ),
            (
                "Normal",
                (
                    "As the host of the program, we will cover its costs for the duration of "
                    "the visit, from {{ first_day }} to {{ last_day }}."
                ),
            ),
            (
                "Normal",
                (
                    "We kindly ask the competent authorities to issue {{ delegate_name }} the "
                    "visa needed for this visit. Please do not hesitate to contact us for any "
                    "further information."
                ),
            ),
            ("Letter Closing", "Yours faithfully,"),
            ("Letter Signature", SIGNATURE),
        ],
    ),
    ("invitation", "tr"): (
        "Davet mektubu",
        [
            ("Letter Date", "{{ today }}"),
            ("Letter Heading", "İlgili makama"),
            ("Normal", "**Konu:** Davet mektubu ({{ delegate_name }})"),
            (
                "Normal",
                (
                    "{{ organizer }} olarak{% if partners %} {{ partners }} işbirliğiyle"
                    "{% endif %} düzenlediğimiz “{{ program_title }}” programı ({{ place }}, "
                    "{{ dates }}) kapsamında, **{{ delegate_name }}**{% if delegate_position %}"
                    " ({{ delegate_position }}){% endif %} kurumumuzun davetlisi olarak "
                    "programa katılacaktır."
                ),
            ),
            (
                "Normal",
                (
                    "Davetlimizin kimlik bilgileri şöyledir: uyruğu {{ nationality }}, doğum "
                    "tarihi {{ birth_date }}, pasaport numarası **{{ passport_number }}**."
                ),
            ),
            (
                "Normal",
                (
                    "Programın ev sahibi olarak kurumumuz, ziyaret süresince ({{ first_day }} – "
                    "{{ last_day }}) programın giderlerini karşılayacaktır."
                ),
            ),
            (
                "Normal",
                (
                    "Adı geçen kişiye bu ziyaret için gerekli vizenin verilmesi hususunda "
                    "yardımlarınızı rica ederiz. Ek bilgi için bizimle her zaman iletişime "
                    "geçebilirsiniz."
                ),
            ),
            ("Letter Closing", "Saygılarımızla,"),
            ("Letter Signature", SIGNATURE),
        ],
    ),
    ("thanks", "en"): (
        "Letter of thanks",
        [
            ("Letter Date", "{{ today }}"),
            ("Letter Recipient", RECIPIENT),
            ("Letter Salutation", "{{ salutation }}"),
            (
                "Normal",
                (
                    "I would like to thank you most sincerely for receiving the delegation of "
                    "{{ delegation }} on {{ days_received }}, during the “{{ program_title }}” "
                    "that we held in {{ place }}, on {{ dates }}."
                ),
            ),
            (
                "Normal",
                (
                    "The time you gave our guests and the experience you shared with them were "
                    "among the most valuable parts of the program. We hope that this visit will "
                    "be the beginning of a lasting friendship and cooperation."
                ),
            ),
            ("Letter Closing", "Yours sincerely,"),
            ("Letter Signature", SIGNATURE),
        ],
    ),
    ("thanks", "tr"): (
        "Teşekkür mektubu",
        [
            ("Letter Date", "{{ today }}"),
            ("Letter Recipient", RECIPIENT),
            ("Letter Salutation", "{{ salutation }}"),
            (
                "Normal",
                (
                    "{{ organizer }} olarak düzenlediğimiz “{{ program_title }}” programı "
                    "({{ place }}, {{ dates }}) kapsamında, {{ days_received }} tarihli ziyarette "
                    "{{ delegation }} heyetini kabul ettiğiniz için teşekkür ederiz."
                ),
            ),
            (
                "Normal",
                (
                    "Misafirlerimize ayırdığınız zaman ve onlarla paylaştığınız deneyimler "
                    "programın en değerli bölümleri arasında yer aldı. Bu ziyaretin kalıcı bir "
                    "dostluk ve işbirliğinin başlangıcı olmasını dileriz."
                ),
            ),
            ("Letter Closing", "Saygılarımızla,"),
            ("Letter Signature", SIGNATURE),
        ],
    ),
}
"""The paragraphs of each letter (style, text), by kind and language, with its title.

In a text, ``**bold**`` marks bold words and a newline a line break; the
letterhead (the organizer) is in the page header of every letter."""


def _set_fonts(rpr: OxmlElement, language: str) -> None:
    """Make ``rpr`` (run properties) use :data:`FONT` and the letter's language."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{script}"), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), WORD_LANGUAGES[language])


def _add_style(
    document: WordDocument,
    name: str,
    *,
    alignment: WD_ALIGN_PARAGRAPH | None = None,
    before: float = 0,
    after: float = 8,
    bold: bool = False,
    keep: bool = False,
) -> None:
    """Add a paragraph style based on Normal; ``before`` and ``after`` are in points."""
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.next_paragraph_style = document.styles["Normal"]
    style.quick_style = True
    paragraph = style.paragraph_format
    paragraph.alignment = alignment
    paragraph.space_before, paragraph.space_after = Pt(before), Pt(after)
    style.font.bold = bold or None
    paragraph.keep_with_next = keep or None


def _styles(document: WordDocument, language: str) -> None:
    """Set the letters' font, language and paragraph styles."""
    styles = document.styles.element
    _set_fonts(
        styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")), language
    )
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.15
    _add_style(document, "Letter Date", alignment=WD_ALIGN_PARAGRAPH.RIGHT, after=18)
    _add_style(document, "Letter Recipient", after=18)
    _add_style(document, "Letter Heading", before=6, after=12, bold=True, keep=True)
    _add_style(document, "Letter Salutation", before=6, after=10, keep=True)
    _add_style(document, "Letter Closing", before=10, after=0, keep=True)
    _add_style(document, "Letter Signature", before=40, after=0)


def _letterhead(document: WordDocument) -> None:
    """Put the organizer in the page header, bold, over a thin line."""
    paragraph = document.sections[0].header.paragraphs[0]
    paragraph.style = document.styles["Normal"]
    run = paragraph.add_run("{{ organizer }}")
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = ACCENT
    paragraph.paragraph_format.space_after = Pt(0)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for attribute, value in (("val", "single"), ("sz", "6"), ("space", "4"), ("color", "1F3864")):
        bottom.set(qn(f"w:{attribute}"), value)
    borders.append(bottom)
    ppr = paragraph._p.get_or_add_pPr()  # python-docx has no API for borders
    successors = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc")
    ppr.insert_element_before(borders, *successors, "w:rPr", "w:sectPr", "w:pPrChange")


def _write(paragraph: Paragraph, text: str) -> None:
    """Write ``text`` into ``paragraph``: ``**bold**`` runs and line breaks."""
    for index, part in enumerate(re.split(r"\*\*", text)):
        for number, line in enumerate(part.split("\n")):
            if number:
                paragraph.add_run().add_break()
            if line:
                paragraph.add_run(line).bold = bool(index % 2) or None


def _page(document: WordDocument) -> None:
    """Set an A4 page with 2.5 cm margins and the header 1.25 cm from the top."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(3.0), Cm(2.5)
    section.header_distance, section.footer_distance = Cm(1.25), Cm(1.25)


def _properties(document: WordDocument, title: str, language: str) -> None:
    """Fix the document properties (and drop python-docx's thumbnail picture)."""
    properties = document.core_properties
    properties.title = title
    properties.author = properties.last_modified_by = "Delegation Coordinator"
    properties.comments = "A letter template of the Delegation Coordinator; fields in braces."
    properties.language = WORD_LANGUAGES[language]
    properties.created = properties.modified = FIXED_TIME
    properties.revision = 1
    package_rels = document.part.package.rels
    for key, relationship in list(package_rels.items()):
        if relationship.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package_rels[key]
    settings = document.settings.element
    for element in settings.iter(qn("w:compatSetting")):
        if element.get(qn("w:name")) == "compatibilityMode":
            element.set(qn("w:val"), "15")
    for element in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(element)


def build(kind: str, language: str) -> bytes:
    """Return the .docx bytes of the template of ``kind`` in ``language``."""
    title, paragraphs = LETTERS[kind, language]
    document = Document()
    _page(document)
    _styles(document, language)
    _letterhead(document)
    _properties(document, title, language)
    for style, text in paragraphs:
        _write(document.add_paragraph(style=style), text)
    output = io.BytesIO()
    document.save(output)
    return _fixed_zip(output.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry dates, so that the same wording gives the same bytes."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(item.filename))
    return output.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Write the four templates; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPOSITORY / "resources" / "templates")
    arguments = parser.parse_args(argv)
    arguments.out.mkdir(parents=True, exist_ok=True)
    for kind, language in LETTERS:
        path = arguments.out / f"{kind}_{language}.docx"
        path.write_bytes(build(kind, language))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
