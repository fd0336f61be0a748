"""A filter box over a sortable table: the body of every tab of a program."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.fitted_columns import FittedWhenShown
from coordinator.ui.header_layout import HeaderLayout
from coordinator.ui.record_table_model import RecordTableModel

FIT_ROWS = 100
"""Rows a column's width is measured on (Qt's default of 1,000 is slow on every load)."""


class RecordTableView(FittedWhenShown):
    """A table of records with a filter box and a count of the rows shown.

    Layout only: the model does the filtering and the sorting. The columns can
    be hidden and moved from the header's context menu (:mod:`header_layout`),
    and :meth:`remember_layout` keeps what the user made of them.

    Signals:
        row_activated(int): a row was double-clicked or Enter was pressed on it.
        selection_changed(): the selected row changed.
    """

    row_activated = Signal(int)
    selection_changed = Signal()

    def __init__(
        self, model: RecordTableModel[Any], placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(placeholder)
        self.filter_box.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(model)
        self._configure_table()
        self._build_layout()
        self._connect_signals()
        self._update_count()

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorClearable(True)
        header.setSortIndicatorShown(False)
        # Widths are measured on this many rows, not on 100,000: quick, and wide enough.
        header.setResizeContentsPrecision(FIT_ROWS)
        self.header_layout = HeaderLayout(header)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _connect_signals(self) -> None:
        self.filter_box.textChanged.connect(self._model.set_filter)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_changed)
        self._model.modelReset.connect(self._update_count)

    def _on_selection_changed(self) -> None:
        self.selection_changed.emit()

    def _on_activated(self, index: QModelIndex) -> None:
        self.row_activated.emit(index.row())

    def _on_sort_changed(self, section: int, _order: Qt.SortOrder) -> None:
        self.table.horizontalHeader().setSortIndicatorShown(section >= 0)

    def _update_count(self) -> None:
        shown, total = self._model.rowCount(), self._model.total_count()
        if shown == total:
            text = self.tr("%n row(s)", "", total)
        else:
            text = self.tr("{shown} of {total} shown").format(shown=shown, total=total)
        self.count_label.setText(text)

    def current_row(self) -> int | None:
        """Return the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        """Select ``row`` and scroll it into view."""
        self.table.selectRow(row)
        self.table.scrollTo(self._model.index(row, 0))

    def remember_layout(self, settings: QSettings, table: str) -> None:
        """Keep the columns' order, widths and hidden ones in ``settings`` under ``table``."""
        self.header_layout.remember(settings, table)

    def _measure_columns(self) -> None:
        """Size the columns to their contents, within reason, unless the user sized them."""
        if self.header_layout.customized:
            return
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for section in range(header.count()):
            header.resizeSection(section, min(header.sectionSize(section), 400))
