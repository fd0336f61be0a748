"""Read a roster from a workbook or CSV file: find the sheet, the header and the rows.

The result is a :class:`RosterTable`, raw values under a header with an
automatic column mapping; :mod:`coordinator.excel.roster_parsing` turns it into
entries with a mapping the user may have corrected. A file that is not a
readable roster raises :class:`WorkbookRefusedError` with one sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from coordinator.domain.messages import said
from coordinator.excel.bulk_work import older_objects_set_aside
from coordinator.excel.cell_parsing import EPOCH_1900
from coordinator.excel.csv_source import read_csv_rows
from coordinator.excel.errors import ReadCancelledError, WorkbookRefusedError
from coordinator.excel.header_detection import (
    HEADER_SEARCH_ROWS,
    HeaderMatch,
    best_header,
    choose_header,
    layout_key,
)
from coordinator.excel.roster_fields import expected_headers
from coordinator.excel.roster_records import RosterTable, Row, SheetSummary
from coordinator.excel.workbook_guard import FileKind, check_file, ensure_safe_xml_parser
from coordinator.excel.xlsx_source import XlsxSource

Progress = Callable[[int, int], bool]
"""Called with (done, total); returning ``False`` cancels the work."""

MAX_DATA_ROWS = 250_000
PROGRESS_EVERY = 2_000


def read_roster_table(
    path: Path, sheet: str | None = None, progress: Progress | None = None
) -> RosterTable:
    """Find the roster in ``path`` and read its rows.

    Args:
        path: an .xlsx, .xlsm or .csv file.
        sheet: the sheet to read; by default the one whose header names the most fields.
        progress: told how many rows were read; returning ``False`` cancels.

    Raises:
        WorkbookRefusedError: the file is not a readable roster (the message says why).
        ReadCancelledError: ``progress`` returned ``False``.
    """
    ensure_safe_xml_parser()
    with older_objects_set_aside():
        if check_file(path) is FileKind.CSV:
            return _csv_table(path, progress)
        return _xlsx_table(path, sheet, progress)


def _xlsx_table(path: Path, sheet: str | None, progress: Progress | None) -> RosterTable:
    source = XlsxSource(path)
    try:
        names = _sheets_to_search(source, sheet)
        summaries = [_summary(name, best_header(name, source.first_rows(name, HEADER_SEARCH_ROWS)))
                     for name in source.sheet_names]  # fmt: skip
        match = choose_header(_match_of(summary) for summary in summaries if summary.name in names)
        if match is None:
            raise WorkbookRefusedError(_no_header_message(path, names))
        rows = source.rows_after(match.sheet, match.row, len(match.headers))
        data = _collect(path, match, rows, progress)
        return _table(path, match, summaries, data, source.epoch)
    finally:
        source.close()


def _sheets_to_search(source: XlsxSource, sheet: str | None) -> list[str]:
    if sheet is None:
        return source.sheet_names
    if sheet not in source.sheet_names:
        listed = ", ".join(source.sheet_names)
        msg = said(
            "{name} has no sheet named {sheet} (its sheets: {listed})",
            name=source.name,
            sheet=f"{sheet!r}",
            listed=listed,
        )
        raise WorkbookRefusedError(msg)
    return [sheet]


def _summary(name: str, match: HeaderMatch | None) -> SheetSummary:
    if match is None:
        return SheetSummary(name, None, (), {})
    return SheetSummary(name, match.row, match.headers, dict(match.mapping))


def _match_of(summary: SheetSummary) -> HeaderMatch | None:
    if summary.header_row is None:
        return None
    return HeaderMatch(summary.name, summary.header_row, summary.headers, summary.mapping)


def _no_header_message(path: Path, sheets: list[str]) -> str:
    where = (
        said("sheet {sheet}", sheet=sheets[0]) if len(sheets) == 1 else said("any of its sheets")
    )
    return said(
        "{name} has no roster header in the first {count} rows of {where}: expected {expected}",
        name=path.name,
        count=HEADER_SEARCH_ROWS,
        where=where,
        expected=expected_headers(),
    )


def _collect(
    path: Path, match: HeaderMatch, rows: Iterable[tuple[int, Row]], progress: Progress | None
) -> list[tuple[int, Row]]:
    """Keep the non-blank rows, reporting progress and refusing an endless sheet.

    Progress is told every ``PROGRESS_EVERY`` rows read, whatever their numbers:
    a workbook gives only the rows its sheet holds, which may skip thousands.
    """
    data: list[tuple[int, Row]] = []
    for read, (number, values) in enumerate(rows, start=1):
        if progress is not None and read % PROGRESS_EVERY == 0:
            _report(progress, len(data), max(len(data), number))
        if values.count(None) + values.count("") == len(values):
            continue
        data.append((number, values))
        if len(data) > MAX_DATA_ROWS:
            msg = said(
                "{name}, sheet {sheet}, has more than {limit} rows, too many for a roster",
                name=path.name,
                sheet=match.sheet,
                limit=f"{MAX_DATA_ROWS:,}",
            )
            raise WorkbookRefusedError(msg)
    if progress is not None:
        _report(progress, len(data), len(data))
    return data


def _report(progress: Progress, done: int, total: int) -> None:
    if progress(done, total) is False:
        msg = said("The import was cancelled")
        raise ReadCancelledError(msg)


def _table(
    path: Path,
    match: HeaderMatch,
    summaries: list[SheetSummary],
    data: list[tuple[int, Row]],
    epoch: dt.datetime = EPOCH_1900,
) -> RosterTable:
    return RosterTable(
        source=path,
        sheet=match.sheet,
        sheets=tuple(summaries),
        header_row=match.row,
        headers=match.headers,
        layout_key=layout_key(match.headers),
        mapping=dict(match.mapping),
        rows=data,
        epoch=epoch,
    )


def _csv_table(path: Path, progress: Progress | None) -> RosterTable:
    rows = read_csv_rows(path)
    match = best_header(path.name, rows[:HEADER_SEARCH_ROWS])
    summary = _summary(path.name, match)
    if match is None:
        raise WorkbookRefusedError(_no_header_message(path, [path.name]))
    width = len(match.headers)
    numbered: Iterator[tuple[int, Row]] = (
        (number, _fit(values, width))
        for number, values in enumerate(rows[match.row :], start=match.row + 1)
    )
    return _table(path, match, [summary], _collect(path, match, numbered, progress))


def _fit(values: Row, width: int) -> Row:
    if len(values) == width:
        return values
    return (values + (None,) * width)[:width]
