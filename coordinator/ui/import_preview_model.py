"""What an import will do, row by row of the file: the table of the preview page.

One line per row added, updated or skipped and one per problem, in the order of
the file's rows. Problem lines are tinted and carry an icon, red for a row left
out and amber for a value left out of a row imported; a filter shows only them.
A problem line tells which cells of its row can be corrected
(:meth:`ImportPreviewModel.correction_of`). The lines point into the plan (no
copy of its rows), so a plan of 100,000 rows costs a list of small tuples.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from coordinator.excel import RosterField
from coordinator.excel.cell_parsing import cell_text as typed_text
from coordinator.excel.cell_parsing import column_letter
from coordinator.services.roster_import import ImportPlan
from coordinator.ui.core_words import translated
from coordinator.ui.icons import icon
from coordinator.ui.import_sample_model import UNCERTAIN_TINT, cell_text
from coordinator.ui.import_texts import field_labels, skip_reason
from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.titled_table_model import TitledTableModel

PROBLEM_TINT = QColor(253, 222, 220)
VALUE_PROBLEM_TINT = UNCERTAIN_TINT

_NAME_PARTS = (RosterField.FIRST_NAME, RosterField.MIDDLE_NAME, RosterField.LAST_NAME)


class LineKind(IntEnum):
    """What a line of the preview stands for."""

    ADD = 0
    UPDATE = 1
    SKIP = 2
    PROBLEM = 3
    """A problem that leaves its row out."""
    VALUE_PROBLEM = 4
    """A problem that leaves one value out of a row imported."""


PROBLEM_KINDS = (LineKind.PROBLEM, LineKind.VALUE_PROBLEM)


@dataclass(frozen=True, slots=True)
class CellChoice:
    """A cell of a problem's row that can be corrected: its column and its text now."""

    column: int
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class CorrectionTarget:
    """A problem line's row, to correct one of its cells: the problem's cell by default.

    ``row`` is the row number as Excel shows it; ``choices`` are the cells of
    the columns imported, ``current`` the position in it of the problem's cell.
    """

    sheet: str
    row: int
    name: str
    message: str
    choices: tuple[CellChoice, ...]
    current: int


class PreviewColumn(IntEnum):
    """The columns of the preview."""

    RESULT = 0
    SHEET = 1
    ROW = 2
    COLUMN = 3
    NAME = 4
    DETAILS = 5


