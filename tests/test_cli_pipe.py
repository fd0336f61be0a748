"""The command line stops quietly when the reader of its output goes away.

Real processes and real pipes: ``coordinator ... | head -1`` and a reader that
closes its end before a byte is written. Python ignores SIGPIPE, so a write to
a closed pipe raises BrokenPipeError; the command must end with no traceback.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator.services.demo import DEMO_PROGRAM_CODE, load_demo
from coordinator.store import open_database
from tests.conftest import REPOSITORY

ROWS = 2_000  # about 150 KB of listing: more than a pipe holds


@pytest.fixture
def demo_database(database_path: Path) -> Path:
    database = open_database(database_path)
    load_demo(database)
    database.close()
    return database_path


def _command(database: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "coordinator", "--db", str(database), *arguments]


def _environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _through_head(command: list[str]) -> tuple[int, bytes, bytes]:
    """Run ``command | head -1`` and return the command's exit code, head's output, stderr."""
    head = shutil.which("head")
    if head is None:
        pytest.skip("no head command on this system")
    writer = subprocess.Popen(
        command, cwd=REPOSITORY, env=_environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert writer.stdout is not None
    assert writer.stderr is not None
    reader = subprocess.run(
        [head, "-1"], stdin=writer.stdout, capture_output=True, check=True, timeout=60
    )
    writer.stdout.close()  # only head holds the reading end now: it closes on exit
    errors = writer.stderr.read()
    writer.stderr.close()
    return writer.wait(timeout=60), reader.stdout, errors


def test_conflicts_into_head_ends_quietly(demo_database: Path) -> None:
    code, shown, errors = _through_head(
        _command(demo_database, "conflicts", "--program", DEMO_PROGRAM_CODE)
    )
    assert (code, errors) == (0, b"")
    assert shown.count(b"\n") == 1
    assert b"needs a guide" in shown


def test_a_long_listing_cut_off_by_head_ends_quietly(demo_database: Path, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    lines = ["Name,Title,Organization"]
    lines += [f"Participant {row:05d},Expert of the municipality,City Hall" for row in range(ROWS)]
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = subprocess.run(
        _command(demo_database, "import", "roster", str(roster), "--program", DEMO_PROGRAM_CODE),
        cwd=REPOSITORY, env=_environment(), capture_output=True, check=False, timeout=120,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    code, shown, errors = _through_head(
        _command(demo_database, "participants", "--program", DEMO_PROGRAM_CODE, "--json")
    )
    assert (code, errors) == (0, b"")
    assert shown.strip() in {b"[", b"{"}


def test_a_reader_gone_before_the_first_byte(demo_database: Path) -> None:
    writer = subprocess.Popen(
        _command(demo_database, "conflicts", "--program", DEMO_PROGRAM_CODE),
        cwd=REPOSITORY, env=_environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert writer.stdout is not None
    writer.stdout.close()
    _, errors = writer.communicate(timeout=60)
    assert (writer.returncode, errors) == (0, b"")
