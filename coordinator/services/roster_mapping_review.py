"""How sure a roster's column mapping is, for the import wizard to mark what needs a look.

Reading a roster maps columns from their headers; the wizard lets the user
correct that mapping. This module tells, without a database, which fields are
certain (the header names the field, the user chose the column, or the mapping
was remembered for this header layout) and which are uncertain and why: a
column whose header names another field, a column chosen for two fields,
another column that looks like the same field, or first rows whose values do
not read as the field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from coordinator.domain.messages import said_of
from coordinator.excel import RosterField, RosterTable, check_mapping, parse_roster
from coordinator.excel.cell_parsing import column_letter
from coordinator.excel.roster_fields import NAME_FIELDS, field_for_header

SAMPLE_ROWS = 20
"""How many of the first rows the values of each column are checked on."""


class FieldSource(StrEnum):
    """Where a field's column comes from."""

    HEADER = "header"
    """The column's header names the field."""
    GUESS = "guess"
    """The reader chose the column although its header names another field."""
    REMEMBERED = "remembered"
    """The mapping remembered for this header layout chose the column."""
    CHOSEN = "chosen"
    """The user chose the column."""
    NONE = "none"
    """The field is not imported."""


class DoubtKind(StrEnum):
    """Why a field's column is uncertain."""

    GUESSED = "guessed"
    """The column's header names another field (``other_field``)."""
    SHARED = "shared"
    """The same column is chosen for another field (``other_field``) too."""
    OTHER_COLUMN = "other_column"
    """Another column (``column``) looks like this field but is not imported."""
    VALUES = "values"
    """Many of the first values do not read as this field (``count`` of ``total``)."""


@dataclass(frozen=True, slots=True)
class Doubt:
    """One reason to check a field's column; the fields used depend on ``kind``.

    ``message`` is the reader's own sentence about the first value that does
    not fit (for :attr:`DoubtKind.VALUES`).
    """

    kind: DoubtKind
    other_field: RosterField | None = None
    column: int | None = None
    count: int = 0
    total: int = 0
    message: str = ""


@dataclass(frozen=True, slots=True)
class FieldReview:
    """A field, the column it is read from (``None``: not imported) and any doubts."""

    field: RosterField
    column: int | None
    source: FieldSource
    doubts: tuple[Doubt, ...] = ()

    @property
    def uncertain(self) -> bool:
        """Whether the user should check this field's column."""
        return bool(self.doubts)


@dataclass(frozen=True, slots=True)
class ColumnReview:
    """A column of the file: its letter, header, the fields read from it.

    ``suggested`` is the field its header names, if any: a column that names a
    field but is not imported is worth a look too.
    """

    index: int
    letter: str
    header: str
    fields: tuple[RosterField, ...]
    suggested: RosterField | None
    uncertain: bool


@dataclass(frozen=True)
class MappingReview:
    """The review of a whole mapping: per field, per column, and whether it can be planned.

    ``error`` is the reader's sentence when the mapping cannot be used at all
    (no name column); the import cannot be planned until it is fixed.
    """

    fields: tuple[FieldReview, ...]
    columns: tuple[ColumnReview, ...]
    error: str | None

    def field(self, field: RosterField) -> FieldReview:
        """Return the review of ``field``."""
        return next(review for review in self.fields if review.field is field)

    @property
    def uncertain_fields(self) -> tuple[FieldReview, ...]:
        """The fields the user should check, in field order."""
        return tuple(review for review in self.fields if review.uncertain)


def automatic_mapping_of(table: RosterTable) -> dict[RosterField, int]:
    """Return the mapping the reader found from the headers of the table's sheet.

    ``table.mapping`` may be a remembered one; the sheet summary keeps the automatic one.
    """
    for summary in table.sheets:
        if summary.name == table.sheet and summary.header_row == table.header_row:
            return dict(summary.mapping)
    return dict(table.mapping)


