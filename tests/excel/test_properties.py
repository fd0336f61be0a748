"""Whatever is in a file, the reader returns a reading or a refusal, never anything else."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator.excel import (
    RosterReading,
    WorkbookRefusedError,
    parse_roster,
    read_roster_table,
)
from tests.excel.workbooks import ROSTER_HEADER, ROSTER_ROWS, write_xlsx

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

_cells = st.one_of(
    st.none(),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(dt.date(1900, 3, 1), dt.date(9999, 1, 1)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(9999, 1, 1)),
    st.sampled_from(["01/05/2024", "31.02.2020", "=1+1", "#N/A", "Total", "head", "ru, kk"]),
)


def read(path: Path) -> RosterReading | str:
    """Read ``path`` completely; return the reading or the refusal's message."""
    try:
        return parse_roster(read_roster_table(path))
    except WorkbookRefusedError as refusal:
        message = str(refusal)
        assert message
        assert "\n" not in message
        return message


@SETTINGS
@given(rows=st.lists(st.lists(_cells, max_size=len(ROSTER_HEADER)), max_size=8))
def test_random_cell_values(
    tmp_path_factory: pytest.TempPathFactory, rows: list[list[object]]
) -> None:
    path = write_xlsx(tmp_path_factory.mktemp("cells") / "random.xlsx", [ROSTER_HEADER, *rows])
    reading = read(path)
    assert isinstance(reading, RosterReading)
    accounted = {entry.row for entry in reading.entries}
    accounted |= {row for skip in reading.skipped for row in range(skip.row, skip.row + skip.count)}
    accounted |= {problem.row for problem in reading.problems if problem.row is not None}
    filled = {number for number, _ in reading.table.rows}
    assert filled <= accounted


def _valid_workbook(compression: int) -> bytes:
    buffer = io.BytesIO()
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [ROSTER_HEADER, *ROSTER_ROWS]:
        sheet.append(row)
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
    return out.getvalue()


STORED = _valid_workbook(zipfile.ZIP_STORED)
DEFLATED = _valid_workbook(zipfile.ZIP_DEFLATED)

_mutations = st.lists(
    st.tuples(st.integers(0, len(STORED) - 1), st.integers(0, 255)), min_size=1, max_size=12
)


def _mutate(data: bytes, mutations: list[tuple[int, int]], cut: int | None) -> bytes:
    mutated = bytearray(data)
    for position, value in mutations:
        mutated[position % len(mutated)] = value
    return bytes(mutated[:cut] if cut else mutated)


@SETTINGS
@given(
    stored=st.booleans(),
    mutations=_mutations,
    cut=st.none() | st.integers(1, len(DEFLATED)),
)
def test_random_byte_mutations_of_a_valid_workbook(
    tmp_path_factory: pytest.TempPathFactory,
    stored: bool,
    mutations: list[tuple[int, int]],
    cut: int | None,
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "mutated.xlsx"
    path.write_bytes(_mutate(STORED if stored else DEFLATED, mutations, cut))
    read(path)


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes_as_csv(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("csv") / "random.csv"
    path.write_bytes(b"Name;Title\r\n" + data)
    read(path)
