"""The parent's side of the crash tests: start children, kill them, read what they said.

The children are forked by one warm process (:mod:`tests.crash.worker`), run
with the venv's Python. The number of kills comes from the environment:

- ``COORDINATOR_CRASH_KILLS``: how many times each crash test kills its
  children (the upgrade test shares them among the frozen databases). Unset,
  the ordinary suite makes 72 kills in all, in about 25 seconds; the
  scheduled long run sets e.g. 500.
- ``COORDINATOR_CRASH_SEED``: the seed of the random delays, printed with
  each test's figures. The same seed gives the same delays; where exactly a
  kill lands also depends on the machine's speed at that moment.

Run ``pytest tests/crash -s`` to see the figures: kills, where they landed,
what each kill left.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from tests.conftest import REPOSITORY

KILLS_VARIABLE = "COORDINATOR_CRASH_KILLS"
SEED_VARIABLE = "COORDINATOR_CRASH_SEED"
REPLY_SECONDS = 60.0


def kills(default: int) -> int:
    """How many kills a test makes: ``COORDINATOR_CRASH_KILLS`` if set, else ``default``."""
    return int(os.environ.get(KILLS_VARIABLE, "") or default)


def seed() -> int:
    """The seed of the random delays: ``COORDINATOR_CRASH_SEED`` if set."""
    return int(os.environ.get(SEED_VARIABLE, "") or 20210824)


class ChildFailedError(AssertionError):
    """A child stopped on an error of its own instead of being killed."""


@dataclass
class Child:
    """One forked child: its pid and each line it wrote, with the time it arrived."""

    zygote: Zygote
    pid: int
    started: float
    lines: list[tuple[float, str]] = field(default_factory=list)
    exit_code: int | None = None

    def said(self, *words: object) -> bool:
        """Whether the child wrote the line made of ``words``."""
        wanted = " ".join(str(word) for word in words)
        return any(line == wanted for _, line in self.lines)

    def numbers(self, verb: str) -> list[int]:
        """The numbers of the lines ``<verb> <number>``, in order."""
        return [int(line.split()[1]) for _, line in self.lines if line.split()[0] == verb]

    def in_flight(self, begun: str, done: str) -> int | None:
        """The number of the last ``begun`` line with no ``done`` line after it."""
        started, finished = self.numbers(begun), set(self.numbers(done))
        return started[-1] if started and started[-1] not in finished else None

    def time_of(self, line: str) -> float | None:
        """When ``line`` arrived, if it did."""
        return next((at for at, text in self.lines if text == line), None)

    def watch(self, seconds: float, until: str | None = None) -> bool:
        """Read the child's lines for ``seconds`` or until the line ``until``; ``True`` if seen."""
        deadline = time.monotonic() + seconds
        while True:
            if until is not None and self.time_of(until) is not None:
                return True
            line = self.zygote.read_line(deadline)
            if line is None:
                return False
            self._note(line)

    def kill(self) -> int:
        """Kill the child with SIGKILL (a no-op if it ended) and return its exit code."""
        self.zygote.send("kill")
        deadline = time.monotonic() + REPLY_SECONDS
        while self.exit_code is None:
            line = self.zygote.read_line(deadline)
            if line is None:
                msg = f"the worker did not reap child {self.pid}"
                raise RuntimeError(msg)
            self._note(line)
        failed = [text for _, text in self.lines if text.startswith("failed ")]
        if failed:
            raise ChildFailedError(f"{failed[0]}\n{self.zygote.errors()}")
        return self.exit_code

    def _note(self, line: str) -> None:
        if line.startswith(f"ended {self.pid} "):
            self.exit_code = int(line.split()[2])
        else:
            self.lines.append((time.monotonic() - self.started, line))


class Zygote:
    """The warm process that forks the children (see :mod:`tests.crash.worker`)."""

    def __init__(self, folder: Path) -> None:
        temporary = folder / "temporary"
        temporary.mkdir()
        self._log_path = folder / "children.log"
        self._log: IO[bytes] = self._log_path.open("wb")
        environment = {**os.environ, "TMPDIR": str(temporary), "PYTHONDONTWRITEBYTECODE": "1"}
        self.temporary = temporary
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.worker"],
            cwd=REPOSITORY,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=environment,
        )
        assert self._process.stdout is not None
        self._stdout = self._process.stdout.fileno()
        self._buffer = b""

    def start(self, task: str, **options: object) -> Child:
        """Fork a child for ``task`` and return it once it runs."""
        self.send(json.dumps({"task": task, "options": options}))
        line = self.read_line(time.monotonic() + REPLY_SECONDS)
        if line is None or not line.startswith("started "):
            msg = f"the worker did not start {task}: {line!r}\n{self.errors()}"
            raise RuntimeError(msg)
        return Child(self, int(line.split()[1]), time.monotonic())

    def send(self, line: str) -> None:
        """Write one command line to the worker."""
        assert self._process.stdin is not None
        self._process.stdin.write(line.encode() + b"\n")
        self._process.stdin.flush()

    def read_line(self, deadline: float) -> str | None:
        """Return the next line from the worker, or ``None`` at ``deadline``."""
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self._stdout], [], [], remaining)
            if ready:
                chunk = os.read(self._stdout, 65536)
                if not chunk:
                    msg = f"the worker ended\n{self.errors()}"
                    raise RuntimeError(msg)
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def errors(self) -> str:
        """The end of what the worker and its children wrote on stderr."""
        self._log.flush()
        return self._log_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    def close(self) -> None:
        """Stop the worker (it ends when its stdin closes)."""
        assert self._process.stdin is not None
        self._process.stdin.close()
        try:
            self._process.wait(30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(30)
        assert self._process.stdout is not None
        self._process.stdout.close()
        self._log.close()


@contextlib.contextmanager
def connected(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain SQLite connection to ``path`` (no application code), closed afterwards."""
    connection = sqlite3.connect(path)
    try:
        yield connection
    finally:
        connection.close()


def integrity(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` says of the file: ``["ok"]`` when sound."""
    with connected(path) as connection:
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]


def remove_database(path: Path) -> None:
    """Delete a database file with its journal files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@dataclass(frozen=True)
class Snapshot:
    """Everything a database holds: its revision, its schema and every row."""

    revision: str | None
    schema: tuple[tuple[str, str, str], ...]
    rows: tuple[tuple[str, tuple[Any, ...]], ...]


def snapshot(path: Path) -> Snapshot:
    """Read the revision, the schema (white space folded) and the rows of every table."""
    with connected(path) as connection:
        schema = tuple(
            (kind, name, re.sub(r"\s+", " ", sql or ""))
            for kind, name, sql in connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                "ORDER BY type, name"
            )
        )
        revisions = [
            row[0] for row in connection.execute("SELECT version_num FROM alembic_version")
        ]
        rows = tuple(
            (name, tuple(sorted(connection.execute(f'SELECT * FROM "{name}"'), key=repr)))
            for kind, name, _ in schema
            if kind == "table"
        )
    assert len(revisions) == 1, revisions
    return Snapshot(revisions[0], schema, rows)


def parts(folder: Path) -> list[str]:
    """The temporary files of unfinished writes in ``folder``."""
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


def report(title: str, figures: dict[str, object]) -> str:
    """One line of a test's figures, printed for the log of a long run."""
    line = f"{title}: " + ", ".join(f"{name} {value}" for name, value in figures.items())
    print(line)
    return line
