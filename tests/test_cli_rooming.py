"""The rooming command end to end: the hotels' workbook and the rooms as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator.cli import main
from coordinator.services.roster import RosterService
from coordinator.services.stay_records import StayInput
from coordinator.services.stays import StayService
from tests.stores import Store

CODE = "TURKISTAN-2021"
HOTEL = "Hilton Bomonti"
FORMULA = '=HYPERLINK("http://x")'


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def rooms(demo_store: Store) -> Store:
    """The demo delegation in one hotel: the head in a suite, the others in twins."""
    database = demo_store.open()
    try:
        service = StayService(database)
        roster = RosterService(database).list_participants(CODE)
        head, *members = roster
        service.set_stay(head.id, StayInput(HOTEL, "suite", requests=FORMULA))
        for first, second in zip(members[0::2], members[1::2], strict=False):
            service.set_stay(first.id, StayInput(HOTEL, "twin", second.id))
        if len(members) % 2:
            service.set_stay(members[-1].id, StayInput("Pera Palace", "single"))
    finally:
        database.close()
    return demo_store


def test_rooming_as_json(capsys: pytest.CaptureFixture[str], rooms: Store) -> None:
    code, out, err = run(capsys, *rooms.arguments, "rooming", "--program", CODE, "--json")
    assert (code, err) == (0, "")
    listed = json.loads(out)
    assert {room["hotel"] for room in listed} == {HOTEL, "Pera Palace"}
    suite = next(room for room in listed if room["room_type"] == "suite")
    assert suite == {
        "hotel": HOTEL,
        "room_type": "suite",
        "guests": ["Zhandos Tasov"],
        "arrival": "2021-08-24",
        "departure": "2021-08-29",
        "nights": 5,
        "requests": FORMULA,
    }
    guests = [name for room in listed for name in room["guests"]]
    assert len(guests) == len(set(guests)) == 8


def test_rooming_workbook_in_turkish(
    capsys: pytest.CaptureFixture[str], rooms: Store, tmp_path: Path
) -> None:
    out = tmp_path / "rooming.xlsx"
    arguments = ("rooming", "--program", CODE, "--out", str(out), "--lang", "tr")
    code, printed, err = run(capsys, *rooms.arguments, *arguments)
    assert (code, err) == (0, "")
    assert "in 2 hotel(s)" in printed
    workbook = load_workbook(out)
    assert workbook.sheetnames == [HOTEL, "Pera Palace"]
    rows = list(workbook[HOTEL].iter_rows())
    values = [[cell.value for cell in row] for row in rows]
    header = values.index(["Oda tipi", "Misafirler", "Giriş", "Çıkış", "Gece", "İstekler"])
    body = rows[header + 1 : header + 5]
    assert [row[0].value for row in body] == ["İki yataklı"] * 3 + ["Süit"]
    assert all(" / " in str(row[1].value) for row in body[:3])
    suite = body[3]
    assert (suite[4].value, suite[5].value, suite[5].data_type) == (5, FORMULA, "s")
    assert suite[2].number_format == "dd.mm.yyyy"


def test_rooming_in_english_and_refusals(
    capsys: pytest.CaptureFixture[str], rooms: Store, tmp_path: Path
) -> None:
    out = tmp_path / "rooming.xlsx"
    assert run(capsys, *rooms.arguments, "rooming", "--program", CODE, "--out", str(out))[0] == 0
    first = [cell.value for cell in next(load_workbook(out)[HOTEL].iter_rows(min_row=5))]
    assert first == ["Room type", "Guests", "Arrival", "Departure", "Nights", "Requests"]
    code, _, err = run(capsys, *rooms.arguments, "rooming", "--program", CODE)
    assert code == 2
    assert "--out" in err
    code, _, err = run(capsys, *rooms.arguments, "rooming", "--program", "NOPE", "--json")
    assert code == 1
    assert err.count("\n") == 1
    bad = tmp_path / "rooming.txt"
    assert run(capsys, *rooms.arguments, "rooming", "--program", CODE, "--out", str(bad))[0] == 1
    assert not bad.exists()
