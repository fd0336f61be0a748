"""The arrivals command end to end: the board as text and as JSON, and its refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from coordinator.cli import main
from coordinator.domain.logistics import Movement
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.programs import program_by_code
from coordinator.services.roster import RosterService
from tests.stores import Store

CODE = DEMO_PROGRAM_CODE
TRAVEL = {
    "Zhandos Tasov": {
        "arrival": dt.datetime(2021, 8, 24, 6, 30), "arrival_mode": "flight",
        "arrival_number": "KC 911", "arrival_place": "IST", "arrival_terminal": "International",
        "arrival_from": "Almaty",
    },
    "Maksat Tangatarov": {
        "arrival": dt.datetime(2021, 8, 24), "arrival_time_known": False,
        "departure": dt.datetime(2021, 8, 29, 21, 0), "departure_number": "TK 352",
        "departure_mode": "flight", "departure_place": "SAW", "departure_to": "Almaty",
    },
}  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], store: Store) -> Store:
    """The demo program with two participants' travel and an airport pickup."""
    assert run(capsys, *store.arguments, "demo")[0] == 0
    database = store.open()
    try:
        roster = RosterService(database)
        for participant in roster.list_participants(CODE):
            if participant.name in TRAVEL:
                data = dataclasses.replace(participant.as_input(), **TRAVEL[participant.name])
                roster.update(participant.id, data)
        with database.transaction() as session:
            program = program_by_code(session, CODE)
            session.add(
                Movement(
                    program_id=program.id, day=dt.date(2021, 8, 24), start_time=dt.time(7, 15),
                    kind="pickup", from_place="Istanbul Airport (IST)", to_place="Hotel",
                )
            )  # fmt: skip
    finally:
        database.close()
    return store


def test_arrivals_as_json(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, err = run(capsys, *demo.arguments, "arrivals", "--program", CODE, "--json")
    assert (code, err) == (0, "")
    entries = json.loads(out)
    assert [(e["day"], e["time"], e["name"], e["direction"]) for e in entries] == [
        ("2021-08-24", "06:30", "Zhandos Tasov", "arrival"),
        ("2021-08-24", None, "Maksat Tangatarov", "arrival"),
        ("2021-08-29", "21:00", "Maksat Tangatarov", "departure"),
    ]
    first = entries[0]
    assert {key: first[key] for key in ("mode", "carrier", "number", "place", "terminal")} == {
        "mode": "flight", "carrier": "KC", "number": "KC 911", "place": "IST",
        "terminal": "International",
    }  # fmt: skip
    assert first["other_end"] == "Almaty"
    assert first["transfer"]["start"] == "07:15"
    assert first["transfer"]["from"] == "Istanbul Airport (IST)"
    assert first["transfer"]["to"] == "Hotel"
    assert isinstance(first["transfer"]["id"], int)
    # No time and no airport: the day's pickup for the whole delegation is theirs too.
    assert entries[1]["transfer"] == first["transfer"]
    assert entries[2]["other_end"] == "Almaty"
    assert entries[2]["transfer"] is None


def test_arrivals_as_text(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, _ = run(capsys, *demo.arguments, "arrivals", "--program", CODE)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Tuesday 24.08.2021"
    assert "06:30" in lines[1]
    assert "Zhandos Tasov arrives at IST International (KC 911) from Almaty" in lines[1]
    assert "pickup 07:15" in lines[1]
    assert lines[2].strip().startswith("time not known")
    assert "Maksat Tangatarov arrives" in lines[2]
    assert "00:00" not in out
    assert lines[3] == "Sunday 29.08.2021"
    assert "— no transfer" in lines[4]


def test_an_unknown_program_is_refused(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    code, out, err = run(capsys, *store.arguments, "arrivals", "--program", "NOPE")
    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1


def test_participants_show_a_date_alone_without_a_time(
    capsys: pytest.CaptureFixture[str], demo: Store
) -> None:
    code, out, _ = run(capsys, *demo.arguments, "participants", "--program", CODE, "--json")
    assert code == 0
    people = {person["name"]: person for person in json.loads(out)}
    assert people["Maksat Tangatarov"]["arrival"] == "2021-08-24"
    assert people["Maksat Tangatarov"]["departure"] == "2021-08-29T21:00:00"
    assert people["Zhandos Tasov"]["arrival"] == "2021-08-24T06:30:00"
