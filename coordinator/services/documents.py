"""Producing the documents of a visit, remembering them, and telling which are out of date.

:meth:`DocumentService.produce` reads the program once, renders the document
(off the GUI thread when the window asks), writes it beside its destination and
moves it into place, then records in one transaction, for each person in it,
what it printed (a hash per part, see :mod:`coordinator.documents.dependencies`).
:meth:`DocumentService.status` compares those hashes with today's program.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from coordinator.documents.content import ProgramContent
from coordinator.documents.dependencies import Part as DocumentPart
from coordinator.documents.dependencies import changes, document_parts
from coordinator.domain.documents import ProducedDocument
from coordinator.domain.messages import said
from coordinator.domain.text import search_key
from coordinator.services.document_content import load_program, read_content
from coordinator.services.document_records import (
    LETTER_KINDS,
    PDF_KINDS,
    REPORT_SUFFIXES,
    DocumentRequest,
    DocumentStatus,
    ProducedFiles,
)
from coordinator.services.document_rendering import Person, people_for
from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.services.programs import program_by_code
from coordinator.store import Database

if TYPE_CHECKING:
    from coordinator.services.document_writing import Written

Progress = Callable[[int, int], bool]
KINDS = (*PDF_KINDS, *LETTER_KINDS, "report")


class DocumentCancelledError(ServiceError):
    """The user cancelled: no file was written."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class DocumentService:
    """The documents of a program: produce them, list them, say which are stale."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def content(self, program_code: str) -> ProgramContent:
        """Return what the program's documents print.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            return read_content(session, load_program(session, program.id))

    def produce(
        self,
        request: DocumentRequest,
        progress: Progress | None = None,
        now: dt.datetime | None = None,
    ) -> ProducedFiles:
        """Write the document ``request`` asks for and remember it.

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: an unknown kind, a person not found, nobody to
                print, a file that cannot be written, a template that cannot be used.
            DocumentCancelledError: ``progress`` returned ``False``; nothing was written.
        """
        if request.kind not in KINDS:
            msg = said(
                "There is no document called {kind}; the kinds are {kinds}",
                kind=f"{request.kind!r}",
                kinds=", ".join(KINDS),
            )
            raise InvalidInputError(msg, "kind")
        report = progress or (lambda _done, _total: True)
        content = self.content(request.program_code)
        produced = now or _now()
        people = self._chosen(request, content)
        from coordinator.services import document_writing  # noqa: PLC0415 - fpdf2, docxtpl

        written = document_writing.write(request, content, people, produced, report)
        self._remember(request, content, written, produced)
        return ProducedFiles(
            kind=request.kind,
            files=tuple(dict.fromkeys(path for path, _ in written.files)),
            people=tuple(name for _, name in people),
            missing=written.missing,
        )

    def _chosen(self, request: DocumentRequest, content: ProgramContent) -> list[Person]:
        everyone = people_for(request.kind, content)
        if request.kind in ("booklet", "report"):
            return []
        if request.person_keys:
            wanted = set(request.person_keys)
            chosen = [person for person in everyone if person[0] in wanted]
        elif request.people:
            chosen = [_find(request.kind, everyone, name) for name in request.people]
        else:
            chosen = everyone
        if not chosen:
            msg = said(
                "The program {code} has nobody to print {kind} for",
                code=content.code,
                kind=request.kind,
            )
            raise InvalidInputError(msg, "person")
        return list(dict.fromkeys(chosen))

    def _remember(
        self,
        request: DocumentRequest,
        content: ProgramContent,
        written: Written,
        produced: dt.datetime,
    ) -> None:
        options = {"badge_size": request.badge_size} if request.kind == "badges" else {}
        if request.template is not None:
            options["template"] = str(request.template)
        with self._database.transaction() as session:
            program = program_by_code(session, request.program_code)
            # A file written again holds only the people it holds now.
            session.execute(
                delete(ProducedDocument).where(
                    ProducedDocument.program_id == program.id,
                    ProducedDocument.kind == request.kind,
                    ProducedDocument.file.in_({str(path) for path, _ in written.files}),
                )
            )
            for path, person in written.files:
                key = None if person is None else person[0]
                parts = document_parts(request.kind, content, key)
                session.add(
                    ProducedDocument(
                        program_id=program.id,
                        kind=request.kind,
                        person_key=key,
                        person_name="" if person is None else person[1],
                        file=str(path),
                        produced=produced.astimezone(dt.UTC).replace(tzinfo=None),
                        language=request.language,
                        paper=request.paper,
                        options=options,
                        parts={name: part.digest for name, part in parts.items()},
                        labels={name: part.label for name, part in parts.items()},
                    )
                )

    def status(self, program_code: str) -> list[DocumentStatus]:
        """Return every document produced for the program, newest first, each with its changes.

        Raises:
            NotFoundError: there is no such program.
        """
        content = self.content(program_code)
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            rows = session.scalars(
                select(ProducedDocument)
                .where(ProducedDocument.program_id == program.id)
                .order_by(ProducedDocument.produced.desc(), ProducedDocument.id)
            ).all()
            return [_status(row, content) for row in rows]

    def regenerate(
        self, program_code: str, document_ids: Iterable[int], progress: Progress | None = None
    ) -> list[ProducedFiles]:
        """Produce the documents ``document_ids`` again from today's program, file by file.

        A file that held several people's documents is written again for the same
        people (those still in the program).

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: as :meth:`produce`.
        """
        wanted = set(document_ids)
        requests: dict[tuple[str, str, str, str], list[ProducedDocument]] = {}
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            rows = session.scalars(
                select(ProducedDocument)
                .where(ProducedDocument.program_id == program.id)
                .order_by(ProducedDocument.id)
            ).all()
            chosen = {
                (row.kind, row.file, row.language, row.paper) for row in rows if row.id in wanted
            }
            # Every person of a chosen file, so the file is written whole again.
            for row in rows:
                group = (row.kind, row.file, row.language, row.paper)
                if group in chosen:
                    requests.setdefault(group, []).append(row)
        return [self.produce(_again(program_code, rows), progress) for rows in requests.values()]


