"""Letters as Word documents, filled in from ordinary .docx templates (docxtpl).

Two kinds of letter: a visa ``invitation`` for each delegate and a ``thanks``
letter for each host after the visit. A template is a Word file whose text
holds Jinja fields such as ``{{ delegate_name }}``; a coordinator edits it in
Word. :data:`LETTER_FIELDS` lists the fields each kind may use, and a template
that uses any other is refused before anything is written, naming the field.
Values are formatted for the letter's language (dates, lists) and escaped
(names with ``&`` or ``<`` are safe); templates run in Jinja's sandbox, so a
template can fill in text but not reach into the application.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import re
import unicodedata
import zipfile
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

import jinja2
from docxtpl import DocxTemplate
from jinja2.sandbox import SandboxedEnvironment

from coordinator.documents.content import Delegate, Host, ProgramContent, Signatory
from coordinator.documents.vocabulary import (
    Labels,
    check_language,
    date_range,
    month_name,
    plain_date,
)
from coordinator.resource_files import resource_path

LETTER_KINDS = ("invitation", "thanks")

LABELS = Labels(
    {
        "and": ("and", "ve"),
        "salutation": ("Dear {name},", "Sayın {name},"),
        "salutation_titled": ("Dear {title} {name},", "Sayın {title} {name},"),
    }
)
"""The fixed words letters compute outside their templates."""


@dataclass(frozen=True)
class LetterField:
    """A field a letter template may use, written ``{{ name }}`` in the Word file.

    Attributes:
        name: the field's name in the template.
        description: what the field holds, in plain English, for whoever edits a template.
        required: whether an empty value deserves a warning (see :func:`missing_values`).
    """

    name: str
    description: str
    required: bool = True


_FIELDS = {
    field.name: field
    for field in (
        LetterField("delegate_name", "The delegate's full name, as they write it."),
        LetterField("delegate_title", "The delegate's title (position) on this visit.", False),
        LetterField("delegate_organization", "The organization the delegate represents.", False),
        LetterField(
            "delegate_position", "The delegate's title and organization, comma-joined.", False
        ),
        LetterField("nationality", "The delegate's nationality, as recorded."),
        LetterField("passport_number", "The delegate's passport number."),
        LetterField("birth_date", "The delegate's date of birth: 1 March 1980, 1 Mart 1980."),
        LetterField("host_name", "The host's full name."),
        LetterField("host_title", "The host's title on the day of the visit: Mayor."),
        LetterField("host_organization", "The organization the host represented."),
        LetterField("salutation", "The opening: Dear Mayor Hilmi Türkmen, / Sayın ..."),
        LetterField("delegation", "The organizations of the delegates the host received."),
        LetterField("days_received", "The day(s) the host received the delegation."),
        LetterField("program_title", "The program's title."),
        LetterField("city", "The city of the visit."),
        LetterField("country", "The country of the visit.", False),
        LetterField("place", "The city and country of the visit: Istanbul, Türkiye."),
        LetterField("first_day", "The first day of the program: 24 August 2021."),
        LetterField("last_day", "The last day of the program: 29 August 2021."),
        LetterField("dates", "The days of the program: 24–29 August 2021."),
        LetterField("organizer", "The organization that hosts the program and sends the letter."),
        LetterField("partners", "The partner organizations, joined: A, B and C.", False),
        LetterField("signatory_name", "The name of the person who signs the letter."),
        LetterField("signatory_title", "The title of the person who signs the letter.", False),
        LetterField("today", "The date of the letter."),
    )
}
_COMMON = (
    "program_title", "city", "country", "place", "first_day", "last_day", "dates",
    "organizer", "partners", "signatory_name", "signatory_title", "today",
)  # fmt: skip
_OWN = {
    "invitation": (
        "delegate_name", "delegate_title", "delegate_organization", "delegate_position",
        "nationality", "passport_number", "birth_date",
    ),
    "thanks": (
        "host_name", "host_title", "host_organization", "salutation", "delegation",
        "days_received",
    ),
}  # fmt: skip

LETTER_FIELDS: Mapping[str, tuple[LetterField, ...]] = {
    kind: tuple(_FIELDS[name] for name in (*_OWN[kind], *_COMMON)) for kind in LETTER_KINDS
}
"""The fields each kind of letter may use, in the order a coordinator reads them."""

_DOCUMENT_TYPE = b"wordprocessingml.document.main+xml"
_FORBIDDEN_CHARACTERS = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]+')
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in range(10)
}
"""Names Windows refuses for a file, whatever its extension."""
_NAME_LIMIT = 120


class TemplateError(Exception):
    """A letter template cannot be used: not a Word document, or its fields are broken."""

    def __init__(self, template_name: str, reason: str) -> None:
        self.template_name = template_name
        self.reason = reason
        super().__init__(f"The letter template {template_name} cannot be used: {reason}.")


class TemplateFieldError(TemplateError):
    """A letter template uses a field the application does not know."""

    def __init__(self, template_name: str, field: str, known_fields: Iterable[str]) -> None:
        self.field = field
        self.known_fields = tuple(known_fields)
        close = difflib.get_close_matches(field, self.known_fields, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        super().__init__(
            template_name,
            f"it uses the field {field}, which the application does not know{hint}; "
            f"the fields the application knows are {', '.join(self.known_fields)}",
        )


def letter_fields(kind: str) -> tuple[LetterField, ...]:
    """Return the fields a template of ``kind`` (invitation or thanks) may use.

    Raises:
        ValueError: ``kind`` is not a kind of letter.
    """
    if kind not in LETTER_FIELDS:
        msg = f"Letters are {' or '.join(LETTER_KINDS)}, not {kind!r}"
        raise ValueError(msg)
    return LETTER_FIELDS[kind]


def shipped_template(kind: str, language: str) -> bytes:
    """Return the template shipped with the application for ``kind`` in ``language``."""
    letter_fields(kind)
    return resource_path("templates", f"{kind}_{check_language(language)}.docx").read_bytes()


def _join(items: Iterable[str], language: str) -> str:
    """Join words as a sentence lists them: "A, B and C" or "A, B ve C"."""
    words = [item for item in items if item]
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {LABELS.text('and', language)} {words[-1]}"


def _days(days: Sequence[dt.date], language: str) -> str:
    """Return days as "25 August 2021", "25 and 26 August 2021" or full dates joined."""
    if days and len({(day.year, day.month) for day in days}) == 1:
        numbers = _join((str(day.day) for day in days), language)
        return f"{numbers} {month_name(days[0].month, language)} {days[0].year}"
    return _join((plain_date(day, language) for day in days), language)


def _signatory(content: ProgramContent) -> Signatory:
    """Return who signs the program's letters: its first signatory (or nobody)."""
    return content.signatories[0] if content.signatories else Signatory("")


