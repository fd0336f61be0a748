"""The command line under bad input, a full disk and its own faults.

Whatever goes wrong, stderr is one line and never a traceback, and the exit
code tells a script which case it was: 1 refused, 2 usage, 3 internal error
(details in a log file), 130 interrupted.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy.exc import OperationalError

from coordinator.cli import EXIT_INTERNAL, EXIT_INTERRUPTED, main
from coordinator.cli.common import LARGEST_ID, one_line
from coordinator.cli.failures import log_folder, write_error_log
from coordinator.services.programs import ProgramService
from coordinator.services.roster_export import RosterExportService
from coordinator.store.database import DatabaseError
from tests.conftest import REPOSITORY
from tests.stores import Store

LONG = "x" * 100_000
INTERNAL = re.compile(r"coordinator: internal error \((\w+)\); the details are in (.+)\n")
FULL_DATABASE = OperationalError(
    "INSERT INTO program ...", {}, sqlite3.OperationalError("database or disk is full")
)


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every error log of these tests out of the user's data folder."""
    folder = tmp_path / "logs"
    monkeypatch.setenv("COORDINATOR_LOG_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database without programs, shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("empty") / "coordinator.sqlite"
    assert main(["--db", str(path), "programs"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line(err: str) -> None:
    assert err.count("\n") == 1, err
    assert err.endswith("\n")
    assert "Traceback" not in err
    assert len(err) < 1_200


@pytest.mark.parametrize(
    "arguments",
    [
        ("assign", "Zekeriya", "99999999999999999999999"),
        ("assign", "Zekeriya", str(LARGEST_ID + 1)),
        ("assign", "Zekeriya", str(-LARGEST_ID - 2)),
        ("assign", "Zekeriya", "0"),
        ("assign", "Zekeriya", "-5"),
        ("assign", "Zekeriya", "9" * 100_000),
        ("assign", "Zekeriya", "1e3"),
        ("assign", "Zekeriya", LONG),
        ("assign", "Zekeriya", "1", "--role", "nope"),
        ("programs", "add", "--code", "X", "--title", "T", "--start", "2021-02-30",
         "--end", "2021-03-01"),
        ("programs", "add", "--code", "X", "--title", "T", "--start", "2021-01-01",
         "--end", "2021-13-01"),
        ("programs", "add", "--code", "X", "--title", "T", "--start", LONG, "--end", "x"),
        ("programs", "add", "--code", "X"),
        ("programs", LONG),
        ("import", LONG, "file.csv", "--program", "X"),
        ("documents", "nope", "--program", "X"),
        (LONG,),
        ("--db", "", "programs"),
        ("participants", "--program", "\udcff"),  # bytes that are not UTF-8
        ("letters", "thanks", "--program", "X", "--out", "L\udcff"),
    ],
)  # fmt: skip
def test_bad_arguments_are_one_usage_line(
    capsys: pytest.CaptureFixture[str], database_path: Path, arguments: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, "--db", str(database_path), *arguments)
    assert (code, out) == (2, "")
    assert_one_line(err)
    assert not database_path.exists()


def test_an_impossible_day_and_a_huge_id_say_what_is_wrong(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, _, err = run(capsys, "programs", "add", "--code", "X", "--title", "T",
                    "--start", "2021-02-30", "--end", "2021-03-01")  # fmt: skip
    assert "2021-02-30 is not a day of the calendar" in err
    _, _, err = run(capsys, "assign", "Zekeriya", "99999999999999999999999")
    assert f"ids go from 1 to {LARGEST_ID}" in err


def _unwritable(folder: Path) -> Path:
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except PermissionError:
        return folder
    pytest.skip("this user may write into a read-only folder (root)")


@pytest.mark.parametrize(
    "make", ["folder", "text", "random", "workbook", "under a file", "unwritable folder"]
)
def test_a_db_that_cannot_be_a_database_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: str
) -> None:
    target = tmp_path / "target"
    if make == "folder":
        target.mkdir()
    elif make == "text":
        target.write_text("Name;Title\nAyşe Yılmaz;Mayor\n", encoding="utf-8")
    elif make == "random":
        target.write_bytes(os.urandom(5000))
    elif make == "workbook":
        target.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    elif make == "under a file":
        (tmp_path / "file").write_text("not a folder", encoding="utf-8")
        target = tmp_path / "file" / "coordinator.sqlite"
    else:
        target = _unwritable(tmp_path / "locked") / "coordinator.sqlite"
    code, out, err = run(capsys, "--db", str(target), "programs")
    assert (code, out) == (1, "")
    assert_one_line(err)


def test_an_empty_file_becomes_a_new_database(
    capsys: pytest.CaptureFixture[str], database_path: Path
) -> None:
    database_path.touch()
    assert run(capsys, "--db", str(database_path), "programs", "--json") == (0, "[]\n", "")


def _commands(tmp_path: Path, code: str) -> list[tuple[str, ...]]:
    roster = tmp_path / "roster.csv"
    roster.write_text("Name;Title\nAyşe Yılmaz;Mayor\n", encoding="utf-8")
    out = str(tmp_path / "out")
    return [
        ("participants", "--program", code),
        ("conflicts", "--program", code),
        ("suggest", "--program", code, "--apply"),
        ("guide-schedule", code, "--program", code, "--out", f"{out}.ics"),
        ("import", "roster", str(roster), "--program", code),
        ("import", "itinerary", str(roster), "--program", code),
        ("import", "program", str(roster), "--program", code, "--dry-run"),
        ("export", "roster", "--program", code, "--out", f"{out}.xlsx"),
        ("export", "itinerary", "--program", code, "--out", f"{out}.xlsx"),
        ("export", "program", "--program", code, "--out", f"{out}.xlsx"),
        ("documents", "booklet", "--program", code, "--out", f"{out}.pdf"),
        ("documents", "status", "--program", code),
        ("letters", "invitation", "--program", code, "--out", out),
        ("report", "--program", code),
        ("assign", code, "1"),
        ("programs", "add", "--code", code, "--title", "T", "--start", "2021-01-01",
         "--end", "2021-01-02"),
    ]  # fmt: skip


@pytest.mark.parametrize("code", ["NOPE", LONG], ids=["unknown", "100000 characters"])
def test_every_command_refuses_an_unknown_or_huge_code_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store, code: str
) -> None:
    for arguments in _commands(tmp_path, code):
        if code == "NOPE" and arguments[0] == "programs":
            continue  # a valid new code
        result, out, err = run(capsys, *store.arguments, *arguments)
        assert (result, out) == (1, ""), arguments[:2]
        assert_one_line(err)
    assert not list(tmp_path.glob("out*"))


def test_one_line_keeps_both_ends_of_a_long_message() -> None:
    assert one_line("connection refused\n\tIs the server running?") == (
        "connection refused Is the server running?"
    )
    line = one_line(f"There is no program with the code '{LONG}'")
    assert line.startswith("There is no program with the code 'xxx")
    assert line.endswith("xxx'")
    assert len(line) < 200
    assert len(one_line("word " * 50_000)) < 1_000


@pytest.mark.parametrize(
    ("patch", "arguments"),
    [
        ((ProgramService, "create", FULL_DATABASE),
         ("programs", "add", "--code", "X1", "--title", "T", "--start", "2021-01-01",
          "--end", "2021-01-02")),
        ((ProgramService, "list_programs", FULL_DATABASE), ("programs",)),
        ((RosterExportService, "export", OSError(errno.ENOSPC, "No space left on device")),
         ("export", "roster", "--program", "X1", "--out", "x.xlsx")),
    ],
    ids=["database on writing", "database on reading", "file"],
)  # fmt: skip
def test_a_full_disk_is_a_refusal(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    empty_db: Path,
    patch: tuple[type, str, Exception],
    arguments: tuple[str, ...],
) -> None:
    kind, method, error = patch

    def fail(*_: object, **__: object) -> None:
        raise error

    monkeypatch.setattr(kind, method, fail)
    code, out, err = run(capsys, "--db", str(empty_db), *arguments)
    assert (code, out) == (1, "")
    assert err == "coordinator: The disk is full: nothing was written\n"


def test_a_full_disk_while_opening_the_database(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, database_path: Path
) -> None:
    def fail(_: object) -> None:
        raise DatabaseError("The file cannot be opened (database or disk is full)") from (
            FULL_DATABASE
        )

    monkeypatch.setattr("coordinator.store.database.open_database", fail)
    code, _, err = run(capsys, "--db", str(database_path), "programs")
    assert code == 1
    assert err == f"coordinator: The disk is full: nothing was written to {database_path}\n"


def test_a_full_disk_under_the_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, empty_db: Path
) -> None:
    def fail(_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("coordinator.cli.programs.print_json", fail)
    code, _, err = run(capsys, "--db", str(empty_db), "programs", "--json")
    assert code == 1
    assert err == "coordinator: The disk is full: the output was cut short\n"


def _fail_listing(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    def fail(_: object) -> None:
        raise error

    monkeypatch.setattr(ProgramService, "list_programs", fail)


def test_an_unexpected_error_is_logged_and_exits_3(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    empty_db: Path,
    log_dir: Path,
) -> None:
    _fail_listing(monkeypatch, ZeroDivisionError("division by zero"))
    code, out, err = run(capsys, "--db", str(empty_db), "programs")
    assert (code, out) == (EXIT_INTERNAL, "")
    assert_one_line(err)
    match = INTERNAL.fullmatch(err)
    assert match is not None, err
    assert match.group(1) == "ZeroDivisionError"
    log = Path(match.group(2))
    assert log.parent == log_dir.resolve()
    assert re.fullmatch(r"coordinator-\d{4}-\d{2}-\d{2}\.log", log.name)
    details = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in details
    assert "ZeroDivisionError: division by zero" in details
    assert f"command: coordinator --db {empty_db} programs" in details
    assert run(capsys, "--db", str(empty_db), "programs")[0] == EXIT_INTERNAL
    assert log.read_text(encoding="utf-8").count("Traceback") == 2  # appended, one file a day


def test_the_log_hides_passwords_and_shortens_long_arguments(log_dir: Path) -> None:
    try:
        raise ValueError("broken")
    except ValueError as error:
        log = write_error_log(error, ["--db-url", "postgresql://me:secret@host/db", LONG])
    details = log.read_text(encoding="utf-8")
    assert "postgresql://me:***@host/db" in details
    assert "secret" not in details
    assert "(100,000 characters)" in details
    assert len(details) < 5_000


def test_an_error_that_cannot_be_logged_still_gets_one_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    empty_db: Path,
    tmp_path: Path,
) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(
        "coordinator.cli.failures._log_folders", lambda: [tmp_path / "file" / "logs"]
    )
    _fail_listing(monkeypatch, ZeroDivisionError("division by zero"))
    code, _, err = run(capsys, "--db", str(empty_db), "programs")
    assert code == EXIT_INTERNAL
    assert_one_line(err)
    assert err.startswith("coordinator: internal error (ZeroDivisionError: division by zero); ")
    assert "could not be logged" in err


def test_the_log_folder_is_beside_the_default_database(monkeypatch: pytest.MonkeyPatch) -> None:
    from coordinator.store.location import default_database_path

    monkeypatch.delenv("COORDINATOR_LOG_DIR")
    assert log_folder() == default_database_path().parent / "logs"


def test_an_interrupt_exits_130_quietly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, empty_db: Path
) -> None:
    _fail_listing(monkeypatch, KeyboardInterrupt())
    assert run(capsys, "--db", str(empty_db), "programs") == (
        EXIT_INTERRUPTED, "", "coordinator: interrupted\n"
    )  # fmt: skip


def test_a_closed_pipe_still_ends_quietly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, empty_db: Path
) -> None:
    _fail_listing(monkeypatch, BrokenPipeError(errno.EPIPE, "Broken pipe"))
    assert run(capsys, "--db", str(empty_db), "programs") == (0, "", "")