def _again(program_code: str, rows: list[ProducedDocument]) -> DocumentRequest:
    first = rows[0]
    path = Path(first.file)
    keys = tuple(row.person_key for row in rows if row.person_key is not None)
    template = first.options.get("template")
    return DocumentRequest(
        program_code=program_code,
        kind=first.kind,
        out=path.parent if first.kind in LETTER_KINDS else path,
        language=first.language,
        paper=first.paper,
        person_keys=keys,
        template=Path(template) if template else None,
        badge_size=first.options.get("badge_size", "a7"),
    )


def _status(row: ProducedDocument, content: ProgramContent) -> DocumentStatus:
    before = {
        name: DocumentPart(row.labels.get(name, name), digest) for name, digest in row.parts.items()
    }
    now = document_parts(row.kind, content, row.person_key)
    return DocumentStatus(
        id=row.id,
        kind=row.kind,
        person=row.person_name or None,
        person_key=row.person_key,
        file=Path(row.file),
        produced=row.produced.replace(tzinfo=dt.UTC),
        language=row.language,
        paper=row.paper,
        changes=tuple(changes(before, now)),
    )


def _find(kind: str, everyone: list[Person], typed: str) -> Person:
    """Return the one person whose name is ``typed``, or contains it (Turkish-aware)."""
    key = search_key(typed)
    exact = [person for person in everyone if search_key(person[1]) == key]
    found = exact or [person for person in everyone if key and key in search_key(person[1])]
    if len(found) == 1:
        return found[0]
    if not found:
        msg = said(
            "Nobody called {typed} is among the people who get {kind} in this program",
            typed=f"{typed!r}",
            kind=kind,
        )
    else:
        names = ", ".join(name for _, name in found[:5])
        msg = said(
            "{typed} fits several people ({names}); give more of the name",
            typed=f"{typed!r}",
            names=names,
        )
    raise InvalidInputError(msg, "person")


__all__ = ["REPORT_SUFFIXES", "DocumentCancelledError", "DocumentService"]
