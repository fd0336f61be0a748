"""Build workbooks, CSV files and broken files for the reader's tests."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

SHEET_NS = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def write_xlsx(
    path: Path,
    rows: Iterable[Sequence[Any]],
    *,
    sheet: str = "Sheet1",
    title: str | None = None,
    extra_sheets: dict[str, list[list[Any]]] | None = None,
    epoch_1904: bool = False,
) -> Path:
    """Write ``rows`` to a workbook; ``title`` goes in a merged row above them."""
    workbook = Workbook()
    if epoch_1904:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904

        workbook.epoch = CALENDAR_MAC_1904
    worksheet = workbook.active
    assert worksheet is not None
    for name, other_rows in (extra_sheets or {}).items():
        other = workbook.create_sheet(name, 0)
        for row in other_rows:
            other.append(row)
    worksheet.title = sheet
    if title is not None:
        worksheet.append([title])
        worksheet.merge_cells("A1:F1")
    for row in rows:
        worksheet.append(list(row))
    workbook.save(path)
    return path


def write_csv(path: Path, lines: Iterable[str], encoding: str = "utf-8") -> Path:
    """Write ``lines`` as a CSV file in ``encoding`` with Windows line ends."""
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def replace_member(source: Path, target: Path, member: str, data: bytes) -> Path:
    """Copy the zip ``source`` to ``target`` with ``member`` replaced by ``data``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, data if info.filename == member else old.read(info.filename))
    return target


def with_shared_strings(source: Path, target: Path, strings: list[str], rows: str) -> Path:
    """Copy ``source`` with a shared-strings part holding ``strings`` and sheet ``rows``."""
    items = "".join(f"<si><t>{text}</t></si>" for text in strings)
    shared = (
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{items}</sst>'
    ).encode()
    relationship = (
        b'<Relationship Id="rIdShared" Target="sharedStrings.xml" Type="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>'
    )
    override = (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", relationship)
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", override)
            elif info.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml(rows)
            new.writestr(info, data)
        new.writestr("xl/sharedStrings.xml", shared)
    return target


def sheet_xml(rows: str, dimension: str = "A1") -> bytes:
    """Return a worksheet part with ``rows`` (raw ``<row>`` XML) and a declared dimension."""
    return (
        SHEET_NS
        + f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'.encode()
    )


def inline_row(number: int, *values: str) -> str:
    """Return a ``<row>`` of inline strings in columns A, B, C…"""
    cells = "".join(
        f'<c r="{chr(65 + index)}{number}" t="inlineStr"><is><t>{value}</t></is></c>'
        for index, value in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


def ole2_file(path: Path, *, encrypted: bool) -> Path:
    """Write a minimal OLE2 compound file; an encrypted one names the EncryptedPackage stream."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "Root Entry".encode("utf-16-le").ljust(128, b"\x00")
    if encrypted:
        for name in ("EncryptionInfo", "EncryptedPackage"):
            directory += name.encode("utf-16-le").ljust(128, b"\x00")
    else:
        directory += "Workbook".encode("utf-16-le").ljust(128, b"\x00")
    path.write_bytes(header + directory.ljust(4096, b"\x00"))
    return path


ROSTER_HEADER = ["Name", "Title", "Organization", "Birth date", "E-mail"]
ROSTER_ROWS = [
    ["Zhandos Tasov", "Deputy Mayor", "Turkistan Municipality", "03.05.1978", "z@example.kz"],
    ["Gulzhamal Dahanova", "Head of Department", "Turkistan Municipality", None, ""],
]
