"""Backups: consistent copies through SQLite, checked, thinned, and a restore drill."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
from contextlib import closing
from pathlib import Path

import pytest

from coordinator.services.demo import DEMO_PROGRAM_CODE, load_demo
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.store import DatabaseDamagedError, open_database
from coordinator.store import backups as backups_module
from coordinator.store.backup_files import (
    KEEP_LATEST,
    Backup,
    BackupsOnServerError,
    backup_name,
    backups_to_keep,
    daily_backup_due,
    database_file_of,
    parse_backup,
)
from coordinator.store.backups import (
    BackupCancelledError,
    BackupError,
    back_up,
    back_up_daily,
    back_up_file,
    backups_folder,
    latest_good_backup,
    list_backups,
    restore_backup,
)

FROZEN = Path(__file__).parent / "frozen"
NOW = dt.datetime(2026, 5, 4, 10, 15, tzinfo=dt.UTC)
NEW_CODE = "ALMATY-2026"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    load_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_path(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office" / "coordinator.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_file, path)
    return path


def _codes(path: Path) -> list[str]:
    with closing(open_database(path)) as database:
        return [program.code for program in ProgramService(database).list_programs()]


def _add_program(path: Path) -> None:
    day = dt.date(2026, 5, 4)
    with closing(open_database(path)) as database:
        ProgramService(database).create(
            ProgramInput(code=NEW_CODE, title="Almaty Study Visit", first_day=day, last_day=day)
        )


def _damage(path: Path) -> None:
    """Overwrite the middle of the file's third page, where SQLite's checks see it."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page : 2 * page + 64] = bytes(range(64))
    path.write_bytes(bytes(data))


def test_a_backup_is_a_checked_copy_named_for_its_time_and_reason(demo_path: Path) -> None:
    with closing(open_database(demo_path)) as database:
        backup = back_up(database, "import")
    assert backup is not None
    assert backup.ok
    assert backup.reason == "import"
    assert backup.file.parent == demo_path.parent / "backups"
    assert backup.file.name.startswith("coordinator 2")
    assert backup.file.name.endswith(" import.sqlite")
    assert list_backups(demo_path) == [backup]
    # A rollback journal: the copy stands alone, nothing lies beside it.
    assert sorted(path.name for path in backup.file.parent.iterdir()) == [backup.file.name]
    assert backup.file.read_bytes()[18:20] == b"\x01\x01"
    assert _codes(backup.file) == [DEMO_PROGRAM_CODE]
    assert backup.file.stat().st_mode & 0o077 == 0  # private: it holds the roster


def test_names_are_read_back_and_others_are_ignored(tmp_path: Path) -> None:
    database = tmp_path / "coordinator.sqlite"
    name = backup_name(database, NOW, "daily", number=3, ok=False)
    assert name == "coordinator 2026-05-04 10-15-00Z daily 3 damaged.sqlite"
    parsed = parse_backup(database, tmp_path / name)
    assert parsed == Backup(tmp_path / name, NOW, "daily", ok=False, number=3)
    for other in (
        "coordinator 2026-05-04 10-15-00Z daily.sqlite-wal",
        "coordinator 2026-02-30 10-15-00Z daily.sqlite",
        "coordinator 2026-05-04 10-15-00Z lunch.sqlite",
        "coordinator.db 2026-05-04 10-15-00Z daily.sqlite",
        ".backup-x.part",
    ):
        assert parse_backup(database, tmp_path / other) is None
    other_database = tmp_path / "office.db"
    assert backup_name(other_database, NOW, "import").startswith("office.db 2026")


def test_a_backup_taken_while_another_connection_writes_is_consistent(demo_path: Path) -> None:
    """Each transaction adds a hundred rows: a copy always holds a multiple of a hundred."""
    setup = sqlite3.connect(demo_path)
    setup.execute("CREATE TABLE tick (n INTEGER PRIMARY KEY)")
    setup.commit()
    setup.close()
    stop = threading.Event()
    commits: list[int] = []

    def write() -> None:
        connection = sqlite3.connect(demo_path, timeout=10, isolation_level=None)
        connection.execute("PRAGMA journal_mode = WAL")
        count = 0
        while not stop.is_set():
            connection.execute("BEGIN IMMEDIATE")
            for _ in range(100):
                count += 1
                connection.execute("INSERT INTO tick VALUES (?)", (count,))
            connection.execute("COMMIT")
            commits.append(count)
        connection.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        taken = []
        while len(taken) < 6 and writer.is_alive():
            if len(commits) > 5 * (len(taken) + 1):
                taken.append(back_up_file(demo_path, "manual", now=NOW + dt.timedelta(len(taken))))
    finally:
        stop.set()
        writer.join()
    assert len(taken) == 6
    counts = []
    for backup in taken:
        assert backup.ok
        copy = sqlite3.connect(backup.file)
        (count, highest) = copy.execute("SELECT count(*), max(n) FROM tick").fetchone()
        copy.close()
        assert count % 100 == 0
        assert count == highest
        counts.append(count)
    assert counts == sorted(counts)
    assert counts[-1] > counts[0]


