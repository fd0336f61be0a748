"""The Itinerary tab: the timeline with a list of guides to drag, the list and the conflicts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.conflicts import Finding
from coordinator.ui.conflicts_panel import ConflictsPanel
from coordinator.ui.guide_list_model import GuideListModel
from coordinator.ui.placeholder import EmptyPlaceholder
from coordinator.ui.record_table_view import RecordTableView
from coordinator.ui.timeline_view import TimelineView

_WARNING_STYLE = "QToolButton { color: #c0392b; font-weight: bold; }"


class ItineraryPage(QWidget):
    """Layout only: tool bar; timeline beside the guides; the list and the conflicts below.

    The itinerary controller fills it and answers its actions.
    """

    def __init__(self, table: RecordTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.add_action = QAction(self.tr("&Add activity…"), self)
        self.add_action.setStatusTip(self.tr("Add an activity to the itinerary"))
        self.edit_action = QAction(self.tr("&Edit activity…"), self)
        self.edit_action.setStatusTip(self.tr("Change the selected activity and its guides"))
        self.remove_action = QAction(self.tr("&Remove activity"), self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.suggest_action = QAction(self.tr("&Suggest guides…"), self)
        self.suggest_action.setStatusTip(self.tr("Propose guides for the activities that need one"))
        self.zoom_in_action = QAction(self.tr("Zoom &in"), self)
        self.zoom_in_action.setToolTip(
            self.tr("Taller hours, room for longer titles (Ctrl + wheel)")
        )
        self.zoom_out_action = QAction(self.tr("Zoom &out"), self)
        self.zoom_out_action.setToolTip(self.tr("Shorter hours, more of the day in view"))
        self.fit_day_action = QAction(self.tr("&Whole day"), self)
        self.fit_day_action.setToolTip(
            self.tr("Fit the hours from 08:00 to 18:00 in view (Ctrl+0)")
        )
        self.conflicts_button = QToolButton(self)
        self.conflicts_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.timeline = TimelineView(self)
        self.zoom_in_action.triggered.connect(self.timeline.zoom.zoom_in)
        self.zoom_out_action.triggered.connect(self.timeline.zoom.zoom_out)
        self.fit_day_action.triggered.connect(self.timeline.zoom.fit_day)
        self.guide_model = GuideListModel(self)
        self.guide_filter = QLineEdit(self)
        self.guide_filter.setPlaceholderText(self.tr("Find a guide…"))
        self.guide_filter.setClearButtonEnabled(True)
        self.guide_list = QListView(self)
        self.guide_list.setModel(self.guide_model)
        self.guide_list.setDragEnabled(True)
        self.guide_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.guide_list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.guide_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guide_list.setAlternatingRowColors(True)
        self.guide_list.setSpacing(1)
        self.guide_list_placeholder = EmptyPlaceholder(
            self.guide_list, self.tr("No guides yet: add them on the Guides tab.")
        )
        self.conflicts = ConflictsPanel(self)
        self.bottom = QTabWidget(self)
        self.bottom.setDocumentMode(True)
        self._build_layout()
        self.set_conflict_count(0)

    def _build_tool_bar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.add_action)
        bar.addAction(self.edit_action)
        bar.addAction(self.remove_action)
        bar.addSeparator()
        bar.addAction(self.suggest_action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_day_action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.conflicts_button)
        return bar

    def _build_palette(self) -> QWidget:
        palette = QWidget(self)
        title = QLabel(self.tr("<b>Guides</b>"), palette)
        hint = QLabel(self.tr("Drag a guide onto an activity to assign them."), palette)
        hint.setWordWrap(True)
        layout = QVBoxLayout(palette)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.guide_filter)
        layout.addWidget(self.guide_list, 1)
        return palette

    def _build_layout(self) -> None:
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.timeline)
        top.addWidget(self._build_palette())
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 0)
        top.setSizes([760, 180])
        top.setChildrenCollapsible(False)
        self.bottom.addTab(self.table, self.tr("Li&st"))
        self.bottom.addTab(self.conflicts, "")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.bottom)
        # The timeline gets most of the height: the working day should be in view.
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([460, 140])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._build_tool_bar())
        layout.addWidget(self.splitter, 1)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Show the program's conflicts, keeping the one chosen if it is still there."""
        panel = self.conflicts
        chosen = panel.current()
        panel.model.set_findings(findings)
        self.timeline.set_conflicted(
            sorted({item for finding in findings for item in finding.activity_ids})
        )
        self.set_conflict_count(len(findings))
        row = None if chosen is None else panel.model.row_of(chosen.identity)
        if row is not None:
            panel.select_row(row)
        else:
            self.timeline.set_highlighted([])

    def set_conflict_count(self, count: int) -> None:
        """Show how many conflicts the program has, on the button and the panel's tab."""
        self.bottom.setTabText(1, self.tr("&Conflicts (%n)", "", count))
        if count:
            self.conflicts_button.setText(self.tr("⚠ %n conflict(s)", "", count))
            self.conflicts_button.setStyleSheet(_WARNING_STYLE)
            self.conflicts_button.setToolTip(self.tr("Show the conflicts"))
        else:
            self.conflicts_button.setText(self.tr("✓ No conflicts"))
            self.conflicts_button.setStyleSheet("")
            self.conflicts_button.setToolTip("")

    def show_conflicts(self) -> None:
        """Bring the Conflicts panel forward."""
        self.bottom.setCurrentWidget(self.conflicts)
