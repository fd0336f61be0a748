"""Valid roster workbooks and ways of breaking the XML inside them, for the fuzz tests.

A workbook is held as its parts (name to bytes) and zipped again after each
mutation, so the zip itself stays sound and the damage reaches the XML parsers
and the reader. Every mutation says what it did, for a failure's message.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

Parts = dict[str, bytes]
SHEET = "xl/worksheets/sheet1.xml"
SHARED_STRINGS = "xl/sharedStrings.xml"

HEADER = ["Name", "Title", "Organization", "E-mail", "Birth date"]
PEOPLE = [
    ["İsmail Işık", "Başkan Yardımcısı", "Üsküdar Belediyesi", "ismail@example.tr",
     dt.date(1978, 5, 3)],
    ["Çağrı Öztürk", "Dış İlişkiler Müdürü", "Üsküdar Belediyesi", "", dt.date(1985, 11, 30)],
    ["Жандос Тасов", "Заместитель акима", "Акимат Туркестана", "z.tasov@example.kz", None],
    ["Гульжамал Даханова", "Руководитель отдела", "Акимат Туркестана", "", "03.05.1978"],
    ["Ağca Şükrü", "Üye", "TDBB", "sukru@example.tr", 28613],
]  # fmt: skip


def seed_parts() -> list[Parts]:
    """Return the seeds: a roster as openpyxl writes it, the same with shared strings,
    and one under a title row with a second sheet before it."""
    plain = _workbook_parts(_roster_workbook(title=False))
    titled = _workbook_parts(_roster_workbook(title=True))
    return [plain, with_shared_strings(plain), titled]


def _roster_workbook(*, title: bool) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Katılımcılar"
    if title:
        notes = workbook.create_sheet("Notes", 0)
        notes.append(["Visit of the Turkistan delegation", dt.date(2021, 8, 24)])
        sheet.append(["Список участников"])
        sheet.merge_cells("A1:E1")
    sheet.append(HEADER)
    for person in PEOPLE:
        sheet.append(person)
    return workbook


def _workbook_parts(workbook: Workbook) -> Parts:
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


_INLINE = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t>(.*?)</t></is></c>')


def with_shared_strings(parts: Parts) -> Parts:
    """Return ``parts`` with the first sheet's inline strings moved to a shared-strings part."""
    strings: list[bytes] = []

    def shared(match: re.Match[bytes]) -> bytes:
        strings.append(match.group(3))
        return b'<c %st="s"%s><v>%d</v></c>' % (match.group(1), match.group(2), len(strings) - 1)

    result = dict(parts)
    result[SHEET] = _INLINE.sub(shared, parts[SHEET])
    items = b"".join(b"<si><t>%s</t></si>" % text for text in strings)
    result[SHARED_STRINGS] = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'count="%d" uniqueCount="%d">%s</sst>' % (len(strings), len(strings), items)
    )
    result["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdShared" Target="sharedStrings.xml" Type="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>',
    )
    result["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
        b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    return result


def write_parts(path: Path, parts: Parts) -> Path:
    """Zip ``parts`` into a workbook at ``path``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


# Numbers at and around every limit a reader or a parser may trip over.
EDGE_NUMBERS = [
    0, 1, 2, 3, 5, 29, 30, 31, 255, 256, 257, 16_383, 16_384, 16_385, 18_278, 18_279,
    65_535, 65_536, 1_048_575, 1_048_576, 1_048_577, 2**31 - 1, 2**31, 2**32, 10_000_000,
    2**53 + 1, 2**63 - 1, 2**63, 2**64, 10**30, -1, -2, -(2**63),
]  # fmt: skip
ODD_NUMBERS = [
    b"", b" 7", b"1.5", b"2.0", b"1e7", b"1E400", b"-0", b"+5", b"0x10", b"nan", b"inf",
    "٣".encode(), "１２".encode(), b"&#49;0000000", b"9" * 400, b"9" * 5_000,
]  # fmt: skip
COLUMN_LETTERS = [b"A", b"B", b"E", b"F", b"Z", b"AA", b"IV", b"IW", b"XFD", b"XFE", b"ZZZ",
                  b"AAAA", b"a", b"", b"$A", b"A$"]  # fmt: skip


def _number(rng: random.Random, original: bytes) -> bytes:
    choice = rng.random()
    if choice < 0.55:
        return str(rng.choice(EDGE_NUMBERS)).encode()
    if choice < 0.75 and original.strip(b"-").isdigit() and len(original) < 30:
        value = int(original)
        return str(rng.choice([value - 1, value + 1, value * 10, value * 1000, -value])).encode()
    if choice < 0.9:
        return rng.choice(ODD_NUMBERS)
    return str(rng.randrange(1 << 21)).encode()


_TARGETS: dict[str, re.Pattern[bytes]] = {
    "row number": re.compile(rb'<row\b[^>]*?\br="([^"]*)"'),
    "row spans": re.compile(rb'\bspans="([^"]*)"'),
    "cell reference": re.compile(rb'<c\b[^>]*?\br="([^"]*)"'),
    "dimension": re.compile(rb'<dimension ref="([^"]*)"'),
    "style id": re.compile(rb'<c\b[^>]*?\bs="([^"]*)"'),
    "cell value": re.compile(rb"<v>([^<]*)</v>"),
    "number anywhere": re.compile(rb"(\d+)"),
}
_CELL_REFERENCE = re.compile(rb"([A-Za-z$]*)(.*)")


def _replacement(rng: random.Random, target: str, original: bytes) -> bytes:
    if target == "cell reference":
        match = _CELL_REFERENCE.fullmatch(original)
        assert match is not None
        letters, digits = match.groups()
        if rng.random() < 0.5:
            letters = rng.choice(COLUMN_LETTERS)
        if rng.random() < 0.7:
            digits = _number(rng, digits)
        return letters + digits
    if target == "dimension":
        corner = rng.choice(COLUMN_LETTERS) + _number(rng, b"1")
        return rng.choice([b"A1:" + corner, corner, corner + b":A1", b"A1:", b":"])
    if target == "row spans":
        return _number(rng, b"1") + b":" + _number(rng, b"5")
    return _number(rng, original)


def _xml_parts(parts: Parts) -> list[str]:
    return sorted(name for name in parts if name.endswith((".xml", ".rels")))


def _sheets(parts: Parts) -> list[str]:
    return sorted(name for name in parts if name.startswith("xl/worksheets/sheet"))


def _shown(data: bytes) -> str:
    return repr(data) if len(data) <= 40 else f"{data[:20]!r}… ({len(data):,} bytes)"


def mutate_numbers(rng: random.Random, parts: Parts) -> tuple[Parts, str]:
    """Replace one to four numbers in a sheet's XML (or any part's) by edge cases."""
    result = dict(parts)
    done: list[str] = []
    for _ in range(rng.randint(1, 4)):
        target = rng.choice(list(_TARGETS))
        part = rng.choice(_xml_parts(result) if target == "number anywhere" else _sheets(result))
        matches = list(_TARGETS[target].finditer(result[part]))
        if not matches:
            continue
        match = rng.choice(matches)
        new = _replacement(rng, target, match.group(1))
        data = result[part]
        result[part] = data[: match.start(1)] + new + data[match.end(1) :]
        done.append(f"{target} {_shown(match.group(1))} -> {_shown(new)} in {part}")
    return result, "; ".join(done) or "nothing to replace"


_XML_BYTES = b'<>/="&;#:x0123456789'


def mutate_bytes(rng: random.Random, parts: Parts) -> tuple[Parts, str]:
    """Flip, replace, insert, delete or repeat a few bytes inside one XML part."""
    part = rng.choice(_sheets(parts) if rng.random() < 0.6 else _xml_parts(parts))
    data = bytearray(parts[part])
    done: list[str] = []
    for _ in range(rng.randint(1, 8)):
        position = rng.randrange(len(data))
        edit = rng.choice(list(_BYTE_EDITS))
        _BYTE_EDITS[edit](rng, data, position)
        done.append(f"{edit} at {position}")
    return {**parts, part: bytes(data)}, f"{part}: " + ", ".join(done)


def _flip(rng: random.Random, data: bytearray, position: int) -> None:
    data[position] ^= 1 << rng.randrange(8)


def _replace(rng: random.Random, data: bytearray, position: int) -> None:
    data[position] = rng.choice(_XML_BYTES) if rng.random() < 0.7 else rng.randrange(256)


def _insert(rng: random.Random, data: bytearray, position: int) -> None:
    data[position:position] = bytes(rng.choice(_XML_BYTES) for _ in range(rng.randint(1, 4)))


def _delete(rng: random.Random, data: bytearray, position: int) -> None:
    del data[position : position + rng.randint(1, 16)]


def _repeat(rng: random.Random, data: bytearray, position: int) -> None:
    piece = data[position : position + rng.randint(1, 200)]
    data[position:position] = piece * rng.randint(1, 50)


_BYTE_EDITS: dict[str, Callable[[random.Random, bytearray, int], None]] = {
    "flip": _flip,
    "replace": _replace,
    "insert": _insert,
    "delete": _delete,
    "repeat": _repeat,
}


def mutated_case(rng: random.Random, seeds: list[Parts]) -> tuple[Parts, str]:
    """Return a seed mutated once or twice, numbers or bytes, and what was done to it."""
    parts = rng.choice(seeds)
    done: list[str] = []
    for _ in range(1 if rng.random() < 0.7 else 2):
        mutate = mutate_numbers if rng.random() < 0.6 else mutate_bytes
        parts, what = mutate(rng, parts)
        done.append(what)
    return parts, " | ".join(done)
