"""Mutated rosters: every file ends in a plan or one refusal, quickly, and planning writes nothing.

Valid workbooks made with openpyxl (Turkish and Cyrillic names, a birth date
column, inline or shared strings, a title row and a second sheet) are mutated
inside their XML, the zip kept sound (see ``mutations.py``): row numbers, cell
references, ``<dimension ref>``, style ids, shared-string indexes and other
numbers are set to edge cases (0, -1, 16,385, 1,048,577, 2**63, 5,000 digits,
"1e7"…), or a few bytes of an XML part are flipped, replaced, inserted,
deleted or repeated. Each case goes through the import service as the
application uses it, ``plan(code, read(path))`` against a program with a
roster in a real SQLite file; every fifth case is also read as a program.

Checks: nothing but a refusal (one line naming the file) escapes; no table's
row count changes; each case is answered within 5 s.

The normal suite runs a few hundred cases from a fixed seed. To run more on
purpose, e.g. ten thousand from another seed:

    COORDINATOR_FUZZ_CASES=10000 COORDINATOR_FUZZ_SEED=7 \\
        pytest -p no:cacheprovider tests/excel/test_fuzz_workbooks.py

A failure names each failing case and what was done to it; the workbooks of
the failing cases are kept in the test's temporary folder.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from sqlalchemy import inspect, text

from coordinator.excel import WorkbookRefusedError
from coordinator.excel.program_reader import read_program_workbook
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.services.roster_import import ImportRefusedError, RosterImportService
from coordinator.store import Database, open_database
from tests.excel.mutations import PEOPLE, SHEET, mutated_case, seed_parts, write_parts

CASES = int(os.environ.get("COORDINATOR_FUZZ_CASES", "600"))
SEED = int(os.environ.get("COORDINATOR_FUZZ_SEED", "20210824"))
TIME_LIMIT_SECONDS = 5.0
HANG_SECONDS = 30
PROGRAM_EVERY = 5
CODE = "FUZZ"
MAX_FAILURES_SHOWN = 20


class _Hang(BaseException):
    """Raised by the alarm when a case runs far past its limit; no reader may catch it."""


def _hang(_signal: int, _frame: FrameType | None) -> None:
    raise _Hang


@pytest.fixture
def fuzz_database(tmp_path: Path) -> Iterator[Database]:
    """A database with one program whose roster already holds the seed's people."""
    database = open_database(tmp_path / "fuzz.sqlite")
    ProgramService(database).create(
        ProgramInput(code=CODE, title="Fuzz", first_day=dt.date(2021, 8, 24),
                     last_day=dt.date(2021, 8, 29))
    )  # fmt: skip
    service = RosterImportService(database)
    seed = write_parts(tmp_path / "seed.xlsx", seed_parts()[0])
    service.apply(service.plan(CODE, service.read(seed)))
    yield database
    database.close()


def row_counts(database: Database) -> dict[str, int]:
    with database.reading() as session:
        names = inspect(session.connection()).get_table_names()
        return {
            name: session.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
            for name in names
        }


def _one_case(service: RosterImportService, path: Path, index: int) -> str | None:
    """Plan ``path``; return what went wrong, or ``None``."""
    try:
        service.plan(CODE, service.read(path))
    except ImportRefusedError as refusal:
        message = str(refusal)
        if "\n" in message or path.name not in message:
            return f"a refusal that is not one line naming the file: {message!r}"
    if index % PROGRAM_EVERY == 0:
        try:
            read_program_workbook(path)
        except WorkbookRefusedError as refusal:
            if "\n" in str(refusal):
                return f"a program refusal of several lines: {refusal}"
    return None


def test_mutated_workbooks_end_in_a_plan_or_one_refusal(
    fuzz_database: Database, tmp_path: Path
) -> None:
    service = RosterImportService(fuzz_database)
    seeds = seed_parts()
    counts = row_counts(fuzz_database)
    assert counts["participant"] == len(PEOPLE)
    rng = random.Random(SEED)
    failures: list[str] = []
    previous = signal.signal(signal.SIGALRM, _hang)
    try:
        for index in range(CASES):
            parts, done = mutated_case(rng, seeds)
            path = write_parts(tmp_path / f"case-{index}.xlsx", parts)
            started = time.perf_counter()
            signal.alarm(HANG_SECONDS)
            try:
                problem = _one_case(service, path, index)
            except _Hang:
                problem = f"still running after {HANG_SECONDS} s"
            except Exception as error:  # every escape is a failure, reported with its case
                where = traceback.extract_tb(error.__traceback__)[-1]
                problem = f"{type(error).__name__}: {error} ({where.filename}:{where.lineno})"
            finally:
                signal.alarm(0)
            seconds = time.perf_counter() - started
            if problem is None and seconds > TIME_LIMIT_SECONDS:
                problem = f"took {seconds:.1f} s"
            if problem is None and row_counts(fuzz_database) != counts:
                problem = "planning changed the database"
            if problem is None:
                path.unlink()
            else:
                failures.append(f"case {index} ({done}): {problem}")
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert failures == [], "\n".join(
        [f"{len(failures)} of {CASES} cases failed (seed {SEED}):", *failures[:MAX_FAILURES_SHOWN]]
    )


def test_a_birth_date_of_400_digits_is_a_problem_not_a_crash(
    fuzz_database: Database, tmp_path: Path
) -> None:
    parts = seed_parts()[0]
    assert b"<v>28613</v>" in parts[SHEET]
    parts[SHEET] = parts[SHEET].replace(b"<v>28613</v>", b"<v>" + b"9" * 400 + b"</v>")
    service = RosterImportService(fuzz_database)
    plan = service.plan(CODE, service.read(write_parts(tmp_path / "serial.xlsx", parts)))
    assert any("is not a date" in problem.message for problem in plan.problems)
