"""The transfer manifest as a PDF: one block per movement, large enough to read in a car.

A driver reads it on paper or on a phone, often standing by the vehicle: the
time comes first and largest, then where from and where to (the fonts have no arrow), then the
vehicle (plate, kind, seats), the driver with the phone, and who rides. A
movement is never split over two pages; days head their movements and are
repeated, "(continued)", on a page they run onto. The words are those of
:mod:`coordinator.domain.manifests`, in English or Turkish.
"""

from __future__ import annotations

import datetime as dt

from coordinator.documents.blocks import ACCENT, MUTED, Bar, Block, Font, lines_block
from coordinator.documents.flow import Group, Section
from coordinator.documents.schedule_layout import Sheet, continued_title, page_title
from coordinator.documents.vocabulary import long_date
from coordinator.domain.manifests import (
    Manifest,
    ManifestEntry,
    manifest_word,
    time_text,
    vehicle_text,
)

TIME = Font("B", 20.0)
KIND = Font("B", 11.0, ACCENT)
ROUTE = Font("B", 15.0)
LABEL = Font("", 10.5, MUTED)
VALUE = Font("", 13.0)
STRONG = Font("B", 13.0)
DAY = Font("B", 14.0, ACCENT)
LABEL_GAP = 3.0
PADDING = 3.5
"""Above and below the text of each movement, inside its frame."""
_LABELS = ("from", "to", "vehicle", "driver", "phone", "passengers", "notes")


def render_manifest(
    manifest: Manifest,
    *,
    language: str = "en",
    paper: str = "a4",
    produced: dt.datetime | None = None,
) -> bytes:
    """Return the manifest as a PDF.

    Raises:
        ValueError: an unknown language or paper.
    """
    title = manifest_word("title", language)
    sheet = Sheet(
        paper=paper, language=language, title=f"{title}: {manifest.program}", produced=produced
    )
    label_width = max(sheet.measure(manifest_word(key, language), LABEL) for key in _LABELS)
    details = [long_date(manifest.day, language)] if manifest.day is not None else []
    heading = page_title(sheet, title, manifest.program, details)
    groups: list[Group] = []
    if not manifest.entries:
        groups.append(Group((_note(sheet, manifest_word("none", language)),)))
    day: dt.date | None = None
    for entry in manifest.entries:
        block = _movement(sheet, entry, label_width + LABEL_GAP)
        if entry.day != day:
            day = entry.day
            date = long_date(day, language)
            groups.append(
                Group((block,), _day(sheet, date), _day(sheet, date, continued=True), keep=True)
            )
        else:
            groups.append(Group((block,), keep=True))
    section = Section(
        "manifest", "manifest", tuple(groups), heading, continued_title(sheet, manifest.program)
    )
    return sheet.render([section], f"{title}: {manifest.program}")


def _movement(sheet: Sheet, entry: ManifestEntry, label_width: float) -> Block:
    language = sheet.language
    column = sheet.column()
    column.add(f"{time_text(entry)}   {manifest_word(entry.kind, language)}", TIME)
    column.add_labelled(
        manifest_word("from", language), [entry.from_place], LABEL, ROUTE, label_width
    )
    column.add_labelled(manifest_word("to", language), [entry.to_place], LABEL, ROUTE, label_width)
    vehicles = [vehicle_text(vehicle, language) for vehicle in entry.vehicles]
    column.add_labelled(
        manifest_word("vehicle", language),
        vehicles or [manifest_word("no_vehicle", language)],
        LABEL, STRONG, label_width, spacing=0.6,
    )  # fmt: skip
    driver = entry.driver or manifest_word("no_driver", language)
    column.add_labelled(manifest_word("driver", language), [driver], LABEL, STRONG, label_width)
    column.add_labelled(
        manifest_word("phone", language), [entry.driver_phone], LABEL, STRONG, label_width
    )
    count = manifest_word("people", language, count=len(entry.passengers))
    who = manifest_word("whole", language) if entry.whole_delegation else ""
    names = ", ".join(entry.passengers)
    column.add_labelled(
        manifest_word("passengers", language),
        [", ".join(part for part in (who, count) if part), names],
        LABEL, VALUE, label_width,
    )  # fmt: skip
    column.add_labelled(manifest_word("notes", language), [entry.notes], LABEL, VALUE, label_width)
    height = column.height + 2 * PADDING
    runs = tuple(type(run)(run.x, run.y + PADDING, run.text, run.font) for run in column.runs)
    rule = Bar(0.0, 0.0, sheet.width, 0.6, ACCENT)
    return Block(height, runs, (rule,), space_before=2.0)


def _day(sheet: Sheet, date: str, *, continued: bool = False) -> Block:
    text = sheet.text("continued", heading=date) if continued else date
    return lines_block(sheet.doc, [(text, DAY, 0.0)], sheet.width, space=5.0)


def _note(sheet: Sheet, text: str) -> Block:
    return lines_block(sheet.doc, [(text, VALUE, 0.0)], sheet.width)