class ImportPreviewModel(TitledTableModel):
    """A read-only table of an :class:`ImportPlan`, with a filter for the problems."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Result"),
                self.tr("Sheet"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Name"),
                self.tr("Details"),
            ),
            parent,
        )
        self._plan: ImportPlan | None = None
        self._lines: list[tuple[int, LineKind, int]] = []
        self._visible: list[int] = []
        self._problems_only = False
        self._problem_names: list[str] = []
        self._labels: dict[RosterField, str] = {}

    # The plan

    def set_plan(self, plan: ImportPlan | None) -> None:
        """Show ``plan`` (``None``: nothing)."""
        self.beginResetModel()
        self._plan = plan
        self._labels = field_labels()
        self._lines = [] if plan is None else _lines_of(plan)
        self._problem_names = [] if plan is None else _problem_names(plan)
        self._apply_filter()
        self.endResetModel()

    def set_problems_only(self, problems_only: bool) -> None:
        """Show only the problems, or every line."""
        if problems_only == self._problems_only:
            return
        self.beginResetModel()
        self._problems_only = problems_only
        self._apply_filter()
        self.endResetModel()

    def problems_only(self) -> bool:
        """Tell whether only the problems are shown."""
        return self._problems_only

    def kind(self, row: int) -> LineKind:
        """Return what the line shown in ``row`` stands for."""
        return self._lines[self._visible[row]][1]

    def line_of(self, sheet_row: int) -> int | None:
        """Return the first line shown for the file's row ``sheet_row``, if one is."""
        for line, position in enumerate(self._visible):
            if self._lines[position][0] == sheet_row:
                return line
        return None

    def can_correct(self, row: int) -> bool:
        """Tell whether the line shown in ``row`` is a problem about a row of the file."""
        if self._plan is None or not 0 <= row < len(self._visible):
            return False
        _, kind, item = self._lines[self._visible[row]]
        return kind in PROBLEM_KINDS and self._plan.problems[item].row is not None

    def correction_of(self, row: int) -> CorrectionTarget | None:
        """Return what the user may correct for the line shown in ``row`` (``None``: nothing).

        Only a problem about a row of the file can be corrected, in any column imported.
        """
        plan = self._plan
        if plan is None or not self.can_correct(row):
            return None
        item = self._lines[self._visible[row]][2]
        problem = plan.problems[item]
        values = None if problem.row is None else plan.table.values_at(problem.row)
        if problem.row is None or values is None:
            return None
        columns = sorted(set(plan.mapping.values()))
        choices = tuple(
            CellChoice(
                column,
                self._cell_title(plan, column),
                typed_text(values[column]) if column < len(values) else "",
            )
            for column in columns
        )
        letters = [column_letter(column) for column in columns]
        current = letters.index(problem.column) if problem.column in letters else 0
        return CorrectionTarget(
            problem.sheet,
            problem.row,
            self._problem_names[item],
            translated(problem.message),
            choices,
            current,
        )

    def _cell_title(self, plan: ImportPlan, column: int) -> str:
        """Return how a column is named to correct its cell: ``E-mail (column F)``."""
        fields = ", ".join(
            self._labels[field] for field, index in plan.mapping.items() if index == column
        )
        return self.tr("{field} (column {column})").format(
            field=fields, column=column_letter(column)
        )

    def total_count(self) -> int:
        """Return the number of lines, shown or filtered out."""
        return len(self._lines)

    def _apply_filter(self) -> None:
        if self._problems_only:
            self._visible = [
                position
                for position, (_, kind, _) in enumerate(self._lines)
                if kind in PROBLEM_KINDS
            ]
        else:
            self._visible = list(range(len(self._lines)))

    # Qt's model interface

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of lines shown."""
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, and the tint and icon of its line."""
        if not (
            index.isValid()
            and 0 <= index.row() < len(self._visible)
            and 0 <= index.column() < len(PreviewColumn)
        ):
            return None
        kind = self.kind(index.row())
        column = PreviewColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), kind, column)
        return self._look(kind, column, role)

    def _look(self, kind: LineKind, column: PreviewColumn, role: int) -> QIcon | QBrush | None:
        if role == Qt.ItemDataRole.DecorationRole and column is PreviewColumn.RESULT:
            return icon(_ICONS[kind])
        if role == Qt.ItemDataRole.BackgroundRole and kind in _TINTS:
            return QBrush(_TINTS[kind])
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(kind)
        return None

    def _tooltip(self, row: int, kind: LineKind, column: PreviewColumn) -> str:
        text = self._text(row, column)
        if column is not PreviewColumn.RESULT or kind not in PROBLEM_KINDS:
            return text
        if kind is LineKind.PROBLEM:
            effect = self.tr("The row is not imported.")
        else:
            effect = self.tr("The row is imported without this value.")
        hint = self.tr("Double-click or press F2 to correct the value.")
        return f"{effect}\n{hint}" if self.can_correct(row) else effect

    def _foreground(self, kind: LineKind) -> QBrush | None:
        if kind is LineKind.SKIP:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if kind in PROBLEM_KINDS:
            # A dark text on the light tint, whatever the theme.
            return QBrush(QColor(60, 20, 20))
        return None

    # The texts of a line

    def _text(self, row: int, column: PreviewColumn) -> str:
        plan = self._plan
        assert plan is not None
        _, kind, item = self._lines[self._visible[row]]
        if column is PreviewColumn.RESULT:
            return self.result_text(kind)
        if kind is LineKind.ADD:
            return self._addition_text(plan, item, column)
        if kind is LineKind.UPDATE:
            return self._update_text(plan, item, column)
        if kind is LineKind.SKIP:
            return self._skip_text(plan, item, column)
        return self._problem_text(plan, item, column)

    def result_text(self, kind: LineKind) -> str:
        """Return what a line of ``kind`` says in the Result column."""
        return {
            LineKind.ADD: self.tr("Add"),
            LineKind.UPDATE: self.tr("Update"),
            LineKind.SKIP: self.tr("Skip"),
            LineKind.PROBLEM: self.tr("Row left out"),
            LineKind.VALUE_PROBLEM: self.tr("Value left out"),
        }[kind]

    def _addition_text(self, plan: ImportPlan, item: int, column: PreviewColumn) -> str:
        entry = plan.additions[item].entry
        texts = {
            PreviewColumn.SHEET: plan.table.sheet,
            PreviewColumn.ROW: str(entry.row),
            PreviewColumn.NAME: entry.name,
            PreviewColumn.DETAILS: " · ".join(
                part for part in (entry.title, entry.organization) if part
            ),
        }
        return texts.get(column, "")

    def _update_text(self, plan: ImportPlan, item: int, column: PreviewColumn) -> str:
        update = plan.updates[item]
        if column is PreviewColumn.SHEET:
            return plan.table.sheet
        if column is PreviewColumn.ROW:
            return str(update.row)
        if column is PreviewColumn.NAME:
            return update.data.name
        if column is PreviewColumn.DETAILS:
            before = dataclasses.asdict(update.before.as_input())
            after = dataclasses.asdict(update.data)
            changed = [
                self._labels[field]
                for field in RosterField
                if field.value in after and before[field.value] != after[field.value]
            ]
            return self.tr("Changes: {fields}").format(fields=", ".join(changed))
        return ""

    def _skip_text(self, plan: ImportPlan, item: int, column: PreviewColumn) -> str:
        skipped = plan.skipped[item]
        if column is PreviewColumn.SHEET:
            return skipped.sheet
        if column is PreviewColumn.ROW:
            last = skipped.row + skipped.count - 1
            return str(skipped.row) if last == skipped.row else f"{skipped.row}–{last}"
        if column is PreviewColumn.DETAILS:
            if skipped.reason == "blank":
                return self.tr("%Ln blank row(s)", "", skipped.count)
            reason = skip_reason(skipped.reason)
            # "the same as row 4" says which row; the other reasons say it all.
            if skipped.reason != "duplicate":
                return reason
            return f"{reason} ({translated(skipped.message)})"
        return ""

    def _problem_text(self, plan: ImportPlan, item: int, column: PreviewColumn) -> str:
        problem = plan.problems[item]
        texts = {
            PreviewColumn.SHEET: problem.sheet,
            PreviewColumn.ROW: "" if problem.row is None else str(problem.row),
            PreviewColumn.COLUMN: problem.column or "",
            PreviewColumn.NAME: self._problem_names[item],
            PreviewColumn.DETAILS: translated(problem.message),
        }
        return texts.get(column, "")


