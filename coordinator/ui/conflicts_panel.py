"""The Conflicts panel: what the coordinator must resolve, or knowingly keep.

Each finding reads as a translated sentence built from its kind, guides and
activities; the rule's own detailed sentence (travel times, hours) is its
tool tip. Choosing a finding asks the timeline to highlight its activities.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.conflicts import Finding
from coordinator.ui.finding_words import (
    KIND_COLOURS,
    conflict_kind_label,
    finding_sentence,
    finding_subjects,
)
from coordinator.ui.fitted_columns import FittedWhenShown
from coordinator.ui.formatting import format_date, format_time
from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.placeholder import EmptyPlaceholder
from coordinator.ui.titled_table_model import TitledTableModel

translate = QCoreApplication.translate


class ConflictTableModel(TitledTableModel):
    """The findings of a program: when, kind, guide, activities and what it means."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Guide"),
                self.tr("Activities"),
                self.tr("What is wrong"),
            ),
            parent,
        )
        self._findings: list[Finding] = []

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of findings."""
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text; the rule's detailed sentence is every cell's tool tip."""
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(finding, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.message
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(KIND_COLOURS[finding.kind])
        return None

    def _text(self, finding: Finding, column: int) -> str:
        if column == 0:
            when = format_date(finding.day)
            return f"{when} {format_time(finding.start)}".strip()
        if column == 1:
            return conflict_kind_label(finding.kind)
        if column == 2:
            return finding.guide or "—"
        if column == 3:
            return finding_subjects(finding)
        return finding_sentence(finding)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Replace the findings."""
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        """Return the finding in ``row``."""
        return self._findings[row]

    def findings(self) -> list[Finding]:
        """Return every finding."""
        return list(self._findings)

    def row_of(self, identity: tuple[object, ...]) -> int | None:
        """Return the row of the finding with ``identity`` (see :attr:`Finding.identity`)."""
        for row, finding in enumerate(self._findings):
            if finding.identity == identity:
                return row
        return None


class ConflictsPanel(FittedWhenShown):
    """Layout only: a summary line over the table of findings.

    Signals:
        finding_chosen(object): the user chose a :class:`Finding` (``None``: none).
    """

    finding_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConflictTableModel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)  # rows measured for a width: enough, and quick
        self.placeholder = EmptyPlaceholder(
            self.table,
            self.tr(
                "Nothing to resolve. A guide booked twice, absent, without a language of the "
                "delegation or over their daily hours shows here."
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._connect_signals()
        self._update_summary()

    def _connect_signals(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._update_summary)

    def _on_selection(self) -> None:
        self.finding_chosen.emit(self.current())

    def current(self) -> Finding | None:
        """Return the chosen finding, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.finding(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Choose the finding in ``row``."""
        self.table.selectRow(row)

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        if count:
            self.summary.setText(
                self.tr(
                    "%n conflict(s). Choose one to see its activities on the timeline; "
                    "a conflict you keep on purpose stays listed until it is resolved.",
                    "",
                    count,
                )
            )
        else:
            self.summary.setText(self.tr("No conflicts: every guide can be where they are due."))
        self.fit_columns()  # behind the activity list: when it is next shown

    def _measure_columns(self) -> None:
        """Fit the short columns to their text; the sentence, last, takes the rest unmeasured."""
        header = self.table.horizontalHeader()
        for section in range(header.count() - 1):
            self.table.resizeColumnToContents(section)
            header.resizeSection(section, min(header.sectionSize(section), 260))
