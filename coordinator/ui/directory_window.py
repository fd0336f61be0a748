"""The directory shared by every program: venues, organizations and people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QToolBar, QVBoxLayout, QWidget

from coordinator.ui.directory_models import (
    OrganizationTableModel,
    PersonTableModel,
    VenueTableModel,
)
from coordinator.ui.record_table_view import RecordTableView


class DirectoryWindow(QWidget):
    """A window of its own (not modal) with one tab per kind of entry.

    Layout only: :class:`coordinator.ui.directory_controller.DirectoryController`
    fills the tables and answers the actions.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Directory"))
        self.venue_model = VenueTableModel(self)
        self.organization_model = OrganizationTableModel(self)
        self.person_model = PersonTableModel(self)
        self.venues = RecordTableView(
            self.venue_model, self.tr("Filter venues (name, kind, owner, city…)"), self
        )
        self.organizations = RecordTableView(
            self.organization_model, self.tr("Filter organizations"), self
        )
        self.persons = RecordTableView(
            self.person_model, self.tr("Filter people (name, title, organization…)"), self
        )
        self.add_venue_action = QAction(self.tr("&Add venue…"), self)
        self.add_venue_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_venue_action = QAction(self.tr("&Edit venue…"), self)
        self.edit_venue_action.setEnabled(False)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.tabs = QTabWidget(self)
        venue_page = QWidget(self)
        bar = QToolBar(venue_page)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.add_venue_action)
        bar.addAction(self.edit_venue_action)
        venue_layout = QVBoxLayout(venue_page)
        venue_layout.setContentsMargins(0, 0, 0, 0)
        venue_layout.addWidget(bar)
        venue_layout.addWidget(self.venues, 1)
        self.tabs.addTab(venue_page, self.tr("&Venues"))
        self.tabs.addTab(self.organizations, self.tr("&Organizations"))
        self.tabs.addTab(self.persons, self.tr("&People"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1100, 600)

    def fit_columns(self) -> None:
        """Size every table's columns to their contents."""
        for view in (self.venues, self.organizations, self.persons):
            view.fit_columns()
