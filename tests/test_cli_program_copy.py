"""`programs duplicate` and `programs delete` from the command line."""

from __future__ import annotations

import json

import pytest

from coordinator.cli import main
from tests.stores import Store


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_duplicate_then_delete(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    assert run(capsys, *store.arguments, "demo")[0] == 0
    code, printed, err = run(capsys, *store.arguments, "programs", "duplicate", "--program",
                             "TURKISTAN-2021", "--json")  # fmt: skip
    assert (code, err) == (0, "")
    copy = json.loads(printed)
    assert copy["code"] == "TURKISTAN-2022"
    assert copy["start"] == "2022-08-23"  # 52 weeks on: a Tuesday again, as 24.08.2021
    assert copy["participants"] == 0
    assert copy["activities"] == 18
    code, printed, err = run(capsys, *store.arguments, "programs", "duplicate", "--program",
                             "TURKISTAN-2021", "--code", "T-ROSTER", "--start", "2022-09-05",
                             "--roster")  # fmt: skip
    assert (code, err) == (0, ""), err
    assert "T-ROSTER: 05.09.2022" in printed
    code, printed, err = run(capsys, *store.arguments, "programs", "delete", "--program",
                             "T-ROSTER", "--json")  # fmt: skip
    assert (code, err) == (0, "")
    deleted = json.loads(printed)
    assert deleted["participants"] > 0
    assert deleted["activities"] == 18
    _, out, _ = run(capsys, *store.arguments, "programs", "--json")
    assert {program["code"] for program in json.loads(out)} == {"TURKISTAN-2021", "TURKISTAN-2022"}


def test_a_taken_code_is_refused(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    assert run(capsys, *store.arguments, "demo")[0] == 0
    code, _, err = run(capsys, *store.arguments, "programs", "duplicate", "--program",
                       "TURKISTAN-2021", "--code", "TURKISTAN-2021")  # fmt: skip
    assert code == 1
    assert "already exists" in err
    code, _, err = run(capsys, *store.arguments, "programs", "delete", "--program", "NOPE")
    assert code == 1