def _fake(taken: dt.datetime, reason: str = "daily", *, ok: bool = True) -> Backup:
    return Backup(Path(f"{taken:%Y%m%d%H%M%S} {reason}"), taken, reason, ok)


def test_thinning_over_two_years_of_daily_backups() -> None:
    start = dt.datetime(2024, 5, 1, 8, 30, tzinfo=dt.UTC)
    kept: set[Backup] = set()
    everything: list[Backup] = []
    for day in range(730):
        morning = start + dt.timedelta(days=day)
        new = [_fake(morning)]
        if day % 9 == 0:  # an import day: three more backups that afternoon
            new += [_fake(morning + dt.timedelta(hours=h), "import") for h in (4, 5, 6)]
        everything += new
        kept = backups_to_keep(kept | set(new), morning + dt.timedelta(hours=7))
    now = start + dt.timedelta(days=729, hours=7)
    # Thinning as it goes keeps what thinning once at the end would keep.
    assert kept == backups_to_keep(everything, now)
    newest_first = sorted(everything, key=lambda backup: backup.order, reverse=True)
    assert set(newest_first[:KEEP_LATEST]) <= kept
    days = {backup.taken.date() for backup in kept}
    for age in range(31):
        assert (now - dt.timedelta(days=age)).date() in days
    weeks = {backup.taken.isocalendar()[:2] for backup in kept}
    for age in range(0, 365, 7):
        assert (now - dt.timedelta(days=age)).isocalendar()[:2] in weeks
    assert all(now - backup.taken < dt.timedelta(days=365) for backup in kept)
    assert len(kept) < KEEP_LATEST + 31 + 53


def test_thinning_keeps_a_failed_backup_only_among_the_newest() -> None:
    failed = _fake(NOW - dt.timedelta(days=2), ok=False)
    good = [_fake(NOW - dt.timedelta(hours=hours)) for hours in range(12)]
    assert failed not in backups_to_keep([failed, *good], NOW)
    assert failed in backups_to_keep([failed, *good[:3]], NOW)
    # Failed backups never push a good one out.
    failures = [_fake(NOW - dt.timedelta(minutes=m), ok=False) for m in range(20)]
    assert set(good[:KEEP_LATEST]) <= backups_to_keep([*failures, *good], NOW)


def test_a_daily_backup_is_due_a_day_after_the_newest_good_one(demo_path: Path) -> None:
    assert daily_backup_due([], NOW)
    assert not daily_backup_due([_fake(NOW - dt.timedelta(hours=23))], NOW)
    assert daily_backup_due([_fake(NOW - dt.timedelta(hours=24))], NOW)
    assert daily_backup_due([_fake(NOW - dt.timedelta(hours=1), ok=False)], NOW)
    first = back_up_daily(demo_path, now=NOW)
    assert first is not None
    assert first.reason == "daily"
    assert back_up_daily(demo_path, now=NOW + dt.timedelta(hours=23)) is None
    assert back_up_daily(demo_path, now=NOW + dt.timedelta(hours=25)) is not None


def test_backups_in_the_same_second_are_numbered(demo_path: Path) -> None:
    first = back_up_file(demo_path, "import", now=NOW)
    second = back_up_file(demo_path, "import", now=NOW)
    assert second.file.name.endswith(" import 2.sqlite")
    assert list_backups(demo_path) == [second, first]


def test_thinning_deletes_old_backups_from_the_folder(demo_path: Path) -> None:
    for day in range(400, 0, -1):
        folder = backups_folder(demo_path)
        folder.mkdir(exist_ok=True)
        name = backup_name(demo_path, NOW - dt.timedelta(days=day), "daily")
        (folder / name).write_bytes(b"")  # only the names matter to thinning
    back_up_file(demo_path, "manual", now=NOW)
    remaining = list_backups(demo_path)
    assert len(remaining) < KEEP_LATEST + 31 + 53
    assert all(NOW - backup.taken < dt.timedelta(days=365) for backup in remaining)


