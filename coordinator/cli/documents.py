"""Commands that make the documents of a visit: documents, letters, report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import EXIT_OK, open_database, print_json, service_call

if TYPE_CHECKING:
    from coordinator.services.document_records import DocumentRequest, ProducedFiles

PDF_KINDS = ("booklet", "programmes", "guides", "badges", "tents", "certificates")
_LANGUAGES = ("en", "tr")
_PAPERS = ("a4", "letter")


def add_document_commands(commands: Any) -> None:
    """Add the commands that produce documents, letters and the report."""
    documents = commands.add_parser(
        "documents", help="make a program's PDF documents, or list those made"
    )
    documents.add_argument(
        "kind", choices=(*PDF_KINDS, "status"), metavar="|".join((*PDF_KINDS, "status"))
    )
    documents.add_argument("--program", required=True, metavar="CODE")
    documents.add_argument("--out", metavar="FILE.pdf", help="the PDF to write (not for status)")
    documents.add_argument("--lang", choices=_LANGUAGES, default="en", help="default: en")
    documents.add_argument(
        "--person", action="append", default=[], metavar="NAME",
        help="only this person (a name or a unique part of it); may be repeated",
    )  # fmt: skip
    documents.add_argument("--paper", choices=_PAPERS, default="a4", help="default: a4")
    documents.add_argument(
        "--size", choices=("a7", "a6"), default="a7", help="badges: 8 (A7) or 4 (A6) a sheet"
    )
    documents.add_argument("--json", action="store_true", help="status: print JSON")
    documents.set_defaults(handler=_documents)

    letters = commands.add_parser("letters", help="write a letter (.docx) per person")
    letters.add_argument("kind", choices=("invitation", "thanks"), metavar="invitation|thanks")
    letters.add_argument("--program", required=True, metavar="CODE")
    letters.add_argument("--out", required=True, metavar="FOLDER")
    letters.add_argument("--template", metavar="FILE.docx", help="a Word template of your own")
    letters.add_argument("--lang", choices=_LANGUAGES, default="en", help="default: en")
    letters.set_defaults(handler=_letters)

    report = commands.add_parser("report", help="write the narrative report of a program")
    report.add_argument("--program", required=True, metavar="CODE")
    report.add_argument("--lang", choices=_LANGUAGES, default="en", help="default: en")
    report.add_argument(
        "--out", metavar="FILE.docx|FILE.md|FILE.pdf", help="default: Markdown on stdout"
    )
    report.add_argument("--paper", choices=_PAPERS, default="a4", help="for a PDF; default: a4")
    report.set_defaults(handler=_report)


def _produce(options: argparse.Namespace, request: DocumentRequest) -> ProducedFiles:
    from coordinator.services.documents import DocumentService

    database = open_database(options)
    try:
        return service_call(lambda: DocumentService(database).produce(request))
    finally:
        database.close()


def _documents(options: argparse.Namespace) -> int:
    from coordinator.services.document_records import DocumentRequest

    if options.kind == "status":
        return _status(options)
    if not options.out:
        print(f"coordinator documents {options.kind}: --out FILE.pdf is required", file=sys.stderr)
        return 2
    request = DocumentRequest(
        program_code=options.program, kind=options.kind, out=Path(options.out),
        language=options.lang, paper=options.paper, people=tuple(options.person),
        badge_size=options.size,
    )  # fmt: skip
    produced = _produce(options, request)
    count = len(produced.people)
    whom = f" for {count} {'person' if count == 1 else 'people'}" if count else ""
    print(f"Wrote the {options.kind} of {options.program}{whom} to {options.out}")
    return EXIT_OK


def _status(options: argparse.Namespace) -> int:
    from coordinator.services.documents import DocumentService

    database = open_database(options)
    try:
        documents = service_call(lambda: DocumentService(database).status(options.program))
    finally:
        database.close()
    if options.json:
        print_json(
            [
                {
                    "kind": item.kind, "person": item.person, "file": str(item.file),
                    "produced": item.produced, "stale": item.stale, "why": item.why(),
                    "language": item.language, "paper": item.paper,
                }
                for item in documents
            ]
        )  # fmt: skip
        return EXIT_OK
    if not documents:
        print(f"No documents of {options.program} have been made yet.")
    for item in documents:
        state = f"out of date: {item.why()}" if item.stale else "up to date"
        print(f"{item.kind}\t{item.person or '-'}\t{item.file}\t{state}")
    return EXIT_OK


def _letters(options: argparse.Namespace) -> int:
    from coordinator.services.document_records import DocumentRequest

    request = DocumentRequest(
        program_code=options.program, kind=options.kind, out=Path(options.out),
        language=options.lang, template=Path(options.template) if options.template else None,
    )  # fmt: skip
    produced = _produce(options, request)
    _warn_missing(produced)
    count = len(produced.files)
    print(f"Wrote {count} letter{'' if count == 1 else 's'} to {options.out}")
    return EXIT_OK


def _warn_missing(produced: ProducedFiles) -> None:
    """Say which letters have blanks, one line per field."""
    by_field: dict[str, list[str]] = {}
    for missing in produced.missing:
        by_field.setdefault(missing.field, []).append(missing.person)
    for field, people in by_field.items():
        what = field.replace("_", " ")
        if len(people) == len(produced.people) > 1:
            print(f"Warning: the {what} is blank in every letter", file=sys.stderr)
        else:
            print(f"Warning: no {what} for {', '.join(people)}", file=sys.stderr)


def _report(options: argparse.Namespace) -> int:
    from coordinator.services.document_records import DocumentRequest

    if options.out is None:
        return _report_to_stdout(options)
    request = DocumentRequest(
        program_code=options.program, kind="report", out=Path(options.out),
        language=options.lang, paper=options.paper,
    )  # fmt: skip
    _produce(options, request)
    print(f"Wrote the report of {options.program} to {options.out}")
    return EXIT_OK


def _report_to_stdout(options: argparse.Namespace) -> int:
    from coordinator.documents.report import write_report
    from coordinator.documents.report_files import report_markdown
    from coordinator.services.documents import DocumentService

    database = open_database(options)
    try:
        content = service_call(lambda: DocumentService(database).content(options.program))
    finally:
        database.close()
    sys.stdout.write(report_markdown(write_report(content, options.lang)))
    return EXIT_OK
