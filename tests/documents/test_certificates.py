"""Certificates of participation: a landscape page per delegate, signed, in either language."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from io import BytesIO
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader

from coordinator.documents.certificates import (
    LABELS,
    CertificateLayout,
    layout_certificates,
    render_certificates,
)
from coordinator.documents.content import Delegate, ProgramContent, Signatory
from tests.documents.card_checks import (
    assert_fits,
    assert_fonts_embedded,
    assert_same_entries,
    both_readings,
    measuring,
    page_count,
    page_sizes,
    tiny_png,
)
from tests.documents.samples import LONG_NAME, demo_content, steppe_content

PRODUCED = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)
SIGNATORIES = (
    Signatory("Fahri Solak", "Secretary General", "Union of Turkish World Municipalities (TDBB)"),
    Signatory("Hilmi Türkmen", "Mayor", "Üsküdar Municipality"),
    Signatory("Deniz Köken", "Mayor", "Eyüpsultan Municipality"),
    Signatory("Ömer Arısoy", "Mayor", "Zeytinburnu Municipality"),
)


def _layouts(
    content: ProgramContent, paper: str = "a4", **options: object
) -> list[CertificateLayout]:
    with measuring(paper, landscape=True) as pdf:
        return layout_certificates(pdf, content, **options)  # type: ignore[arg-type]


def _images(data: bytes) -> list[int]:
    return [len(page.images) for page in PdfReader(BytesIO(data)).pages]


@pytest.mark.parametrize("language", ["en", "tr"])
@pytest.mark.parametrize("sample", [demo_content, steppe_content], ids=["demo", "steppe"])
def test_one_landscape_page_per_delegate_naming_them(
    sample: object, language: str, tmp_path: Path
) -> None:
    content = sample()  # type: ignore[operator]
    data = render_certificates(content, language=language, produced=PRODUCED)
    assert page_count(data) == len(content.delegates)
    assert all(width > height for width, height in page_sizes(data))
    for pages in both_readings(data, tmp_path):
        for delegate, page in zip(content.delegates, pages, strict=True):
            assert delegate.name in page
            assert delegate.title in page
            assert delegate.organization in page
            for signatory in content.signatories:
                assert signatory.name in page
                assert signatory.title in page


def test_the_sentence_in_each_language(tmp_path: Path) -> None:
    content = steppe_content()
    english = both_readings(render_certificates(content, produced=PRODUCED), tmp_path)[0][0]
    for words in (
        "Certificate of Participation",
        "This certificate is presented to",
        "Әлия Ғабитқызы",
        "Әкімнің орынбасары, Түркістан қаласы әкімдігі",
        "for taking part in",
        "Steppe Cities Exchange Program",
        "Istanbul, 12–13 May 2026",
        "Organized by Union of Turkish World Municipalities (TDBB)",
    ):
        assert words in english
    data = render_certificates(content, language="tr", produced=PRODUCED)
    for pages in both_readings(data, tmp_path):
        turkish = pages[0]
        for words in (
            "Katılım Belgesi",
            "Bu belge, aşağıda adı yazılı katılımcıya",
            "aşağıdaki programa katılımı nedeniyle verilmiştir:",
            "Istanbul, 12–13 Mayıs 2026",
            "Düzenleyen: Union of Turkish World Municipalities (TDBB)",
        ):
            assert words in turkish
        assert "Certificate" not in turkish


def test_headings_and_names_are_serif_and_fonts_embedded(tmp_path: Path) -> None:
    data = render_certificates(steppe_content(), produced=PRODUCED)
    assert assert_fonts_embedded(data, tmp_path) == {"NotoSerifBold", "NotoSans", "NotoSansBold"}
    layout = _layouts(steppe_content())[0]
    assert layout.texts[0].family == "serif"
    assert layout.name.family == "serif"
    assert {text.family for text in layout.texts[1:] if text is not layout.name} == {"sans"}


def test_a_background_is_drawn_on_every_page_when_given() -> None:
    content = replace(steppe_content(), certificate_background=tiny_png())
    assert _images(render_certificates(content, produced=PRODUCED)) == [1, 1, 1, 1]
    assert _images(render_certificates(steppe_content(), produced=PRODUCED)) == [0, 0, 0, 0]
    reader = PdfReader(BytesIO(render_certificates(content, produced=PRODUCED)))
    image = reader.pages[0].images[0].image
    assert image is not None
    assert image.size == (4, 3)


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4])
def test_signature_lines_spread_evenly(count: int) -> None:
    content = replace(steppe_content(), signatories=SIGNATORIES[:count])
    layout = _layouts(content)[0]
    assert len(layout.signatures) == count
    centres = [(line[0] + line[2]) / 2 for line in (item.line for item in layout.signatures)]
    if count:
        assert sum(centres) / count == pytest.approx(layout.page.width / 2)
    steps = [second - first for first, second in pairwise(centres)]
    assert all(step == pytest.approx(steps[0]) for step in steps)
    body_bottom = max(text.box.bottom for text in layout.texts)
    areas = [signature.area for signature in layout.signatures]
    assert all(first.right <= second.x for first, second in pairwise(areas))
    for signature in layout.signatures:
        x1, y, x2, _ = signature.line
        assert body_bottom < y < signature.area.y
        assert signature.area.x <= x1 < x2 <= signature.area.right
        assert layout.page.contains(signature.area, 15)
        signatory = signature.signatory
        assert [text.text for text in signature.texts] == [
            signatory.name,
            signatory.title,
            signatory.organization,
        ]
        assert all(signature.area.contains(text.box) for text in signature.texts)


def test_no_signatories_no_lines(tmp_path: Path) -> None:
    content = replace(demo_content(), signatories=())
    data = render_certificates(content, produced=PRODUCED)
    assert "Fahri Solak" not in both_readings(data, tmp_path)[0][0]
    assert all(not layout.signatures for layout in _layouts(content))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_long_names_and_titles_stay_inside_the_page(paper: str) -> None:
    worst = "Abdurakhmanov-Karakhodzhayev " * 100
    long_title = "International " * 12 + "Program"
    delegates = tuple(
        Delegate(f"participant:{index}", name, worst, worst)
        for index, name in enumerate((LONG_NAME, worst, "Ж" * 3000))
    )
    signatories = tuple(Signatory(LONG_NAME, worst, worst) for _ in range(4))
    content = replace(
        demo_content(),
        title=long_title,
        organizer=worst,
        delegates=delegates + demo_content().delegates,
        signatories=signatories,
    )
    layouts = _layouts(content, paper, language="tr")
    assert_fits(((layout.texts, layout.page) for layout in layouts), 15)
    assert_fits(((item.texts, item.area) for item in layouts[0].signatures), 0)
    for layout in layouts:
        line_y = layout.signatures[0].line[1]
        assert all(text.box.bottom < line_y for text in layout.texts)
        program = next(text for text in layout.texts if text.text == long_title)
        assert 2 <= len(program.fitted.lines) <= 3
    assert layouts[0].name.fitted.lines == (
        "Abdulkhamid Nurmukhamedovich",
        "Abdurakhmanov-Karakhodzhayev Jr",
    )


def test_only_restricts_and_the_same_bytes() -> None:
    content = demo_content()
    chosen = _layouts(content, only={"participant:5", "guide:1"})
    assert [layout.person.key for layout in chosen] == ["participant:5"]
    data = render_certificates(content, produced=PRODUCED, only=["participant:5"])
    assert page_count(data) == 1
    assert data == render_certificates(content, produced=PRODUCED, only=["participant:5"])
    assert page_count(render_certificates(content, produced=PRODUCED, only=[])) == 1


def test_wrong_choices_are_refused() -> None:
    with pytest.raises(ValueError, match="A4 or Letter"):
        render_certificates(demo_content(), paper="a5")
    with pytest.raises(ValueError, match="Turkish"):
        render_certificates(demo_content(), language="kk")


def test_labels_have_both_languages() -> None:
    assert_same_entries(LABELS)
