"""Roster workbooks as partner offices send them, written with openpyxl for the GUI tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

TITLE = "Türkistan Belediyesi Heyeti – Katılımcı Listesi"
HEADERS = ("Sıra", "Adı Soyadı", "Unvanı", "Kurumu", "Geliş Tarihi", "E-posta", "Cep Telefonu")
ROWS: tuple[tuple[object, ...], ...] = (
    (1, "Zhandos Tasov", "Belediye Başkan Yardımcısı", "Türkistan Belediyesi",
     dt.datetime(2026, 5, 4, 9, 30), "zhandos@example.kz", "+7 701 000 00 01"),
    (2, "Aigerim Nurlanqyzy", "Turizm Müdürü", "Türkistan Belediyesi",
     dt.datetime(2026, 5, 4, 9, 30), "aigerim@example.kz", "+7 701 000 00 02"),
    # On the roster already (as "Expert", "Almaty"): an update.
    (3, "İSMAİL ARISOY", "Danışman", "Almaty", None, "ismail@example.kz", None),
    # A problem: the e-mail is not one.
    (4, "Bolat Ospanov", "Uzman", "Türkistan Belediyesi", None, "bolat-at-example", None),
    None,
    (5, "Dana Seitkali", "Uzman", "Türkistan Belediyesi", "01/05/2026", None, None),
)  # fmt: skip
FOOTER = "Toplam: 5 kişi"
ADDED = ("Zhandos Tasov", "Aigerim Nurlanqyzy")


def write_roster(
    path: Path,
    rows: Sequence[tuple[object, ...] | None] = ROWS,
    headers: Sequence[str] = HEADERS,
    *,
    sheet: str = "Katılımcılar",
    notes_sheet: bool = False,
) -> Path:
    """Write a roster with a merged title row above Turkish headers, a blank row and a footer."""
    workbook = Workbook()
    if notes_sheet:
        notes = workbook.active
        assert notes is not None
        notes.title = "Notlar"
        notes.append(["Program notları"])
        notes.append(["Heyet 4 Mayıs'ta gelir."])
        roster = workbook.create_sheet(sheet)
    else:
        active = workbook.active
        assert active is not None
        roster = active
        roster.title = sheet
    roster.append([TITLE])
    roster.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    roster.append([])
    roster.append(list(headers))
    for row in rows:
        roster.append(list(row) if row is not None else [])
    roster.append([])
    roster.append([FOOTER])
    workbook.save(path)
    return path


def write_long_roster(path: Path, count: int) -> Path:
    """Write ``count`` distinct participants under English headers."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Roster")
    sheet.append(["Name", "Title", "Organization"])
    for number in range(1, count + 1):
        sheet.append([f"Participant {number:06d}", "Expert", "Turkistan Municipality"])
    workbook.save(path)
    return path
