"""The documents service on the demo program: what each document prints, and when it is stale.

Every PDF is read back twice, by pypdf and by poppler's ``pdftotext``, with
whitespace collapsed, so a name split over two lines still counts as printed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PIL import Image
from pypdf import PdfReader

from coordinator.domain.documents import CertificateDesign, Signatory
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.document_records import DocumentRequest, ProducedFiles
from coordinator.services.documents import DocumentCancelledError, DocumentService
from coordinator.services.errors import InvalidInputError
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput
from coordinator.services.roster import RosterService
from coordinator.store import Database
from tests.stores import AddDemo

CODE = DEMO_PROGRAM_CODE
PDF_KINDS = ("booklet", "programmes", "guides", "badges", "tents", "certificates")
SIGNATORIES = (
    ("Fahri Solak", "Secretary General", "Union of Turkish World Municipalities (TDBB)"),
    ("Hilmi Türkmen", "Mayor", "Üsküdar Municipality"),
)
PAGE_SIZES = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}
MARKERS = {
    ("booklet", "en"): "Program booklet",
    ("booklet", "tr"): "Program kitapçığı",
    ("programmes", "en"): "Personal programme",
    ("programmes", "tr"): "Kişisel program",
    ("guides", "en"): "Guide's sheet",
    ("guides", "tr"): "Rehber çizelgesi",
    ("badges", "en"): "Head of delegation",
    ("badges", "tr"): "Heyet başkanı",
    ("certificates", "en"): "Certificate of Participation",
    ("certificates", "tr"): "Katılım Belgesi",
}
"""A fixed text each kind prints in each language (name tents print only names)."""

KAZAKH = "Әлия Ғабитқызы"
KYRGYZ = "Нурлан Өмүрбеков"
BERIK = "Berik Baibolov"


# Reading PDFs back ------------------------------------------------------------------------------


def collapse(text: str) -> str:
    """Return ``text`` with every run of whitespace (line breaks too) as one space."""
    return " ".join(text.split())


def pypdf_text(path: Path) -> str:
    """Return the text of every page as pypdf extracts it, whitespace collapsed."""
    return collapse(" ".join(page.extract_text() for page in PdfReader(path).pages))


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"poppler's {tool} is not installed")
    return found


def poppler_text(path: Path) -> str:
    """Return the text of the file as poppler's pdftotext extracts it, whitespace collapsed."""
    result = subprocess.run(
        [poppler("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    return collapse(result.stdout)


def texts(path: Path) -> tuple[str, str]:
    """Return the file's text from pypdf and from pdftotext."""
    return pypdf_text(path), poppler_text(path)


def assert_printed(path: Path, words: Iterable[str]) -> None:
    """Check that both extractors find each of ``words`` exactly, as recorded."""
    wanted = [collapse(word) for word in words]
    for reader, text in zip(("pypdf", "pdftotext"), texts(path), strict=True):
        missing = [word for word in wanted if word not in text]
        assert not missing, f"{reader} does not find {missing} in {path.name}"


def _resolved(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def unembedded_fonts(path: Path) -> list[str]:
    """Return the fonts of the file whose program is not embedded as a TrueType /FontFile2."""
    missing = []
    for page in PdfReader(path).pages:
        resources = _resolved(page.get("/Resources")) or {}
        for reference in (_resolved(resources.get("/Font")) or {}).values():
            font = _resolved(reference)
            descendants = font.get("/DescendantFonts")
            described = _resolved(_resolved(descendants)[0]) if descendants else font
            descriptor = _resolved(described.get("/FontDescriptor")) or {}
            if "/FontFile2" not in descriptor:
                missing.append(str(font.get("/BaseFont")))
    return missing


def pdffonts_not_embedded(path: Path) -> list[str]:
    """Return the fonts pdffonts lists as not embedded (its ``emb`` column)."""
    result = subprocess.run(
        [poppler("pdffonts"), str(path)], capture_output=True, check=True, text=True
    )
    rows = result.stdout.splitlines()[2:]
    assert rows, "pdffonts lists no font at all"
    # name, type (one or two words), encoding, emb, sub, uni, object, generation
    return [row.split()[0] for row in rows if row.split()[-5] != "yes"]


def sentences(notes: str) -> list[str]:
    """Return the sentences of a note worth looking for (a few words or more)."""
    parts = re.split(r"(?<=[.!?])\s+", collapse(notes))
    return [part.rstrip(".!?") for part in parts if len(part.split()) >= 3]


def docx_text(path: Path) -> str:
    """Return the text of a Word file's paragraphs and tables, whitespace collapsed."""
    document = Document(str(path))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return collapse(" ".join([*paragraphs, *cells]))


# The program ------------------------------------------------------------------------------------


def png() -> bytes:
    """Return a small PNG: a pale letterhead."""
    output = io.BytesIO()
    Image.new("RGB", (60, 40), (230, 240, 250)).save(output, format="PNG")
    return output.getvalue()


def add_signatory(
    database: Database, name: str, title: str, organization: str, position: int
) -> None:
    program_id = ProgramService(database).get(CODE).id
    with database.transaction() as session:
        session.add(
            Signatory(
                program_id=program_id,
                name=name,
                title=title,
                organization=organization,
                position=position,
            )
        )


@pytest.fixture
def service(database: Database, add_demo: AddDemo) -> DocumentService:
    """The documents of the demo program, which has no signatories yet."""
    add_demo(database)
    return DocumentService(database)


@pytest.fixture
def signed(service: DocumentService, database: Database) -> DocumentService:
    """The demo program with two signatories and a letterhead behind its certificates."""
    for position, (name, title, organization) in enumerate(SIGNATORIES):
        add_signatory(database, name, title, organization, position)
    program_id = ProgramService(database).get(CODE).id
    with database.transaction() as session:
        session.add(
            CertificateDesign(
                program_id=program_id, background=png(), background_name="letterhead.png"
            )
        )
    return service


def request(kind: str, out: Path, **options: Any) -> DocumentRequest:
    return DocumentRequest(program_code=CODE, kind=kind, out=out, **options)


def produce(service: DocumentService, folder: Path, kinds: Iterable[str]) -> dict[str, Path]:
    """Produce each of ``kinds`` into ``folder`` (letters into a subfolder); return the paths."""
    paths = {}
    for kind in kinds:
        out = folder / (kind if kind in ("invitation", "thanks") else f"{kind}.pdf")
        service.produce(request(kind, out))
        paths[kind] = out
    return paths


def stale(service: DocumentService) -> set[tuple[str, str | None]]:
    """Return (kind, person) of every stale document of the demo."""
    return {(item.kind, item.person) for item in service.status(CODE) if item.stale}


def delegates(service: DocumentService) -> list[str]:
    return [item.name for item in service.content(CODE).delegates]


def participant(database: Database, name: str) -> Any:
    return next(p for p in RosterService(database).list_participants(CODE) if p.name == name)


def activity(database: Database, title_start: str) -> Any:
    return next(
        item
        for item in ItineraryService(database).list_activities(CODE)
        if item.title.startswith(title_start)
    )


# What each PDF prints ---------------------------------------------------------------------------


def printed_names(service: DocumentService, kind: str) -> list[str]:
    """Return the names a document of ``kind`` prints for everyone it is for."""
    content = service.content(CODE)
    names = [item.name for item in content.delegates]
    staff = [item.name for item in content.staff]
    hosts = [item.name for item in content.hosts()]
    head = [item.name for item in content.delegates if item.role == "head"]
    return {
        "booklet": [*names, *staff, *hosts],
        "programmes": [*names, *hosts],
        "guides": [*staff, *head],
        "badges": [*names, *staff],
        "tents": [*names, *hosts],
        "certificates": names,
    }[kind]


@pytest.mark.parametrize("kind", PDF_KINDS)
@pytest.mark.parametrize(("language", "paper"), [("en", "a4"), ("tr", "letter")])
def test_each_pdf_prints_every_name_as_recorded_with_its_fonts_embedded(
    signed: DocumentService, tmp_path: Path, kind: str, language: str, paper: str
) -> None:
    """Every name exactly as recorded, in the language and on the paper asked for."""
    out = tmp_path / f"{kind}.pdf"
    produced = signed.produce(request(kind, out, language=language, paper=paper))
    assert produced.files == (out,)
    names = printed_names(signed, kind)
    assert_printed(out, names)
    if kind in ("booklet", "report"):
        assert produced.people == ()
    else:
        assert set(produced.people) <= set(names)
    marker = MARKERS.get((kind, language))
    if marker is not None:
        assert_printed(out, [marker])
    if kind == "certificates":
        assert_printed(out, [word for signatory in SIGNATORIES for word in signatory[:2]])
        assert len(PdfReader(out).pages) == len(delegates(signed))
    width, height = PAGE_SIZES[paper]
    landscape = kind in ("tents", "certificates")
    expected = (height, width) if landscape else (width, height)
    for page in PdfReader(out).pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(expected, abs=0.01)
    assert unembedded_fonts(out) == []
    assert pdffonts_not_embedded(out) == []


def test_the_booklet_lists_every_days_activities_in_order(
    service: DocumentService, tmp_path: Path
) -> None:
    out = tmp_path / "booklet.pdf"
    service.produce(request("booklet", out))
    activities = service.content(CODE).activities
    assert len({item.day for item in activities}) == 3
    for reader, text in zip(("pypdf", "pdftotext"), texts(out), strict=True):
        position = -1
        for item in activities:
            found = text.find(collapse(item.title), position + 1)
            assert found > position, f"{reader}: {item.title!r} is missing or out of order"
            position = found


def test_internal_notes_never_appear_in_any_document(
    service: DocumentService, database: Database, tmp_path: Path
) -> None:
    """The office's notes on activities, participants and guides stay in the office."""
    berik = participant(database, BERIK)
    RosterService(database).update(
        berik.id,
        dataclasses.replace(
            berik.as_input(), notes="Asked to sit far from the window. Allergic to walnuts."
        ),
    )
    notes = [item.notes for item in ItineraryService(database).list_activities(CODE)]
    notes += [item.notes for item in RosterService(database).list_participants(CODE)]
    notes += [item.notes for item in GuideService(database).list_for_program(CODE)]
    secret = sorted({sentence for note in notes for sentence in sentences(note)})
    assert len(secret) > 10
    for kind, path in produce(service, tmp_path, PDF_KINDS).items():
        for reader, text in zip(("pypdf", "pdftotext"), texts(path), strict=True):
            leaked = [sentence for sentence in secret if sentence in text]
            assert not leaked, f"{reader} finds notes in the {kind}: {leaked}"


@pytest.mark.parametrize("kind", ["badges", "certificates"])
def test_kazakh_and_kyrgyz_names_round_trip(
    service: DocumentService, database: Database, tmp_path: Path, kind: str
) -> None:
    roster = RosterService(database)
    roster.add(CODE, ParticipantInput(name=KAZAKH, organization="Turkistan Municipality"))
    roster.add(CODE, ParticipantInput(name=KYRGYZ, title="Council Member"))
    out = tmp_path / f"{kind}.pdf"
    produced = service.produce(request(kind, out, people=(KAZAKH, KYRGYZ)))
    assert produced.people == (KAZAKH, KYRGYZ)
    assert_printed(out, [KAZAKH, KYRGYZ])
    assert unembedded_fonts(out) == []


# Choosing people --------------------------------------------------------------------------------


def test_one_person_by_a_part_of_the_name(signed: DocumentService, tmp_path: Path) -> None:
    out = tmp_path / "berik.pdf"
    produced = signed.produce(request("certificates", out, people=("berik",)))
    assert produced.people == (BERIK,)
    assert len(PdfReader(out).pages) == 1
    assert_printed(out, [BERIK])
    others = [name for name in delegates(signed) if name != BERIK]
    assert not any(name in pypdf_text(out) for name in others)
    assert [(item.kind, item.person) for item in signed.status(CODE)] == [("certificates", BERIK)]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("Nobody Atall", "Nobody called 'Nobody Atall' is among the people who get certificates"),
        ("zh", "'zh' fits several people (Zhandos Tasov, Zhamila Suleymanova, "),
    ],
)
def test_an_unknown_or_ambiguous_person_is_refused(
    service: DocumentService, tmp_path: Path, typed: str, message: str
) -> None:
    out = tmp_path / "certificates.pdf"
    with pytest.raises(InvalidInputError, match=re.escape(message)) as caught:
        service.produce(request("certificates", out, people=(typed,)))
    assert caught.value.field == "person"
    assert not out.exists()
    assert service.status(CODE) == []


# Letters ----------------------------------------------------------------------------------------


def test_invitations_are_one_file_per_delegate_named_after_them(
    service: DocumentService, tmp_path: Path
) -> None:
    folder = tmp_path / "invitations"
    produced = service.produce(request("invitation", folder))
    names = delegates(service)
    assert produced.people == tuple(names)
    assert sorted(path.name for path in folder.iterdir()) == sorted(f"{n}.docx" for n in names)
    assert produced.files == tuple(folder / f"{name}.docx" for name in names)
    for name in names:
        assert name in docx_text(folder / f"{name}.docx")
    # The demo records no passport numbers, birth dates or signatories.
    blanks = {(item.person, item.field) for item in produced.missing}
    for name in names:
        assert {(name, "passport_number"), (name, "birth_date"), (name, "signatory_name")} <= blanks
    assert {item.field for item in produced.missing} == {
        "passport_number",
        "birth_date",
        "signatory_name",
    }
    assert sorted(item.person for item in service.status(CODE)) == sorted(names)
    assert {item.kind for item in service.status(CODE)} == {"invitation"}


def test_thanks_letters_in_turkish_go_to_the_hosts(signed: DocumentService, tmp_path: Path) -> None:
    folder = tmp_path / "thanks"
    produced = signed.produce(request("thanks", folder, language="tr"))
    hosts = [host.name for host in signed.content(CODE).hosts()]
    assert produced.people
    assert set(produced.people) <= set(hosts)
    # The organizer's own people and whoever signs the letters are not thanked.
    assert "Fahri Solak" not in produced.people
    assert "Hilmi Türkmen" in produced.people
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        f"{name}.docx" for name in produced.people
    )
    for name in produced.people:
        text = docx_text(folder / f"{name}.docx")
        assert name in text
        assert "Sayın" in text
    assert produced.missing == ()


def test_a_template_with_an_unknown_field_is_refused_and_writes_nothing(
    service: DocumentService, tmp_path: Path
) -> None:
    template = tmp_path / "my invitation.docx"
    document = Document()
    document.add_paragraph("Dear {{ delegate_name }},")
    document.add_paragraph("Your passport: {{ pasport_number }}.")
    document.save(str(template))
    folder = tmp_path / "letters"
    with pytest.raises(InvalidInputError, match="pasport_number") as caught:
        service.produce(request("invitation", folder, template=template))
    assert "did you mean passport_number?" in str(caught.value)
    assert "my invitation.docx" in str(caught.value)
    assert caught.value.field == "template"
    assert not folder.exists()
    assert service.status(CODE) == []


def test_an_own_template_fills_in_the_fields(service: DocumentService, tmp_path: Path) -> None:
    template = tmp_path / "short.docx"
    document = Document()
    document.add_paragraph("{{ delegate_name }} of {{ delegate_organization }}: {{ dates }}")
    document.save(str(template))
    folder = tmp_path / "letters"
    produced = service.produce(request("invitation", folder, template=template, people=("berik",)))
    assert produced.files == (folder / f"{BERIK}.docx",)
    (berik,) = [item for item in service.content(CODE).delegates if item.name == BERIK]
    assert berik.organization
    assert docx_text(folder / f"{BERIK}.docx") == (
        f"{BERIK} of {berik.organization}: 24–29 August 2021"
    )


def test_only_the_blanks_a_template_prints_are_reported(
    service: DocumentService, tmp_path: Path
) -> None:
    template = tmp_path / "short.docx"
    document = Document()
    document.add_paragraph("Dear {{ delegate_name }}, welcome to {{ city }}.")
    document.save(str(template))
    produced = service.produce(
        request("invitation", tmp_path / "letters", template=template, people=("berik",))
    )
    assert produced.missing == ()


# The report -------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".md", ".docx", ".pdf"])
def test_the_report_is_produced_and_remembered(
    service: DocumentService, tmp_path: Path, suffix: str
) -> None:
    pytest.importorskip("coordinator.documents.report")
    out = tmp_path / f"report{suffix}"
    produced = service.produce(request("report", out))
    assert produced == ProducedFiles(kind="report", files=(out,), people=())
    title = service.content(CODE).title
    if suffix == ".md":
        assert title in collapse(out.read_text(encoding="utf-8"))
    elif suffix == ".docx":
        assert title in docx_text(out)
    else:
        assert_printed(out, [title])
        assert unembedded_fonts(out) == []
    (status,) = service.status(CODE)
    assert (status.kind, status.person, status.file, status.stale) == ("report", None, out, False)


def test_a_report_in_another_format_is_refused(service: DocumentService, tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    with pytest.raises(InvalidInputError, match=r"report\.txt: this document is written as"):
        service.produce(request("report", out))
    assert not out.exists()
    assert service.status(CODE) == []


# Status and stale documents ---------------------------------------------------------------------


def test_documents_just_produced_are_fresh(signed: DocumentService, tmp_path: Path) -> None:
    when = dt.datetime(2021, 8, 20, 9, 30, tzinfo=dt.UTC)
    signed.produce(request("booklet", tmp_path / "booklet.pdf"), now=when)
    signed.produce(request("badges", tmp_path / "badges.pdf"))
    status = signed.status(CODE)
    assert [item.kind for item in status][-1] == "booklet"  # newest first
    booklet = status[-1]
    assert (booklet.person, booklet.person_key, booklet.file) == (
        None,
        None,
        tmp_path / "booklet.pdf",
    )
    assert booklet.produced == when
    assert (booklet.language, booklet.paper) == ("en", "a4")
    assert not any(item.stale for item in status)
    assert all(item.why() == "" for item in status)
    assert len(status) == 1 + len(printed_names(signed, "badges"))


def test_an_activity_moved_makes_its_schedules_stale(
    signed: DocumentService, database: Database, tmp_path: Path
) -> None:
    """Only the booklet, its attendees' and hosts' programmes and its guide's sheet."""
    itinerary = ItineraryService(database)
    marketplace = activity(database, "Site visit to the Marketplace")
    attendees = (participant(database, "Maksat Tangatarov").id, participant(database, BERIK).id)
    itinerary.update_activity(
        marketplace.id, dataclasses.replace(marketplace.as_input(), attendees=attendees)
    )
    produce(signed, tmp_path, PDF_KINDS)
    assert stale(signed) == set()
    marketplace = itinerary.get_activity(marketplace.id)
    itinerary.update_activity(
        marketplace.id,
        dataclasses.replace(
            marketplace.as_input(), start_time=dt.time(11, 10), end_time=dt.time(11, 40)
        ),
    )
    assert stale(signed) == {
        ("booklet", None),
        ("programmes", "Maksat Tangatarov"),
        ("programmes", BERIK),
        ("programmes", "Zekeriya Şanlıer"),  # the host of the visit
        ("guides", "Zekeriya Şanlıer"),
    }
    why = {item.why() for item in signed.status(CODE) if item.stale}
    assert why == {f'the activity "{marketplace.title}" changed'}


def test_a_guide_replaced_on_an_activity_makes_both_guides_sheets_stale(
    signed: DocumentService, database: Database, tmp_path: Path
) -> None:
    produce(signed, tmp_path, PDF_KINDS)
    guides = GuideService(database)
    zekeriya, cakir = guides.find("Zekeriya Şanlıer"), guides.find("Muhammed Çakır")
    coffeehouse = activity(database, "Visit to Tebessüm Coffeehouse")
    guides.unassign(coffeehouse.id, zekeriya.id)
    guides.assign(coffeehouse.id, cakir.id)
    everyone = {("programmes", name) for name in delegates(signed)}
    assert stale(signed) == {
        ("booklet", None),
        ("guides", "Zekeriya Şanlıer"),
        ("guides", "Muhammed Çakır"),
        # Every delegate attends it, and a programme names who accompanies them.
        *everyone,
        ("programmes", "Zekeriya Şanlıer"),  # its host
    }
    status = {(item.kind, item.person): item for item in signed.status(CODE)}
    title = coffeehouse.title
    assert status["guides", "Zekeriya Şanlıer"].why() == f"the activity {title!r} was removed"
    assert status["guides", "Muhammed Çakır"].why() == f"the activity {title!r} was added"


def test_a_participants_name_corrected_makes_their_documents_stale(
    signed: DocumentService, database: Database, tmp_path: Path
) -> None:
    produce(signed, tmp_path, (*PDF_KINDS, "invitation"))
    berik = participant(database, BERIK)
    RosterService(database).update(
        berik.id, dataclasses.replace(berik.as_input(), name="Berik Baybolov")
    )
    assert stale(signed) == {
        ("booklet", None),
        ("programmes", BERIK),
        ("badges", BERIK),
        ("tents", BERIK),
        ("certificates", BERIK),
        ("invitation", BERIK),
    }
    for item in signed.status(CODE):
        if item.stale:
            assert item.why() == f"{BERIK} changed"


def test_a_signatory_added_makes_every_certificate_stale_and_nothing_else(
    signed: DocumentService, database: Database, tmp_path: Path
) -> None:
    produce(signed, tmp_path, PDF_KINDS)
    add_signatory(database, "Aigerim Sarsenova", "Coordinator", "Turkistan Municipality", 2)
    assert stale(signed) == {("certificates", name) for name in delegates(signed)}
    assert {item.why() for item in signed.status(CODE) if item.stale} == {"the signatories changed"}


def test_regenerating_the_stale_documents_makes_them_fresh_in_one_call(
    signed: DocumentService, database: Database, tmp_path: Path
) -> None:
    paths = produce(signed, tmp_path, PDF_KINDS)
    berik = participant(database, BERIK)
    RosterService(database).update(
        berik.id, dataclasses.replace(berik.as_input(), name="Berik Baybolov")
    )
    before = {kind: path.read_bytes() for kind, path in paths.items()}
    ids = [item.id for item in signed.status(CODE) if item.stale]
    assert len(ids) == 5
    produced = signed.regenerate(CODE, ids)
    assert sorted(item.kind for item in produced) == sorted(
        ("booklet", "programmes", "badges", "tents", "certificates")
    )
    assert [item for item in signed.status(CODE) if item.stale] == []
    for kind in ("booklet", "badges", "tents", "certificates"):
        assert paths[kind].read_bytes() != before[kind]
        assert_printed(paths[kind], ["Berik Baybolov"])
    assert paths["guides"].read_bytes() == before["guides"]


def test_regenerating_part_of_a_shared_file_keeps_everyone_in_it(
    signed: DocumentService, database: Database, tmp_path: Path
) -> None:
    paths = produce(signed, tmp_path, ("certificates",))
    berik = participant(database, BERIK)
    RosterService(database).update(
        berik.id, dataclasses.replace(berik.as_input(), name="Berik Baybolov")
    )
    ids = [item.id for item in signed.status(CODE) if item.stale]
    signed.regenerate(CODE, ids)
    names = delegates(signed)
    assert len(PdfReader(paths["certificates"]).pages) == len(names)
    assert_printed(paths["certificates"], names)


def test_writing_a_file_again_forgets_who_it_no_longer_holds(
    signed: DocumentService, tmp_path: Path
) -> None:
    out = tmp_path / "certificates.pdf"
    signed.produce(request("certificates", out))
    signed.produce(request("certificates", out, people=("berik",)))
    assert len(PdfReader(out).pages) == 1
    assert [(item.kind, item.person) for item in signed.status(CODE)] == [("certificates", BERIK)]


def test_a_participant_removed_makes_their_documents_stale(
    signed: DocumentService, database: Database, tmp_path: Path
) -> None:
    produce(signed, tmp_path, (*PDF_KINDS, "invitation"))
    RosterService(database).remove(participant(database, BERIK).id)
    status = signed.status(CODE)
    theirs = [item for item in status if item.person == BERIK]
    assert sorted(item.kind for item in theirs) == sorted(
        ("programmes", "badges", "tents", "certificates", "invitation")
    )
    for item in theirs:
        assert item.stale
        assert ("removed", "participant:", BERIK) in [
            (change.change, change.key.split(":")[0] + ":", change.label) for change in item.changes
        ]
        assert f"{BERIK} was removed" in item.why()
        if item.kind != "programmes":  # a programme also depends on the delegation's size
            assert item.why() == f"{BERIK} was removed"
    (booklet,) = [item for item in status if item.kind == "booklet"]
    assert f"{BERIK} was removed" in booklet.why()
    kept = ("badges", "tents", "certificates", "invitation")
    assert not any(item.stale for item in status if item.kind in kept and item.person != BERIK)


def test_a_signatory_added_makes_the_letters_that_print_it_stale(
    service: DocumentService, database: Database, tmp_path: Path
) -> None:
    produce(service, tmp_path, ("invitation",))
    add_signatory(database, *SIGNATORIES[0], 0)
    assert stale(service) == {("invitation", name) for name in delegates(service)}


def test_a_name_corrected_makes_the_sheets_naming_them_stale(
    service: DocumentService, database: Database, tmp_path: Path
) -> None:
    itinerary = ItineraryService(database)
    marketplace = activity(database, "Site visit to the Marketplace")
    berik = participant(database, BERIK)
    itinerary.update_activity(
        marketplace.id, dataclasses.replace(marketplace.as_input(), attendees=(berik.id,))
    )
    paths = produce(service, tmp_path, ("programmes", "guides"))
    assert_printed(paths["guides"], [BERIK])
    RosterService(database).update(
        berik.id, dataclasses.replace(berik.as_input(), name="Berik Baybolov")
    )
    assert stale(service) == {
        ("programmes", BERIK),
        ("programmes", "Zekeriya Şanlıer"),  # hosts the visit
        ("guides", "Zekeriya Şanlıer"),  # guides it
    }


def test_the_heads_title_corrected_makes_the_sheets_naming_it_stale(
    service: DocumentService, database: Database, tmp_path: Path
) -> None:
    paths = produce(service, tmp_path, ("guides",))
    assert_printed(paths["guides"], ["Zhandos Tasov, Deputy Mayor, Turkistan Municipality"])
    head = participant(database, "Zhandos Tasov")
    RosterService(database).update(head.id, dataclasses.replace(head.as_input(), title="Mayor"))
    assert stale(service) == {("guides", "Zekeriya Şanlıer"), ("guides", "Muhammed Çakır")}


def test_a_delegate_added_leaves_the_other_delegates_programmes_fresh(
    service: DocumentService, database: Database, tmp_path: Path
) -> None:
    when = dt.datetime(2021, 8, 20, 9, 30, tzinfo=dt.UTC)
    before, after = tmp_path / "before.pdf", tmp_path / "after.pdf"
    service.produce(request("programmes", before, people=("maksat",)), now=when)
    RosterService(database).add(CODE, ParticipantInput(name="Aidar Serikbayev"))
    service.produce(request("programmes", after, people=("maksat",)), now=when)
    assert before.read_bytes() == after.read_bytes()  # it prints exactly the same
    assert stale(service) == set()


# Cancelling and refusing ------------------------------------------------------------------------


def cancel_at(call: int) -> tuple[Callable[[int, int], bool], list[tuple[int, int]]]:
    """Return a progress callback that says stop at its ``call``-th call, and its calls."""
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) <= call

    return progress, calls


@pytest.mark.parametrize(
    ("kind", "out", "call"),
    [
        ("booklet", "booklet.pdf", 0),
        ("booklet", "booklet.pdf", 1),
        ("certificates", "certificates.pdf", 0),
        ("invitation", "letters", 0),
        ("invitation", "letters", 5),
        ("report", "report.md", 0),
    ],
)
def test_cancelling_writes_nothing_and_remembers_nothing(
    signed: DocumentService, tmp_path: Path, kind: str, out: str, call: int
) -> None:
    if kind == "report":
        pytest.importorskip("coordinator.documents.report")
    folder = tmp_path / "out"
    folder.mkdir()
    progress, calls = cancel_at(call)
    with pytest.raises(DocumentCancelledError, match="no file was written"):
        signed.produce(request(kind, folder / out), progress)
    assert len(calls) == call + 1
    assert list(folder.iterdir()) == []
    assert signed.status(CODE) == []


def test_progress_is_reported_to_the_end(service: DocumentService, tmp_path: Path) -> None:
    progress, calls = cancel_at(100)
    service.produce(request("booklet", tmp_path / "booklet.pdf"), progress)
    assert calls[-1][0] == calls[-1][1] > 0


@pytest.mark.parametrize(("kind", "out"), [("booklet", "booklet.pdf"), ("report", "report.pdf")])
def test_a_file_that_cannot_be_written_is_refused(
    service: DocumentService, tmp_path: Path, kind: str, out: str
) -> None:
    if kind == "report":
        pytest.importorskip("coordinator.documents.report")
    target = tmp_path / "no such folder" / out
    with pytest.raises(InvalidInputError, match="cannot be written") as caught:
        service.produce(request(kind, target))
    assert caught.value.field == "out"
    assert not target.parent.exists()
    assert service.status(CODE) == []


def test_a_booklet_that_is_not_a_pdf_is_refused(service: DocumentService, tmp_path: Path) -> None:
    out = tmp_path / "booklet.docx"
    with pytest.raises(InvalidInputError, match=r"booklet\.docx: this document is written as"):
        service.produce(request("booklet", out))
    assert not out.exists()
    assert service.status(CODE) == []


@pytest.mark.parametrize(
    ("kind", "out", "calls"), [("booklet", "booklet.pdf", 2), ("invitation", "letters", 8)]
)
def test_a_cancel_after_the_files_are_written_comes_too_late(
    signed: DocumentService, tmp_path: Path, kind: str, out: str, calls: int
) -> None:
    """Once the files are in place, a cancel is only late: they stay, and are remembered."""
    progress, _ = cancel_at(calls)
    produced = signed.produce(
        DocumentRequest(program_code=DEMO_PROGRAM_CODE, kind=kind, out=tmp_path / out), progress
    )
    assert all(path.exists() for path in produced.files)
    assert len(signed.status(DEMO_PROGRAM_CODE)) == len(produced.files)
