"""The guide commands end to end: assign, conflicts, suggest, guide-schedule."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.services.itinerary import ItineraryService
from tests.itinerary_support import activity_input, add_guide
from tests.stores import Store

DEMO = "TURKISTAN-2021"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo(demo_store: Store) -> Store:
    return demo_store


def _activity_id(db: Store, title_start: str) -> int:
    database = db.open()
    try:
        activities = ItineraryService(database).list_activities(DEMO)
    finally:
        database.close()
    return next(item.id for item in activities if item.title.startswith(title_start))


def test_conflicts_of_the_demo_as_json(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, err = run(capsys, *demo.arguments, "conflicts", "--program", DEMO, "--json")
    assert (code, err) == (0, "")
    findings = json.loads(out)
    assert len(findings) == 8
    assert findings[0] == {
        "kind": "unguided",
        "guide": None,
        "activities": ["Site visit to the Beykoz Municipality Solution Center"],
        "message": "'Site visit to the Beykoz Municipality Solution Center' (Wed 25.08, "
        "15:15–15:45) needs a guide and has none",
        "day": "2021-08-25",
        "activity_ids": [findings[0]["activity_ids"][0]],
        "guides": [],
        "movements": [],
        "movement_ids": [],
        "people": [],
        "vehicles": [],
        "detail": None,
    }


def test_conflicts_as_text(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, _ = run(capsys, *demo.arguments, "conflicts", "--program", DEMO)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 8
    assert lines[0].startswith("unguided\t'Site visit to the Beykoz")


def test_no_conflicts(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    run(capsys, *store.arguments, "programs", "add", "--code", "EMPTY",
        "--title", "Empty", "--start", "2026-01-01", "--end", "2026-01-02")  # fmt: skip
    code, out, _ = run(capsys, *store.arguments, "conflicts", "--program", "EMPTY")
    assert (code, out) == (0, "No conflicts in EMPTY.\n")


def test_conflicts_of_an_unknown_program(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, err = run(capsys, *demo.arguments, "conflicts", "--program", "NOPE")
    assert (code, out) == (1, "")
    assert err == "coordinator: There is no program with the code 'NOPE'\n"


def test_assign_by_a_part_of_the_name(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    meeting = _activity_id(demo, "Meeting with the Deputy Mayor of Beykoz")
    code, out, err = run(capsys, *demo.arguments, "assign", "sanlier", str(meeting))
    assert (code, err) == (0, "")
    assert out == (
        "Assigned Zekeriya Şanlıer as host official to 'Meeting with the Deputy Mayor of "
        "Beykoz, Engin Köklü' (Wed 25.08, 14:00–15:00)\n"
    )


def test_assign_warns_of_the_conflict_it_makes(
    capsys: pytest.CaptureFixture[str], demo: Store
) -> None:
    database = demo.open()
    try:
        talk = ItineraryService(database).add_activity(
            DEMO, activity_input("Press talk", "11:15", "11:30", day=dt.date(2021, 8, 25))
        )
    finally:
        database.close()
    code, out, _ = run(capsys, *demo.arguments, "assign", "Zekeriya", str(talk.id))
    assert code == 0
    assert out.splitlines()[1] == (
        "Warning: Zekeriya Şanlıer is on two activities at once on Wed 25.08: 'Site visit to "
        "the Marketplace for Women's Labor Products…' (11:00–11:45) and 'Press talk' "
        "(11:15–11:30)"
    )


def test_assign_twice_and_unknown_names(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    market = _activity_id(demo, "Site visit to the Marketplace")
    code, out, err = run(capsys, *demo.arguments, "assign", "Zekeriya Şanlıer", str(market))
    assert (code, out) == (1, "")
    assert err.startswith("coordinator: Zekeriya Şanlıer is already on 'Site visit to the")
    code, _, err = run(capsys, *demo.arguments, "assign", "Nobody", str(market))
    assert (code, err) == (1, "coordinator: There is no guide named 'Nobody'\n")
    code, _, err = run(capsys, *demo.arguments, "assign", "Zekeriya", "999")
    assert (code, err) == (1, "coordinator: There is no activity with the id 999\n")


def test_assign_ids_beyond_sqlite_are_usage_errors(
    capsys: pytest.CaptureFixture[str], demo: Store
) -> None:
    # The largest integer SQLite stores (a server's ids stop at 2**31 - 1): looked up, not found.
    largest = str(2**63 - 1)
    code, _, err = run(capsys, *demo.arguments, "assign", "Zekeriya", largest)
    assert (code, err) == (1, f"coordinator: There is no activity with the id {largest}\n")
    for too_large in (str(2**63), "99999999999999999999999"):
        code, out, err = run(capsys, *demo.arguments, "assign", "Zekeriya", too_large)
        assert (code, out) == (2, "")
        assert err.count("\n") == 1
        assert f"'{too_large}' is not an id: ids go from 1 to {largest}" in err


def test_an_ambiguous_name_is_refused(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    database = demo.open()
    try:
        add_guide(database, "Zekeriya Demir")
    finally:
        database.close()
    code, out, err = run(capsys, *demo.arguments, "assign", "zekeriya", "1")
    assert (code, out) == (1, "")
    assert err == (
        "coordinator: 2 guides match 'zekeriya' (Zekeriya Demir; Zekeriya Şanlıer): "
        "give the full name\n"
    )


def test_assign_usage_errors(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    assert run(capsys, *demo.arguments, "assign", "Zekeriya", "one")[0] == 2
    assert run(capsys, *demo.arguments, "assign", "Zekeriya", "1", "--role", "pilot")[0] == 2


def test_suggest_explains_why_nothing_fits(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, _ = run(capsys, *demo.arguments, "suggest", "--program", DEMO, "--json")
    assert code == 0
    document = json.loads(out)
    assert document["applied"] is False
    assert document["proposals"] == []
    assert len(document["unfilled"]) == 8
    assert document["unfilled"][0]["reasons"] == {
        "host_elsewhere": ["Muhammed Çakır", "Zekeriya Şanlıer"]
    }
    code, out, _ = run(capsys, *demo.arguments, "suggest", "--program", DEMO)
    assert out.splitlines()[0].startswith("Nothing fits: No guide fits 'Site visit to the Beykoz")


def test_suggest_and_apply(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    database = demo.open()
    try:
        add_guide(database, "Ayşe Demir", ("ru", "kk"), ("guide", "interpreter"))
        add_guide(database, "Barış Can", ("ru",), ("guide",))
    finally:
        database.close()
    code, out, _ = run(capsys, *demo.arguments, "suggest", "--program", DEMO)
    assert code == 0
    assert len([line for line in out.splitlines() if line.startswith("Proposed: ")]) == 8
    code, out, _ = run(capsys, *demo.arguments, "suggest", "--program", DEMO, "--apply", "--json")
    document = json.loads(out)
    assert document["applied"] is True
    assert {item["guide"] for item in document["proposals"]} == {"Ayşe Demir", "Barış Can"}
    code, out, _ = run(capsys, *demo.arguments, "conflicts", "--program", DEMO)
    assert out == f"No conflicts in {DEMO}.\n"
    code, out, _ = run(capsys, *demo.arguments, "suggest", "--program", DEMO)
    assert out == f"Every activity of {DEMO} that needs a guide has one.\n"


def test_guide_schedule_files(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    for name in ("zekeriya.xlsx", "zekeriya.ics"):
        out_file = tmp_path / name
        code, out, err = run(
            capsys, *demo.arguments, "guide-schedule", "Şanlıer", "--program", DEMO,
            "--out", str(out_file),
        )  # fmt: skip
        assert (code, err) == (0, "")
        assert out == f"Wrote 2 activities of Zekeriya Şanlıer to {out_file}\n"
        assert out_file.stat().st_size > 0


def test_guide_schedule_refuses_other_files(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, *demo.arguments, "guide-schedule", "Şanlıer", "--program", DEMO,
        "--out", str(tmp_path / "z.pdf"),
    )  # fmt: skip
    assert (code, err) == (
        1,
        "coordinator: z.pdf: a guide's schedule is written as .xlsx or .ics\n",
    )
