"""The command line end to end: real databases (SQLite files, a PostgreSQL server), real output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator import __version__
from coordinator.cli import main
from tests.conftest import REPOSITORY
from tests.stores import SQLITE, Store


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add_program(capsys: pytest.CaptureFixture[str], db: Store, code: str = "ALMATY-2026") -> None:
    result = run(
        capsys,
        *db.arguments, "programs", "add", "--code", code,
        "--title", "Almaty Municipality Study Visit",
        "--start", "2026-05-04", "--end", "2026-05-08",
        "--city", "İstanbul", "--languages", "ru,kk",
    )  # fmt: skip
    assert result[0] == 0, result


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert __version__ in out


def test_programs_on_a_new_database_says_how_to_start(
    capsys: pytest.CaptureFixture[str], store: Store, database_path: Path
) -> None:
    code, out, _ = run(capsys, *store.arguments, "programs")
    assert code == 0
    assert "coordinator demo" in out
    if store.kind == SQLITE:
        assert database_path.exists()


def test_programs_add_then_list_as_json(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    add_program(capsys, store)
    code, out, err = run(capsys, *store.arguments, "programs", "--json")
    assert (code, err) == (0, "")
    programs = json.loads(out)
    assert programs == [
        {
            "code": "ALMATY-2026",
            "title": "Almaty Municipality Study Visit",
            "start": "2026-05-04",
            "end": "2026-05-08",
            "city": "İstanbul",
            "country": "",
            "organizer": "",
            "partners": [],
            "languages": ["ru", "kk"],
            "participants": 0,
            "activities": 0,
        }
    ]


def test_duplicate_code_is_refused_with_one_line(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    add_program(capsys, store)
    code, out, err = run(
        capsys, *store.arguments, "programs", "add", "--code", "ALMATY-2026",
        "--title", "Another", "--start", "2026-06-01", "--end", "2026-06-02",
    )  # fmt: skip
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "ALMATY-2026" in err
    assert "already exists" in err


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (("--start", "2026-05-08", "--end", "2026-05-04"), "before the first day"),
        (("--start", "2026-05-04", "--end", "2026-05-08", "--languages", "russian"), "language"),
    ],
)
def test_invalid_program_is_refused_and_nothing_written(
    capsys: pytest.CaptureFixture[str],
    store: Store,
    arguments: tuple[str, ...],
    expected: str,
) -> None:
    code, _, err = run(
        capsys, *store.arguments, "programs", "add", "--code", "X1", "--title", "T",
        *arguments,
    )  # fmt: skip
    assert code == 1
    assert expected in err
    assert run(capsys, *store.arguments, "programs", "--json")[1].strip() == "[]"


@pytest.mark.parametrize(
    "arguments",
    [
        ("frobnicate",),
        ("programs", "add", "--code", "X"),
        ("programs", "add", "--code", "X", "--title", "T", "--start", "4.5.2026", "--end", "x"),
        ("participants",),
        ("--db", "a.sqlite", "--db-url", "sqlite://", "programs"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], arguments: tuple[str, ...]
) -> None:
    assert run(capsys, *arguments)[0] == 2


def test_participants_of_unknown_program_is_refused(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    code, out, err = run(capsys, *store.arguments, "participants", "--program", "NOPE")
    assert (code, out) == (1, "")
    assert "NOPE" in err


def test_participants_json_carries_the_stable_fields(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    from coordinator.services.records import ParticipantInput
    from coordinator.services.roster import RosterService

    add_program(capsys, store)
    database = store.open()
    RosterService(database).add(
        "ALMATY-2026",
        ParticipantInput(
            name="Gulzhamal  Dahanova ",
            title="Head of Business and Tourism Department",
            organization="Turkistan Municipality",
        ),
    )
    database.close()
    code, out, _ = run(
        capsys, *store.arguments, "participants", "--program", "ALMATY-2026", "--json"
    )
    assert code == 0
    [participant] = json.loads(out)
    assert participant["name"] == "Gulzhamal Dahanova"
    assert participant["title"] == "Head of Business and Tourism Department"
    assert participant["organization"] == "Turkistan Municipality"
    assert participant["role"] == "member"


def test_a_file_that_is_not_a_database_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    not_a_database = tmp_path / "roster.xlsx"
    not_a_database.write_bytes(b"PK\x03\x04 this is a workbook, not a database" * 20)
    code, out, err = run(capsys, "--db", str(not_a_database), "programs")
    assert (code, out) == (1, "")
    assert "roster.xlsx" in err
    assert err.count("\n") == 1


def test_db_url_selects_the_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'by-url.sqlite'}"
    code, _, _ = run(capsys, "--db-url", url, "programs")
    assert code == 0
    assert (tmp_path / "by-url.sqlite").exists()


def test_installed_entry_point_runs_in_a_fresh_process(database_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", str(database_path), "programs", "--json"],
        cwd=REPOSITORY, capture_output=True, text=True, check=False, env=environment, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_output_in_an_encoding_without_the_characters(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    add_program(capsys, store)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "ascii"}
    outputs = []
    for json_option in (("--json",), ()):
        result = subprocess.run(
            [sys.executable, "-m", "coordinator", *store.arguments, "programs",
             *json_option],
            cwd=REPOSITORY, capture_output=True, text=True, check=False, env=environment,
            timeout=60,
        )  # fmt: skip
        assert (result.returncode, result.stderr) == (0, "")
        outputs.append(result.stdout)
    assert json.loads(outputs[0])[0]["city"] == "İstanbul"  # escaped as \u0130
    assert "04.05.2026\\u201308.05.2026" in outputs[1]  # the en dash


def test_demo_loads_once_and_lists_the_delegation(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    code, out, err = run(capsys, *store.arguments, "demo")
    assert (code, err) == (0, "")
    assert "TURKISTAN-2021" in out
    code, out, _ = run(
        capsys, *store.arguments, "participants", "--program", "TURKISTAN-2021", "--json"
    )
    assert code == 0
    roster = json.loads(out)
    assert len(roster) == 8
    assert roster[0]["name"] == "Zhandos Tasov"
    assert roster[0]["title"] == "Deputy Mayor"
    assert roster[0]["organization"] == "Turkistan Municipality"
    code, out, err = run(capsys, *store.arguments, "demo")
    assert (code, out) == (1, "")
    assert "already" in err
