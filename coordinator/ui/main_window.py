"""The main window: menus, tool bar, status bar and the page shown below them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QPaintEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QToolBar

from coordinator.resource_files import resource_path
from coordinator.ui.empty_state_view import EmptyStateView
from coordinator.ui.main_actions import MainActions

if TYPE_CHECKING:
    from coordinator.ui.workspace_view import WorkspaceView


class MainWindow(QMainWindow):
    """Layout only: the controllers fill the pages and answer the actions.

    The first paint shows the empty state ("Opening the database…"); the
    workspace page (program list and tabs) is added with
    :meth:`set_workspace_view` once the window is on screen.

    Signals:
        first_painted(): emitted once, right after the window was first painted;
            the database is opened then, so the window appears at once.
    """

    first_painted = Signal()

    def __init__(self, settings: QSettings, undo_stack: QUndoStack) -> None:
        super().__init__()
        self._settings = settings
        self._painted = False
        self._workspace_view: WorkspaceView | None = None
        self.setWindowTitle(self.tr("Delegation Coordinator"))
        self.setWindowIcon(QIcon(str(resource_path("icons", "application.svg"))))
        self.main_actions = MainActions(self, undo_stack)
        self.empty_state = EmptyStateView(self)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.database_label = QLabel(self)
        self.counts_label = QLabel(self)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.empty_state)
        self.setCentralWidget(self._pages)
        self._build_menus()
        self._build_tool_bar()
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.database_label)
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)

    def _build_menus(self) -> None:
        actions = self.main_actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        file_menu.addAction(actions.new_database)
        file_menu.addAction(actions.open_database)
        file_menu.addAction(actions.connect_server)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(actions.restore_backup)
        file_menu.addSeparator()
        file_menu.addAction(actions.new_program)
        file_menu.addSeparator()
        file_menu.addAction(actions.import_roster)
        file_menu.addAction(actions.export_roster)
        file_menu.addSeparator()
        file_menu.addAction(actions.take_offline)
        file_menu.addAction(actions.merge_offline)
        file_menu.addSeparator()
        file_menu.addAction(actions.quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(actions.undo)
        edit_menu.addAction(actions.redo)
        roster_menu = self.menuBar().addMenu(self.tr("&Roster"))
        roster_menu.addAction(actions.add_participant)
        roster_menu.addAction(actions.edit_participant)
        roster_menu.addAction(actions.remove_participant)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.tools_menu = tools_menu
        tools_menu.addAction(actions.directory)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(actions.about)
        help_menu.addAction(actions.about_qt)

    def _build_tool_bar(self) -> None:
        bar = QToolBar(self.tr("Main tool bar"), self)
        bar.setObjectName("main_tool_bar")
        bar.setMovable(False)
        bar.setIconSize(QSize(24, 24))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        actions = self.main_actions
        bar.addAction(actions.open_database)
        bar.addAction(actions.new_program)
        bar.addSeparator()
        bar.addAction(actions.add_participant)
        bar.addAction(actions.edit_participant)
        bar.addAction(actions.remove_participant)
        bar.addSeparator()
        bar.addAction(actions.undo)
        bar.addAction(actions.redo)
        self.addToolBar(bar)

    @property
    def workspace_view(self) -> WorkspaceView:
        """The program list and the program's tabs (after :meth:`set_workspace_view`)."""
        if self._workspace_view is None:
            msg = "The workspace page is built after the first paint"
            raise RuntimeError(msg)
        return self._workspace_view

    def set_workspace_view(self, view: WorkspaceView) -> None:
        """Add the workspace page, with the splitter sizes the user left last time."""
        self._workspace_view = view
        self._pages.addWidget(view)
        state = self._settings.value("window/splitter")
        if state is not None:
            view.restoreState(state)

    def show_empty_state(self) -> None:
        """Show the empty state instead of the program list."""
        self._pages.setCurrentWidget(self.empty_state)

    def show_workspace(self) -> None:
        """Show the program list and the selected program."""
        self._pages.setCurrentWidget(self.workspace_view)

    def workspace_shown(self) -> bool:
        """Tell whether the program list (not the empty state) is shown."""
        return self._pages.currentWidget() is not self.empty_state

    def set_status(self, database: str, counts: str) -> None:
        """Show the open database's name and the counts in the status bar."""
        self.database_label.setText(database)
        self.counts_label.setText(counts)
        self.setWindowTitle(
            self.tr("{database} – Delegation Coordinator").format(database=database)
            if database
            else self.tr("Delegation Coordinator")
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, and announce the first paint once."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: the signal fires once this paint has reached the screen.
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window geometry for the next start."""
        self._settings.setValue("window/geometry", self.saveGeometry())
        if self._workspace_view is not None:
            self._settings.setValue("window/splitter", self._workspace_view.saveState())
        super().closeEvent(event)
