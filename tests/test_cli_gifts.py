"""The gifts command end to end: record a gift, list and export a program's and a year's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator.cli import main
from tests.stores import Store

CODE = "TURKISTAN-2021"
FORMULA = "=1+2"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def gifts(capsys: pytest.CaptureFixture[str], demo_store: Store) -> Store:
    """The demo program with a gift given on a day and one received without a day."""
    given = ("--direction", "given", "--description", "Ebru painting", "--day", "2021-08-25",
             "--giver", "Hilmi Türkmen", "--giver-organization", "Üsküdar Municipality",
             "--receiver", "Zhandos Tasov", "--value", "1250.5", "--currency", "try",
             "--kept-at", FORMULA)  # fmt: skip
    received = ("--direction", "received", "--description", "Dombra", "--value", "300",
                "--currency", "EUR")  # fmt: skip
    for fields in (given, received):
        code, _, err = run(
            capsys, *demo_store.arguments, "gifts", "add", "--program", CODE, *fields
        )
        assert (code, err) == (0, "")
    return demo_store


def test_a_gift_added_from_a_script(capsys: pytest.CaptureFixture[str], demo_store: Store) -> None:
    arguments = ("gifts", "add", "--program", CODE, "--direction", "received", "--description",
                 "Carpet", "--value", "99,9", "--json")  # fmt: skip
    code, out, err = run(capsys, *demo_store.arguments, *arguments)
    assert (code, err) == (0, "")
    gift = json.loads(out)
    assert (gift["value"], gift["currency"], gift["day"], gift["program"]) == (
        "99.90",
        "TRY",
        None,
        CODE,
    )


def test_the_programs_gifts_as_json(capsys: pytest.CaptureFixture[str], gifts: Store) -> None:
    code, out, err = run(capsys, *gifts.arguments, "gifts", "--program", CODE, "--json")
    assert (code, err) == (0, "")
    dombra, ebru = json.loads(out)  # the gift without a day counts on the program's first
    assert set(ebru) >= {"id", "day", "activity", "direction", "giver", "giver_organization",
                         "receiver", "receiver_organization", "description", "value",
                         "currency", "kept_at", "program"}  # fmt: skip
    assert (ebru["day"], ebru["value"], ebru["currency"], ebru["kept_at"]) == (
        "2021-08-25",
        "1250.50",
        "TRY",
        FORMULA,
    )
    assert (dombra["direction"], dombra["value"], dombra["day"]) == ("received", "300.00", None)


def test_the_year_and_its_workbook(
    capsys: pytest.CaptureFixture[str], gifts: Store, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, *gifts.arguments, "gifts", "--year", "2021")
    assert code == 0
    assert "Total EUR: given 0, received 300.00" in out
    assert json.loads(run(capsys, *gifts.arguments, "gifts", "--year", "2020", "--json")[1]) == []
    path = tmp_path / "hediyeler.xlsx"
    arguments = ("gifts", "--year", "2021", "--out", str(path), "--lang", "tr")
    assert run(capsys, *gifts.arguments, *arguments)[0] == 0
    rows = list(load_workbook(path).active.iter_rows())  # type: ignore[union-attr]
    header = next(i for i, row in enumerate(rows) if row[0].value == "Program")
    labels = [cell.value for cell in rows[header]]
    assert "Tahmini değer" in labels
    assert "Para birimi" in labels
    assert "Saklandığı yer" in labels
    ebru = rows[header + 2]
    kept = ebru[labels.index("Saklandığı yer")]
    assert (kept.value, kept.data_type) == (FORMULA, "s")
    value = ebru[labels.index("Tahmini değer")]
    assert (value.value, value.number_format) == (1250.5, "#,##0.00")
    assert ebru[labels.index("Verilen / alınan")].value == "Verilen"


def test_the_programs_workbook_in_english(
    capsys: pytest.CaptureFixture[str], gifts: Store, tmp_path: Path
) -> None:
    path = tmp_path / "gifts.xlsx"
    code, out, _ = run(capsys, *gifts.arguments, "gifts", "--program", CODE, "--out", str(path))
    assert (code, out.strip()) == (0, f"Wrote 2 gift(s) to {path}")
    values = [[c.value for c in row] for row in load_workbook(path).active.iter_rows()]  # type: ignore[union-attr]
    header = next(row for row in values if row[0] == "Day")
    assert header[:3] == ["Day", "Activity", "Given or received"]
    assert ["Received" in row for row in values].count(True) >= 1


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (("gifts",), 2),
        (("gifts", "--program", CODE, "--year", "2021"), 2),
        (("gifts", "--year", "twenty"), 2),
        (
            (
                "gifts",
                "add",
                "--program",
                CODE,
                "--direction",
                "given",
                "--description",
                "x",
                "--value",
                "-5",
            ),
            2,
        ),
        (
            (
                "gifts",
                "add",
                "--program",
                CODE,
                "--direction",
                "given",
                "--description",
                "x",
                "--currency",
                "lira",
            ),
            1,
        ),
        (("gifts", "add", "--program", "NOPE", "--direction", "given", "--description", "x"), 1),
        (("gifts", "--program", "NOPE"), 1),
    ],
)
def test_refusals(
    capsys: pytest.CaptureFixture[str], demo_store: Store, arguments: tuple[str, ...], expected: int
) -> None:
    code, _, err = run(capsys, *demo_store.arguments, *arguments)
    assert code == expected
    assert err.count("\n") == 1
