"""A program's certificate settings: who signs its certificates and on which background.

Chosen once per program and saved whole in one transaction by
:meth:`CertificateSettingsService.replace`, which returns what was there
before, so an undo is the same call with the earlier settings. A background
is checked when it is chosen (:func:`read_background`), not when a
certificate is printed: a file that is not a PNG or JPEG image, or one too
large to print, is refused with the file's name and why.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select

from coordinator.domain.documents import CertificateDesign, Signatory
from coordinator.domain.messages import said
from coordinator.domain.text import fold_spaces
from coordinator.services.errors import InvalidInputError
from coordinator.services.programs import program_by_code
from coordinator.store import Database

MAX_SIGNATORIES = 4
"""A landscape certificate has room for four signature lines side by side."""

MAX_BACKGROUND_BYTES = 20 * 1024 * 1024
MAX_BACKGROUND_PIXELS = 60_000_000
"""An A4 page printed at 600 dpi is about 35 million pixels; more is a mistake or an attack."""

_FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "MPO": "JPEG"}


@dataclass(frozen=True)
class SignatoryInput:
    """One signature line: the name, and the title and organization printed under it."""

    name: str
    title: str = ""
    organization: str = ""


@dataclass(frozen=True)
class CertificateSettings:
    """Who signs a program's certificates (left to right) and their background image."""

    signatories: tuple[SignatoryInput, ...] = ()
    background: bytes | None = field(default=None, repr=False)
    background_name: str = ""


class CertificateSettingsService:
    """Read and replace the certificate settings of a program."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def get(self, program_code: str) -> CertificateSettings:
        """Return the program's settings (no signatories and no background at first).

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            rows = session.scalars(
                select(Signatory)
                .where(Signatory.program_id == program.id)
                .order_by(Signatory.position, Signatory.id)
            )
            signatories = tuple(
                SignatoryInput(row.name, row.title, row.organization) for row in rows
            )
            design = session.get(CertificateDesign, program.id)
            if design is None or design.background is None:
                return CertificateSettings(signatories)
            return CertificateSettings(signatories, design.background, design.background_name)

    def replace(self, program_code: str, settings: CertificateSettings) -> CertificateSettings:
        """Save ``settings`` as the program's, whole, and return the settings they replace.

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: more than four signatories, a signatory without
                a name, or a background that is not an image to print.
        """
        signatories = _checked_signatories(settings.signatories)
        if settings.background is not None:
            check_background(settings.background, settings.background_name or "background")
        previous = self.get(program_code)
        with self._database.transaction() as session:
            program = program_by_code(session, program_code)
            session.execute(delete(Signatory).where(Signatory.program_id == program.id))
            session.add_all(
                Signatory(
                    program_id=program.id,
                    position=position,
                    name=item.name,
                    title=item.title,
                    organization=item.organization,
                )
                for position, item in enumerate(signatories)
            )
            design = session.get(CertificateDesign, program.id)
            if settings.background is None:
                if design is not None:
                    session.delete(design)
            else:
                if design is None:
                    design = CertificateDesign(program_id=program.id)
                    session.add(design)
                design.background = settings.background
                design.background_name = settings.background_name
        return previous


def _checked_signatories(items: tuple[SignatoryInput, ...]) -> list[SignatoryInput]:
    if len(items) > MAX_SIGNATORIES:
        msg = said(
            "A certificate has room for {limit} signatories, not {count}",
            limit=MAX_SIGNATORIES,
            count=len(items),
        )
        raise InvalidInputError(msg, "signatories")
    checked = []
    for number, item in enumerate(items, start=1):
        name = fold_spaces(item.name)
        if not name:
            msg = said("Signatory {number} has no name", number=number)
            raise InvalidInputError(msg, "signatories")
        checked.append(
            SignatoryInput(name, fold_spaces(item.title), fold_spaces(item.organization))
        )
    return checked


def read_background(path: Path) -> CertificateSettings:
    """Return the image at ``path`` as a background (no signatories), checked to print.

    Raises:
        InvalidInputError: the file cannot be read, is too large, or is not a
            PNG or JPEG image.
    """
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BACKGROUND_BYTES + 1)
    except OSError as error:
        msg = said(
            "{name}: the file cannot be read ({strerror})", name=path.name, strerror=error.strerror
        )
        raise InvalidInputError(msg, "background") from error
    check_background(data, path.name)
    return CertificateSettings(background=data, background_name=path.name)


def check_background(data: bytes, name: str) -> None:
    """Refuse ``data`` unless it is a PNG or JPEG image of a printable size.

    Raises:
        InvalidInputError: naming the file and what is wrong with it.
    """
    if len(data) > MAX_BACKGROUND_BYTES:
        limit = MAX_BACKGROUND_BYTES // (1024 * 1024)
        msg = said("{name}: the image is larger than {limit} MB", name=name, limit=limit)
        raise InvalidInputError(msg, "background")
    from PIL import Image  # noqa: PLC0415 - only when a background is chosen

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind = _FORMATS.get(image.format or "")
                width, height = image.size
                if kind is not None and width * height <= MAX_BACKGROUND_PIXELS:
                    image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        msg = said("{name}: the image has too many pixels to print", name=name)
        raise InvalidInputError(msg, "background") from error
    except (OSError, ValueError, SyntaxError) as error:
        msg = said("{name}: it is not an image, or it is damaged", name=name)
        raise InvalidInputError(msg, "background") from error
    if kind is None:
        msg = said(
            "{name}: the background must be a PNG or JPEG image, not {format}",
            name=name,
            format=image.format,
        )
        raise InvalidInputError(msg, "background")
    if width * height > MAX_BACKGROUND_PIXELS:
        msg = said(
            "{name}: the image has {width} × {height} pixels, too many to print",
            name=name,
            width=width,
            height=height,
        )
        raise InvalidInputError(msg, "background")
