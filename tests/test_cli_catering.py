"""The catering command end to end: JSON, the caterer's sheet and the head waiter's list."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator.cli import main
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import ActivityInput
from coordinator.services.roster import RosterService
from tests.stores import Store

CODE = DEMO_PROGRAM_CODE
FORMULA = "=SUM(A1:A9)"
DIETARY = {
    "Zhandos Tasov": "Halal",
    "Maksat Tangatarov": "без глютена",
    "Zhamila Suleymanova": "Vejetaryen ve fıstık alerjisi",
    "Nursultan Zhusipbayev": FORMULA,
    "Timur Akhmetov": "=cmd allergy",
}


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], store: Store) -> Store:
    """The demo program with dietary needs typed and a lunch of the whole delegation."""
    assert run(capsys, *store.arguments, "demo")[0] == 0
    database = store.open()
    try:
        roster = RosterService(database)
        for participant in roster.list_participants(CODE):
            if participant.name in DIETARY:
                data = participant.as_input()
                data = dataclasses.replace(data, dietary=DIETARY[participant.name])
                roster.update(participant.id, data)
        lunch = ActivityInput(
            day=dt.date(2021, 8, 25),
            start_time=dt.time(12, 30),
            end_time=dt.time(13, 30),
            kind="meal",
            title="Lunch at the Tebessüm Coffeehouse",
            venue="Tebessüm Coffeehouse",
        )
        ItineraryService(database).add_activity(CODE, lunch)
    finally:
        database.close()
    return store


def test_catering_as_json(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, err = run(capsys, *demo.arguments, "catering", "--program", CODE, "--json")
    assert (code, err) == (0, "")
    [meal] = json.loads(out)
    assert meal["activity"] == "Lunch at the Tebessüm Coffeehouse"
    assert (meal["day"], meal["start"], meal["end"]) == ("2021-08-25", "12:30:00", "13:30:00")
    assert (meal["guests"], meal["standard"]) == (8, 3)
    assert meal["needs"] == {
        "vegetarian": 1,
        "halal": 1,
        "gluten-free": 1,
        "nut allergy": 1,
        "other allergy": 1,
        "other": 1,
    }
    assert meal["allergies"] == [
        {
            "name": "Zhamila Suleymanova",
            "need": "nut allergy",
            "text": "Vejetaryen ve fıstık alerjisi",
        },
        {"name": "Timur Akhmetov", "need": "other allergy", "text": "=cmd allergy"},
    ]


def test_catering_as_text(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, _ = run(capsys, *demo.arguments, "catering", "--program", CODE)
    assert code == 0
    assert out.startswith("2021-08-25 12:30\tLunch at the Tebessüm Coffeehouse\t8 guests\t")


def test_catering_sheets_written_and_read_back(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    out_file = tmp_path / "lunch.xlsx"
    code, out, err = run(
        capsys, *demo.arguments, "catering", "--program", CODE, "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    assert "lunch-allergies.xlsx" in out
    sheet = load_workbook(out_file).active
    cells = {
        cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value is not None
    }
    assert sheet["A1"].value.startswith("Caterer's sheet: ")
    assert {"Guests", "Vegetarian", "Halal", "Gluten-free", "Nut allergy", "Other request"} <= set(
        cells
    )
    assert "Zhamila Suleymanova" not in cells
    formula = cells[FORMULA]  # the dietary text as typed, kept as text, never a formula
    assert (formula.data_type, formula.quotePrefix) == ("s", True)

    waiter = load_workbook(tmp_path / "lunch-allergies.xlsx").active
    assert waiter["A1"].value.startswith("Allergy list for the head waiter only")
    rows = list(waiter.iter_rows(min_row=4, values_only=True))
    assert rows[0] == ("Day", "Time", "Meal", "Name", "Allergy", "As written")
    assert [row[3:] for row in rows[1:]] == [
        ("Zhamila Suleymanova", "Nut allergy", "Vejetaryen ve fıstık alerjisi"),
        ("Timur Akhmetov", "Other allergy", "=cmd allergy"),
    ]
    typed = waiter.cell(row=6, column=6)
    assert (typed.data_type, typed.quotePrefix) == ("s", True)


def test_catering_sheets_in_turkish(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    out_file = tmp_path / "yemek.xlsx"
    arguments = ("catering", "--program", CODE, "--out", str(out_file), "--lang", "tr")
    assert run(capsys, *demo.arguments, *arguments)[0] == 0
    values = {value for row in load_workbook(out_file).active.iter_rows(values_only=True)
              for value in row}  # fmt: skip
    assert {"Misafir sayısı", "Vejetaryen", "Helal", "Glütensiz", "Diğer istek"} <= values


def test_catering_of_an_unknown_program(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    code, out, err = run(capsys, *store.arguments, "catering", "--program", "NOPE", "--json")
    assert (code, out) == (1, "")
    assert err == "coordinator: There is no program with the code 'NOPE'\n"


def test_catering_refuses_a_file_that_is_not_xlsx(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    out_file = tmp_path / "lunch.csv"
    code, _, err = run(
        capsys, *demo.arguments, "catering", "--program", CODE, "--out", str(out_file)
    )
    assert code == 1
    assert ".xlsx" in err
    assert not out_file.exists()


def test_catering_with_an_unknown_language_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    code, _, err = run(capsys, *store.arguments, "catering", "--program", CODE, "--lang", "de")
    assert code == 2
    assert "invalid choice" in err