def test_a_copy_that_fails_its_check_is_marked_and_never_offered(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = back_up_file(demo_path, "daily", now=NOW)
    copy = backups_module.copy_pages

    def damaging_copy(source: Path, target: Path) -> None:
        copy(source, target)
        _damage(target)

    monkeypatch.setattr(backups_module, "copy_pages", damaging_copy)
    failed = back_up_file(demo_path, "import", now=NOW + dt.timedelta(hours=1))
    monkeypatch.undo()
    assert not failed.ok
    assert failed.file.name.endswith(" import damaged.sqlite")
    assert list_backups(demo_path) == [failed, good]
    assert latest_good_backup(demo_path) == good
    with pytest.raises(BackupError, match="never restored"):
        restore_backup(demo_path, failed)


def test_a_backup_damaged_since_is_refused_and_marked(demo_path: Path) -> None:
    backup = back_up_file(demo_path, "daily", now=NOW)
    _damage(backup.file)
    before = demo_path.read_bytes()
    with pytest.raises(BackupError, match="is damaged"):
        restore_backup(demo_path, backup)
    assert demo_path.read_bytes() == before
    (marked,) = list_backups(demo_path)
    assert not marked.ok
    assert latest_good_backup(demo_path) is None


def test_restore_drill(demo_path: Path) -> None:
    """Back up, change things, restore: the old state is back; the changed one is kept."""
    backup = back_up_file(demo_path, "manual", now=NOW)
    _add_program(demo_path)
    assert NEW_CODE in _codes(demo_path)
    previous = restore_backup(demo_path, backup, now=NOW + dt.timedelta(hours=1))
    assert _codes(demo_path) == [DEMO_PROGRAM_CODE]
    assert previous is not None
    assert previous.ok
    assert previous.reason == "restore"
    assert NEW_CODE in _codes(previous.file)
    assert list_backups(demo_path) == [previous, backup]
    # And back again: the state before the restore is one restore away.
    restore_backup(demo_path, previous, now=NOW + dt.timedelta(hours=2))
    assert NEW_CODE in _codes(demo_path)
    assert not list(demo_path.parent.glob(".*.part"))


CRASH = textwrap.dedent(
    """
    import os, sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("UPDATE program SET title = 'Changed just before a crash'")
    os._exit(0)
    """
)


def test_a_restore_keeps_the_last_changes_of_a_crashed_window_and_drops_its_log(
    demo_path: Path,
) -> None:
    backup = back_up_file(demo_path, "manual", now=NOW)
    subprocess.run([sys.executable, "-c", CRASH, str(demo_path)], check=True, timeout=60)
    wal = demo_path.with_name(f"{demo_path.name}-wal")
    assert wal.stat().st_size > 0  # the change is only in the write-ahead log
    previous = restore_backup(demo_path, backup, now=NOW + dt.timedelta(hours=1))
    assert not wal.exists()
    assert previous is not None
    check = sqlite3.connect(previous.file)
    assert check.execute("SELECT title FROM program").fetchall() == [
        ("Changed just before a crash",)
    ]
    check.close()
    with closing(open_database(demo_path)) as database:
        (program,) = ProgramService(database).list_programs()
    assert program.title != "Changed just before a crash"


def test_a_restore_is_refused_while_the_database_is_open(demo_path: Path) -> None:
    backup = back_up_file(demo_path, "manual", now=NOW)
    _add_program(demo_path)
    with closing(open_database(demo_path)) as database:
        ProgramService(database).list_programs()  # the pool keeps the connection open
        with pytest.raises(BackupError, match="still open"):
            restore_backup(demo_path, backup, now=NOW + dt.timedelta(hours=1))
    assert NEW_CODE in _codes(demo_path)


def test_a_damaged_database_is_kept_and_its_good_backup_restored(demo_path: Path) -> None:
    backup = back_up_file(demo_path, "daily", now=NOW)
    _damage(demo_path)
    damaged = demo_path.read_bytes()
    with pytest.raises(DatabaseDamagedError):
        open_database(demo_path)
    assert latest_good_backup(demo_path) == backup
    previous = restore_backup(demo_path, backup, now=NOW + dt.timedelta(hours=1))
    assert previous is not None
    assert not previous.ok
    assert previous.file.name.endswith(" restore damaged.sqlite")
    assert previous.file.read_bytes() == damaged
    assert _codes(demo_path) == [DEMO_PROGRAM_CODE]
    assert latest_good_backup(demo_path) == backup


def test_a_cancelled_backup_leaves_nothing(demo_path: Path) -> None:
    with pytest.raises(BackupCancelledError):
        back_up_file(demo_path, "manual", progress=lambda done, _total: done < 1)
    assert [path.name for path in backups_folder(demo_path).iterdir()] == []


def test_a_file_that_cannot_be_backed_up_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        back_up_file(tmp_path / "gone.sqlite", "manual")
    notes = tmp_path / "notes.sqlite"
    notes.write_text("meeting notes\n" * 400)
    with pytest.raises(BackupError, match="cannot be copied"):
        back_up_file(notes, "manual")
    assert list(backups_folder(notes).iterdir()) == []
    with pytest.raises(ValueError, match="reason"):
        back_up_file(notes, "lunch")


def test_an_upgrade_of_an_existing_file_is_backed_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript((FROZEN / "schema_0001.sql").read_text(encoding="utf-8"))
    connection.close()
    open_database(path).close()
    (backup,) = list_backups(path)
    assert (backup.reason, backup.ok) == ("migration", True)
    copy = sqlite3.connect(backup.file)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    copy.close()
    open_database(path).close()  # at the head now: no second backup
    assert len(list_backups(path)) == 1


def test_a_new_database_is_not_backed_up(database_path: Path) -> None:
    open_database(database_path).close()
    assert list_backups(database_path) == []


def test_a_database_on_a_server_has_no_backups_here() -> None:
    with pytest.raises(BackupsOnServerError, match="server's job"):
        database_file_of("postgresql://office@db.example/coordinator")
    with closing(open_database("sqlite://")) as memory:
        assert back_up(memory, "import") is None
    assert database_file_of("sqlite:///office.sqlite") == Path("office.sqlite")
