"""The second page of the import wizard: what the import will do, row by row.

The rows to add, update and skip and every problem with its sheet, row and
column, a filter for the problems and the counts in one line. A problem's value
can be corrected (double-click, F2 or the Correct button): the page asks for it
with :attr:`ImportPreviewPage.correction_requested` and the wizard's controller
plans the import again with the value corrected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from coordinator.excel.roster_records import CellAddress
from coordinator.ui.import_preview_model import (
    CorrectionTarget,
    ImportPreviewModel,
    LineKind,
    PreviewColumn,
)

if TYPE_CHECKING:
    from coordinator.services.roster_import import ImportPlan


class CorrectionDialog(QDialog):
    """A small editor for one cell of a problem's row, the problem's cell first.

    The text typed is read as the file's cell would be, once the import is
    planned again; an empty text leaves the field empty.

    Signals:
        corrected(object): the ``dict[CellAddress, str]`` of the cell and its new text.
    """

    corrected = Signal(object)

    def __init__(self, target: CorrectionTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a value"))
        self._target = target
        where = QLabel(
            self.tr("Row {row}: {name}").format(row=target.row, name=target.name or "—"), self
        )
        font = where.font()
        font.setBold(True)
        where.setFont(font)
        problem = QLabel(target.message, self)
        problem.setWordWrap(True)
        self.cell = QComboBox(self)
        for choice in target.choices:
            self.cell.addItem(choice.title, choice.column)
        self.value = QLineEdit(self)
        self.value.setMinimumWidth(320)
        note = QLabel(
            self.tr(
                "The value is read as the file's cell would be. "
                "Leave it empty to import the row without it."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(where)
        form.addRow(problem)
        form.addRow(self.tr("&Cell:"), self.cell)
        form.addRow(self.tr("&Value:"), self.value)
        form.addRow(note)
        form.addRow(buttons)
        self.cell.currentIndexChanged.connect(self._show_cell)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.cell.setCurrentIndex(target.current)
        self._show_cell(target.current)

    def _show_cell(self, position: int) -> None:
        if 0 <= position < len(self._target.choices):
            self.value.setText(self._target.choices[position].text)
            self.value.selectAll()
            self.value.setFocus()

    def accept(self) -> None:
        """Ask for the plan again if the text changed, and close."""
        position = self.cell.currentIndex()
        if 0 <= position < len(self._target.choices):
            choice = self._target.choices[position]
            text = self.value.text().strip()
            if text != choice.text:
                self.corrected.emit({CellAddress(self._target.row, choice.column): text})
        super().accept()


class ImportPreviewPage(QWizardPage):
    """The plan of the import; the wizard's Import button carries it out.

    Signals:
        correction_requested(object): plan again with these cells corrected
            (``dict[CellAddress, str]``, the text typed).
    """

    correction_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "Nothing is changed until you press Import. A value that does not fit is left "
                "out and the rest of its row imported; a row is left out only without a name, "
                "or when it cannot be told apart from another. Double-click a problem or press "
                "F2 to correct it."
            )
        )
        self._plan: ImportPlan | None = None
        self.summary = QLabel(self)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.problems_only = QCheckBox(self.tr("Show only &problems"), self)
        self.correct_button = QPushButton(self.tr("&Correct value…"), self)
        self.correct_button.setEnabled(False)
        self.correct_action = QAction(self.tr("Correct value"), self)
        self.correct_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.correct_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.correction_dialog: CorrectionDialog | None = None
        self.model = ImportPreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.addAction(self.correct_action)
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
        bar.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.note)

    def _connect_signals(self) -> None:
        self.problems_only.toggled.connect(self.model.set_problems_only)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self.detail.clear)
        self.model.modelReset.connect(lambda: self.correct_button.setEnabled(False))
        self.table.doubleClicked.connect(self.correct_line)
        self.correct_action.triggered.connect(lambda: self.correct_line(self.table.currentIndex()))
        self.correct_button.clicked.connect(lambda: self.correct_line(self.table.currentIndex()))

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

    def select_row(self, sheet_row: int) -> None:
        """Make the first line of the file's row ``sheet_row`` current, if one is shown."""
        line = self.model.line_of(sheet_row)
        if line is not None:
            index = self.model.index(line, PreviewColumn.RESULT)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def correct_line(self, index: QModelIndex) -> None:
        """Open the editor of the problem on the line of ``index``, if it can be corrected."""
        target = self.model.correction_of(index.row()) if index.isValid() else None
        if target is None:
            return
        if self.correction_dialog is not None:
            self.correction_dialog.close()
        dialog = CorrectionDialog(target, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(self.correction_requested)
        dialog.finished.connect(self._forget_dialog)
        self.correction_dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self.correction_dialog = None

    def _show_detail(self, current: QModelIndex) -> None:
        """Show the whole line chosen, whose details the column may cut short."""
        self.correct_button.setEnabled(current.isValid() and self.model.can_correct(current.row()))
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
            self.tr("%Ln row(s) left out", "", plan.rows_left_out),
            self.tr("%Ln value(s) left out", "", plan.values_left_out),
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
