"""Turn a roster table's raw rows into participant entries, with a column mapping.

Every row becomes an entry, a skipped row (blank, footer, exact duplicate) or,
when it has no usable name, a problem that leaves the row out. Values are
parsed by field; a value that does not fit is a problem naming the sheet, row
and column, never a guess, and only that value is left out: the entry keeps
the rest of its row. A second row of the same person with other details is an
entry whose problem leaves it out (the import cannot tell which row is right).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coordinator.domain.messages import said, said_of
from coordinator.domain.text import fold_spaces, search_key
from coordinator.excel.bulk_work import older_objects_set_aside
from coordinator.excel.cell_parsing import (
    CellValue,
    CellValueError,
    cell_text,
    column_letter,
    line_text,
    parse_date,
    parse_languages,
    parse_role,
)
from coordinator.excel.errors import ReadCancelledError
from coordinator.excel.header_detection import names_a_person
from coordinator.excel.roster_fields import FIELD_LABELS, NAME_FIELDS, RosterField
from coordinator.excel.roster_records import (
    ColumnMapping,
    Problem,
    ProblemEffect,
    RosterEntry,
    RosterReading,
    RosterTable,
    Row,
    SkippedRow,
)
from coordinator.excel.travel_cells import (
    TRAVEL_CELLS,
    TRAVEL_PARSERS,
    parse_moment_cell,
    settle_travel,
)

Progress = Callable[[int, int], bool]
_FOOTER = re.compile(
    r"^(?:"
    + "|".join(
        re.escape(search_key(word))
        for word in (
            "total", "sum", "prepared by", "signature", "approved", "toplam", "hazırlayan",
            "imza", "onaylayan", "итого", "всего", "подпись", "составил", "барлығы",
        )
    )
    + r")\b"
)  # fmt: skip
_FOOTER_MAX_CELLS = 2
# Longer cells are refused before any work on them: a shared string can be a
# megabyte repeated in every cell, and every cell would cost that work.
MAX_CELL_LENGTH = 10_000
MAX_NAME_LENGTH = 200
_PROGRESS_EVERY = 2_000
Parser = Callable[[CellValue, dt.datetime], object]


def _text(value: CellValue, _epoch: dt.datetime) -> str:
    return cell_text(value)


def _role(value: CellValue, _epoch: dt.datetime) -> str | None:
    return parse_role(value)


def _languages(value: CellValue, _epoch: dt.datetime) -> tuple[str, ...]:
    return parse_languages(value)


_PARSERS: dict[RosterField, Parser] = {
    RosterField.TITLE: _text,
    RosterField.ORGANIZATION: _text,
    RosterField.ROLE: _role,
    RosterField.ARRIVAL: parse_moment_cell,
    RosterField.DEPARTURE: parse_moment_cell,
    RosterField.ROOM: _text,
    RosterField.DIETARY: _text,
    RosterField.NEEDS: _text,
    RosterField.PASSPORT_NUMBER: _text,
    RosterField.BIRTH_DATE: parse_date,
    RosterField.EMAIL: _text,
    RosterField.PHONE: _text,
    RosterField.LANGUAGES: _languages,
    RosterField.NOTES: _text,
    RosterField.NATIONALITY: _text,
    **TRAVEL_PARSERS,
}


@dataclass(frozen=True, slots=True)
class _Column:
    field: RosterField
    name: str
    index: int
    letter: str
    label: str
    parse: Parser
    is_text: bool
    """Whether the column takes text as it is (trimmed), not a date, role or languages."""

    def value_of(self, value: CellValue, epoch: dt.datetime) -> object:
        """Parse a non-empty cell of this column.

        Raises:
            CellValueError: the value does not fit the column, or is too long to look at.
        """
        if isinstance(value, str) and len(value) > MAX_CELL_LENGTH:
            msg = said("longer than {limit} characters", limit=f"{MAX_CELL_LENGTH:,}")
            raise CellValueError(msg)
        return self.parse(value, epoch)


def check_mapping(table: RosterTable, mapping: ColumnMapping) -> None:
    """Check that ``mapping`` fits ``table``: columns exist and a name is mapped.

    Raises:
        ValueError: saying what is wrong with the mapping.
    """
    for field, index in mapping.items():
        if not 0 <= index < table.width:
            msg = said(
                "{label} is mapped to column {column}, which has no header",
                label=FIELD_LABELS[field],
                column=index + 1,
            )
            raise ValueError(msg)
    if not names_a_person(dict(mapping)):
        msg = said("Choose the column of the name (or of the first and the last name)")
        raise ValueError(msg)


def parse_roster(
    table: RosterTable,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
    *,
    around: dt.date | None = None,
) -> RosterReading:
    """Parse every row of ``table`` with ``mapping`` (by default the automatic one).

    ``around`` (the program's first day) gives a travel date written without
    its year (``TK351 24.08 14:35``) the year that puts it nearest the visit.

    Raises:
        ValueError: the mapping does not fit the table (see :func:`check_mapping`).
        ReadCancelledError: ``progress`` returned ``False``.
    """
    chosen = dict(table.mapping if mapping is None else mapping)
    check_mapping(table, chosen)
    with older_objects_set_aside():
        return _parse_rows(table, chosen, progress, around)


def _parse_rows(
    table: RosterTable,
    chosen: dict[RosterField, int],
    progress: Progress | None,
    around: dt.date | None,
) -> RosterReading:
    parser = _RowParser(table, chosen, around)
    last_named = parser.last_named_row()
    total = len(table.rows)
    for done, (number, values) in enumerate(table.rows):
        if progress is not None and done % _PROGRESS_EVERY == 0 and not progress(done, total):
            msg = said("The import was cancelled")
            raise ReadCancelledError(msg)
        parser.add(number, values, after_last_name=number > last_named)
    if progress is not None:
        progress(total, total)
    return RosterReading(table, chosen, parser.entries, parser.skipped, parser.problems)


class _RowParser:
    """Accumulates entries, skipped rows and problems row by row."""

    def __init__(
        self, table: RosterTable, mapping: dict[RosterField, int], around: dt.date | None = None
    ) -> None:
        self._table = table
        self._around = around
        self._mapping = mapping
        self._columns = [
            _Column(
                field=field,
                name=field.value,
                index=index,
                letter=column_letter(index),
                label=_label(table, field, index),
                parse=_PARSERS[field],
                is_text=_PARSERS[field] is _text,
            )
            for field, index in mapping.items()
            if field not in NAME_FIELDS
        ]
        self._by_name = {column.name: column for column in self._columns}
        self._travel = not TRAVEL_CELLS.isdisjoint(self._by_name)
        self._name_field = next(
            (field for field in (RosterField.NAME, RosterField.LAST_NAME) if field in mapping),
            None,
        )
        self._name_column = column_letter(mapping[self._name_field] if self._name_field else 0)
        # Hashes of each entry's values and identity, pointing at the entry: a
        # long list keeps two integers per row, not a copy of every value.
        self._seen: dict[int, int] = {}
        self._identities: dict[int, int] = {}
        self._previous = table.header_row
        self.entries: list[RosterEntry] = []
        self.skipped: list[SkippedRow] = []
        self.problems: list[Problem] = []

    def name_of(self, values: Row) -> str:
        """Return the participant's name in a row: the name column or its parts joined."""
        index = self._mapping.get(RosterField.NAME)
        if index is not None and (name := line_text(_clipped(values[index]))):
            return name
        parts = (self._mapping.get(field) for field in NAME_FIELDS[1:])
        return fold_spaces(" ".join(line_text(_clipped(values[i])) for i in parts if i is not None))

    def last_named_row(self) -> int:
        """Return the number of the last row with a name (rows after it are a footer)."""
        for number, values in reversed(self._table.rows):
            if self.name_of(values):
                return number
        return self._table.header_row

    def add(self, number: int, values: Row, *, after_last_name: bool) -> None:
        """Parse the row ``number`` and file it as an entry, a skipped row or a problem."""
        self._skip_blank_rows_before(number)
        name = self.name_of(values)
        sheet = self._table.sheet
        if is_footer(values) or (not name and after_last_name):
            note = said("a note under the list")
            self.skipped.append(SkippedRow(sheet, number, "footer", note))
            return
        if not name or len(name) > MAX_NAME_LENGTH:
            message = (
                said("The name is missing")
                if not name
                else said("The name is longer than {limit} characters", limit=MAX_NAME_LENGTH)
            )
            self.problems.append(self._name_problem(number, message))
            return
        fields, problems = self._parse_fields(number, values)
        if (first := self._earlier(self._seen, (name, *fields.items()))) is not None:
            message = said("the same as row {row}", row=first.row)
            self.skipped.append(SkippedRow(sheet, number, "duplicate", message))
            return
        entry = RosterEntry(
            row=number, name=name, name_key=search_key(name), filled=tuple(fields), **fields
        )
        if (first := self._earlier(self._identities, _identity_of(entry))) is not None:
            # Either row may be the right one: this one is left out whole, as it is.
            message = said(
                "{name} is also on row {row}, with different details: keep one",
                name=name,
                row=first.row,
            )
            problems = [left_out(problem) for problem in problems]
            problems.append(self._name_problem(number, message))
        if problems:
            entry = dataclasses.replace(entry, problems=tuple(problems))
        self.entries.append(entry)
        self.problems.extend(problems)

    def _name_problem(self, number: int, message: str) -> Problem:
        """Return a problem of the row's name: it leaves the row out."""
        return Problem(
            self._table.sheet, number, self._name_column, message,
            ProblemEffect.ROW_LEFT_OUT, self._name_field,
        )  # fmt: skip

    def _earlier(self, index: dict[int, int], key: tuple[object, ...]) -> RosterEntry | None:
        """Return the earlier entry with ``key`` in ``index``, or record the next entry's."""
        hashed = hash(key)
        found = index.get(hashed)
        if found is None:
            index[hashed] = len(self.entries)
            return None
        earlier = self.entries[found]
        same = _values_of(earlier) if index is self._seen else _identity_of(earlier)
        return earlier if same == key else None

    def _skip_blank_rows_before(self, number: int) -> None:
        first_blank = self._previous + 1
        if number > first_blank:
            blank = said("row {row} blank", row=first_blank) if number == first_blank + 1 else (
                said("rows {first}–{last} blank", first=first_blank, last=number - 1))  # fmt: skip
            skipped = SkippedRow(
                self._table.sheet, first_blank, "blank", blank, number - first_blank
            )
            self.skipped.append(skipped)
        self._previous = number

    def _parse_fields(self, number: int, values: Row) -> tuple[dict[str, Any], list[Problem]]:
        fields: dict[str, Any] = {}
        problems: list[Problem] = []
        epoch = self._table.epoch
        for column in self._columns:
            value = values[column.index]
            if value is None or value == "":
                continue
            if column.is_text and type(value) is str and len(value) <= MAX_CELL_LENGTH:
                # The common cell, text in a text column, without a call.
                if text := value.strip():
                    fields[column.name] = text
                continue
            try:
                parsed = column.value_of(value, epoch)
            except CellValueError as error:
                message = said("{label}: {reason}", label=column.label, reason=said_of(error))
                problems.append(
                    Problem(
                        self._table.sheet, number, column.letter, message,
                        ProblemEffect.VALUE_LEFT_OUT, column.field,
                    )
                )  # fmt: skip
                continue
            if parsed not in (None, "", ()):
                fields[column.name] = parsed
        if self._travel and not TRAVEL_CELLS.isdisjoint(fields):
            self._settle_travel(number, fields, problems)
        return fields, problems

    def _settle_travel(self, number: int, fields: dict[str, Any], problems: list[Problem]) -> None:
        """Replace the travel cells in ``fields`` by the arrival's and departure's fields."""
        for name, message in settle_travel(fields, self._around):
            column = self._by_name[name]
            problems.append(
                Problem(
                    self._table.sheet, number, column.letter,
                    said("{label}: {reason}", label=column.label, reason=message),
                    ProblemEffect.VALUE_LEFT_OUT, column.field,
                )
            )  # fmt: skip


def left_out(problem: Problem) -> Problem:
    """Return ``problem`` as one of a row left out of the import."""
    if problem.row_left_out:
        return problem
    return dataclasses.replace(problem, effect=ProblemEffect.ROW_LEFT_OUT)


def _values_of(entry: RosterEntry) -> tuple[object, ...]:
    """Return the name and the (field, value) pairs a row filled, as a row's fields give them."""
    return (entry.name, *((name, getattr(entry, name)) for name in entry.filled))


def _identity_of(entry: RosterEntry) -> tuple[object, ...]:
    return (entry.name_key, organization_key(entry.organization), entry.birth_date)


@functools.lru_cache(maxsize=4096)
def organization_key(name: str) -> str:
    """Return the search key of an organization's name; lists repeat a few names often."""
    return search_key(name)


def _clipped(value: CellValue) -> CellValue:
    """Return ``value`` cut to a length past every limit, so long text costs nothing."""
    return value[: MAX_NAME_LENGTH * 5] if isinstance(value, str) else value


def _label(table: RosterTable, field: RosterField, index: int) -> str:
    return table.headers[index] if index < len(table.headers) and table.headers[index] else (
        FIELD_LABELS[field])  # fmt: skip


def is_footer(values: Row) -> bool:
    """Tell whether a row is a note such as ``Total: 8`` or ``Prepared by…``, not a person."""
    if len(values) - values.count(None) - values.count("") > _FOOTER_MAX_CELLS:
        return False
    filled = [value for value in values if value is not None and value != ""]
    return any(
        isinstance(value, str) and _FOOTER.match(search_key(value[:100])) for value in filled
    )