def _common_values(content: ProgramContent, language: str, today: dt.date) -> dict[str, str]:
    signatory = _signatory(content)
    return {
        "program_title": content.title,
        "city": content.city,
        "country": content.country,
        "place": ", ".join(part for part in (content.city, content.country) if part),
        "first_day": plain_date(content.first_day, language),
        "last_day": plain_date(content.last_day, language),
        "dates": date_range(content.first_day, content.last_day, language),
        "organizer": content.organizer,
        "partners": _join(content.partners, language),
        "signatory_name": signatory.name,
        "signatory_title": signatory.title,
        "today": plain_date(today, language),
    }


def _in_catalogue_order(kind: str, values: Mapping[str, str]) -> dict[str, str]:
    return {field.name: values[field.name] for field in LETTER_FIELDS[kind]}


def invitation_fields(
    content: ProgramContent, delegate: Delegate, language: str, today: dt.date
) -> dict[str, str]:
    """Return the values of an invitation letter's fields for ``delegate``."""
    values = _common_values(content, check_language(language), today)
    birth_date = delegate.birth_date
    values |= {
        "delegate_name": delegate.name,
        "delegate_title": delegate.title,
        "delegate_organization": delegate.organization,
        "delegate_position": ", ".join(p for p in (delegate.title, delegate.organization) if p),
        "nationality": delegate.nationality,
        "passport_number": delegate.passport_number,
        "birth_date": plain_date(birth_date, language) if birth_date else "",
    }
    return _in_catalogue_order("invitation", values)


def thanks_fields(
    content: ProgramContent, host: Host, language: str, today: dt.date
) -> dict[str, str]:
    """Return the values of a thank-you letter's fields for ``host``.

    ``delegation`` names the organizations of the delegates who attended the
    host's activities; ``days_received`` the days of those activities.
    """
    values = _common_values(content, check_language(language), today)
    received = [a for a in content.activities if any(h.key == host.key for h in a.hosts)]
    delegates = [d for d in content.delegates if any(a.attended_by(d.key) for a in received)]
    organizations = dict.fromkeys(d.organization for d in delegates or content.delegates)
    key = "salutation_titled" if host.title else "salutation"
    values |= {
        "host_name": host.name,
        "host_title": host.title,
        "host_organization": host.organization,
        "salutation": LABELS.text(key, language, title=host.title, name=host.name),
        "delegation": _join(organizations, language),
        "days_received": _days(sorted({activity.day for activity in received}), language),
    }
    return _in_catalogue_order("thanks", values)


