"""The Guides tab: the guides beside the week of the one selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.guide_week_model import GuideWeekModel
from coordinator.ui.record_table_view import RecordTableView


class GuidesPage(QWidget):
    """Layout only: tool bar; the guides' table; the selected guide's week below it."""

    def __init__(self, table: RecordTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.add_action = QAction(self.tr("&Add guide…"), self)
        self.add_action.setStatusTip(self.tr("Make a person of the directory a guide"))
        self.edit_action = QAction(self.tr("&Edit guide…"), self)
        self.edit_action.setStatusTip(
            self.tr("Change the selected guide's languages, roles, hours and absences")
        )
        self.export_schedule_action = QAction(self.tr("E&xport schedule…"), self)
        self.export_schedule_action.setStatusTip(
            self.tr(
                "Save the selected guide's assignments in this program, to print or for a phone"
            )
        )
        self.week_model = GuideWeekModel(self)
        self.week_title = QLabel(self)
        self.week_title.setWordWrap(True)
        self.week = QTableView(self)
        self.week.setModel(self.week_model)
        self.week.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.week.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week.verticalHeader().setVisible(False)
        self.week.setWordWrap(True)
        header = self.week.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._build_layout()
        self.show_week_of(None)

    def _build_layout(self) -> None:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.add_action)
        bar.addAction(self.edit_action)
        bar.addSeparator()
        bar.addAction(self.export_schedule_action)
        week = QWidget(self)
        week_layout = QVBoxLayout(week)
        week_layout.setContentsMargins(0, 6, 0, 0)
        week_layout.addWidget(self.week_title)
        week_layout.addWidget(self.week, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(week)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)

    def show_week_of(self, name: str | None, limit: float | None = None) -> None:
        """Title the week with the guide's name and daily limit, or say how to see one."""
        if name is None:
            self.week_title.setText(self.tr("Select a guide to see their week."))
        elif limit is None:
            self.week_title.setText(self.tr("<b>Week of {name}</b>").format(name=name))
        else:
            self.week_title.setText(
                self.tr("<b>Week of {name}</b> · at most {hours} hours a day").format(
                    name=name, hours=f"{limit:g}"
                )
            )
        self.week.resizeRowsToContents()
