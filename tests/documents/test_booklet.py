"""The program booklet, read back as a reader would: by pypdf and by poppler's pdftotext."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import string
import subprocess
from collections.abc import Callable, Iterable
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from coordinator.documents import booklet, programmes, schedule_layout
from coordinator.documents.blocks import Font, wrap
from coordinator.documents.booklet import render_booklet
from coordinator.documents.content import ActivityItem, ProgramContent, Staff
from coordinator.documents.flow import Geometry
from coordinator.documents.pdf import PdfDocument
from coordinator.documents.schedule_layout import Sheet
from coordinator.documents.vocabulary import long_date
from tests.documents.samples import demo_content, steppe_content

PRODUCED = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC)
MM_TO_POINTS = 72 / 25.4


def flat(text: str) -> str:
    """Return ``text`` with every run of whitespace (line breaks too) as one space."""
    return " ".join(text.split())


def pypdf_pages(data: bytes) -> list[str]:
    """Return the text of each page as pypdf extracts it."""
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]


def poppler_pages(data: bytes, folder: Path) -> list[str]:
    """Return the text of each page as poppler's pdftotext extracts it."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    path = folder / "document.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    return result.stdout.split("\f")[: len(PdfReader(BytesIO(data)).pages)]


Extractor = Callable[[bytes, Path], list[str]]
EXTRACTORS: dict[str, Extractor] = {
    "pypdf": lambda data, _folder: pypdf_pages(data),
    "pdftotext": poppler_pages,
}


def assert_in_order(text: str, items: Iterable[str]) -> None:
    """Check that each of ``items`` appears in ``text`` after the one before it."""
    position = 0
    for item in items:
        found = text.find(flat(item), position)
        assert found >= 0, f"{item!r} is missing or out of order"
        position = found + len(flat(item))


def assert_fonts_embedded(data: bytes) -> None:
    """Check that every font of every page carries its font file."""
    for page in PdfReader(BytesIO(data)).pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].get_object().values():
            font = reference.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def assert_pdffonts_embedded(data: bytes, folder: Path) -> None:
    """Check with poppler's pdffonts that each font is embedded."""
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler's pdffonts is not installed")
    path = folder / "fonts.pdf"
    path.write_bytes(data)
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = result.stdout.splitlines()[2:]
    assert rows
    for line in rows:
        # name, type (two words), encoding, emb, sub, uni, object, id
        assert line.split()[-5] == "yes", line


@pytest.fixture(params=["demo", "steppe"])
def content(request: pytest.FixtureRequest) -> ProgramContent:
    return demo_content() if request.param == "demo" else steppe_content()


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_the_booklet_prints_everybody_every_venue_and_every_day_in_order(
    content: ProgramContent, extractor: str, tmp_path: Path
) -> None:
    pages = EXTRACTORS[extractor](render_booklet(content, produced=PRODUCED), tmp_path)
    text = flat(" ".join(pages))
    for delegate in content.delegates:
        assert delegate.name in text
        assert flat(f"{delegate.title}, {delegate.organization}") in text
    for host in content.hosts():
        assert flat(f"{host.name}, {host.title}") in text
    for activity in content.activities:
        for part in (activity.venue, activity.address):
            assert not part or part in text
    for day in sorted({activity.day for activity in content.activities}):
        page = next(flat(page) for page in pages if long_date(day, "en") in page)
        assert_in_order(page, [activity.title for activity in content.activities_on(day)])


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_kazakh_and_kyrgyz_names_round_trip_exactly(extractor: str, tmp_path: Path) -> None:
    content = steppe_content()
    text = " ".join(EXTRACTORS[extractor](render_booklet(content, produced=PRODUCED), tmp_path))
    for name in ("Әлия Ғабитқызы", "Айгүл Төлеубекова", "Нурлан Өмүрбеков", "Үмүт Ңурбаева"):
        assert name in text
    assert "Әкімнің орынбасары, Түркістан қаласы әкімдігі" in text
    assert "Айгүл Төлеубекова, Үмүт Ңурбаева" in flat(text)  # who attends the council


def test_the_cover_has_title_organizer_partners_place_and_dates() -> None:
    content = demo_content()
    cover = flat(pypdf_pages(render_booklet(content, produced=PRODUCED))[0])
    for text in (content.title, content.organizer, *content.partners, "Istanbul, Türkiye"):
        assert text in cover
    assert "24–29 August 2021" in cover
    assert "Page" not in cover  # the cover has no footer


def test_each_day_starts_a_page_headed_by_its_date_and_number() -> None:
    content = demo_content()
    pages = pypdf_pages(render_booklet(content, produced=PRODUCED))
    assert len(pages) == 6  # cover, three days, participants, contacts
    assert pages[1].startswith("Day 2\n25 August 2021, Wednesday")
    assert pages[2].startswith("Day 3\n26 August 2021, Thursday")
    assert pages[3].startswith("Day 6\n29 August 2021, Sunday")
    for number, page in enumerate(pages[1:], start=2):
        assert page.rstrip().endswith(f"{content.title} Page {number} of 6")


def test_a_long_day_flows_over_pages_under_a_repeated_heading() -> None:
    content = demo_content()
    day = dt.date(2021, 8, 25)
    many = tuple(
        dataclasses.replace(content.activities[1], key=f"activity:{n}", title=f"Visit number {n}")
        for n in range(40)
    )
    pages = pypdf_pages(render_booklet(dataclasses.replace(content, activities=many)))
    assert 4 <= len(pages) <= 8
    assert pages[2].startswith(f"{long_date(day, 'en')} (continued)")
    assert_in_order(flat(" ".join(pages)), [activity.title for activity in many])


