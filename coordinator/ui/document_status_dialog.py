"""Documents ▸ Produced documents…: what was made, for whom, and what is out of date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.documents.dependencies import Change
from coordinator.services.document_records import DocumentStatus
from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.titled_table_model import TitledTableModel

_STALE = QColor(180, 60, 20)


class DocumentWords(QObject):
    """The names of the kinds of document and of what changed, in the interface's language."""

    def kind(self, kind: str) -> str:
        """Return a kind of document as words."""
        words = {
            "booklet": self.tr("Program booklet"),
            "programmes": self.tr("Personal programme"),
            "guides": self.tr("Guide sheet"),
            "badges": self.tr("Name badge"),
            "tents": self.tr("Name tent"),
            "certificates": self.tr("Certificate"),
            "invitation": self.tr("Invitation letter"),
            "thanks": self.tr("Thank-you letter"),
            "report": self.tr("Report"),
        }
        return words.get(kind, kind)

    def change(self, change: Change) -> str:
        """Return one reason a document is out of date."""
        fixed = {
            "program": self.tr("the program's details"),
            "delegation": self.tr("the delegation"),
            "signatories": self.tr("the signatories"),
            "background": self.tr("the background image"),
        }
        subject = fixed.get(change.key, change.label)
        if change.change == "added":
            return self.tr("{subject} was added").format(subject=subject)
        if change.change == "removed":
            return self.tr("{subject} was removed").format(subject=subject)
        return self.tr("{subject} changed").format(subject=subject)

    def why(self, status: DocumentStatus) -> str:
        """Return everything that changed since the document was made."""
        return "; ".join(self.change(change) for change in status.changes)


class DocumentStatusModel(TitledTableModel):
    """The produced documents, newest first; the out-of-date ones in a warning colour."""

    def __init__(self, words: DocumentWords, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Document"),
                self.tr("For"),
                self.tr("Made"),
                self.tr("State"),
                self.tr("File"),
            ),
            parent,
        )
        self._words = words
        self._rows: list[DocumentStatus] = []
        self._texts: list[tuple[str, ...]] = []

    def set_statuses(self, statuses: list[DocumentStatus]) -> None:
        """Show ``statuses``; their texts are computed once here."""
        self.beginResetModel()
        self._rows = list(statuses)
        self._texts = [self._row_texts(status) for status in self._rows]
        self.endResetModel()

    def _row_texts(self, status: DocumentStatus) -> tuple[str, ...]:
        state = (
            self.tr("Out of date: {why}").format(why=self._words.why(status))
            if status.stale
            else self.tr("Up to date")
        )
        made = status.produced.astimezone().strftime("%d.%m.%Y %H:%M")
        return (
            self._words.kind(status.kind),
            status.person or self.tr("the whole program"),
            made,
            state,
            str(status.file),
        )

    def statuses(self) -> list[DocumentStatus]:
        """Return the statuses shown."""
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of documents."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, or the warning colour of an out-of-date document."""
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self._rows[index.row()].stale:
            return QBrush(_STALE)
        return None


class DocumentStatusDialog(QDialog):
    """Lists the program's documents and makes the out-of-date ones again in one action.

    Signals:
        regenerate_requested(object): the ids of the out-of-date documents to make again.
    """

    regenerate_requested = Signal(object)

    def __init__(self, words: DocumentWords, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Produced documents"))
        self.resize(980, 460)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = DocumentStatusModel(words, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Produced documents"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.regenerate = QPushButton(self.tr("&Make the out-of-date ones again"), self)
        self.regenerate.clicked.connect(self._regenerate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.regenerate, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._words = words

    def set_statuses(self, statuses: list[DocumentStatus]) -> None:
        """Show ``statuses`` and say which are out of date, for whom."""
        self.model.set_statuses(statuses)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 420))
        stale = [status for status in statuses if status.stale]
        self.regenerate.setEnabled(bool(stale))
        if not statuses:
            self.summary.setText(self.tr("No documents have been made for this program yet."))
        elif not stale:
            self.summary.setText(self.tr("Every document shows what the program records."))
        else:
            self.summary.setText(self._stale_summary(stale))

    def _stale_summary(self, stale: list[DocumentStatus]) -> str:
        groups: dict[str, list[str]] = {}
        for status in stale:
            groups.setdefault(status.kind, []).append(status.person or "")
        parts = []
        for kind, people in groups.items():
            named = ", ".join(person for person in people if person)
            kind_words = self._words.kind(kind)
            parts.append(f"{kind_words}: {named}" if named else kind_words)
        return self.tr("Out of date: {documents}.").format(documents="; ".join(parts))

    def _regenerate(self) -> None:
        ids = [status.id for status in self.model.statuses() if status.stale]
        if ids:
            self.regenerate_requested.emit(ids)
