"""The main window: menus, tool bar, status bar and the page shown below them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QPaintEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget

from coordinator.resource_files import resource_path
from coordinator.ui.empty_state_view import EmptyStateView
from coordinator.ui.main_actions import MainActions
from coordinator.ui.main_tool_bar import MainToolBar, tab_actions
from coordinator.ui.page_keys import PageKeys
from coordinator.ui.program_actions import ProgramActions
from coordinator.ui.window_layout import WorkspaceLayout, restore_first_screen

if TYPE_CHECKING:
    from coordinator.ui.workspace_view import WorkspaceView

STATUS_MESSAGE_MS = 5000


class MainWindow(QMainWindow):
    """Layout only: the controllers fill the pages and answer the actions.

    The first paint shows the empty state ("Opening the database…"); the
    workspace page (program list and tabs) is added with
    :meth:`set_workspace_view` once the window is on screen. The tool bar
    shows the actions of the program's tab in front; the window's geometry,
    tool bar, dividers and table columns are as the user left them last time.
    The status bar says what each edit did, undid or redid.

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
        self._workspace_layout: WorkspaceLayout | None = None
        self._undo_stack = undo_stack
        self._history_index = undo_stack.index()
        self._history_message = ""
        self.setWindowTitle(self.tr("Delegation Coordinator"))
        self.setWindowIcon(QIcon(str(resource_path("icons", "application.svg"))))
        self.main_actions = MainActions(self, undo_stack)
        self.program_actions = ProgramActions(self)
        self.page_keys = PageKeys(self, self.main_actions)
        self.empty_state = EmptyStateView(self)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.database_label = QLabel(self)
        self.database_label.setAccessibleName(self.tr("Open database"))
        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName(self.tr("Counts"))
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
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        undo_stack.indexChanged.connect(self._announce_history)

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
        for action in self.program_actions.transfers():
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(actions.take_offline)
        file_menu.addAction(actions.merge_offline)
        file_menu.addSeparator()
        file_menu.addAction(actions.quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(actions.undo)
        edit_menu.addAction(actions.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.page_keys.find)
        edit_menu.addAction(actions.find_everywhere)
        program_menu = self.menuBar().addMenu(self.tr("&Program"))
        for action in self.program_actions.editing():
            program_menu.addAction(action)
        roster_menu = self.menuBar().addMenu(self.tr("&Roster"))
        roster_menu.addAction(actions.add_participant)
        roster_menu.addAction(actions.edit_participant)
        roster_menu.addAction(actions.remove_participant)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.tools_menu = tools_menu
        tools_menu.addAction(actions.directory)
        tools_menu.addSeparator()
        tools_menu.addAction(actions.settings)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(actions.user_guide)
        help_menu.addSeparator()
        help_menu.addAction(actions.about)
        help_menu.addAction(actions.about_qt)

    def _build_tool_bar(self) -> None:
        actions = self.main_actions
        self.tool_bar = MainToolBar(actions, self)
        self.tool_bar.setWindowTitle(self.tr("Main tool bar"))
        self.tool_bar.setAccessibleName(self.tr("Main tool bar"))
        # The Edit menu says "Undo Add participant Ayşe"; the button says "Undo".
        actions.undo.setIconText(self.tr("Undo"))
        actions.redo.setIconText(self.tr("Redo"))
        self.addToolBar(self.tool_bar)

    def _show_tab_actions(self) -> None:
        # The welcome page and the empty state have no tab in front: no page buttons.
        shown = self._workspace_view is not None and self.workspace_shown()
        self.tool_bar.set_page_actions(
            tab_actions(self.main_actions, self.workspace_view.program_view) if shown else ()
        )

    def _announce_history(self, index: int) -> None:
        """Say in the status bar what was just done or undone, unless a controller spoke."""
        previous, self._history_index = self._history_index, index
        if index > previous:
            action = self._undo_stack.text(index - 1)
            message = self.tr("Done: {action}").format(action=action)
        elif index < previous:
            action = self._undo_stack.text(index)
            message = self.tr("Undone: {action}").format(action=action)
        else:
            return
        if action and self.statusBar().currentMessage() in {"", self._history_message}:
            self._history_message = message
            self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    @property
    def workspace_view(self) -> WorkspaceView:
        """The program list and the program's tabs (after :meth:`set_workspace_view`)."""
        if self._workspace_view is None:
            msg = "The workspace page is built after the first paint"
            raise RuntimeError(msg)
        return self._workspace_view

    def set_workspace_view(self, view: WorkspaceView) -> None:
        """Add the workspace page, with the dividers and columns the user left last time.

        A page whose tabs after the roster are built later (the start-up's)
        gets the rest with :meth:`pages_built`.
        """
        self._workspace_view = view
        self._pages.addWidget(view)
        if view.program_view.pages_built():
            self.pages_built()
        else:
            restore_first_screen(view, self._settings)

    def pages_built(self) -> None:
        """Put back every tab's dividers and columns; give the tabs their keys and buttons."""
        view = self.workspace_view
        self._workspace_layout = WorkspaceLayout(view, self._settings)
        self._workspace_layout.restore()
        view.program_view.tabs.currentChanged.connect(self._show_tab_actions)
        self._show_tab_actions()
        self.page_keys.set_program_view(view.program_view)

    def show_empty_state(self) -> None:
        """Show the empty state instead of the program list."""
        self._pages.setCurrentWidget(self.empty_state)
        self._show_tab_actions()

    def show_workspace(self) -> None:
        """Show the program list and the selected program."""
        self._pages.setCurrentWidget(self.workspace_view)
        self._show_tab_actions()

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
        """Remember the window geometry, dividers and columns for the next start."""
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        if self._workspace_layout is not None:
            self._workspace_layout.save()
        super().closeEvent(event)
