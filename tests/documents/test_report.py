"""The narrative report: what it says of a program in English, and what it never says.

The report must read like the seed (a real account of a visit) and must never
state what is not recorded, so besides the demo program these tests build
programs with pieces missing and look for the words those pieces would bring.
"""

from __future__ import annotations

import dataclasses
import re
import string

import pytest

from coordinator.documents.content import ProgramContent
from coordinator.documents.report import Report, write_report
from coordinator.documents.report_days import as_sentence
from coordinator.documents.report_labels import LABELS
from coordinator.documents.vocabulary import long_date
from tests.documents.report_samples import (
    CASES,
    DAY,
    english_program,
    full_text,
    proper_names,
    recorded_words,
    without,
)
from tests.documents.samples import demo_content, steppe_content

# The catalogue


def fields(template: str) -> list[tuple[str, str]]:
    return [(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name]


def test_both_languages_have_every_entry_with_the_same_placeholders() -> None:
    for key, (english, turkish) in LABELS.entries.items():
        assert english.strip(), key
        assert turkish.strip(), key
        assert sorted(name for name, _ in fields(english)) == sorted(
            name for name, _ in fields(turkish)
        ), key
        assert all(spec == "" for _, spec in fields(english)), key
        assert all(spec in ("", "also", *CASES) for _, spec in fields(turkish)), key


def test_a_report_is_written_in_english_or_turkish_only() -> None:
    with pytest.raises(ValueError, match="English"):
        write_report(demo_content(), "de")


# The demo program, in English


@pytest.fixture(scope="module")
def demo() -> ProgramContent:
    return demo_content()


@pytest.fixture(scope="module")
def demo_report(demo: ProgramContent) -> Report:
    return write_report(demo, "en")


def test_the_opening_says_who_organized_the_program_with_whom_when_and_where(
    demo_report: Report,
) -> None:
    assert demo_report.title == (
        "Program report: Turkistan (Kazakhstan) Municipality Information and Experience "
        "Sharing Program"
    )
    assert demo_report.paragraphs[0] == (
        "“Turkistan (Kazakhstan) Municipality Information and Experience Sharing Program”, "
        "organized by Union of Turkish World Municipalities (TDBB) in cooperation with "
        "Beykoz, Eyüpsultan, Üsküdar and Zeytinburnu Municipalities, was held on "
        "24–29 August 2021 in Istanbul."
    )


def test_every_delegate_is_named_with_their_exact_title(
    demo: ProgramContent, demo_report: Report
) -> None:
    attendance = demo_report.paragraphs[1]
    for delegate in demo.delegates:
        forms = (
            f"{delegate.title} {delegate.name}",
            f"{delegate.title} of {delegate.organization} {delegate.name}",
        )
        assert any(form in attendance for form in forms), delegate.name
    assert attendance.startswith("The program was attended by Deputy Mayor Zhandos Tasov, ")
    assert "Timur Akhmetov of Turkistan Municipality." in attendance


def test_every_host_venue_and_day_is_told(demo: ProgramContent, demo_report: Report) -> None:
    text = full_text(demo_report)
    for activity in demo.activities:
        for host in activity.hosts:
            assert f"{host.title} of {host.organization} {host.name}" in text or (
                f"{host.title} {host.name}" in text
            ), host.name
        assert activity.venue in text, activity.venue
        assert long_date(activity.day, "en") in text
    for day in ("25 August 2021, Wednesday", "26 August 2021, Thursday", "29 August 2021, Sunday"):
        assert day in text
    assert "On 25 August 2021, Wednesday, the first day of the program, the delegation" in text
    assert "On 26 August 2021, Thursday, the second day of the program, " in text
    assert "On 29 August 2021, Sunday, the last day of the program, " in text


def test_the_days_read_like_the_seed(demo_report: Report) -> None:
    text = full_text(demo_report)
    assert "paid a courtesy visit to Mayor of Üsküdar Municipality Hilmi Türkmen." in text
    assert "with the guidance of Deputy Mayor Zekeriya Şanlıer" in text
    assert "In the afternoon, " in text
    assert "After the meeting, the group visited Beykoz Municipality Solution Center, " in text
    assert (
        "Beykoz Municipality Solution Center, Beytaş Food Production and Distribution Center, "
        "Beykoz Rehabilitation Center and Beykoz Municipality Cumhuriyet Village Marketplace"
    ) in text
    assert "went on a cultural tour of Historical Peninsula" in text
    assert demo_report.paragraphs[-1].startswith(
        "The program was completed with the certification ceremony and family photograph "
        "at TDBB Headquarters."
    )


def test_summaries_follow_their_activity_word_for_word(
    demo: ProgramContent, demo_report: Report
) -> None:
    text = full_text(demo_report)
    for activity in demo.activities:
        if activity.summary:
            assert as_sentence(activity.summary) in text


def test_no_time_of_day_is_printed(demo_report: Report) -> None:
    assert not re.search(r"\d{1,2}[:.]\d{2}", full_text(demo_report))


# Nothing that is not recorded


def test_the_full_program_tells_every_piece() -> None:
    text = full_text(write_report(english_program(), "en"))
    assert "in cooperation with Beykoz and Üsküdar Municipalities" in text
    assert "was held on 12–14 May 2026 in Istanbul." in text
    assert (
        "The program was attended by Deputy Mayor Zhandos Tasov and Secretary General Maksat "
        "Tangatarov of Turkistan Municipality. Director of Ahmet Yesevi Museum Berik Baibolov "
        "also took part."
    ) in text
    assert (
        "On 12 May 2026, Tuesday, the first day of the program, the delegation paid a courtesy "
        "visit to Mayor of Üsküdar Municipality Hilmi Türkmen at Üsküdar Municipality Building."
    ) in text
    assert "Then the group visited Tebessüm Coffeehouse with the guidance of Deputy Mayor" in text
    assert (
        "In the afternoon, the participants met with Deputy Mayor of Beykoz Municipality Engin "
        "Köklü at Beykoz Municipality Solution Center."
    ) in text
    assert (
        "After the meeting, the delegation attended a meal at Çırağan Palace hosted by Mayor of "
        "Üsküdar Municipality Hilmi Türkmen."
    ) in text
    assert (
        "On 14 May 2026, Thursday, the last day of the program, the delegation went on a "
        "cultural tour of Historical Peninsula with the guidance of Licensed Guide Selim Kaya."
    ) in text
    assert text.endswith(
        "The program was completed with the certification ceremony at TDBB Headquarters, "
        "in the presence of Secretary General of TDBB Fahri Solak."
    )
    # The transfer has no summary, the escort guides no one, the empty day is skipped.
    for absent in ("Transfer", "Ayşe Demir", "13 May", "second day"):
        assert absent not in text


def test_no_guide_sentence_without_guides() -> None:
    text = full_text(write_report(without(english_program(), guides=()), "en"))
    assert "guidance" not in text
    assert "Şanlıer" not in text
    assert "Selim Kaya" not in text


def test_no_venue_without_a_venue() -> None:
    content = without(english_program(), venue="")
    text = full_text(write_report(content, "en"))
    for venue in {a.venue for a in english_program().activities} - {""}:
        assert venue not in text
    assert " at " not in text
    assert "cultural tour of" not in text
    assert "took part in “Tebessüm visit” with the guidance of" in text


def test_no_hosts_without_hosts() -> None:
    text = full_text(write_report(without(english_program(), hosts=()), "en"))
    for name in ("Hilmi Türkmen", "Engin Köklü", "Fahri Solak"):
        assert name not in text
    for absent in ("met with", "hosted by", "presence"):
        assert absent not in text
    assert "paid a courtesy visit to Üsküdar Municipality Building" in text


def test_no_partners_organizer_or_city_clause_without_them() -> None:
    content = dataclasses.replace(english_program(), partners=(), city="", country="")
    opening = write_report(content, "en").paragraphs[0]
    assert opening == (
        "“Exchange Program”, organized by Union of Turkish World Municipalities (TDBB), "
        "was held on 12–14 May 2026."
    )
    content = dataclasses.replace(content, organizer="", partners=("Beykoz Municipality",))
    opening = write_report(content, "en").paragraphs[0]
    assert opening == (
        "“Exchange Program”, organized in cooperation with Beykoz Municipality, was held on "
        "12–14 May 2026."
    )
    content = dataclasses.replace(content, partners=(), country="Türkiye")
    assert write_report(content, "en").paragraphs[0] == (
        "“Exchange Program” was held on 12–14 May 2026 in Türkiye."
    )


def test_no_afternoon_without_times() -> None:
    text = full_text(write_report(without(english_program(), start=None, end=None), "en"))
    assert "afternoon" not in text


def test_an_empty_program_gives_the_opening_sentence_alone() -> None:
    content = dataclasses.replace(english_program(), delegates=(), activities=())
    report = write_report(content, "en")
    assert len(report.paragraphs) == 1
    assert report.paragraphs[0].count(". ") == 0
    assert report.paragraphs[0].endswith("2026 in Istanbul.")
    turkish = write_report(content, "tr")
    assert len(turkish.paragraphs) == 1


def test_a_last_day_of_ceremonies_alone_closes_with_its_date() -> None:
    content = english_program()
    content = dataclasses.replace(
        content, activities=content.activities[:5] + content.activities[6:]
    )
    text = full_text(write_report(content, "en"))
    assert "The program was completed on 14 May 2026, Thursday, with the certification" in text
    assert "last day" not in text


def test_a_one_day_program_does_not_count_its_days() -> None:
    content = english_program()
    content = dataclasses.replace(content, last_day=DAY, activities=content.activities[:5])
    text = full_text(write_report(content, "en"))
    assert "was held on 12 May 2026 in Istanbul." in text
    assert "On 12 May 2026, Tuesday, the delegation" in text
    assert "first day" not in text


@pytest.mark.parametrize(
    "changes",
    [{}, {"guides": ()}, {"venue": ""}, {"hosts": ()}, {"start": None}],
    ids=["full", "no-guides", "no-venue", "no-hosts", "no-times"],
)
def test_every_proper_name_in_the_report_is_recorded(changes: dict[str, object]) -> None:
    content = without(english_program(), **changes)
    for language in ("en", "tr"):
        report = write_report(content, language)
        unknown = proper_names(report.title + " " + full_text(report)) - recorded_words(content)
        assert not unknown, (language, unknown)


def test_every_proper_name_in_the_demo_report_is_recorded(
    demo: ProgramContent, demo_report: Report
) -> None:
    assert not proper_names(full_text(demo_report)) - recorded_words(demo)


def test_an_activity_of_some_delegates_names_them_instead_of_the_delegation() -> None:
    report = write_report(steppe_content(), "en")
    assert report.paragraphs[-1] == (
        "On 13 May 2026, Wednesday, the last day of the program, Айгүл Төлеубекова and "
        "Үмүт Ңурбаева took part in “Meeting of the women's council”."
    )
    turkish = write_report(steppe_content(), "tr")
    assert turkish.paragraphs[-1].endswith(
        "günü Айгүл Төлеубекова ve Үмүт Ңурбаева, “Meeting of the women's council” "
        "etkinliğine katıldı."
    )


def test_delegates_of_other_organizations_are_named_in_one_more_sentence() -> None:
    attendance = write_report(steppe_content(), "en").paragraphs[1]
    assert attendance.count("also took part") == 1
    assert attendance.startswith(
        "The program was attended by Әкімнің орынбасары of Түркістан қаласы әкімдігі Әлия "
        "Ғабитқызы. Бөлім басшысы of Шымкент қаласы әкімдігі Айгүл Төлеубекова, "
    )


@pytest.mark.parametrize("language", ["en", "tr"])
def test_every_proper_name_in_the_steppe_report_is_recorded(language: str) -> None:
    content = steppe_content()
    report = write_report(content, language)
    assert not proper_names(full_text(report)) - recorded_words(content)
