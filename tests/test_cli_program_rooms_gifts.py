"""Rooms and Gifts end to end: export program, then import program into another database."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.programs import ProgramService
from tests.services.test_program_rooms_gifts import add_rooms_and_gifts
from tests.stores import Store
from tests.test_cli_program import add_program, run


def test_export_then_import_carries_rooms_and_gifts(
    capsys: pytest.CaptureFixture[str], store: Store, new_store: Callable[[], Store],
    tmp_path: Path,
) -> None:  # fmt: skip
    assert run(capsys, *store.arguments, "demo")[0] == 0
    database = store.open()
    try:
        add_rooms_and_gifts(database, ProgramService(database).get(DEMO_PROGRAM_CODE))
    finally:
        database.close()
    out = tmp_path / "program.xlsx"
    code, printed, err = run(capsys, *store.arguments, "export", "program", "--program",
                             DEMO_PROGRAM_CODE, "--out", str(out))  # fmt: skip
    assert (code, err) == (0, "")
    assert "Rooms 3" in printed
    assert "Gifts 2" in printed
    other = new_store()
    add_program(capsys, other)
    code, printed, err = run(capsys, *other.arguments, "import", "program", str(out),
                             "--program", "COPY", "--json")  # fmt: skip
    assert (code, err) == (0, "")
    sheets = json.loads(printed)["sheets"]
    assert sheets["Rooms"] == {"kind": "rooms", "added": 3, "updated": 0, "skipped": 0}
    assert sheets["Gifts"] == {"kind": "gifts", "added": 2, "updated": 0, "skipped": 0}
    code, printed, _ = run(capsys, *other.arguments, "gifts", "--program", "COPY", "--json")
    assert code == 0
    _, original, _ = run(capsys, *store.arguments, "gifts", "--program", DEMO_PROGRAM_CODE,
                         "--json")  # fmt: skip
    ignored = {"id", "program", "program_code", "activity_id"}
    assert [
        {k: v for k, v in gift.items() if k not in ignored} for gift in json.loads(printed)
    ] == [{k: v for k, v in gift.items() if k not in ignored} for gift in json.loads(original)]
