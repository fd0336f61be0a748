"""Name tents: one folded sheet per delegate and host, the name whole on both faces."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest

from coordinator.documents.content import Delegate, Host, ProgramContent
from coordinator.documents.tents import (
    EDGE_PADDING,
    LABELS,
    SIDE_PADDING,
    TentLayout,
    layout_tents,
    render_tents,
)
from tests.documents.card_checks import (
    assert_fits,
    assert_fonts_embedded,
    assert_same_entries,
    both_readings,
    measuring,
    page_count,
    page_sizes,
)
from tests.documents.samples import LONG_NAME, demo_content, steppe_content

PRODUCED = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)


def _names(content: ProgramContent) -> list[str]:
    return [item.name for item in content.delegates] + [host.name for host in content.hosts()]


def _layouts(content: ProgramContent, paper: str = "a4", **options: object) -> list[TentLayout]:
    with measuring(paper, landscape=True) as pdf:
        return layout_tents(pdf, content, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("sample", [demo_content, steppe_content], ids=["demo", "steppe"])
def test_one_sheet_per_person_with_the_name_on_both_halves(sample: object, tmp_path: Path) -> None:
    content = sample()  # type: ignore[operator]
    names = _names(content)
    assert len(names) == len(set(names))
    data = render_tents(content, produced=PRODUCED)
    assert page_count(data) == len(names)
    for pages in both_readings(data, tmp_path):
        for name, page in zip(names, pages, strict=True):
            assert page.count(name) == 2, (name, page)


def test_the_steppe_names_round_trip(tmp_path: Path) -> None:
    data = render_tents(steppe_content(), language="tr", produced=PRODUCED)
    for pages in both_readings(data, tmp_path):
        assert "Әлия Ғабитқызы" in pages[0]
        assert "Нурлан Өмүрбеков" in pages[2]
        assert "Үмүт Ңурбаева" in pages[3]
        assert "Hilmi Türkmen" in pages[4]


def test_sheets_are_landscape_and_fonts_embedded(tmp_path: Path) -> None:
    for paper in ("a4", "letter"):
        data = render_tents(steppe_content(), paper=paper, produced=PRODUCED)
        assert all(width > height for width, height in page_sizes(data))
        assert assert_fonts_embedded(data, tmp_path) == {"NotoSans", "NotoSansBold"}


def test_delegates_then_hosts_once_each_and_only_restricts() -> None:
    content = demo_content()
    keys = [layout.person.key for layout in _layouts(content)]
    hosts = [host.key for host in content.hosts()]
    assert keys == [item.key for item in content.delegates] + hosts
    assert len(hosts) == len(set(hosts))
    assert sum(len(activity.hosts) for activity in content.activities) >= len(hosts)
    chosen = _layouts(content, only=[hosts[0], "participant:3"])
    assert [layout.person.key for layout in chosen] == ["participant:3", hosts[0]]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_text_leaves_its_half(paper: str) -> None:
    worst = "Abdurakhmanov-Karakhodzhayev " * 100
    extra = tuple(
        Delegate(f"participant:{90 + index}", name, worst, worst)
        for index, name in enumerate((LONG_NAME, worst, "Ж" * 3000))
    )
    content = replace(demo_content(), delegates=extra + demo_content().delegates)
    layouts = _layouts(content, paper)
    assert_fits(((item.texts, item.half.inset(SIDE_PADDING, EDGE_PADDING)) for item in layouts), 0)
    for layout in layouts:
        assert layout.half.y == pytest.approx(layout.sheet.height / 2)
        assert layout.half.bottom == pytest.approx(layout.sheet.bottom)
        boxes = [text.box for text in layout.texts]
        assert all(upper.bottom <= lower.y for upper, lower in pairwise(boxes))


def test_names_are_large_on_the_table() -> None:
    sizes = [layout.name.fitted.size for layout in _layouts(demo_content())]
    assert min(sizes) >= 40
    long = _layouts(replace(demo_content(), delegates=(Delegate("participant:1", LONG_NAME),)))
    assert long[0].name.fitted.size >= 30
    assert len(long[0].name.fitted.lines) == 2


def test_a_host_without_title_gets_only_the_name(tmp_path: Path) -> None:
    activity = replace(steppe_content().activities[1], hosts=(Host("person:9", "Deniz Köken"),))
    content = replace(steppe_content(), delegates=(), activities=(activity,))
    (layout,) = _layouts(content)
    assert [text.text for text in layout.texts] == ["Deniz Köken"]
    data = render_tents(content, produced=PRODUCED)
    assert both_readings(data, tmp_path)[0] == ["Deniz Köken Deniz Köken"]


def test_an_empty_program_and_the_same_bytes() -> None:
    empty = replace(steppe_content(), delegates=(), activities=())
    assert page_count(render_tents(empty, produced=PRODUCED)) == 1
    assert render_tents(demo_content(), produced=PRODUCED) == render_tents(
        demo_content(), produced=PRODUCED
    )


def test_wrong_choices_are_refused() -> None:
    with pytest.raises(ValueError, match="A4 or Letter"):
        render_tents(demo_content(), paper="a3")
    with pytest.raises(ValueError, match="Turkish"):
        render_tents(demo_content(), language="ru")
    with measuring() as portrait, pytest.raises(ValueError, match="landscape"):
        layout_tents(portrait, demo_content())


def test_labels_have_both_languages() -> None:
    assert_same_entries(LABELS)
