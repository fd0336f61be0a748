"""Name badges: every name printed whole, inside its badge, with cut marks clear of the text."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from coordinator.documents.badges import (
    BADGE_SIZES,
    LABELS,
    ROLE_COLOURS,
    BadgeLayout,
    badge_grid,
    cut_marks,
    layout_badges,
    render_badges,
)
from coordinator.documents.cards import Box
from coordinator.documents.content import Delegate, ProgramContent, Staff
from coordinator.documents.sheets import PADDING
from tests.documents.card_checks import (
    assert_fits,
    assert_fonts_embedded,
    assert_same_entries,
    both_readings,
    boxes_overlap,
    everyone,
    measuring,
    page_count,
)
from tests.documents.samples import LONG_NAME, demo_content, steppe_content

PRODUCED = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)
WORST_WORDS = " ".join(["Abdurakhmanov-Karakhodzhayev"] * 100)
"""About 3,000 characters in a hundred long words."""
WORST_WORD = "Ж" * 3000
"""3,000 characters without a space: it can only shrink."""


def _with_first(content: ProgramContent, *names: str) -> ProgramContent:
    """Return ``content`` with delegates of these names before the roster."""
    extra = tuple(
        Delegate(
            f"participant:{100 + index}",
            name,
            "Head of International Relations and Sister Cities Department " * 2,
            "Union of Turkish World Municipalities (TDBB) " * 3,
            "head",
        )
        for index, name in enumerate(names)
    )
    return replace(content, delegates=extra + content.delegates)


def _layouts(
    content: ProgramContent, size: str = "a7", paper: str = "a4", **options: object
) -> list[BadgeLayout]:
    with measuring(paper) as pdf:
        return layout_badges(pdf, content, size=size, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["en", "tr"])
@pytest.mark.parametrize("size", ["a7", "a6"])
@pytest.mark.parametrize("sample", [demo_content, steppe_content], ids=["demo", "steppe"])
def test_every_name_reads_back_exactly(
    sample: object, size: str, language: str, tmp_path: Path
) -> None:
    content = sample()  # type: ignore[operator]
    data = render_badges(content, language=language, size=size, produced=PRODUCED)
    for pages in both_readings(data, tmp_path):
        text = " ".join(pages)
        for name in everyone(content):
            assert name in text, name


def test_kazakh_and_kyrgyz_letters_round_trip(tmp_path: Path) -> None:
    data = render_badges(steppe_content(), produced=PRODUCED)
    for pages in both_readings(data, tmp_path):
        for name in ("Әлия Ғабитқызы", "Нурлан Өмүрбеков", "Үмүт Ңурбаева", "Айгүл Төлеубекова"):
            assert name in pages[0]


def test_every_font_is_embedded(tmp_path: Path) -> None:
    names = assert_fonts_embedded(render_badges(steppe_content(), produced=PRODUCED), tmp_path)
    assert names == {"NotoSans", "NotoSansBold"}


@pytest.mark.parametrize(
    ("size", "paper", "columns", "rows"),
    [("a7", "a4", 2, 4), ("a6", "a4", 2, 2), ("a7", "letter", 2, 3), ("a6", "letter", 2, 1)],
)
def test_badges_fill_the_sheet(size: str, paper: str, columns: int, rows: int) -> None:
    grid = badge_grid(paper, size)
    assert (grid.columns, grid.rows) == (columns, rows)
    sheet = Box(0, 0, grid.page_width, grid.page_height)
    cards = [grid.card(index) for index in range(grid.per_sheet)]
    assert all(sheet.contains(card) for card in cards)
    assert not any(
        boxes_overlap(first, second) for first in cards for second in cards if first != second
    )


@pytest.mark.parametrize(
    ("size", "paper", "pages"), [("a7", "a4", 2), ("a6", "a4", 3), ("a7", "letter", 2)]
)
def test_sheets_hold_as_many_badges_as_fit(size: str, paper: str, pages: int) -> None:
    content = demo_content()
    assert len(content.delegates) + len(content.staff) == 10
    assert page_count(render_badges(content, size=size, paper=paper, produced=PRODUCED)) == pages


def test_delegates_come_first_then_staff_and_only_restricts() -> None:
    content = demo_content()
    keys = [layout.person.key for layout in _layouts(content)]
    assert keys == [item.key for item in content.delegates] + [item.key for item in content.staff]
    chosen = _layouts(content, only={"guide:1", "participant:2"})
    assert [layout.person.key for layout in chosen] == ["participant:2", "guide:1"]
    assert [layout.card for layout in chosen] == [badge_grid("a4", "a7").card(i) for i in (0, 1)]


@pytest.mark.parametrize("size", ["a7", "a6"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_text_leaves_its_box_nor_its_badge(size: str, paper: str) -> None:
    longest = max(everyone(demo_content()), key=len)
    content = _with_first(demo_content(), LONG_NAME, WORST_WORDS, WORST_WORD, longest)
    layouts = _layouts(content, size, paper)
    assert_fits(((layout.texts, layout.card) for layout in layouts), PADDING)
    for layout in layouts:
        assert layout.card.contains(layout.band, PADDING)
        assert layout.band.contains(layout.role.box)
        name, title, organization = layout.name.box, layout.details[0].box, layout.details[1].box
        assert name.bottom <= title.y
        assert title.bottom <= organization.y
        assert organization.bottom <= layout.rule[1] <= layout.program.box.y
    assert layouts[0].name.fitted.lines == (
        "Abdulkhamid Nurmukhamedovich",
        "Abdurakhmanov-Karakhodzhayev Jr",
    )


def test_a_name_stays_large() -> None:
    sizes = {layout.person.name: layout.name.fitted.size for layout in _layouts(demo_content())}
    assert min(sizes.values()) >= 18
    long_size = _layouts(_with_first(demo_content(), LONG_NAME))[0].name.fitted.size
    assert long_size >= 12


def test_cut_marks_lie_on_the_cut_lines_clear_of_everything_printed() -> None:
    for size in BADGE_SIZES:
        for paper in ("a4", "letter"):
            grid = badge_grid(paper, size)
            xs = {round(grid.left + grid.card_width * i, 6) for i in range(grid.columns + 1)}
            ys = {round(grid.top + grid.card_height * i, 6) for i in range(grid.rows + 1)}
            marks = cut_marks(paper, size)
            assert marks
            printed = [
                box
                for layout in _layouts(demo_content(), size, paper)
                for box in (layout.band, *(text.box for text in layout.texts))
            ]
            for x1, y1, x2, y2 in marks:
                assert (x1 == x2 and round(x1, 6) in xs) or (y1 == y2 and round(y1, 6) in ys)
                mark = Box(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
                assert Box(0, 0, grid.page_width, grid.page_height).contains(mark)
                assert not any(boxes_overlap(mark, box) for box in printed)


def test_crosses_where_four_badges_meet_and_crop_marks_in_wide_margins() -> None:
    marks = set(cut_marks("a4", "a7"))
    grid = badge_grid("a4", "a7")
    middle, meeting = grid.left + grid.card_width, grid.top + grid.card_height
    assert (middle - 4, meeting, middle + 4, meeting) in marks
    assert (middle, meeting - 4, middle, meeting + 4) in marks
    letter = badge_grid("letter", "a7")
    assert letter.top > 6
    top_ticks = [mark for mark in cut_marks("letter", "a7") if mark[3] < letter.top]
    assert len(top_ticks) == letter.columns + 1


def test_the_band_names_the_role_in_the_document_language(tmp_path: Path) -> None:
    content = steppe_content()
    english = " ".join(both_readings(render_badges(content, produced=PRODUCED), tmp_path)[0])
    assert "Head of delegation" in english
    assert "Driver" in english
    assert "Escort · Interpreter" in english
    turkish = " ".join(
        both_readings(render_badges(content, language="tr", produced=PRODUCED), tmp_path)[1]
    )
    assert "Heyet başkanı" in turkish
    assert "Şoför" in turkish
    assert "Refakatçi · Tercüman" in turkish


def test_colour_by_role() -> None:
    content = steppe_content()
    colours = {layout.person.key: layout.colour for layout in _layouts(content)}
    assert colours["participant:1"] == ROLE_COLOURS["head"]
    assert colours["participant:2"] == ROLE_COLOURS["member"]
    assert colours["guide:1"] == ROLE_COLOURS["driver"]
    assert colours["guide:2"] == ROLE_COLOURS["escort"]
    assert len(set(ROLE_COLOURS.values())) == len(ROLE_COLOURS)


def test_staff_without_roles_and_an_empty_program() -> None:
    content = replace(steppe_content(), staff=(Staff("guide:9", "Ali Veli"),))
    layouts = _layouts(content)
    assert layouts[-1].role.text == "Guide"
    assert layouts[-1].details == ()
    empty = replace(content, delegates=(), staff=())
    assert page_count(render_badges(empty, produced=PRODUCED)) == 1


def test_the_same_program_gives_the_same_bytes() -> None:
    first = render_badges(demo_content(), produced=PRODUCED)
    assert first == render_badges(demo_content(), produced=PRODUCED)


def test_wrong_choices_are_refused() -> None:
    with pytest.raises(ValueError, match="A7 or A6"):
        render_badges(demo_content(), size="a5")
    with pytest.raises(ValueError, match="A4 or Letter"):
        render_badges(demo_content(), paper="legal")
    with pytest.raises(ValueError, match="English"):
        render_badges(demo_content(), language="kk")


def test_labels_have_both_languages() -> None:
    assert_same_entries(LABELS)
