"""Rows out of a CSV file as Excel saves it in Turkey, Russia or elsewhere.

Turkish Excel saves "CSV" with semicolons in the Windows Turkish code page
(cp1254), or in UTF-8 with a byte-order mark when asked for "CSV UTF-8";
"Unicode text" is UTF-16 with tabs. The encoding is taken from the BOM, else
UTF-8 if the bytes decode as UTF-8, else cp1254; the delimiter is the one of
``;``, ``,`` and tab most common in the first lines.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from coordinator.domain.messages import said
from coordinator.excel.errors import WorkbookRefusedError
from coordinator.excel.header_detection import MAX_COLUMNS
from coordinator.excel.roster_records import Row

_DELIMITERS = (";", ",", "\t")


def decode_text(data: bytes, name: str) -> str:
    """Decode a CSV file's bytes, choosing the encoding as described above.

    Raises:
        WorkbookRefusedError: the bytes are not text in any of these encodings.
    """
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1254"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    msg = said("{name} is not a text file that can be read as CSV", name=name)
    raise WorkbookRefusedError(msg)


def guess_delimiter(text: str) -> str:
    """Return the delimiter most common in the first lines of ``text``."""
    head = "\n".join(text.splitlines()[:20])
    return max(_DELIMITERS, key=head.count)


def read_csv_rows(path: Path) -> list[Row]:
    """Return every row of the CSV file at ``path``, at most 256 cells each.

    Raises:
        WorkbookRefusedError: the file cannot be read or is not CSV text.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        msg = said(
            "{name} cannot be opened: {reason}", name=path.name, reason=error.strerror or str(error)
        )
        raise WorkbookRefusedError(msg) from error
    text = decode_text(data, path.name)
    if not text.strip():
        msg = said("{name} is empty", name=path.name)
        raise WorkbookRefusedError(msg)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=guess_delimiter(text))
    try:
        return [tuple(cell or None for cell in row[:MAX_COLUMNS]) for row in reader]
    except csv.Error as error:
        msg = said(
            "{name}, line {line}, cannot be read as CSV ({error})",
            name=path.name,
            line=reader.line_num,
            error=str(error),
        )
        raise WorkbookRefusedError(msg) from error