def test_no_block_runs_into_the_footer_and_no_heading_is_left_at_a_page_bottom() -> None:
    content = demo_content()
    many = content.activities * 6
    for paper in ("a4", "letter"):
        sheet = Sheet(paper=paper, language="tr", title="", produced=PRODUCED)
        sections = programmes.programme_sections(
            sheet, dataclasses.replace(content, activities=many), {"participant:1", "person:1"}
        )
        layout = sheet.paginate(sections)
        sheet.close()
        headings = {id(group.heading) for section in sections for group in section.groups}
        for page in layout.pages:
            for block, top in page.placed:
                assert top + block.height <= sheet.geometry.body_bottom + 0.01
            assert id(page.placed[-1][0]) not in headings


def test_participants_come_head_of_delegation_first() -> None:
    content = demo_content()
    head, *others = content.delegates
    moved = dataclasses.replace(content, delegates=(*others[:3], head, *others[3:]))
    page = flat(pypdf_pages(render_booklet(moved, produced=PRODUCED))[-2])
    assert page.startswith("The delegation Participants 8 people")
    assert_in_order(page, [head.name, "Head of delegation", *(item.name for item in others)])


def test_contacts_give_the_phone_of_each_staff_member_who_has_one() -> None:
    content = steppe_content()
    silent = Staff("guide:3", "Nobody Withoutphone", roles=("guide",))
    data = render_booklet(
        dataclasses.replace(content, staff=(*content.staff, silent)), produced=PRODUCED
    )
    page = flat(pypdf_pages(data)[-1])
    assert page.startswith("During the visit Contacts")
    assert "Mehmet Yılmaz" in page
    assert "+90 533 111 22 33" in page
    assert "Ayşe Demir" in page
    assert "+90 532 444 55 66" in page
    assert "Escort Interpreter" in page
    assert "Speaks Turkish, Russian, Kazakh" in page
    assert "Nobody" not in page


def test_an_empty_field_prints_no_label() -> None:
    content = steppe_content()
    bare = ActivityItem("activity:9", content.first_day, None, None, "free_time", "Free afternoon")
    data = render_booklet(dataclasses.replace(content, activities=(bare,)), produced=PRODUCED)
    day = pypdf_pages(data)[1]
    assert "Free afternoon" in day
    assert "Free time" in day
    for label in ("Place", "Host", "Accompanied by", "Attending"):
        assert label not in day


def test_turkish_booklet_has_turkish_labels_and_dates() -> None:
    pages = pypdf_pages(render_booklet(demo_content(), language="tr", produced=PRODUCED))
    text = flat(" ".join(pages))
    assert "Program kitapçığı" in pages[0]
    assert "24–29 Ağustos 2021" in pages[0]
    assert pages[2].startswith("3. Gün\n26 Ağustos 2021 Perşembe")
    for words in ("Nezaket ziyareti", "Ev sahibi", "Katılımcılar", "Heyet başkanı", "İletişim"):
        assert words in text
    assert "Sayfa 2 / 6" in pages[1]
    for english in ("Page", "Day", "Participants", "Contacts", "Place", "Host ", "Delegate"):
        assert english not in text


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(paper: str, size: tuple[int, int]) -> None:
    for data in (
        render_booklet(demo_content(), paper=paper, produced=PRODUCED),
        programmes.render_programmes(steppe_content(), paper=paper, produced=PRODUCED),
        programmes.render_guide_sheets(steppe_content(), paper=paper, produced=PRODUCED),
    ):
        for page in PdfReader(BytesIO(data)).pages:
            assert (round(page.mediabox.width), round(page.mediabox.height)) == size


def test_every_font_is_embedded(tmp_path: Path) -> None:
    data = render_booklet(steppe_content(), language="tr", produced=PRODUCED)
    assert_fonts_embedded(data)
    assert_pdffonts_embedded(data, tmp_path)


def test_the_same_program_gives_the_same_bytes() -> None:
    content = demo_content()
    assert render_booklet(content, produced=PRODUCED) == render_booklet(content, produced=PRODUCED)


def test_unknown_language_or_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="English"):
        render_booklet(demo_content(), language="de")
    with pytest.raises(ValueError, match="Letter"):
        render_booklet(demo_content(), paper="a3")


def test_label_catalogues_have_both_languages_with_the_same_placeholders() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for module in (booklet, programmes, schedule_layout):
        for key, (english, turkish) in module.LABELS.entries.items():
            assert english.strip(), key
            assert turkish.strip(), key
            assert fields(english) == fields(turkish), key


def test_text_is_wrapped_within_its_width_even_a_word_longer_than_a_line() -> None:
    doc = PdfDocument()
    doc.add_page()
    font = Font("B", 10.5)
    text = "Visit to the " + "x" * 80 + " and the Beytaş Food Production and Distribution Center"
    lines = wrap(doc, text, font, 40.0)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert doc.width_of(line, font.family, font.style, font.size) <= 40.0
    doc.output_bytes()
    doc.close_fonts()
    assert Geometry.for_paper("letter").width * MM_TO_POINTS == pytest.approx(612)
