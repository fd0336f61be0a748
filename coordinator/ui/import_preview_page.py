"""The second page of the import wizard: what the import will do, row by row.

Layout only: the rows to add, update and skip and every problem with its
sheet, row and column, a filter for the problems and the counts in one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from coordinator.ui.import_preview_model import ImportPreviewModel, LineKind, PreviewColumn

if TYPE_CHECKING:
    from coordinator.services.roster_import import ImportPlan


class ImportPreviewPage(QWizardPage):
    """The plan of the import; the wizard's Import button carries it out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "Nothing is changed until you press Import. Rows with a problem are left out: "
                "correct them in the file, or go back and choose other columns."
            )
        )
        self._plan: ImportPlan | None = None
        self.summary = QLabel(self)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.problems_only = QCheckBox(self.tr("Show only &problems"), self)
        self.model = ImportPreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self._configure_table()
        self._build_layout()
        self._connect_signals()

    def _configure_table(self) -> None:
        table = self.table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.problems_only)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.note)

    def _connect_signals(self) -> None:
        self.problems_only.toggled.connect(self.model.set_problems_only)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self.detail.clear)

    def show_plan(self, plan: ImportPlan) -> None:
        """Show what ``plan`` will do."""
        self._plan = plan
        self.model.set_plan(plan)
        self.summary.setText(self._summary(plan))
        self.problems_only.setEnabled(bool(plan.problems))
        if not plan.problems:
            self.problems_only.setChecked(False)
        self._fit_columns()
        if not (plan.additions or plan.updates):
            self.note.setText(self.tr("There is nothing to import from this file."))
        else:
            self.note.setText(self.tr("Edit ▸ Undo takes the whole import back."))
        self.completeChanged.emit()

    def _show_detail(self, current: QModelIndex) -> None:
        """Show the whole line chosen, whose details the column may cut short."""
        if not current.isValid():
            self.detail.clear()
            return
        texts = [
            str(self.model.data(self.model.index(current.row(), column)) or "")
            for column in PreviewColumn
        ]
        result, sheet, row, column, name, details = texts
        if column:
            where = self.tr("sheet {sheet}, row {row}, column {column}")
        else:
            where = self.tr("sheet {sheet}, row {row}")
        where = where.format(sheet=sheet, row=row, column=column)
        self.detail.setText(" — ".join(part for part in (result, where, name, details) if part))

    def _summary(self, plan: ImportPlan) -> str:
        """Return the counts of a plan in one line: ``8 to add · 2 to update · …``."""
        parts = (
            self.tr("%Ln to add", "", len(plan.additions)),
            self.tr("%Ln to update", "", len(plan.updates)),
            self.tr("%Ln skipped", "", plan.skipped_count),
            self.tr("%Ln problem(s)", "", len(plan.problems)),
        )
        return " · ".join(parts)

    def show_note(self, text: str) -> None:
        """Say something under the table, e.g. that the import was cancelled."""
        self.note.setText(text)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        labels = [self.model.headerData(PreviewColumn.RESULT, Qt.Orientation.Horizontal)]
        labels += [self.model.result_text(kind) for kind in LineKind]
        result = max(metrics.horizontalAdvance(str(label)) for label in labels) + 40
        widths = {
            PreviewColumn.RESULT: result,
            PreviewColumn.SHEET: 110,
            PreviewColumn.ROW: 60,
            PreviewColumn.COLUMN: 70,
            PreviewColumn.NAME: 220,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.table.scrollToTop()

    def isComplete(self) -> bool:
        """Import only a plan that adds or updates someone."""
        plan = self._plan
        return plan is not None and bool(plan.additions or plan.updates)