def thanks_recipients(content: ProgramContent) -> list[Host]:
    """Return the hosts to thank: every host but those of the organizer and the signatory."""
    organizer = content.organizer.casefold()
    signatory = _signatory(content).name.casefold()
    return [
        host
        for host in content.hosts()
        if host.organization.casefold() != organizer and host.name.casefold() != signatory
    ]


def missing_values(
    kind: str, fields: Mapping[str, str], used: Collection[str] | None = None
) -> list[str]:
    """Return the required fields of ``kind`` that are empty in ``fields``, in catalogue order.

    With ``used`` (the fields a template prints, see :func:`template_fields`),
    only those count: a blank the letter does not print deserves no warning.
    The letter is still produced, with blanks; the caller warns about these.
    """
    return [
        field.name
        for field in letter_fields(kind)
        if field.required
        and (used is None or field.name in used)
        and not fields.get(field.name, "").strip()
    ]


def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(autoescape=True)


def _message(error: Exception) -> str:
    return str(error).strip().rstrip(".")


def _open(template: bytes, template_name: str) -> DocxTemplate:
    """Return the template as docxtpl reads it, after checking that it is a Word document."""
    try:
        with zipfile.ZipFile(io.BytesIO(template)) as archive:
            names = set(archive.namelist())
            types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    except zipfile.BadZipFile:
        raise TemplateError(template_name, "it is not a Word document (.docx)") from None
    if "word/document.xml" not in names:
        reason = "it is a zip archive but not a Word document (it has no word/document.xml)"
        raise TemplateError(template_name, reason)
    if _DOCUMENT_TYPE not in types:
        reason = "it is a Word template or macro document; save it in Word as a .docx document"
        raise TemplateError(template_name, reason)
    return DocxTemplate(io.BytesIO(template))


def template_fields(template: bytes, template_name: str = "(unnamed)") -> set[str]:
    """Return the names of the fields a .docx template uses, in its body, headers and footers.

    Raises:
        TemplateError: the file is not a Word document, or a field or condition
            in it is not written correctly.
    """
    document = _open(template, template_name)
    try:
        return set(document.get_undeclared_template_variables(jinja_env=_environment()))
    except jinja2.TemplateSyntaxError as error:
        reason = f"a field or condition in it is not written correctly ({_message(error)})"
        raise TemplateError(template_name, reason) from error
    except (KeyError, ValueError, SyntaxError, zipfile.BadZipFile) as error:
        reason = f"it is damaged ({_message(error)})"
        raise TemplateError(template_name, reason) from error


def render_letter(
    template: bytes, kind: str, fields: Mapping[str, str], template_name: str
) -> bytes:
    """Fill in a letter template and return the .docx file's bytes.

    Fields of ``kind`` missing from ``fields`` are left blank.

    Raises:
        TemplateFieldError: the template uses a field that letters of ``kind`` do not have.
        TemplateError: the file is not a Word document or its fields are broken.
        ValueError: ``kind`` is not a kind of letter.
    """
    known = [field.name for field in letter_fields(kind)]
    unknown = sorted(template_fields(template, template_name) - set(known))
    if unknown:
        raise TemplateFieldError(template_name, unknown[0], known)
    document = _open(template, template_name)
    context = {name: fields.get(name, "") for name in known}
    try:
        document.render(context, jinja_env=_environment(), autoescape=True)
    except jinja2.TemplateError as error:
        reason = f"it could not be filled in ({_message(error)})"
        raise TemplateError(template_name, reason) from error
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def letter_file_name(name: str, taken: Collection[str] = ()) -> str:
    """Return the file name of one person's letter, named after them: "Zhandos Tasov.docx".

    The name is safe on Windows, macOS and Linux: characters those refuse are
    dropped, letters of every alphabet kept. When a name is in ``taken``
    (compared as Windows and macOS do, ignoring case) a number keeps the two
    apart: "Ali Kaya (2).docx".
    """
    text = _FORBIDDEN_CHARACTERS.sub(" ", unicodedata.normalize("NFC", name))
    stem = " ".join(text.split())[:_NAME_LIMIT].strip(". ") or "letter"
    if stem.upper() in _RESERVED_NAMES:
        stem = f"{stem}_"
    used = {item.casefold() for item in taken}
    candidate, number = f"{stem}.docx", 1
    while candidate.casefold() in used:
        number += 1
        candidate = f"{stem} ({number}).docx"
    return candidate


def letter_file_names(names: Iterable[str]) -> list[str]:
    """Return the file names of several people's letters, each different from the others."""
    result: list[str] = []
    for name in names:
        result.append(letter_file_name(name, result))
    return result
