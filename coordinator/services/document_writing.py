"""Rendering a requested document and writing its files, each moved into place when whole.

A PDF kind is one file; letters are one ``.docx`` per person in a folder; the
report is one ``.docx``, ``.md`` or ``.pdf``. Nothing is written until
everything is rendered, so a cancel or a refusal leaves the old files as they
were.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from coordinator.atomic_files import write_atomically
from coordinator.documents.content import ProgramContent
from coordinator.domain.messages import said, said_of
from coordinator.services.document_records import (
    LETTER_KINDS,
    REPORT_SUFFIXES,
    DocumentRequest,
    MissingValue,
)
from coordinator.services.document_rendering import Person, render_pdf
from coordinator.services.errors import InvalidInputError

Progress = Callable[[int, int], bool]


@dataclass
class Written:
    """The files written, each with the person it is for (``None``: the whole program)."""

    files: list[tuple[Path, Person | None]] = field(default_factory=list)
    missing: tuple[MissingValue, ...] = ()


def write(
    request: DocumentRequest,
    content: ProgramContent,
    people: list[Person],
    produced: dt.datetime,
    progress: Progress,
) -> Written:
    """Render ``request`` for ``people`` and write its files.

    Raises:
        InvalidInputError: the file or folder cannot be written, or the template is refused.
        DocumentCancelledError: ``progress`` returned ``False`` before anything was written.
    """
    if request.kind in LETTER_KINDS:
        return _letters(request, content, people, produced, progress)
    if request.kind == "report":
        return _report(request, content, produced, progress)
    _check_suffix(request.out, (".pdf",))
    _step(progress, 0, 0)
    only = None if request.kind == "booklet" else [key for key, _ in people]
    try:
        data = render_pdf(
            request.kind, content, language=request.language, paper=request.paper,
            produced=produced, only=only, badge_size=request.badge_size,
        )  # fmt: skip
    except ValueError as error:
        raise InvalidInputError(said_of(error)) from error
    _step(progress, 1, 2)
    _save(request.out, data)
    progress(2, 2)  # only a report: the file is written, a cancel comes too late
    if request.kind == "booklet":
        return Written([(request.out, None)])
    return Written([(request.out, person) for person in people])


def _step(progress: Progress, done: int, total: int) -> None:
    if not progress(done, total):
        from coordinator.services.documents import DocumentCancelledError  # noqa: PLC0415

        msg = said("The document was cancelled; no file was written")
        raise DocumentCancelledError(msg)


def _check_suffix(path: Path, suffixes: tuple[str, ...]) -> None:
    if path.suffix.lower() not in suffixes:
        msg = said(
            "{name}: this document is written as {suffixes}",
            name=path.name,
            suffixes=" or ".join(suffixes),
        )
        raise InvalidInputError(msg, "out")


def _save(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, lambda part: part.write_bytes(data))
    except OSError as error:
        msg = said("{path}: cannot be written ({strerror})", path=path, strerror=error.strerror)
        raise InvalidInputError(msg, "out") from error


def _letters(
    request: DocumentRequest,
    content: ProgramContent,
    people: list[Person],
    produced: dt.datetime,
    progress: Progress,
) -> Written:
    from coordinator.documents.letters import (  # noqa: PLC0415 - docxtpl, for letters only
        TemplateError,
        invitation_fields,
        letter_file_names,
        missing_values,
        render_letter,
        template_fields,
        thanks_fields,
    )

    folder = request.out
    if folder.suffix.lower() == ".docx":
        msg = said(
            "{name}: letters are written into a folder, one file per person", name=folder.name
        )
        raise InvalidInputError(msg, "out")
    template, template_name = _template(request)
    try:
        used = template_fields(template, template_name)
    except TemplateError as error:
        raise InvalidInputError(said_of(error), "template") from error
    today = produced.date()
    delegates = {item.key: item for item in content.delegates}
    hosts = {item.key: item for item in content.hosts()}
    rendered: list[tuple[Person, bytes]] = []
    missing: list[MissingValue] = []
    for done, person in enumerate(people):
        _step(progress, done, len(people))
        if request.kind == "invitation":
            fields = invitation_fields(content, delegates[person[0]], request.language, today)
        else:
            fields = thanks_fields(content, hosts[person[0]], request.language, today)
        blanks = missing_values(request.kind, fields, used)
        missing += [MissingValue(person[1], name) for name in blanks]
        try:
            rendered.append((person, render_letter(template, request.kind, fields, template_name)))
        except TemplateError as error:
            raise InvalidInputError(said_of(error), "template") from error
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        msg = said(
            "{folder}: the folder cannot be made ({strerror})",
            folder=folder,
            strerror=error.strerror,
        )
        raise InvalidInputError(msg, "out") from error
    names = letter_file_names([person[1] for person, _ in rendered])
    written = Written(missing=tuple(missing))
    for (person, data), name in zip(rendered, names, strict=True):
        path = folder / name
        _save(path, data)
        written.files.append((path, person))
    progress(len(people), len(people))  # only a report: the letters are written
    return written


def _template(request: DocumentRequest) -> tuple[bytes, str]:
    from coordinator.documents.letters import shipped_template  # noqa: PLC0415

    if request.template is None:
        return shipped_template(
            request.kind, request.language
        ), f"{request.kind}_{request.language}.docx"
    try:
        return request.template.read_bytes(), request.template.name
    except OSError as error:
        msg = said(
            "The template {template} cannot be read ({strerror})",
            template=request.template,
            strerror=error.strerror,
        )
        raise InvalidInputError(msg, "template") from error


def _report(
    request: DocumentRequest, content: ProgramContent, produced: dt.datetime, progress: Progress
) -> Written:
    _check_suffix(request.out, REPORT_SUFFIXES)
    _step(progress, 0, 0)
    from coordinator.documents.report import write_report  # noqa: PLC0415
    from coordinator.documents.report_files import (  # noqa: PLC0415
        report_docx,
        report_markdown,
        report_pdf,
    )

    report = write_report(content, request.language)
    suffix = request.out.suffix.lower()
    if suffix == ".md":
        data = report_markdown(report).encode("utf-8")
    elif suffix == ".docx":
        data = report_docx(report)
    else:
        data = report_pdf(report, paper=request.paper, produced=produced, language=request.language)
    _save(request.out, data)
    return Written([(request.out, None)])
