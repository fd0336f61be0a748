"""The first rows of a roster file under its columns, as the mapping page shows them.

Each column's header says which field it fills (or that it is not imported);
columns whose mapping is uncertain carry a warning icon and a tint, columns
not imported are greyed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from coordinator.excel import RosterField
from coordinator.services.roster_mapping_review import ColumnReview, MappingReview
from coordinator.ui.formatting import format_date, format_date_time, format_time
from coordinator.ui.icons import icon
from coordinator.ui.import_texts import column_title, field_labels
from coordinator.ui.model_index import ROOT, AnyIndex

SampleRow = tuple[int, tuple[object, ...]]
UNCERTAIN_TINT = QColor(255, 236, 179)


def cell_text(value: object) -> str:
    """Return a raw cell value as the sample shows it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_date_time(value) if value.time() != dt.time() else format_date(value.date())
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return format_time(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


class ImportSampleModel(QAbstractTableModel):
    """A read-only table of the sample rows, one column per column of the file."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SampleRow] = []
        self._columns: tuple[ColumnReview, ...] = ()
        self._labels: dict[RosterField, str] = {}

    def set_sample(self, rows: Sequence[SampleRow], review: MappingReview) -> None:
        """Show ``rows`` (row number, values) under the columns of ``review``."""
        self.beginResetModel()
        self._rows = list(rows)
        self._columns = review.columns
        self._labels = field_labels()
        self.endResetModel()

    def set_review(self, review: MappingReview) -> None:
        """Show a new review of the same columns (the user changed the mapping)."""
        if len(review.columns) != len(self._columns):
            self.set_sample(self._rows, review)
            return
        self._columns = review.columns
        if self._columns:
            last = len(self._columns) - 1
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    def column(self, section: int) -> ColumnReview:
        """Return the review of the column shown in ``section``."""
        return self._columns[section]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of sample rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of the file's columns."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, greyed when its column is not imported."""
        if not self._valid(index):
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = self._rows[index.row()][1]
            return cell_text(values[index.column()]) if index.column() < len(values) else ""
        if role == Qt.ItemDataRole.ForegroundRole and not column.fields:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.BackgroundRole and column.uncertain:
            return QBrush(UNCERTAIN_TINT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return a column's header and field, or the row number in the file."""
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(self._rows[section][0])
            return None
        if not 0 <= section < len(self._columns):
            return None
        return self._column_header(self._columns[section], role)

    def _column_header(self, column: ColumnReview, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{column_title(column)}\n{self._fields_text(column)}"
        if role == Qt.ItemDataRole.DecorationRole and column.uncertain:
            return icon("import-uncertain")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column)
        return None

    def _fields_text(self, column: ColumnReview) -> str:
        if not column.fields:
            return self.tr("(not imported)")
        return "→ " + ", ".join(self._labels[field] for field in column.fields)

    def _tooltip(self, column: ColumnReview) -> str:
        lines = [column_title(column), self._fields_text(column)]
        if not column.fields and column.suggested is not None:
            lines.append(
                self.tr(
                    "Its header suggests {field}: choose this column for it to import it."
                ).format(field=self._labels[column.suggested])
            )
        elif column.uncertain:
            lines.append(self.tr("Check this column: its field is uncertain."))
        return "\n".join(lines)

    def _valid(self, index: AnyIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._columns)
        )
