"""``take-offline`` and ``merge-offline`` end to end, against each store."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.services.demo import DEMO_PROGRAM_CODE as CODE
from coordinator.services.roster import RosterService
from coordinator.store import open_database
from tests.stores import Store


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _change(target: Path | object, index: int, **values: object) -> None:
    database = open_database(target)  # type: ignore[arg-type]
    try:
        roster = RosterService(database)
        record = roster.list_participants(CODE)[index]
        after = dataclasses.replace(record.as_input(), **values)  # type: ignore[arg-type]
        roster.update(record.id, after, record.as_input())
    finally:
        database.close()


def _rooms(store: Store) -> list[tuple[str, str]]:
    database = store.open()
    try:
        return [
            (item.room, item.dietary) for item in RosterService(database).list_participants(CODE)
        ]
    finally:
        database.close()


def test_take_offline_then_merge_back(
    capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path
) -> None:
    assert run(capsys, *store.arguments, "demo")[0] == 0
    copy = tmp_path / "road.sqlite"
    code, out, err = run(capsys, *store.arguments, "take-offline", "--program", CODE,
                         "--out", str(copy))  # fmt: skip
    assert (code, err) == (0, "")
    assert f"{CODE} taken offline to {copy}" in out
    _change(copy, 0, room="512", dietary="Vegetarian")
    _change(store.target, 0, dietary="Halal")
    before = _rooms(store)

    code, out, err = run(
        capsys, *store.arguments, "merge-offline", str(copy), "--dry-run", "--json"
    )
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert (document["program"], document["applied"]) == (CODE, False)
    (item,) = document["items"]
    fields = {field["field"]: field for field in item["fields"]}
    assert fields["room"] == {"field": "room", "taken": "", "office": "", "offline": "512",
                              "conflict": False, "chosen": True}  # fmt: skip
    assert fields["dietary"]["conflict"]
    assert not fields["dietary"]["chosen"]
    assert _rooms(store) == before

    code, out, err = run(capsys, *store.arguments, "merge-offline", str(copy))
    assert (code, err) == (0, "")
    assert "room: taken — | office — | offline '512'  [applied]" in out
    assert "[conflict, the office's value kept]" in out
    assert _rooms(store)[0] == ("512", "Halal")

    code, out, _ = run(capsys, *store.arguments, "merge-offline", str(copy), "--prefer-offline")
    assert code == 0
    assert _rooms(store)[0] == ("512", "Vegetarian")


def test_take_offline_refuses_an_existing_file(
    capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path
) -> None:
    assert run(capsys, *store.arguments, "demo")[0] == 0
    existing = tmp_path / "road.sqlite"
    existing.write_bytes(b"keep me")
    code, out, err = run(capsys, *store.arguments, "take-offline", "--program", CODE,
                         "--out", str(existing))  # fmt: skip
    assert (code, out) == (1, "")
    assert "exists already" in err
    assert existing.read_bytes() == b"keep me"


def test_merge_offline_refuses_what_is_not_a_copy(
    capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path
) -> None:
    assert run(capsys, *store.arguments, "demo")[0] == 0
    ordinary = tmp_path / "ordinary.sqlite"
    assert run(capsys, "--db", str(ordinary), "demo")[0] == 0
    code, out, err = run(capsys, *store.arguments, "merge-offline", str(ordinary))
    assert (code, out) == (1, "")
    assert "ordinary.sqlite is not an offline copy of a program" in err
    assert err.count("\n") == 1
    code, _, err = run(capsys, *store.arguments, "merge-offline", str(tmp_path / "missing.sqlite"))
    assert code == 1
    assert "is not a file" in err
