"""Write the transfer manifest as an .xlsx workbook: one row per movement.

The columns are words in English or Turkish (``Plaka``, ``Koltuk``,
``Şoför``), never codes, from :mod:`coordinator.domain.manifests`; a
movement's vehicles share one cell, one per line. Text that a spreadsheet
would take for a formula stays text, and the file is written whole or not
at all (:mod:`coordinator.excel.safe_output`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from coordinator.atomic_files import write_atomically
from coordinator.domain.manifests import Manifest, ManifestEntry, manifest_word, time_text
from coordinator.excel.safe_output import header_cell, text_cell, value_cell

COLUMNS = (
    ("day", 12), ("time", 13), ("kind", 20), ("from", 28), ("to", 28), ("plate", 14),
    ("vehicle", 16), ("seats", 8), ("driver", 24), ("phone", 20), ("count", 10),
    ("passengers", 60), ("notes", 30),
)  # fmt: skip
"""Each column's word and width."""


def write_manifest(path: Path, manifest: Manifest, language: str) -> None:
    """Write ``manifest`` to ``path`` atomically.

    Raises:
        OSError: the folder cannot be written; the previous file is untouched.
    """
    workbook = Workbook(write_only=True)
    title = f"{manifest_word('title', language)}: {manifest.program}"
    workbook.properties.title = title
    workbook.properties.creator = "Delegation Coordinator"
    sheet: Any = workbook.create_sheet(manifest_word("sheet", language))
    for index, (_key, width) in enumerate(COLUMNS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.append([header_cell(sheet, title)])
    sheet.append([])
    sheet.append([header_cell(sheet, manifest_word(key, language)) for key, _width in COLUMNS])
    if not manifest.entries:
        sheet.append([text_cell(sheet, manifest_word("none", language))])
    for entry in manifest.entries:
        sheet.append([value_cell(sheet, value) for value in _row(entry, language)])
    write_atomically(path, workbook.save)


def _row(entry: ManifestEntry, language: str) -> list[object]:
    whole = manifest_word("whole", language)
    names = ", ".join(entry.passengers)
    return [
        entry.day,
        time_text(entry),
        manifest_word(entry.kind, language),
        entry.from_place,
        entry.to_place,
        "\n".join(vehicle.plate for vehicle in entry.vehicles),
        "\n".join(vehicle.kind for vehicle in entry.vehicles),
        sum(vehicle.seats for vehicle in entry.vehicles) if entry.vehicles else None,
        entry.driver,
        entry.driver_phone,
        len(entry.passengers),
        f"{whole}: {names}" if entry.whole_delegation else names,
        entry.notes,
    ]