_ICONS = {
    LineKind.ADD: "import-add",
    LineKind.UPDATE: "import-update",
    LineKind.SKIP: "import-skip",
    LineKind.PROBLEM: "import-problem",
    LineKind.VALUE_PROBLEM: "import-uncertain",
}
_TINTS = {LineKind.PROBLEM: PROBLEM_TINT, LineKind.VALUE_PROBLEM: VALUE_PROBLEM_TINT}


def _lines_of(plan: ImportPlan) -> list[tuple[int, LineKind, int]]:
    """Return (row, kind, position in the plan's list) for every line, in row order."""
    lines = [(item.row, LineKind.ADD, i) for i, item in enumerate(plan.additions)]
    lines += [(item.row, LineKind.UPDATE, i) for i, item in enumerate(plan.updates)]
    lines += [(item.row, LineKind.SKIP, i) for i, item in enumerate(plan.skipped)]
    lines += [
        (item.row or 0, LineKind.PROBLEM if item.row_left_out else LineKind.VALUE_PROBLEM, i)
        for i, item in enumerate(plan.problems)
    ]
    lines.sort()
    return lines


def _problem_names(plan: ImportPlan) -> list[str]:
    """Return the name written in each problem's row, to say whom the problem is about."""
    rows = plan.table.rows
    numbers = [number for number, _ in rows]
    names: list[str] = []
    for problem in plan.problems:
        position = bisect.bisect_left(numbers, problem.row or 0)
        found = position < len(rows) and numbers[position] == problem.row
        names.append(_name_in(plan.mapping, rows[position][1]) if found else "")
    return names


def _name_in(mapping: dict[RosterField, int], values: tuple[object, ...]) -> str:
    def value(field: RosterField) -> str:
        index = mapping.get(field)
        return cell_text(values[index]) if index is not None and index < len(values) else ""

    return value(RosterField.NAME) or " ".join(
        part for part in (value(field) for field in _NAME_PARTS) if part
    )
