"""Letters from Word templates: the shipped templates, the field catalogue, refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import string
import zipfile

import docx
import pytest

from coordinator.documents import letters
from coordinator.documents.content import ActivityItem, Delegate, Host, ProgramContent
from coordinator.documents.letters import (
    LABELS,
    LETTER_FIELDS,
    TemplateError,
    TemplateFieldError,
    invitation_fields,
    letter_file_name,
    letter_file_names,
    missing_values,
    render_letter,
    shipped_template,
    template_fields,
    thanks_fields,
    thanks_recipients,
)
from coordinator.documents.vocabulary import date_range, plain_date
from tests.documents.samples import demo_content, steppe_content
from tests.packaging_scripts import packaging_script

TODAY = dt.date(2021, 7, 20)
LANGUAGES = ("en", "tr")


def _with_passports(content: ProgramContent) -> ProgramContent:
    """Give every other delegate a passport number and a date of birth."""
    delegates = tuple(
        dataclasses.replace(
            delegate,
            passport_number=f"N{index:08d}",
            birth_date=dt.date(1970 + index, index + 1, 10 + index),
        )
        if index % 2 == 0
        else delegate
        for index, delegate in enumerate(content.delegates)
    )
    return dataclasses.replace(content, delegates=delegates)


PROGRAMS = {
    "demo": _with_passports(demo_content()),
    "steppe": _with_passports(steppe_content()),
}


def _document_text(data: bytes) -> str:
    """Return the text a reader sees: paragraphs, table cells, headers and footers."""
    document = docx.Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [paragraph.text for paragraph in section.header.paragraphs]
        parts += [paragraph.text for paragraph in section.footer.paragraphs]
    return "\n".join(parts)


def _xml_parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        }


def _assert_fully_rendered(data: bytes) -> None:
    for name, xml in _xml_parts(data).items():
        assert "{{" not in xml, name
        assert "{%" not in xml, name


def _docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _invitation(content: ProgramContent, delegate: Delegate, language: str) -> bytes:
    fields = invitation_fields(content, delegate, language, TODAY)
    template = shipped_template("invitation", language)
    return render_letter(template, "invitation", fields, f"invitation_{language}.docx")


def _thanks(content: ProgramContent, host: Host, language: str) -> bytes:
    fields = thanks_fields(content, host, language, TODAY)
    return render_letter(shipped_template("thanks", language), "thanks", fields, "thanks.docx")


# The shipped templates -------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("program", PROGRAMS)
def test_every_delegate_gets_an_invitation(program: str, language: str) -> None:
    content = PROGRAMS[program]
    dates = date_range(content.first_day, content.last_day, language)
    for delegate in content.delegates:
        data = _invitation(content, delegate, language)
        text = _document_text(data)
        assert delegate.name in text
        assert content.title in text
        assert dates in text
        assert content.organizer in text
        assert content.signatories[0].name in text
        if delegate.title:
            assert delegate.title in text
        if delegate.nationality:
            assert delegate.nationality in text
        if delegate.passport_number:
            assert delegate.passport_number in text
        if delegate.birth_date:
            assert plain_date(delegate.birth_date, language) in text
        _assert_fully_rendered(data)


def test_dates_are_written_in_the_letters_language() -> None:
    content = PROGRAMS["demo"]
    english = _document_text(_invitation(content, content.delegates[0], "en"))
    turkish = _document_text(_invitation(content, content.delegates[0], "tr"))
    assert "24–29 August 2021" in english
    assert "24–29 Ağustos 2021" in turkish
    assert "To whom it may concern" in english
    assert "İlgili makama" in turkish


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("program", PROGRAMS)
def test_every_host_gets_a_thank_you_letter(program: str, language: str) -> None:
    content = PROGRAMS[program]
    for host in content.hosts():
        fields = thanks_fields(content, host, language, TODAY)
        data = _thanks(content, host, language)
        text = _document_text(data)
        assert host.name in text
        assert host.title in text
        assert content.title in text
        assert date_range(content.first_day, content.last_day, language) in text
        assert fields["salutation"] in text
        assert fields["days_received"] in text
        assert fields["delegation"] in text
        _assert_fully_rendered(data)


def test_a_thank_you_letter_names_the_mayor_and_the_day() -> None:
    content = demo_content()
    mayor = content.hosts()[0]
    english = _document_text(_thanks(content, mayor, "en"))
    turkish = _document_text(_thanks(content, mayor, "tr"))
    assert "Dear Mayor Hilmi Türkmen," in english
    assert "Sayın Mayor Hilmi Türkmen," in turkish
    assert "on 25 August 2021" in english
    assert "25 Ağustos 2021 tarihli" in turkish
    delegation = (
        "Turkistan Municipality and Ahmet Yesevi Historical and Cultural Preservation Museum"
    )
    assert delegation in english
    assert delegation.replace(" and ", " ve ", 1) in turkish


def test_shipped_templates_use_only_known_fields() -> None:
    for kind, fields in LETTER_FIELDS.items():
        known = {field.name for field in fields}
        for language in LANGUAGES:
            used = template_fields(shipped_template(kind, language), f"{kind}_{language}.docx")
            assert used <= known
            person = "delegate_name" if kind == "invitation" else "host_name"
            assert {person, "program_title", "dates", "organizer", "today"} <= used


@pytest.mark.parametrize("kind", letters.LETTER_KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_templates_are_what_the_script_writes(kind: str, language: str) -> None:
    built = packaging_script("make_letter_templates").build(kind, language)
    assert built == shipped_template(kind, language), "run packaging/make_letter_templates.py"


# Escaping and names ----------------------------------------------------------------------


def test_names_with_markup_characters_render_as_written() -> None:
    content = dataclasses.replace(demo_content(), organizer="Union <TDBB> & Partners")
    delegate = Delegate(
        "participant:9", "Ali & Veli <Kaya>", 'R&D "Lead"', "A<B> Ltd", nationality="T&C"
    )
    data = _invitation(content, delegate, "en")
    text = _document_text(data)
    assert "Ali & Veli <Kaya>" in text
    assert 'R&D "Lead", A<B> Ltd' in text
    assert "Union <TDBB> & Partners" in text
    assert "nationality T&C" in text
    _assert_fully_rendered(data)


def test_kazakh_and_kyrgyz_names_render_exactly() -> None:
    content = steppe_content()
    for language in LANGUAGES:
        for delegate in content.delegates:
            text = _document_text(_invitation(content, delegate, language))
            assert delegate.name in text
            if delegate.organization:
                assert delegate.organization in text


# Refusals -------------------------------------------------------------------------------


def test_a_misspelled_field_is_refused_by_name() -> None:
    template = _docx("Passport: {{ pasport_number }}", "Name: {{ delegate_name }}")
    fields = invitation_fields(demo_content(), demo_content().delegates[0], "en", TODAY)
    with pytest.raises(TemplateFieldError) as caught:
        render_letter(template, "invitation", fields, "my_invitation.docx")
    error = caught.value
    assert error.field == "pasport_number"
    assert error.template_name == "my_invitation.docx"
    assert "passport_number" in error.known_fields
    message = str(error)
    assert "my_invitation.docx" in message
    assert "pasport_number" in message
    assert "did you mean passport_number?" in message
    assert all(name in message for name in error.known_fields)
    assert message.endswith(".")
    assert "\n" not in message


def test_a_thanks_field_in_an_invitation_is_refused() -> None:
    template = _docx("{{ delegate_name }} {{ host_name }}")
    with pytest.raises(TemplateFieldError, match="host_name"):
        render_letter(template, "invitation", {}, "mixed.docx")


def test_a_field_refusal_is_a_template_error() -> None:
    assert issubclass(TemplateFieldError, TemplateError)


def _zip(**members: str) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return output.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Dear Sir or Madam, this is plain text.", "not a Word document"),
        (b"", "not a Word document"),
        (_zip(**{"notes.txt": "hello"}), "no word/document.xml"),
        (_docx("{% if delegate_name %}Hello {{ delegate_name }}"), "not written correctly"),
        (_docx("Hello {{ delegate_name }"), "not written correctly"),
    ],
    ids=["text", "empty", "other-zip", "unclosed-if", "unclosed-field"],
)
def test_a_file_that_is_not_a_usable_template_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render_letter(data, "invitation", {}, "letter.docx")
    message = str(caught.value)
    assert caught.value.template_name == "letter.docx"
    assert message.startswith("The letter template letter.docx cannot be used: ")
    assert reason in message
    assert message.endswith(".")
    assert not message.endswith("..")


def test_a_word_macro_document_is_refused() -> None:
    data = bytearray(_docx("{{ delegate_name }}"))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as source:
        members = {name: source.read(name) for name in source.namelist()}
    types = members["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
    )
    members["[Content_Types].xml"] = types
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as target:
        for name, content in members.items():
            target.writestr(name, content)
    with pytest.raises(TemplateError, match=r"save it in Word as a \.docx document"):
        template_fields(output.getvalue(), "letter.dotx")


def test_a_template_cannot_reach_into_the_application() -> None:
    template = _docx("{{ delegate_name.__class__.__mro__ }}")
    with pytest.raises(TemplateError, match="unsafe"):
        render_letter(template, "invitation", {"delegate_name": "Ali"}, "evil.docx")


def test_an_unknown_kind_of_letter_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="invitation or thanks"):
        render_letter(_docx("x"), "certificate", {}, "x.docx")


def test_an_unknown_language_is_refused() -> None:
    content = demo_content()
    with pytest.raises(ValueError, match="English"):
        invitation_fields(content, content.delegates[0], "kk", TODAY)


def test_template_fields_finds_headers_and_conditions() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "{{ organizer }}"
    document.add_paragraph("{% if partners %}With {{ partners }}{% endif %} {{ city|upper }}")
    output = io.BytesIO()
    document.save(output)
    assert template_fields(output.getvalue()) == {"organizer", "partners", "city"}


# Fields ---------------------------------------------------------------------------------


def test_the_catalogue_documents_every_field_once() -> None:
    for kind, fields in LETTER_FIELDS.items():
        names = [field.name for field in fields]
        assert len(names) == len(set(names)), kind
        for field in fields:
            assert re.fullmatch(r"[a-z_]+", field.name)
            assert field.description.endswith(".")
            assert field.description[0].isupper()


def test_the_values_are_exactly_the_catalogue() -> None:
    content = PROGRAMS["demo"]
    invitation = invitation_fields(content, content.delegates[0], "en", TODAY)
    thanks = thanks_fields(content, content.hosts()[0], "en", TODAY)
    assert list(invitation) == [field.name for field in LETTER_FIELDS["invitation"]]
    assert list(thanks) == [field.name for field in LETTER_FIELDS["thanks"]]


def test_invitation_values() -> None:
    content = PROGRAMS["demo"]
    fields = invitation_fields(content, content.delegates[0], "tr", dt.date(2021, 7, 2))
    assert fields["delegate_name"] == "Zhandos Tasov"
    assert fields["delegate_position"] == "Deputy Mayor, Turkistan Municipality"
    assert fields["passport_number"] == "N00000000"
    assert fields["birth_date"] == "10 Ocak 1970"
    assert fields["dates"] == "24–29 Ağustos 2021"
    assert fields["first_day"] == "24 Ağustos 2021"
    assert fields["today"] == "2 Temmuz 2021"
    assert fields["place"] == "Istanbul, Türkiye"
    assert fields["partners"] == (
        "Beykoz Municipality, Eyüpsultan Municipality, Üsküdar Municipality ve "
        "Zeytinburnu Municipality"
    )
    assert fields["signatory_name"] == "Fahri Solak"


def test_a_host_received_on_several_days_and_by_part_of_the_delegation() -> None:
    content = steppe_content()
    host = Host("person:9", "Gülşen Ak", "", "Kadıköy Municipality")
    day = content.first_day
    attendees = ("participant:2", "participant:3")
    visits = tuple(
        ActivityItem(f"activity:{90 + offset}", day + dt.timedelta(days=offset), None, None,
                     "meeting", "Visit", hosts=(host,), attendees=attendees)
        for offset in (0, 1)
    )  # fmt: skip
    content = dataclasses.replace(content, activities=content.activities + visits)
    english = thanks_fields(content, host, "en", TODAY)
    turkish = thanks_fields(content, host, "tr", TODAY)
    assert english["days_received"] == "12 and 13 May 2026"
    assert turkish["days_received"] == "12 ve 13 Mayıs 2026"
    assert english["delegation"] == "Шымкент қаласы әкімдігі and Бишкек шаардык мэриясы"
    assert english["salutation"] == "Dear Gülşen Ak,"
    assert turkish["salutation"] == "Sayın Gülşen Ak,"


def test_days_in_different_months_are_written_in_full() -> None:
    content = steppe_content()
    host = content.hosts()[0]
    later = dataclasses.replace(content.activities[1], key="activity:99", day=dt.date(2026, 6, 2))
    content = dataclasses.replace(content, activities=(*content.activities, later))
    assert thanks_fields(content, host, "en", TODAY)["days_received"] == (
        "12 May 2026 and 2 June 2026"
    )


def test_thanks_go_to_hosts_outside_the_organizer() -> None:
    names = [host.name for host in thanks_recipients(demo_content())]
    assert "Fahri Solak" not in names
    assert names[0] == "Hilmi Türkmen"
    assert len(names) == 6


def test_missing_values_name_the_blanks_of_one_person() -> None:
    content = PROGRAMS["steppe"]
    with_passport = invitation_fields(content, content.delegates[0], "en", TODAY)
    without = invitation_fields(content, content.delegates[1], "en", TODAY)
    assert missing_values("invitation", with_passport) == []
    assert missing_values("invitation", without) == ["nationality", "passport_number", "birth_date"]
    data = _invitation(content, content.delegates[1], "en")
    assert content.delegates[1].name in _document_text(data)
    _assert_fully_rendered(data)


def test_missing_values_ignore_optional_fields_and_see_blank_text() -> None:
    content = dataclasses.replace(steppe_content(), partners=(), country="", signatories=())
    fields = thanks_fields(content, content.hosts()[0], "en", TODAY)
    assert missing_values("thanks", fields) == ["signatory_name"]
    assert "host_title" in missing_values("thanks", {**fields, "host_title": "  "})


def test_missing_values_count_only_the_fields_a_template_prints() -> None:
    content = PROGRAMS["steppe"]
    without = invitation_fields(content, content.delegates[1], "en", TODAY)
    used = {"delegate_name", "passport_number"}
    assert missing_values("invitation", without, used) == ["passport_number"]
    assert missing_values("invitation", without, set()) == []


def test_labels_have_the_same_placeholders_in_both_languages() -> None:
    formatter = string.Formatter()
    for key, (english, turkish) in LABELS.entries.items():
        english_names = {name for _, name, _, _ in formatter.parse(english) if name}
        turkish_names = {name for _, name, _, _ in formatter.parse(turkish) if name}
        assert english_names == turkish_names, key


# File names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zhandos Tasov", "Zhandos Tasov.docx"),
        ("Әлия Ғабитқызы", "Әлия Ғабитқызы.docx"),
        ("İsmail Çakır", "İsmail Çakır.docx"),
        ('Ali "Baba" Kaya', "Ali Baba Kaya.docx"),
        ("Kaya/Demir: A*B?<C>|D\\E", "Kaya Demir A B C D E.docx"),
        ("Abdul Jr. ", "Abdul Jr.docx"),
        ("  ...  ", "letter.docx"),
        ("", "letter.docx"),
        ("CON", "CON_.docx"),
        ("Tab\tand\nnewline", "Tab and newline.docx"),
    ],
)
def test_letter_file_name(name: str, expected: str) -> None:
    assert letter_file_name(name) == expected


def test_letter_file_name_composes_decomposed_letters() -> None:
    assert letter_file_name("Arısoy Ömer".replace("Ö", "O\u0308")) == "Arısoy Ömer.docx"


def test_letter_file_name_keeps_people_of_the_same_name_apart() -> None:
    assert letter_file_name("Ali Kaya", {"Ali Kaya.docx"}) == "Ali Kaya (2).docx"
    assert letter_file_name("Ali Kaya", {"ali kaya.docx", "Ali Kaya (2).docx"}) == (
        "Ali Kaya (3).docx"
    )
    assert letter_file_names(["Ali Kaya", "Ayşe Demir", "Ali Kaya", "ALI KAYA"]) == [
        "Ali Kaya.docx",
        "Ayşe Demir.docx",
        "Ali Kaya (2).docx",
        "ALI KAYA (3).docx",
    ]


def test_a_very_long_name_gives_a_file_name_every_system_accepts() -> None:
    name = letter_file_name("Ә" * 300)
    assert len(name.encode("utf-8")) <= 255
