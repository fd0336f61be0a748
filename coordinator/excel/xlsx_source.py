"""Rows out of an .xlsx or .xlsm workbook, through openpyxl in read-only mode.

openpyxl raises whatever its parsers meet in a broken file (``KeyError``,
``IndexError``, ``TypeError``, XML errors…); :func:`openpyxl_errors` turns every
one into a :class:`WorkbookRefusedError` naming the file, so a caller sees a
refusal or rows, nothing else.

Rows come from openpyxl's worksheet parser, not from its read-only
``iter_rows``: that one trusts the sheet's row numbers and makes an empty row
for every number a sheet skips, so a single row numbered 2**63 makes empty rows
without end. Here only the rows the sheet holds are read, each with its own
number, and every row and cell number is checked against Excel's limits
(1,048,576 rows, 16,384 columns) as it is parsed, before anything uses it: a
sheet that goes past them is refused. A worksheet's declared dimensions are
never used: a sheet may claim a million columns it does not have.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import warnings
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from coordinator.domain.messages import said
from coordinator.excel.cell_parsing import EPOCH_1900, EPOCH_1904
from coordinator.excel.errors import ReadCancelledError, WorkbookRefusedError
from coordinator.excel.header_detection import MAX_COLUMNS
from coordinator.excel.roster_records import Row
from coordinator.excel.workbook_guard import strict_message


@contextmanager
def openpyxl_errors(name: str, sheet: str | None = None) -> Iterator[None]:
    """Turn anything openpyxl raises while reading ``name`` into one refusal.

    openpyxl's warnings about features it does not read are silenced: they
    say nothing about the data a roster needs. So is what it prints on stdout
    about broken styles, which would corrupt a command's JSON output.
    """
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            yield
    except (WorkbookRefusedError, ReadCancelledError):
        raise
    except MemoryError as error:
        msg = said("{name} is too large to read", name=name)
        raise WorkbookRefusedError(msg) from error
    except Exception as error:
        raise WorkbookRefusedError(_describe_failure(name, sheet, error)) from error


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _describe_failure(name: str, sheet: str | None, error: Exception) -> str:
    where = said("{name}, sheet {sheet},", name=name, sheet=sheet) if sheet else name
    kind = type(error).__name__
    if any(type(cause).__module__.startswith("defusedxml") for cause in _causes(error)):
        return said(
            "{where} declares XML entities or a DTD, which a workbook saved by Excel never "
            "does; it is refused as a possible entity bomb",
            where=where,
        )
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else kind
    return said(
        "{where} is damaged and cannot be read as a workbook ({detail})", where=where, detail=detail
    )


_BATCH = 1_000
# Excel's last row and last column (XFD): a sheet past them was not saved by Excel.
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384
_LAST_LETTERED_COLUMN = 18_278  # ZZZ, the last column a three-letter reference names


def _limit_problem(row: int, column: int | None = None) -> str | None:
    """Say how a row (and a cell's column) goes past Excel's limits, or ``None``."""
    if column is not None and not 0 < column <= MAX_COLUMN:
        return said("past Excel's last column XFD ({limit})", limit=f"{MAX_COLUMN:,}")
    if row > MAX_ROW:
        return said("past Excel's last row ({limit})", limit=f"{MAX_ROW:,}")
    if row < 1:
        return said("before Excel's first row (1)")
    return None


def _number(value: int) -> str:
    """Write a row number for a message; one of hundreds of digits only by its length."""
    digits = len(str(abs(value)))
    return f"{value:,}" if digits <= 20 else said("of {digits} digits", digits=f"{digits:,}")


def _beyond_limits(name: str, sheet: str, what: str, problem: str) -> WorkbookRefusedError:
    return WorkbookRefusedError(
        said(
            "{name}, sheet {sheet}, {what}, {problem}: the file is damaged or was not saved by "
            "a spreadsheet program, and is refused",
            name=name,
            sheet=sheet,
            what=what,
            problem=problem,
        )
    )


def _cell_name(row: int, column: int) -> str:
    from openpyxl.utils.cell import get_column_letter  # noqa: PLC0415 - loaded with openpyxl

    if 0 < column <= _LAST_LETTERED_COLUMN and len(str(abs(row))) <= 20:
        return f"{get_column_letter(column)}{row}"
    return said("in column {column}, row {row}", column=f"{column:,}", row=_number(row))


def _values(name: str, sheet: str, number: int, cells: list[Any], width: int) -> Row:
    """Place the cells openpyxl parsed from row ``number`` in ``width`` values.

    Raises:
        WorkbookRefusedError: the row or one of its cells is beyond Excel's limits.
    """
    problem = _limit_problem(number)
    if problem is not None:
        what = said("numbers a row {number}", number=_number(number))
        raise _beyond_limits(name, sheet, what, problem)
    if not cells:
        return (None,) * width
    values: list[Any] = [None] * width
    for cell in cells:
        row, column = cell["row"], cell["column"]
        if not (0 < row <= MAX_ROW and 0 < column <= MAX_COLUMN):
            where = said("has a cell at {cell}", cell=_cell_name(row, column))
            raise _beyond_limits(name, sheet, where, _limit_problem(row, column) or "")
        if column <= width:
            values[column - 1] = cell["value"]
    return tuple(values)


class XlsxSource:
    """An open workbook: its sheets, their first rows and their data rows."""

    def __init__(self, path: Path) -> None:
        """Open ``path``; the caller has checked it with the workbook guard.

        Raises:
            WorkbookRefusedError: openpyxl cannot open it or finds no worksheet.
        """
        import openpyxl  # noqa: PLC0415 - loaded when a workbook is read, not at start

        self.name = path.name
        # openpyxl leaves its zip open when loading fails: own the file to close it.
        self._file = path.open("rb")
        try:
            with openpyxl_errors(self.name):
                self._book: Any = openpyxl.load_workbook(
                    self._file, read_only=True, data_only=True, keep_links=False
                )
                self.sheet_names: list[str] = [sheet.title for sheet in self._book.worksheets]
                self.epoch = EPOCH_1904 if self._book.epoch == EPOCH_1904 else EPOCH_1900
        except BaseException:
            self._file.close()
            raise
        if not self.sheet_names:
            self.close()
            raise WorkbookRefusedError(strict_message(self.name))

    def close(self) -> None:
        """Release the file."""
        try:
            with openpyxl_errors(self.name):
                self._book.close()
        finally:
            self._file.close()

    def first_rows(self, sheet: str, count: int) -> list[Row]:
        """Return the first ``count`` rows of ``sheet`` (at most 256 columns each).

        A row the sheet skips is empty; when the sheet goes on past ``count``
        rows, the list is ``count`` rows long.
        """
        empty: Row = (None,) * MAX_COLUMNS
        rows: list[Row] = []
        with (
            openpyxl_errors(self.name, sheet),
            contextlib.closing(self._rows(sheet, 1, MAX_COLUMNS)) as numbered,
        ):
            for number, values in numbered:
                if number > count:
                    rows += [empty] * (count - len(rows))
                    break
                rows += [empty] * (number - 1 - len(rows))
                rows.append(values)
        return rows

    def rows_after(self, sheet: str, header_row: int, width: int) -> Iterator[tuple[int, Row]]:
        """Yield (row number, values) of the rows under ``header_row``, ``width`` cells each.

        Only the rows the sheet holds are yielded, in order: a row the sheet
        skips is not made, so a gap from row 5 to row 1,048,576 costs nothing.

        Raises:
            WorkbookRefusedError: the sheet cannot be read, or goes past Excel's limits.
        """
        rows = self._rows(sheet, header_row + 1, width)
        while True:
            # Read a batch inside the error guard, yield it outside: the guard
            # must not stay open while the caller works between two rows.
            with openpyxl_errors(self.name, sheet):
                batch = list(itertools.islice(rows, _BATCH))
            if not batch:
                return
            yield from batch

    def _rows(self, sheet: str, first: int, width: int) -> Generator[tuple[int, Row], None, None]:
        """Yield (number, values) of each row numbered ``first`` or more that ``sheet`` holds.

        This is the loop of openpyxl's ``ReadOnlyWorksheet._cells_by_row`` (3.1)
        without its filling of gaps, over the same parser with the same
        arguments. As there, a row numbered at or below a row already read is
        left out. Every row is checked against Excel's limits, the rows before
        ``first`` and the rows left out included, before it is placed; so is
        their count, which bounds the work a sheet of repeated row numbers makes.
        """
        from openpyxl.worksheet._reader import WorkSheetParser  # noqa: PLC0415

        worksheet = self._book[sheet]
        book = worksheet.parent
        with worksheet._get_source() as stream:
            parser = WorkSheetParser(
                stream,
                worksheet._shared_strings,
                data_only=book.data_only,
                epoch=book.epoch,
                date_formats=book._date_formats,
                timedelta_formats=book._timedelta_formats,
            )
            last = 0
            for count, (number, cells) in enumerate(parser.parse(), start=1):
                if count > MAX_ROW:
                    what = said("holds more than {limit} rows", limit=f"{MAX_ROW:,}")
                    raise _beyond_limits(self.name, sheet, what, said("more than Excel has"))
                values = _values(self.name, sheet, number, cells, width)
                if number > last:
                    last = number
                    if number >= first:
                        yield number, values