def review_mapping(table: RosterTable, mapping: Mapping[RosterField, int]) -> MappingReview:
    """Review ``mapping`` (the user's current choice) for ``table``.

    The mapping the table was read with (``table.mapping``) tells which columns
    the user changed; where it differs from the automatic one, it was remembered.
    """
    current = dict(mapping)
    suggested = [field_for_header(header) for header in table.headers]
    value_doubts, error = _value_doubts(table, current)
    fields = tuple(
        _review_field(table, field, current, suggested, value_doubts.get(field))
        for field in RosterField
    )
    uncertain_columns = {
        review.column for review in fields if review.uncertain and review.column is not None
    }
    for review in fields:
        uncertain_columns.update(
            doubt.column
            for doubt in review.doubts
            if doubt.kind is DoubtKind.OTHER_COLUMN and doubt.column is not None
        )
    columns = tuple(
        ColumnReview(
            index=index,
            letter=column_letter(index),
            header=header,
            fields=tuple(field for field in RosterField if current.get(field) == index),
            suggested=suggested[index],
            uncertain=index in uncertain_columns,
        )
        for index, header in enumerate(table.headers)
    )
    return MappingReview(fields, columns, error)


def _review_field(
    table: RosterTable,
    field: RosterField,
    current: dict[RosterField, int],
    suggested: list[RosterField | None],
    value_doubt: Doubt | None,
) -> FieldReview:
    column = current.get(field)
    if column is None:
        # A field the user took out is settled; one the reader left out may be worth a look.
        left_out = field in table.mapping
        unimported = () if left_out else _unimported_doubts(field, current, suggested)
        return FieldReview(field, None, FieldSource.NONE, unimported)
    source = _source(table, field, column, suggested)
    doubts: list[Doubt] = []
    header_field = suggested[column] if column < len(suggested) else None
    if source is FieldSource.GUESS and header_field is not None:
        doubts.append(Doubt(DoubtKind.GUESSED, other_field=header_field))
    doubts.extend(
        Doubt(DoubtKind.SHARED, other_field=other)
        for other, index in current.items()
        if index == column and other is not field
    )
    if source not in (FieldSource.CHOSEN, FieldSource.REMEMBERED):
        # The user has seen the other columns when choosing this one.
        doubts.extend(
            Doubt(DoubtKind.OTHER_COLUMN, column=index)
            for index, named in enumerate(suggested)
            if named is field and index != column and index not in current.values()
        )
    if value_doubt is not None:
        doubts.append(value_doubt)
    return FieldReview(field, column, source, tuple(doubts))


def _source(
    table: RosterTable, field: RosterField, column: int, suggested: list[RosterField | None]
) -> FieldSource:
    if table.mapping.get(field) != column:
        return FieldSource.CHOSEN
    if automatic_mapping_of(table).get(field) != column:
        return FieldSource.REMEMBERED
    # Otherwise the reader moved it, e.g. "Name" beside "Surname" read as the given name.
    return FieldSource.HEADER if suggested[column] is field else FieldSource.GUESS


def _unimported_doubts(
    field: RosterField, current: dict[RosterField, int], suggested: list[RosterField | None]
) -> tuple[Doubt, ...]:
    """A field left out although a column not imported names it: say which column."""
    if field in NAME_FIELDS and RosterField.NAME in current:
        return ()
    return tuple(
        Doubt(DoubtKind.OTHER_COLUMN, column=index)
        for index, named in enumerate(suggested)
        if named is field and index not in current.values()
    )


def _value_doubts(
    table: RosterTable, mapping: dict[RosterField, int]
) -> tuple[dict[RosterField, Doubt], str | None]:
    """Parse the first rows with ``mapping``: the fields most of whose values do not read."""
    try:
        check_mapping(table, mapping)
    except ValueError as error:
        return {}, said_of(error)
    sample = dataclasses.replace(table, rows=table.sample(SAMPLE_ROWS))
    reading = parse_roster(sample, mapping)
    failures: dict[str, list[str]] = {}
    for problem in reading.problems:
        if problem.column is not None:
            failures.setdefault(problem.column, []).append(problem.message)
    doubts: dict[RosterField, Doubt] = {}
    for field, index in mapping.items():
        messages = failures.get(column_letter(index), [])
        filled = sum(1 for _, values in sample.rows if values[index] not in (None, ""))
        if messages and filled and len(messages) * 2 >= filled and field not in NAME_FIELDS:
            doubts[field] = Doubt(
                DoubtKind.VALUES, count=len(messages), total=filled, message=messages[0]
            )
    return doubts, None
