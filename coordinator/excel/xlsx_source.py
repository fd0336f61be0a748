"""Rows out of an .xlsx or .xlsm workbook, through openpyxl in read-only mode.

openpyxl raises whatever its parsers meet in a broken file (``KeyError``,
``IndexError``, ``TypeError``, XML errors…); :func:`openpyxl_errors` turns every
one into a :class:`WorkbookRefusedError` naming the file, so a caller sees a
refusal or rows, nothing else. A worksheet's declared dimensions are ignored
(:meth:`reset_dimensions`): a sheet may claim a million columns it does not have.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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
        msg = f"{name} is too large to read"
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
    where = f"{name}, sheet {sheet}," if sheet else name
    kind = type(error).__name__
    if any(type(cause).__module__.startswith("defusedxml") for cause in _causes(error)):
        return (
            f"{where} declares XML entities or a DTD, which a workbook saved by Excel never "
            "does; it is refused as a possible entity bomb"
        )
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else kind
    return f"{where} is damaged and cannot be read as a workbook ({detail})"


_BATCH = 1_000


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

    def _sheet(self, sheet: str) -> Any:
        worksheet = self._book[sheet]
        worksheet.reset_dimensions()
        return worksheet

    def first_rows(self, sheet: str, count: int) -> list[Row]:
        """Return the first ``count`` rows of ``sheet`` (at most 256 columns each)."""
        with openpyxl_errors(self.name, sheet):
            rows = self._sheet(sheet).iter_rows(
                min_row=1, max_row=count, max_col=MAX_COLUMNS, values_only=True
            )
            return [tuple(row) for row in rows]

    def rows_after(self, sheet: str, header_row: int, width: int) -> Iterator[tuple[int, Row]]:
        """Yield (row number, values) of every row under ``header_row``, ``width`` cells each."""
        with openpyxl_errors(self.name, sheet):
            rows = self._sheet(sheet).iter_rows(
                min_row=header_row + 1, max_col=width, values_only=True
            )
        number = header_row
        while True:
            # Read a batch inside the error guard, yield it outside: the guard
            # must not stay open while the caller works between two rows.
            with openpyxl_errors(self.name, sheet):
                batch = list(itertools.islice(rows, _BATCH))
            if not batch:
                return
            for values in batch:
                number += 1
                yield number, values
