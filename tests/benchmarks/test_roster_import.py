"""Roster import and export speed against plain-library floors (run on purpose).

    pytest tests/benchmarks/test_roster_import.py --benchmark-only

Import: the command line (``coordinator import roster``) of a 10,000- and a
100,000-row roster of 12 columns into an empty program, against two floors
reading the same file and inserting its rows with ``sqlite3.executemany``:
(a) openpyxl in read-only mode, (b) python-calamine. Export: 10,000 rows
against openpyxl's write-only mode on the same values. The peak memory of a
100,000-row import is measured in a child process, by the child itself (see
``peak_probe.py``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from coordinator.cli import main

HEADER = ["Full name", "Title", "Organization", "Role", "Arrival", "Departure", "Room",
          "Dietary", "Passport number", "Birth date", "E-mail", "Phone"]  # fmt: skip
SIZES = [10_000, 100_000]
PEAK_MEMORY_MB = 300
PEAK_PROBE = Path(__file__).with_name("peak_probe.py")


def roster_rows(count: int) -> Iterator[list[Any]]:
    for index in range(count):
        yield [
            f"Participant {index} Soyadı{index % 997}", "Deputy Mayor",
            f"Municipality {index % 50}", "member", dt.datetime(2021, 8, 24, 14, 30),
            dt.datetime(2021, 8, 29, 10, 0), str(100 + index % 300), "halal",
            f"N{index:08d}", dt.date(1960 + index % 40, 1 + index % 12, 1 + index % 28),
            f"p{index}@example.org", f"+90 532 {index % 1000:03d} 12 34",
        ]  # fmt: skip


@pytest.fixture(scope="module")
def rosters(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("rosters")
    files = {}
    for count in SIZES:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Roster")
        sheet.append(HEADER)
        for row in roster_rows(count):
            sheet.append(row)
        files[count] = folder / f"roster-{count}.xlsx"
        workbook.save(files[count])
    return files


def fresh_database(folder: Path) -> str:
    path = folder / f"db-{len(list(folder.iterdir()))}.sqlite"
    code = main(["--db", str(path), "programs", "add", "--code", "BENCH", "--title", "Bench",
                 "--start", "2021-08-24", "--end", "2021-08-29"])  # fmt: skip
    assert code == 0
    return str(path)


def floor_database(folder: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(folder / f"floor-{len(list(folder.iterdir()))}.sqlite")
    columns = ", ".join(f"c{index} TEXT" for index in range(len(HEADER)))
    connection.execute(f"CREATE TABLE roster ({columns})")
    return connection


def insert_floor(connection: sqlite3.Connection, rows: Iterator[Any]) -> int:
    marks = ", ".join("?" * len(HEADER))
    with connection:
        cursor = connection.executemany(f"INSERT INTO roster VALUES ({marks})", rows)
    count = cursor.rowcount
    connection.close()
    return count


@pytest.mark.parametrize("count", SIZES)
def test_import_through_the_command_line(
    benchmark: Any, rosters: dict[int, Path], tmp_path: Path, count: int,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    def run(database: str) -> int:
        return main(["--db", database, "import", "roster", str(rosters[count]),
                     "--program", "BENCH", "--json"])  # fmt: skip

    result = benchmark.pedantic(
        run, setup=lambda: ((fresh_database(tmp_path),), {}), rounds=3 if count < 100_000 else 1
    )
    assert result == 0
    assert f'"added": {count}' in capsys.readouterr().out


@pytest.mark.parametrize("count", SIZES)
def test_floor_a_openpyxl_read_only_and_executemany(
    benchmark: Any, rosters: dict[int, Path], tmp_path: Path, count: int
) -> None:
    def run(connection: sqlite3.Connection) -> int:
        workbook = load_workbook(rosters[count], read_only=True, data_only=True)
        rows = workbook["Roster"].iter_rows(min_row=2, values_only=True)
        inserted = insert_floor(connection, rows)
        workbook.close()
        return inserted

    result = benchmark.pedantic(
        run, setup=lambda: ((floor_database(tmp_path),), {}), rounds=3 if count < 100_000 else 1
    )
    assert result == count


@pytest.mark.parametrize("count", SIZES)
def test_floor_b_calamine_and_executemany(
    benchmark: Any, rosters: dict[int, Path], tmp_path: Path, count: int
) -> None:
    calamine = pytest.importorskip("python_calamine")

    def run(connection: sqlite3.Connection) -> int:
        workbook = calamine.CalamineWorkbook.from_path(str(rosters[count]))
        rows = workbook.get_sheet_by_name("Roster").iter_rows()
        next(rows)
        return insert_floor(connection, rows)

    result = benchmark.pedantic(
        run, setup=lambda: ((floor_database(tmp_path),), {}), rounds=3 if count < 100_000 else 1
    )
    assert result == count


def test_peak_memory_of_a_100k_import(
    benchmark: Any, rosters: dict[int, Path], tmp_path: Path
) -> None:
    database = fresh_database(tmp_path)

    def run() -> float:
        command = [sys.executable, str(PEAK_PROBE), "--db", database, "import", "roster",
                   str(rosters[100_000]), "--program", "BENCH", "--json"]  # fmt: skip
        done = subprocess.run(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True
        )
        return float(done.stderr.split()[-1])

    peak = benchmark.pedantic(run, rounds=1)
    benchmark.extra_info["peak_mb"] = round(peak)
    assert peak < PEAK_MEMORY_MB


EXPORT_ROWS = 10_000


def test_export_of_10k_rows(benchmark: Any, tmp_path: Path) -> None:
    from coordinator.excel import EXPORT_FIELDS, write_roster
    from coordinator.excel.roster_fields import RosterField

    fields = [field.value for field in EXPORT_FIELDS]
    rows = [tuple(_export_value(field, index) for field in fields) for index in range(EXPORT_ROWS)]
    benchmark(write_roster, tmp_path / "export.xlsx", "Bench", rows)
    assert RosterField.NAME in EXPORT_FIELDS


def test_floor_openpyxl_write_only_10k(benchmark: Any, tmp_path: Path) -> None:
    from coordinator.excel import EXPORT_FIELDS

    fields = [field.value for field in EXPORT_FIELDS]
    rows = [tuple(_export_value(field, index) for field in fields) for index in range(EXPORT_ROWS)]

    def run() -> None:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Roster")
        sheet.append(fields)
        for row in rows:
            sheet.append(row)
        workbook.save(tmp_path / "floor.xlsx")

    benchmark(run)


def _export_value(field: str, index: int) -> object:
    values: dict[str, object] = {
        "name": f"Participant {index}", "title": "Deputy Mayor",
        "organization": f"Municipality {index % 50}", "role": "member",
        "arrival": dt.datetime(2021, 8, 24, 14, 30), "departure": dt.datetime(2021, 8, 29, 10),
        "room": str(100 + index % 300), "dietary": "halal", "needs": "",
        "passport_number": f"N{index:08d}", "birth_date": dt.date(1970, 1, 1 + index % 28),
        "email": f"p{index}@example.org", "phone": f"+90 532 {index % 1000:03d} 12 34",
        "languages": "ru, kk", "notes": "", "nationality": "Kazakhstan",
    }  # fmt: skip
    return values[field]
