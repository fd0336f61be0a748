"""One window per database file: a second is refused with who holds it; a killed one frees it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QDateTime, QSysInfo

from coordinator.store import open_database
from coordinator.ui.app import Launcher
from coordinator.ui.database_lock import DatabaseLock
from tests.ui.conftest import prompts_of, workspace_of

HOLD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_a_second_lock_is_refused_with_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    first, second = DatabaseLock(path), DatabaseLock(path)
    assert first.acquire() is None
    holder = second.acquire()
    assert holder is not None
    assert holder.host == QSysInfo.machineHostName()
    assert holder.pid == os.getpid()
    assert holder.user
    assert holder.since.secsTo(QDateTime.currentDateTime()) < 60
    first.release()
    assert second.acquire() is None
    second.release()


def test_a_lock_left_by_a_killed_application_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    lock = DatabaseLock(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock.path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        held = lock.acquire()
        assert held is not None
        assert held.pid == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        if holder.stdout is not None:
            holder.stdout.close()
    assert lock.path.exists()  # left behind by the killed process
    assert lock.acquire() is None
    lock.release()


def test_a_database_open_in_another_window_is_refused(
    launcher: Launcher, tmp_path: Path, filled_path: Path
) -> None:
    other = tmp_path / "elsewhere" / "other.sqlite"
    other.parent.mkdir()
    open_database(other).close()
    held = DatabaseLock(other.resolve())
    assert held.acquire() is None
    try:
        databases = workspace_of(launcher).databases
        databases.open(str(other))
        (message,) = prompts_of(launcher).failures
        assert "other.sqlite is open in another Delegation Coordinator window" in message
        assert QSysInfo.machineHostName() in message
        assert databases.database is not None
        assert databases.database.path == filled_path
    finally:
        held.release()
    assert databases.open(str(other))
    assert databases.database is not None
    assert databases.database.path == other
    # The first file is free again for another window.
    first = DatabaseLock(filled_path.resolve())
    assert first.acquire() is None
    first.release()


def test_the_same_file_opened_again_in_its_window_is_not_refused(
    launcher: Launcher, filled_path: Path
) -> None:
    databases = workspace_of(launcher).databases
    assert databases.open(str(filled_path))
    assert prompts_of(launcher).failures == []
    other_window = DatabaseLock(filled_path.resolve())
    assert other_window.acquire() is not None  # still held by the window
