"""A program's certificate settings: saved whole, undone by the same call, images checked."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from coordinator.services.certificate_settings import (
    MAX_SIGNATORIES,
    CertificateSettings,
    CertificateSettingsService,
    SignatoryInput,
    read_background,
)
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.document_records import DocumentRequest
from coordinator.services.documents import DocumentService
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.store import Database
from tests.stores import AddDemo

CODE = DEMO_PROGRAM_CODE
SIGNED = (
    SignatoryInput("Fatma Şahin", "President", "Union of Turkish World Municipalities"),
    SignatoryInput("Mehmet  Duman ", " Secretary General", ""),
)


def image(kind: str = "PNG", size: tuple[int, int] = (60, 40)) -> bytes:
    output = io.BytesIO()
    Image.new("RGB", size, (230, 240, 250)).save(output, format=kind)
    return output.getvalue()


@pytest.fixture
def settings(database: Database, add_demo: AddDemo) -> CertificateSettingsService:
    add_demo(database)
    return CertificateSettingsService(database)


def test_a_program_starts_with_no_signatories_and_no_background(
    settings: CertificateSettingsService,
) -> None:
    assert settings.get(CODE) == CertificateSettings()


def test_settings_are_saved_whole_and_the_old_ones_returned(
    settings: CertificateSettingsService,
) -> None:
    chosen = CertificateSettings(SIGNED, image(), "letterhead.png")
    assert settings.replace(CODE, chosen) == CertificateSettings()
    saved = settings.get(CODE)
    assert saved.signatories == (
        SIGNED[0],
        SignatoryInput("Mehmet Duman", "Secretary General", ""),
    )
    assert saved.background == chosen.background
    assert saved.background_name == "letterhead.png"


def test_undo_is_the_same_call_with_what_was_there(settings: CertificateSettingsService) -> None:
    first = CertificateSettings(SIGNED[:1], image(), "letterhead.png")
    settings.replace(CODE, first)
    second = CertificateSettings((SIGNED[1], SIGNED[0]), None, "")
    previous = settings.replace(CODE, second)
    assert previous == first
    assert settings.get(CODE).background is None
    assert settings.replace(CODE, previous).signatories[0].name == "Mehmet Duman"
    assert settings.get(CODE) == first


def test_the_certificates_print_what_was_chosen(
    settings: CertificateSettingsService, database: Database, tmp_path: Path
) -> None:
    settings.replace(CODE, CertificateSettings(SIGNED, image("JPEG"), "letterhead.jpg"))
    out = tmp_path / "certificates.pdf"
    DocumentService(database).produce(
        DocumentRequest(program_code=CODE, kind="certificates", out=out)
    )
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    assert "Fatma Şahin" in text
    assert "Mehmet Duman" in text
    first = PdfReader(out).pages[0]
    assert first.images, "the background is drawn on every certificate"


def test_a_change_of_signatories_makes_the_certificates_stale(
    settings: CertificateSettingsService, database: Database, tmp_path: Path
) -> None:
    documents = DocumentService(database)
    out = tmp_path / "certificates.pdf"
    documents.produce(DocumentRequest(program_code=CODE, kind="certificates", out=out))
    settings.replace(CODE, CertificateSettings(SIGNED))
    status = documents.status(CODE)
    assert status
    assert all(item.stale for item in status)
    assert all("signatories" in item.why() for item in status)


@pytest.mark.parametrize(
    ("signatories", "words"),
    [
        ((SignatoryInput("A"),) * (MAX_SIGNATORIES + 1), "room for 4 signatories"),
        ((SIGNED[0], SignatoryInput("  ", "Mayor")), "Signatory 2 has no name"),
    ],
)
def test_bad_signatories_are_refused_and_nothing_changes(
    settings: CertificateSettingsService,
    signatories: tuple[SignatoryInput, ...],
    words: str,
) -> None:
    settings.replace(CODE, CertificateSettings(SIGNED[:1]))
    with pytest.raises(InvalidInputError, match=words):
        settings.replace(CODE, CertificateSettings(signatories))
    assert settings.get(CODE) == CertificateSettings(SIGNED[:1])


def test_an_unknown_program_is_refused(settings: CertificateSettingsService) -> None:
    with pytest.raises(NotFoundError):
        settings.get("NOPE")
    with pytest.raises(NotFoundError):
        settings.replace("NOPE", CertificateSettings(SIGNED))


def test_settings_belong_to_their_program(
    settings: CertificateSettingsService, database: Database
) -> None:
    other = ProgramService(database).create(
        ProgramInput("NEXT", "Next visit", dt.date(2022, 5, 2), dt.date(2022, 5, 6))
    )
    settings.replace(CODE, CertificateSettings(SIGNED, image(), "a.png"))
    assert settings.get(other.code) == CertificateSettings()


def test_a_png_or_jpeg_file_is_read_as_a_background(tmp_path: Path) -> None:
    for kind, name in (("PNG", "letterhead.png"), ("JPEG", "letterhead.jpg")):
        path = tmp_path / name
        path.write_bytes(image(kind))
        chosen = read_background(path)
        assert chosen.background == path.read_bytes()
        assert chosen.background_name == name


def zip_file() -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return output.getvalue()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "not an image, or it is damaged"),
        (b"%PDF-1.7\n", "not an image, or it is damaged"),
        (zip_file(), "not an image, or it is damaged"),
        (image()[:60], "not an image, or it is damaged"),
        (image("GIF"), "must be a PNG or JPEG image, not GIF"),
        (image("BMP"), "must be a PNG or JPEG image, not BMP"),
    ],
    ids=["empty", "pdf", "zip", "truncated", "gif", "bmp"],
)
def test_a_file_that_is_not_a_png_or_jpeg_is_refused_by_name(
    tmp_path: Path, data: bytes, words: str
) -> None:
    path = tmp_path / "letterhead.png"
    path.write_bytes(data)
    with pytest.raises(InvalidInputError, match=words) as refused:
        read_background(path)
    assert str(refused.value).startswith("letterhead.png: ")


def test_an_image_claiming_too_many_pixels_is_refused_without_decoding(tmp_path: Path) -> None:
    # A 1-bit PNG of 20,000 × 20,000 is a few kilobytes and 400 million pixels.
    output = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(output, format="PNG")
    path = tmp_path / "bomb.png"
    path.write_bytes(output.getvalue())
    with pytest.raises(InvalidInputError, match=r"bomb\.png: the image has too many pixels"):
        read_background(path)


def test_an_image_larger_than_a_page_needs_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    path.write_bytes(image("PNG", (9_000, 7_000)))
    with pytest.raises(InvalidInputError, match="9000 × 7000 pixels, too many to print"):
        read_background(path)


def test_a_missing_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match=r"gone\.png: the file cannot be read"):
        read_background(tmp_path / "gone.png")


def test_a_background_saved_directly_is_checked_too(settings: CertificateSettingsService) -> None:
    with pytest.raises(InvalidInputError, match=r"fake\.png: "):
        settings.replace(CODE, CertificateSettings(SIGNED, b"not an image", "fake.png"))
    assert settings.get(CODE) == CertificateSettings()
