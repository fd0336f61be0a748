"""The program workbook's logistics end to end: export program, then import program elsewhere."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator.services.demo import DEMO_PROGRAM_CODE
from tests.services.test_program_logistics import add_logistics
from tests.stores import Store
from tests.test_cli_program import add_program, run


def test_export_then_import_carries_vehicles_and_transfers(
    capsys: pytest.CaptureFixture[str], store: Store, new_store: Callable[[], Store],
    tmp_path: Path,
) -> None:  # fmt: skip
    assert run(capsys, *store.arguments, "demo")[0] == 0
    database = store.open()
    try:
        add_logistics(database, DEMO_PROGRAM_CODE)
    finally:
        database.close()
    out = tmp_path / "program.xlsx"
    code, printed, err = run(capsys, *store.arguments, "export", "program", "--program",
                             DEMO_PROGRAM_CODE, "--out", str(out))  # fmt: skip
    assert (code, err) == (0, "")
    assert "Vehicles 2" in printed
    assert "Transfers 2" in printed
    other = new_store()
    add_program(capsys, other)
    code, printed, err = run(capsys, *other.arguments, "import", "program", str(out),
                             "--program", "COPY", "--json")  # fmt: skip
    assert (code, err) == (0, "")
    sheets = json.loads(printed)["sheets"]
    assert sheets["Transfers"] == {"kind": "transfers", "added": 2, "updated": 0, "skipped": 0}
    code, printed, _ = run(capsys, *other.arguments, "transfers", "--program", "COPY", "--json")
    assert code == 0
    _, original, _ = run(capsys, *store.arguments, "transfers", "--program", DEMO_PROGRAM_CODE,
                         "--json")  # fmt: skip
    assert json.loads(printed) == json.loads(original)
