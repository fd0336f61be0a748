"""Checks a file before any workbook parser touches it.

A workbook is a zip of XML files; a hostile or broken one can inflate to
gigabytes (zip bombs), declare thousands of entries, expand XML entities
exponentially or simply not be a workbook at all. Everything here looks at the
file's first bytes and its zip directory only, so it runs in bounded time and
memory whatever the file claims; Python's ``zipfile`` then never inflates a
member past the size its directory declares.
"""

from __future__ import annotations

import zipfile
import zlib
from enum import StrEnum
from pathlib import Path

from coordinator.domain.messages import said
from coordinator.excel.errors import WorkbookRefusedError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# Apache POI's ZipSecureFile rules, with a grace size for small members.
MAX_ENTRIES = 1_000
MAX_INFLATE_RATIO = 100
RATIO_GRACE_BYTES = 1 << 20
MAX_FILE_BYTES = 200 << 20
MAX_MEMBER_BYTES = 512 << 20
MAX_TOTAL_BYTES = 1 << 30
# openpyxl keeps every shared string in memory: bound what that can cost.
MAX_SHARED_STRINGS_BYTES = 128 << 20
MAX_CSV_BYTES = 50 << 20
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_STRICT_NAMESPACE = b"purl.oclc.org/ooxml/spreadsheetml"
_WORKBOOK_EXTENSIONS = {".xlsx", ".xlsm"}


class FileKind(StrEnum):
    """What a file that passed the guard is read as."""

    XLSX = "xlsx"
    CSV = "csv"


def ensure_safe_xml_parser() -> None:
    """Refuse to read anything when openpyxl would parse XML without defusedxml.

    Raises:
        WorkbookRefusedError: defusedxml is missing or openpyxl ignores it.
    """
    import openpyxl.xml  # noqa: PLC0415 - heavy, and only needed when reading

    if openpyxl.xml.DEFUSEDXML is not True:
        msg = said(
            "Workbooks cannot be read safely: the defusedxml package is missing "
            "(reinstall the application)"
        )
        raise WorkbookRefusedError(msg)


def check_file(path: Path) -> FileKind:
    """Tell how ``path`` can be read, or refuse it with one sentence.

    Raises:
        WorkbookRefusedError: the file is missing, empty, too large, an old
            binary or password-protected workbook, a damaged zip or a zip bomb.
    """
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        msg = said(
            "{name} cannot be opened: {reason}", name=name, reason=error.strerror or str(error)
        )
        raise WorkbookRefusedError(msg) from error
    if size == 0:
        msg = said("{name} is empty", name=name)
        raise WorkbookRefusedError(msg)
    if size > MAX_FILE_BYTES:
        msg = said(
            "{name} is larger than {size} MB, too large for a roster",
            name=name,
            size=MAX_FILE_BYTES >> 20,
        )
        raise WorkbookRefusedError(msg)
    if head.startswith(OLE2_MAGIC):
        raise WorkbookRefusedError(_ole2_message(path))
    if head.startswith(ZIP_MAGIC) or path.suffix.lower() in _WORKBOOK_EXTENSIONS:
        check_zip(path)
        return FileKind.XLSX
    if path.suffix.lower() in {".csv", ".txt"}:
        if size > MAX_CSV_BYTES:
            msg = said(
                "{name} is larger than {size} MB, too large for a roster",
                name=name,
                size=MAX_CSV_BYTES >> 20,
            )
            raise WorkbookRefusedError(msg)
        return FileKind.CSV
    msg = said("{name} is not an Excel workbook (.xlsx, .xlsm) or a CSV file", name=name)
    raise WorkbookRefusedError(msg)


def _ole2_message(path: Path) -> str:
    if _contains(path, _ENCRYPTED_PACKAGE):
        return said(
            "{name} is protected with a password: open it in Excel, remove the "
            "password (File ▸ Info ▸ Protect Workbook) and save it again",
            name=path.name,
        )
    return said(
        "{name} is an old binary Excel file (.xls): open it in Excel and save it "
        "as an Excel Workbook (.xlsx)",
        name=path.name,
    )


def _contains(path: Path, needle: bytes, chunk_size: int = 1 << 20) -> bool:
    """Tell whether ``needle`` occurs in the file, reading it a chunk at a time."""
    tail = b""
    with path.open("rb") as stream:
        while chunk := stream.read(chunk_size):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle) :]
    return False


def check_zip(path: Path) -> None:
    """Check the zip directory of ``path`` against the bomb limits.

    Raises:
        WorkbookRefusedError: the zip is damaged, truncated, encrypted, Strict
            Open XML, or inflates past the limits.
    """
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_members(name, members)
            _check_not_strict(name, archive)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as error:
        msg = said(
            "{name} is damaged or truncated and cannot be read as a workbook ({error})",
            name=name,
            error=str(error),
        )
        raise WorkbookRefusedError(msg) from error


def _check_members(name: str, members: list[zipfile.ZipInfo]) -> None:
    bomb = said("{name} is refused: it looks like a zip bomb", name=name)
    if len(members) > MAX_ENTRIES:
        msg = said(
            "{bomb} ({count} entries, at most {limit} allowed)",
            bomb=bomb,
            count=len(members),
            limit=MAX_ENTRIES,
        )
        raise WorkbookRefusedError(msg)
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            msg = said("{name} is protected with a password: save it again without one", name=name)
            raise WorkbookRefusedError(msg)
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_GRACE_BYTES and ratio > MAX_INFLATE_RATIO:
            msg = said(
                "{bomb} ({member} inflates {ratio} times)",
                bomb=bomb,
                member=member.filename,
                ratio=f"{ratio:.0f}",
            )
            raise WorkbookRefusedError(msg)
        limit = (
            MAX_SHARED_STRINGS_BYTES
            if member.filename.lower().endswith("sharedstrings.xml")
            else MAX_MEMBER_BYTES
        )
        if member.file_size > limit:
            msg = said(
                "{bomb} ({member} inflates to {size} MB)",
                bomb=bomb,
                member=member.filename,
                size=member.file_size >> 20,
            )
            raise WorkbookRefusedError(msg)
    if total > MAX_TOTAL_BYTES:
        msg = said("{bomb} (it inflates to {size} MB)", bomb=bomb, size=total >> 20)
        raise WorkbookRefusedError(msg)


def _check_not_strict(name: str, archive: zipfile.ZipFile) -> None:
    try:
        with archive.open("xl/workbook.xml") as stream:
            start = stream.read(4096)
    except KeyError:
        return
    if _STRICT_NAMESPACE in start:
        raise WorkbookRefusedError(strict_message(name))


def strict_message(name: str) -> str:
    """Return the refusal of a Strict Open XML workbook named ``name``."""
    return said(
        "{name} is saved as Strict Open XML, which cannot be read: open it in Excel and "
        "save it as an Excel Workbook (.xlsx)",
        name=name,
    )