def _coordinator(
    *arguments: str | bytes,
    code: str | None = None,
    env: dict[str, str] | None = None,
    stdout: IO[str] | int = subprocess.PIPE,
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    command = ["-m", "coordinator"] if code is None else ["-c", code]
    return subprocess.run(
        [sys.executable, *command, *arguments], cwd=REPOSITORY, text=True, check=False,
        env=environment, timeout=60, stdout=stdout, stderr=subprocess.PIPE,
    )  # fmt: skip


def test_a_huge_id_in_a_fresh_process_is_a_usage_error(database_path: Path) -> None:
    result = _coordinator("--db", str(database_path), "assign", "Zekeriya", "9" * 23)
    assert (result.returncode, result.stdout) == (2, "")
    assert_one_line(result.stderr)


def test_bytes_that_are_not_utf8_in_a_fresh_process(database_path: Path) -> None:
    result = _coordinator("--db", str(database_path), "participants", "--program", b"\xff")
    assert result.returncode == 2
    assert_one_line(result.stderr)


def test_an_internal_error_in_a_fresh_process(database_path: Path, log_dir: Path) -> None:
    code = (
        "import sys\n"
        "from coordinator.services.programs import ProgramService\n"
        "def fail(self): raise RuntimeError('a bug')\n"
        "ProgramService.list_programs = fail\n"
        "from coordinator.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = _coordinator("--db", str(database_path), "programs", code=code)
    assert (result.returncode, result.stdout) == (EXIT_INTERNAL, "")
    match = INTERNAL.fullmatch(result.stderr)
    assert match is not None, result.stderr
    assert "RuntimeError: a bug" in Path(match.group(2)).read_text(encoding="utf-8")
    assert Path(match.group(2)).parent == log_dir.resolve()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_really_full_disk_in_a_fresh_process(empty_db: Path) -> None:
    result = _coordinator("--db", "/dev/full", "programs")
    assert (result.returncode, result.stderr) == (
        1, "coordinator: The disk is full: nothing was written to /dev/full\n"
    )  # fmt: skip
    with Path("/dev/full").open("w") as full:
        result = _coordinator("--db", str(empty_db), "programs", "--json", stdout=full)
    assert (result.returncode, result.stderr) == (
        1, "coordinator: The disk is full: the output was cut short\n"
    )  # fmt: skip
