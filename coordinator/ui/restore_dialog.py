"""File ▸ Restore from backup…: the database's backups with their time and reason.

A backup that failed its check when it was taken is listed, greyed out, and
cannot be chosen. Choosing one asks the controller to restore it (after the
user confirms); the dialog itself changes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
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

from coordinator.store.backups import Backup
from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.titled_table_model import TitledTableModel


class BackupWords(QObject):
    """A backup's time and reason in the interface's language."""

    def reason(self, reason: str) -> str:
        """Return why a backup was taken, as words."""
        words = {
            "daily": self.tr("daily backup"),
            "import": self.tr("before an import"),
            "migration": self.tr("before an upgrade"),
            "restore": self.tr("before a restore"),
            "manual": self.tr("taken by hand"),
        }
        return words.get(reason, reason)

    def when(self, backup: Backup) -> str:
        """Return when ``backup`` was taken, in local time."""
        return backup.taken.astimezone().strftime("%d.%m.%Y %H:%M")

    def describe(self, backup: Backup) -> str:
        """Return a backup as a sentence names it: its time and reason."""
        return self.tr("{when} ({reason})").format(
            when=self.when(backup), reason=self.reason(backup.reason)
        )


class BackupListModel(TitledTableModel):
    """The backups, the newest first; one that failed its check cannot be selected."""

    def __init__(self, words: BackupWords, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Taken"), self.tr("Why"), self.tr("Check"), self.tr("File")), parent
        )
        self._words = words
        self._rows: list[Backup] = []

    def set_backups(self, backups: list[Backup]) -> None:
        """Show ``backups``."""
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> Backup:
        """Return the backup shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of backups."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        backup = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return self._words.when(backup)
        if column == 1:
            return self._words.reason(backup.reason)
        if column == 2:
            return self.tr("Good") if backup.ok else self.tr("Failed its check")
        return backup.file.name

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Let only the good backups be selected."""
        if index.isValid() and self._rows[index.row()].ok:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags


class RestoreDialog(QDialog):
    """Lists the backups of one database file; Restore… asks for the chosen one.

    Signals:
        restore_requested(object): the :class:`~coordinator.store.backups.Backup` chosen.
    """

    restore_requested = Signal(object)

    def __init__(self, words: BackupWords, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(820, 420)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = BackupListModel(words, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore = QPushButton(self.tr("&Restore…"), self)
        self.restore.setEnabled(False)
        self.restore.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(self._restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def set_backups(self, database: str, backups: list[Backup]) -> None:
        """Show the ``backups`` of the file ``database`` and select the newest good one."""
        self.model.set_backups(backups)
        self.table.resizeColumnsToContents()
        if backups:
            self.summary.setText(
                self.tr(
                    "The backups of {file}, the newest first. Restoring one puts the database "
                    "back as it was then; its state now is backed up first."
                ).format(file=database)
            )
        else:
            self.summary.setText(
                self.tr(
                    "There are no backups of {file} yet: one is taken each day it is opened, "
                    "and before every import and upgrade."
                ).format(file=database)
            )
        good = next((row for row, backup in enumerate(backups) if backup.ok), None)
        if good is not None:
            self.table.selectRow(good)
        self._update_button()

    def chosen(self) -> Backup | None:
        """Return the selected backup, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _update_button(self) -> None:
        self.restore.setEnabled(self.chosen() is not None)

    def _restore(self) -> None:
        backup = self.chosen()
        if backup is not None:
            self.restore_requested.emit(backup)
