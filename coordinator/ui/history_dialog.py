"""Tools ▸ History of the program…: who changed what and when, the newest first.

A table over the program's audit trail (see :mod:`coordinator.services.history`),
read off the GUI thread; the filter box narrows it to one participant, one
activity or one field. Opened from the roster with a participant selected, it
shows that participant's changes at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from coordinator.services.history import ChangeRecord
from coordinator.ui.field_words import field_word
from coordinator.ui.formatting import format_date_time
from coordinator.ui.record_table_model import Column, RecordTableModel
from coordinator.ui.record_table_view import RecordTableView

translate = QCoreApplication.translate


def _action(change: ChangeRecord) -> str:
    words = {
        "added": translate("HistoryModel", "added"),
        "changed": translate("HistoryModel", "changed"),
        "removed": translate("HistoryModel", "removed"),
    }
    return words.get(change.action, change.action)


def _record(change: ChangeRecord) -> str:
    words = {
        "program": translate("HistoryModel", "program"),
        "participant": translate("HistoryModel", "participant"),
        "person": translate("HistoryModel", "person"),
        "organization": translate("HistoryModel", "organization"),
        "activity": translate("HistoryModel", "activity"),
        "guide": translate("HistoryModel", "guide"),
        "venue": translate("HistoryModel", "venue"),
        "vehicle": translate("HistoryModel", "vehicle"),
        "movement": translate("HistoryModel", "transfer"),
        "stay": translate("HistoryModel", "hotel stay"),
        "gift": translate("HistoryModel", "gift"),
    }
    return words.get(change.record, change.record)


def history_columns() -> list[Column[ChangeRecord]]:
    """Return the columns of the history, titles translated."""
    return [
        Column(
            translate("HistoryModel", "When"),
            lambda c: format_date_time(c.at.astimezone()),
            lambda c: c.at,
        ),
        Column(translate("HistoryModel", "Who"), lambda c: c.user),
        Column(translate("HistoryModel", "Record"), _record),
        Column(translate("HistoryModel", "Name"), lambda c: c.label),
        Column(translate("HistoryModel", "Change"), _action),
        Column(translate("HistoryModel", "Field"), lambda c: field_word(c.field, c.record)),
        Column(translate("HistoryModel", "Before"), lambda c: c.old),
        Column(translate("HistoryModel", "After"), lambda c: c.new),
    ]


class HistoryModel(RecordTableModel[ChangeRecord]):
    """The changes of a program as a table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(history_columns(), parent)


class HistoryDialog(QDialog):
    """The audit trail of one program, filterable."""

    def __init__(self, program: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {program}").format(program=program))
        self.resize(980, 560)
        self.model = HistoryModel(self)
        self.view = RecordTableView(self.model, self.tr("Filter: a name, a field, a user…"), self)
        intro = QLabel(
            self.tr(
                "Every change of this program, its roster and its itinerary, the newest first."
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def show_changes(self, changes: list[ChangeRecord], only: str = "") -> None:
        """Show ``changes``, filtered to ``only`` (e.g. a participant's name) when given."""
        self.model.set_records(changes)
        self.view.filter_box.setText(only)
        self.view.table.resizeColumnsToContents()
