"""Exporting a whole program, or its itinerary, to one workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from coordinator.services.errors import InvalidInputError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.program_export import ProgramExportService
from coordinator.store import Database
from tests.itinerary_support import activity_input, make_program
from tests.stores import AddDemo

SHEETS = [
    "Program", "Participants", "Itinerary", "Guides", "Assignments", "Venues", "Contacts",
    "Travel", "Vehicles", "Transfers", "Rooms", "Gifts",
]  # fmt: skip


def test_demo_program_has_every_sheet_styled(
    database: Database, tmp_path: Path, add_demo: AddDemo
) -> None:
    program = add_demo(database)
    path = tmp_path / "program.xlsx"
    counts = ProgramExportService(database).export_program(program.code, path)
    assert list(counts) == SHEETS
    assert counts["Itinerary"] == program.activity_count
    assert counts["Participants"] == program.participant_count
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == SHEETS
    itinerary = book["Itinerary"]
    assert [cell.value for cell in itinerary[1]][:4] == ["Date", "Start", "End", "Activity"]
    assert itinerary["A1"].font.b
    assert itinerary.freeze_panes == "A2"
    assert itinerary.auto_filter.ref.startswith("A1:")
    assert isinstance(itinerary["A2"].value, dt.datetime)  # a real date cell
    assert isinstance(itinerary["B2"].value, dt.time)
    assert itinerary.column_dimensions["D"].width > 20
    program_sheet = {row[0].value: row[1].value for row in book["Program"].iter_rows(min_row=2)}
    assert program_sheet["Code"] == program.code
    participants = [cell.value for cell in book["Participants"][1]]
    assert not any(str(label).startswith(("Arriv", "Depart")) for label in participants)


def test_formula_looking_titles_are_written_as_text(database: Database, tmp_path: Path) -> None:
    make_program(database)
    ItineraryService(database).add_activity("KZ-2026", activity_input('=HYPERLINK("x")'))
    path = tmp_path / "itinerary.xlsx"
    assert ProgramExportService(database).export_itinerary("KZ-2026", path) == 1
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Itinerary"]
    cell = book["Itinerary"]["D2"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == ('=HYPERLINK("x")', "s", True)


def test_only_xlsx(database: Database, tmp_path: Path) -> None:
    make_program(database)
    with pytest.raises(InvalidInputError, match=r"\.xlsx"):
        ProgramExportService(database).export_program("KZ-2026", tmp_path / "program.xls")
