"""A program workbook's import before it is applied: the counts by sheet and every problem."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.core_words import translated
from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.titled_table_model import TitledTableModel

if TYPE_CHECKING:
    from coordinator.excel.roster_records import Problem
    from coordinator.services.program_import import ProgramImportPlan


class ProblemTableModel(TitledTableModel):
    """The problems of an import plan: sheet, row, column and what is wrong."""

    def __init__(self, problems: tuple[Problem, ...], parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")), parent
        )
        self._rows = tuple(
            (problem.sheet, "" if problem.row is None else str(problem.row),
             problem.column or "", problem.message)
            for problem in problems
        )  # fmt: skip

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of problems."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        # The problem's sentence is the core's: said in the interface's language when shown.
        return translated(self._rows[index.row()][index.column()])


class ProgramImportPreview(QDialog):
    """Counts of what the import adds, updates and leaves out, and every problem.

    Accepting applies the import; nothing is written before.
    """

    def __init__(
        self, plan: ProgramImportPlan, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        lines = [
            self.tr("Into {code}: {added} to add, {updated} to update, {skipped} left out.").format(
                code=plan.program_code,
                added=plan.added,
                updated=plan.updated,
                skipped=plan.skipped,
            )
        ]
        lines += [
            self.tr("{sheet}: {added} to add, {updated} to update, {skipped} left out").format(
                sheet=name, added=counts.added, updated=counts.updated, skipped=counts.skipped
            )
            for name, counts in plan.sheets.items()
            if counts.added or counts.updated or counts.skipped  # sheets the file lacks stay out
        ]
        self.summary.setText("\n".join(lines))
        self.problems_label = QLabel(
            self.tr(
                "%n problem(s): the rows or values concerned are left out.", "", len(plan.problems)
            )
            if plan.problems
            else self.tr("No problems found."),
            self,
        )
        self.model = ProblemTableModel(plan.problems, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setVisible(bool(plan.problems))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        ok.setEnabled(plan.added + plan.updated > 0 or plan.program_update is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420 if plan.problems else 200)
