"""Personal programmes and guide sheets, read back by pypdf and by poppler's pdftotext."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from coordinator.documents.content import ProgramContent, Staff
from coordinator.documents.programmes import (
    guide_sheet_pages,
    programme_pages,
    render_guide_sheets,
    render_programmes,
)
from coordinator.documents.schedule_layout import EmptyDocumentError
from tests.documents.samples import demo_content, steppe_content
from tests.documents.test_booklet import (
    EXTRACTORS,
    assert_fonts_embedded,
    assert_in_order,
    assert_pdffonts_embedded,
    flat,
    pypdf_pages,
)

PRODUCED = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC)
COUNCIL = "Meeting of the women's council"


def person_text(pages: list[str], pages_of: dict[str, range], key: str) -> str:
    """Return the text of the pages of ``key``, as one line."""
    return flat(" ".join(pages[number - 1] for number in pages_of[key]))


def test_each_delegate_then_each_host_starts_a_page_with_their_name() -> None:
    content = steppe_content()
    pages = pypdf_pages(render_programmes(content, produced=PRODUCED))
    pages_of = programme_pages(content)
    keys = [delegate.key for delegate in content.delegates] + ["person:1"]
    assert list(pages_of) == keys
    assert len(pages) == max(number for span in pages_of.values() for number in span)
    for delegate in content.delegates:
        first = pages[pages_of[delegate.key][0] - 1]
        assert first.startswith(f"Personal programme\n{delegate.name}\n")
    assert pages[pages_of["person:1"][0] - 1].startswith("Host's programme\nHilmi Türkmen\n")


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_a_delegate_sees_only_the_activities_they_attend(extractor: str, tmp_path: Path) -> None:
    content = steppe_content()
    pages = EXTRACTORS[extractor](render_programmes(content, produced=PRODUCED), tmp_path)
    pages_of = programme_pages(content)
    for delegate in content.delegates:
        text = person_text(pages, pages_of, delegate.key)
        assert delegate.name in text
        attended = [a.title for a in content.activities if a.attended_by(delegate.key)]
        assert_in_order(text, attended)
        assert (COUNCIL in text) == (delegate.key in {"participant:2", "participant:4"})
        assert "Hilmi Türkmen, Mayor, Üsküdar Municipality" in text
        assert "Mimar Sinan Mah., Üsküdar" in text


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_the_demo_programmes_list_each_day_in_order(extractor: str, tmp_path: Path) -> None:
    content = demo_content()
    pages = EXTRACTORS[extractor](render_programmes(content, produced=PRODUCED), tmp_path)
    pages_of = programme_pages(content)
    for delegate in content.delegates:
        text = person_text(pages, pages_of, delegate.key)
        assert_in_order(text, [delegate.name, *(a.title for a in content.activities)])
        for venue in {a.venue for a in content.activities if a.venue}:
            assert venue in text
    for host in content.hosts():
        text = person_text(pages, pages_of, host.key)
        assert flat(f"{host.name} {host.title}, {host.organization}") in text
        visits = [a.title for a in content.activities if host in a.hosts]
        assert_in_order(text, visits)
        others = [a.title for a in content.activities if host not in a.hosts]
        assert not any(title in text for title in others)


def test_a_host_page_tells_the_delegation_size_head_and_languages() -> None:
    content = steppe_content()
    pages = pypdf_pages(render_programmes(content, only={"person:1"}, produced=PRODUCED))
    text = flat(" ".join(pages))
    assert text.startswith("Host's programme Hilmi Türkmen Mayor, Üsküdar Municipality")
    assert "Delegation 4 people" in text
    assert "Head of delegation Әлия Ғабитқызы, Әкімнің орынбасары" in text
    assert "Languages Kazakh, Kyrgyz, Russian" in text
    assert "Courtesy visit to the Mayor of Üsküdar" in text
    assert "Transfer to Üsküdar" not in text
    assert COUNCIL not in text


def test_only_restricts_to_the_people_named() -> None:
    content = steppe_content()
    only = {"participant:2", "person:1"}
    data = render_programmes(content, only=only, produced=PRODUCED)
    text = flat(" ".join(pypdf_pages(data)))
    assert "Айгүл Төлеубекова" in text
    assert "Hilmi Türkmen" in text
    for delegate in content.delegates:
        if delegate.key != "participant:2":
            assert not text.startswith(delegate.name)
            assert f"Personal programme {delegate.name}" not in text
    assert list(programme_pages(content, only=only)) == ["participant:2", "person:1"]


def test_nobody_to_print_is_refused() -> None:
    with pytest.raises(EmptyDocumentError, match="Nothing to print"):
        render_programmes(steppe_content(), only={"participant:99"})
    with pytest.raises(EmptyDocumentError):
        render_guide_sheets(dataclasses.replace(steppe_content(), activities=()))


def test_a_delegate_without_activities_is_told_so() -> None:
    content = dataclasses.replace(steppe_content(), activities=())
    page = pypdf_pages(render_programmes(content, only={"participant:1"}, produced=PRODUCED))[0]
    assert "No activity is planned for you." in page


@pytest.fixture
def steppe_with_idle_guide() -> ProgramContent:
    content = steppe_content()
    idle = Staff("guide:3", "Idle Guide", roles=("guide",), phone="+90 530 000 00 00")
    return dataclasses.replace(content, staff=(*content.staff, idle))


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_the_driver_sheet_has_the_phone_languages_and_the_drives(
    steppe_with_idle_guide: ProgramContent, extractor: str, tmp_path: Path
) -> None:
    content = steppe_with_idle_guide
    pages = EXTRACTORS[extractor](render_guide_sheets(content, produced=PRODUCED), tmp_path)
    pages_of = guide_sheet_pages(content)
    assert list(pages_of) == ["guide:1", "guide:2"]  # the idle guide has no sheet
    driver = person_text(pages, pages_of, "guide:1")
    assert driver.startswith("Driver's sheet Mehmet Yılmaz")
    assert "+90 533 111 22 33" in driver
    assert "Kazakh, Kyrgyz, Russian" in driver
    assert "4 people" in driver
    assert "Әлия Ғабитқызы" in driver
    assert "Transfer to Üsküdar" in driver
    assert "Courtesy visit to the Mayor of Üsküdar" not in driver
    escort = person_text(pages, pages_of, "guide:2")
    assert escort.startswith("Guide's sheet Ayşe Demir")
    assert "+90 532 444 55 66" in escort
    assert "Escort, Interpreter" in escort
    assert "Hilmi Türkmen, Mayor, Üsküdar Municipality" in escort
    assert "Mimar Sinan Mah., Üsküdar" in escort
    assert "Transfer to Üsküdar" not in escort


def test_a_guide_sheet_gives_the_role_on_each_activity_and_who_attends() -> None:
    content = steppe_content()
    council = dataclasses.replace(
        content.activities[2], guides=content.activities[1].guides[:1]
    )  # the escort goes with the two delegates to the council
    content = dataclasses.replace(content, activities=(*content.activities[:2], council))
    data = render_guide_sheets(content, only={"guide:2"}, produced=PRODUCED)
    text = flat(" ".join(pypdf_pages(data)))
    assert_in_order(text, ["Courtesy visit to the Mayor of Üsküdar", "Your role Escort", COUNCIL])
    assert "Attending Айгүл Төлеубекова, Үмүт Ңурбаева" in text
    assert "Accompanied by Ayşe Demir" not in text  # not told she accompanies herself


def test_only_restricts_the_guide_sheets() -> None:
    data = render_guide_sheets(steppe_content(), only={"guide:1"}, produced=PRODUCED)
    text = flat(" ".join(pypdf_pages(data)))
    assert "Mehmet Yılmaz" in text
    assert "Guide's sheet" not in text


def test_turkish_programmes_and_sheets() -> None:
    content = demo_content()
    pages = pypdf_pages(render_programmes(content, language="tr", produced=PRODUCED))
    text = flat(" ".join(pages))
    assert pages[0].startswith("Kişisel program\nZhandos Tasov\n")
    for words in ("26 Ağustos 2021 Perşembe", "3. Gün", "Heyet başkanı", "Ev sahibi programı"):
        assert words in text
    assert "Sayfa 1 / 2" in pages[0]
    assert "Kazakça, Rusça, Türkçe" in text
    sheet = flat(pypdf_pages(render_guide_sheets(steppe_content(), language="tr"))[0])
    assert sheet.startswith("Şoför çizelgesi Mehmet Yılmaz")
    assert "Telefon: +90 533 111 22 33" in sheet
    assert "Göreviniz Şoför" in sheet


def test_each_person_pages_are_numbered_on_their_own() -> None:
    content = demo_content()
    pages = pypdf_pages(render_programmes(content, produced=PRODUCED))
    pages_of = programme_pages(content)
    for span in pages_of.values():
        for index, number in enumerate(span, start=1):
            assert pages[number - 1].rstrip().endswith(f"Page {index} of {len(span)}")
    continued = pages[pages_of["participant:1"][1] - 1]
    assert continued.startswith("Zhandos Tasov (continued)\n")


def test_programmes_and_sheets_embed_their_fonts(tmp_path: Path) -> None:
    for data in (
        render_programmes(steppe_content(), language="tr", paper="letter", produced=PRODUCED),
        render_guide_sheets(steppe_content(), paper="letter", produced=PRODUCED),
    ):
        assert_fonts_embedded(data)
        assert_pdffonts_embedded(data, tmp_path)


def test_the_same_program_gives_the_same_programmes() -> None:
    content = steppe_content()
    first = render_programmes(content, produced=PRODUCED)
    assert first == render_programmes(content, produced=PRODUCED)
    assert render_guide_sheets(content, produced=PRODUCED) == render_guide_sheets(
        content, produced=PRODUCED
    )
