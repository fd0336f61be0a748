"""The directory shared by every program: venues, organizations, people and their duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.directory_models import (
    DuplicatePairModel,
    OrganizationTableModel,
    PersonTableModel,
    VenueTableModel,
)
from coordinator.ui.placeholder import EmptyPlaceholder
from coordinator.ui.record_table_view import RecordTableView

VENUES_TAB, ORGANIZATIONS_TAB, PEOPLE_TAB, DUPLICATES_TAB = range(4)


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
        self.duplicate_model = DuplicatePairModel(self)
        self.venues = RecordTableView(
            self.venue_model, self.tr("Filter venues (name, kind, owner, city…)"), self
        )
        self.organizations = RecordTableView(
            self.organization_model, self.tr("Filter organizations"), self
        )
        self.persons = RecordTableView(
            self.person_model, self.tr("Filter people (name, title, organization…)"), self
        )
        self.duplicates = RecordTableView(
            self.duplicate_model, self.tr("Filter possible duplicates"), self
        )
        self._make_actions()
        self._add_placeholders()
        self.loading_label = QLabel(self.tr("Reading the organizations and people…"), self)
        self.loading_label.hide()
        self.duplicates_hint = self.tr(
            "Look for organizations and people entered twice: under an abbreviation, "
            "in Turkish and in English, in Cyrillic and in Latin letters. "
            "Nothing is merged unless you merge it."
        )
        self.duplicates_label = QLabel(self.duplicates_hint, self)
        self.duplicates_label.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(
            self._page(
                self.venues, self.add_venue_action, self.edit_venue_action, self.remove_venue_action
            ),
            self.tr("&Venues"),
        )
        self.tabs.addTab(
            self._page(
                self.organizations, self.edit_organization_action, self.merge_organizations_action
            ),
            self.tr("&Organizations"),
        )
        self.tabs.addTab(
            self._page(self.persons, self.edit_person_action, self.merge_persons_action),
            self.tr("&People"),
        )
        # Two rows selected (Ctrl+click) are two entries to merge.
        for view in (self.organizations, self.persons):
            view.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        page = self._page(self.duplicates, self.find_duplicates_action, self.merge_action)
        page_layout = page.layout()
        if isinstance(page_layout, QVBoxLayout):
            page_layout.insertWidget(1, self.duplicates_label)
        self.tabs.addTab(page, self.tr("Possible &duplicates"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.tabs)
        self.resize(1100, 600)

    def _make_actions(self) -> None:
        self.add_venue_action = QAction(self.tr("&Add venue…"), self)
        self.add_venue_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_venue_action = QAction(self.tr("&Edit venue…"), self)
        self.remove_venue_action = QAction(self.tr("&Remove venue"), self)
        self.remove_venue_action.setEnabled(False)  # with an unused venue selected
        self.edit_organization_action = QAction(self.tr("&Edit organization…"), self)
        self.edit_person_action = QAction(self.tr("&Edit person…"), self)
        self.find_duplicates_action = QAction(self.tr("&Find possible duplicates"), self)
        self.merge_action = QAction(self.tr("&Merge…"), self)
        self.merge_organizations_action = QAction(self.tr("&Merge the two selected…"), self)
        self.merge_persons_action = QAction(self.tr("&Merge the two selected…"), self)
        for action in (self.edit_venue_action, self.edit_organization_action,
                       self.edit_person_action, self.merge_action,
                       self.merge_organizations_action, self.merge_persons_action):  # fmt: skip
            action.setEnabled(False)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)

    def _page(self, view: RecordTableView, *actions: QAction) -> QWidget:
        page = QWidget(self)
        bar = QToolBar(page)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in actions:
            bar.addAction(action)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(view, 1)
        return page

    def _add_placeholders(self) -> None:
        self.venue_placeholder = EmptyPlaceholder(
            self.venues.table,
            self.tr("No venues yet. Add one with Add venue… above, or with a new activity."),
        )
        self.organization_placeholder = EmptyPlaceholder(
            self.organizations.table,
            self.tr(
                "No organizations yet. They are added with the participants, hosts and venues "
                "that belong to them."
            ),
        )
        self.person_placeholder = EmptyPlaceholder(
            self.persons.table,
            self.tr(
                "No people yet. Everyone added to a roster, as a host or as a guide is kept "
                "here for the next program."
            ),
        )
        self.duplicate_placeholder = EmptyPlaceholder(
            self.duplicates.table,
            self.tr("Press Find possible duplicates above to look for entries made twice."),
        )
        self._empty_texts: dict[EmptyPlaceholder, str] = {}

    def set_loading(self, loading: bool) -> None:
        """Say whether the organizations and people are being read, in their empty lists too."""
        self.loading_label.setVisible(loading)
        for placeholder in (self.organization_placeholder, self.person_placeholder):
            if loading:
                self._empty_texts.setdefault(placeholder, placeholder.sentence())
                placeholder.set_text(self.loading_label.text())
            elif placeholder in self._empty_texts:
                placeholder.set_text(self._empty_texts.pop(placeholder))

    def fit_columns(self) -> None:
        """Size every table's columns to their contents."""
        for view in (self.venues, self.organizations, self.persons, self.duplicates):
            view.fit_columns()
