"""The backup commands end to end: `backups [--json]`, `restore FILE`, a damaged file."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.services.demo import load_demo
from coordinator.store import open_database
from coordinator.store.backups import back_up_file, list_backups
from coordinator.ui.database_lock import DatabaseLock

TAKEN = dt.datetime(2026, 5, 4, 10, 15, tzinfo=dt.UTC)


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    load_demo(database)
    database.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "coordinator.sqlite"
    shutil.copy(demo_file, path)
    return path


def _programs(capsys: pytest.CaptureFixture[str], db: Path) -> list[str]:
    code, out, err = run(capsys, "--db", str(db), "programs", "--json")
    assert (code, err) == (0, ""), err
    return [program["code"] for program in json.loads(out)]


def test_backups_lists_each_with_its_file_time_reason_and_check(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    older = back_up_file(demo, "daily", now=TAKEN)
    newer = back_up_file(demo, "import", now=TAKEN + dt.timedelta(hours=2))
    code, out, err = run(capsys, "--db", str(demo), "backups", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == [
        {
            "file": str(newer.file.resolve()),
            "taken": "2026-05-04T12:15:00+00:00",
            "reason": "import",
            "ok": True,
        },
        {
            "file": str(older.file.resolve()),
            "taken": "2026-05-04T10:15:00+00:00",
            "reason": "daily",
            "ok": True,
        },
    ]
    code, out, err = run(capsys, "--db", str(demo), "backups")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].split("\t")[1:] == ["import", "ok", str(newer.file)]


def test_backups_of_a_database_without_any(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    code, out, _ = run(capsys, "--db", str(demo), "backups")
    assert code == 0
    assert out.startswith("No backups of")
    code, out, _ = run(capsys, "--db", str(demo), "backups", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_restore_puts_the_old_state_back_and_keeps_the_current_one(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    backup = back_up_file(demo, "manual", now=TAKEN)
    code, _, err = run(
        capsys, "--db", str(demo), "programs", "add", "--code", "ALMATY-2026",
        "--title", "Almaty Study Visit", "--start", "2026-05-04", "--end", "2026-05-08",
    )  # fmt: skip
    assert code == 0, err
    assert "ALMATY-2026" in _programs(capsys, demo)
    code, out, err = run(capsys, "--db", str(demo), "restore", backup.file.name)
    assert (code, err) == (0, "")
    assert out.startswith(f"Restored {demo} from the backup taken")
    assert "ALMATY-2026" not in _programs(capsys, demo)
    previous = next(b for b in list_backups(demo) if b.reason == "restore")
    assert str(previous.file) in out
    # By its path too: the state before the restore comes back.
    code, _, err = run(capsys, "--db", str(demo), "restore", str(previous.file))
    assert (code, err) == (0, "")
    assert "ALMATY-2026" in _programs(capsys, demo)


def test_restore_is_refused_while_a_window_has_the_database(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    backup = back_up_file(demo, "manual", now=TAKEN)
    lock = DatabaseLock(demo.resolve())
    assert lock.acquire() is None
    try:
        before = demo.read_bytes()
        code, out, err = run(capsys, "--db", str(demo), "restore", backup.file.name)
    finally:
        lock.release()
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1
    assert "is open in a Delegation Coordinator window" in err
    assert demo.read_bytes() == before


def test_restore_refuses_a_file_that_is_not_a_backup(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    code, out, err = run(capsys, "--db", str(demo), "restore", "yesterday.sqlite")
    assert (code, out) == (1, "")
    assert "yesterday.sqlite is not a backup of" in err
    assert len(err.splitlines()) == 1


def test_a_database_on_a_server_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in (("backups", "--json"), ("restore", "x.sqlite")):
        code, out, err = run(capsys, "--db-url", "postgresql://office@db.example/c", *command)
        assert (code, out) == (1, "")
        assert len(err.splitlines()) == 1
        assert "the server's job" in err


def test_a_damaged_database_is_refused_naming_its_latest_good_backup(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    backup = back_up_file(demo, "daily", now=TAKEN)
    data = bytearray(demo.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page : 2 * page + 64] = bytes(range(64))
    demo.write_bytes(bytes(data))
    code, out, err = run(capsys, "--db", str(demo), "programs")
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1
    assert "is damaged" in err
    assert str(backup.file) in err
    assert f'restore "{backup.file.name}"' in err
    assert demo.read_bytes() == bytes(data)
    code, _, err = run(capsys, "--db", str(demo), "restore", backup.file.name)
    assert (code, err) == (0, "")
    assert _programs(capsys, demo) == ["TURKISTAN-2021"]
    kept = next(b for b in list_backups(demo) if b.reason == "restore")
    assert not kept.ok
    assert kept.file.read_bytes() == bytes(data)


def test_a_damaged_database_without_a_backup_says_so(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    data = bytearray(demo.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page : 2 * page + 64] = bytes(range(64))
    demo.write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", str(demo), "programs")
    assert code == 1
    assert err.rstrip().endswith("there is no good backup of it")
