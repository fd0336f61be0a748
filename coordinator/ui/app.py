"""Start the desktop application: the window first, the database right after.

Only Qt and the light modules of the window are imported before the first
paint, and they leave PySide6's ``Qt`` namespace unbuilt until after it
(:mod:`coordinator.ui.early_qt`); the database layer (SQLAlchemy, Alembic,
the services) is imported once the window is on screen, so the window
appears about as fast as a bare Qt window. Right after that paint, a SQLite
file at the current schema has its program list and first roster read with
the standard ``sqlite3`` module and shown, read-only, before the database
layer is imported; that file's database layer then loads on a worker thread
(:mod:`coordinator.ui.workspace_loader`), so the window stays responsive
meanwhile. Nothing here imports openpyxl.
"""

from __future__ import annotations

import functools
import gc
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from coordinator.log_files import (
    add_error_log,
    log_folder,
    previous_crash,
    start_crash_trace,
    stop_crash_trace,
)
from coordinator.ui.crash_guard import CrashGuard
from coordinator.ui.main_window import MainWindow
from coordinator.ui.prompts import Prompts
from coordinator.ui.recent_files import last_program
from coordinator.ui.translation import chosen_language, install_translation

if TYPE_CHECKING:
    from coordinator.services.first_screen import FirstScreenRecords
    from coordinator.ui.help_dialog import HelpDialog
    from coordinator.ui.operations import OperationRunner
    from coordinator.ui.settings_dialog import SettingsDialog
    from coordinator.ui.workspace import Workspace
    from coordinator.ui.workspace_loader import LoadedLayer
    from coordinator.ui.workspace_view import WorkspaceView

# The same names as coordinator.store.location, which is not imported before the
# first paint (it would bring in SQLAlchemy); a test keeps the two equal.
ORGANIZATION_NAME = "Delegation Coordinator"
APPLICATION_NAME = "coordinator"


def create_application(argv: list[str]) -> QApplication:
    """Return the ``QApplication``, created with the names settings are kept under."""
    QApplication.setOrganizationName(ORGANIZATION_NAME)
    QApplication.setApplicationName(APPLICATION_NAME)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(argv)


class Launcher(QObject):
    """Shows the main window, then opens the database once it is painted.

    ``prompts`` makes the object that asks the user questions (tests pass a
    stand-in that answers without a modal box). ``error_log`` makes sure the
    rotating error log is set up and returns its file (the application passes
    :func:`coordinator.log_files.add_error_log`; tests leave the user's data
    folder alone). When :attr:`previous_crash` names a trace left by the last
    run, the window says so once the database is open.

    When the database is a SQLite file at the current schema, its program list
    and first roster are read without the database layer and shown, read-only,
    right after the first paint; the database layer is loaded next and replaces
    them (and enables editing).

    Signals:
        view_built(object): the workspace page exists, before the first screen fills
            it (its tabs after the roster are built a few turns later).
        view_ready(object): the workspace page exists and shows the first screen
            (read-only until the database layer loads); the argument is the
            :class:`~coordinator.ui.workspace_view.WorkspaceView`.
        workspace_ready(object): the controllers exist (the database layer is
            loaded); the argument is the :class:`~coordinator.ui.workspace.Workspace`.
    """

    view_built = Signal(object)
    view_ready = Signal(object)
    workspace_ready = Signal(object)

    def __init__(
        self,
        database: str | None,
        settings: QSettings,
        prompts: Callable[[QWidget], Prompts] = Prompts,
        *,
        error_log: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__()
        self._database = database
        self._error_log = error_log
        self.previous_crash: Path | None = None
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.window = MainWindow(settings, self.undo_stack)
        self.prompts = prompts(self.window)
        self.workspace: Workspace | None = None
        self._loader: OperationRunner | None = None  # loads the database layer off the GUI thread
        self.help_dialog: HelpDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.crash_guard = CrashGuard(
            lambda message: self.prompts.error(self.tr("Request refused"), message),
            self.prompts.crash,
            error_log,
            lambda path: self.tr("These details are also saved in {path}.").format(path=path),
        )
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.window.first_painted.connect(self._open_workspace)
        actions = self.window.main_actions
        actions.quit.triggered.connect(self.window.close)
        actions.about.triggered.connect(self.prompts.about)
        actions.about_qt.triggered.connect(self.prompts.about_qt)
        actions.user_guide.triggered.connect(self.show_user_guide)
        actions.settings.triggered.connect(self.show_settings)

    def show_user_guide(self) -> None:
        """Show Help ▸ User guide beside the window (one window, raised if open)."""
        from coordinator.ui.help_dialog import HelpDialog  # noqa: PLC0415
        from coordinator.ui.translation import interface_language  # noqa: PLC0415

        if self.help_dialog is None:  # in the language the window speaks
            self.help_dialog = HelpDialog(interface_language(), self.window)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def show_settings(self) -> None:
        """Open Tools ▸ Settings…; the pages read what it saved when they next need it."""
        from coordinator.ui.app_settings import AppSettings  # noqa: PLC0415
        from coordinator.ui.settings_dialog import SettingsDialog  # noqa: PLC0415

        self.settings_dialog = SettingsDialog(AppSettings(self.settings), self.window)
        self.settings_dialog.open()

    def start(self) -> None:
        """Show the window; the database opens after its first paint."""
        self.window.show_empty_state()
        self.window.empty_state.show_loading(self._database or "")
        self.window.show()

    def _open_workspace(self) -> None:
        # Turns of the event loop, each well under 100 ms: read the first screen,
        # import its widgets' modules a few at a time, build and fill them, the
        # roster first and then the other tabs; then the database layer loads
        # on a worker thread. The turns wait a millisecond rather than none, so
        # that the timers and input due in between come first. The garbage
        # collector waits until the workspace is built: a full collection over
        # the modules being imported would stall the window 100-150 ms (see
        # coordinator.ui.workspace_loader).
        gc.disable()
        read: list[FirstScreenRecords] = []
        built: list[WorkspaceView] = []

        def read_first_screen() -> None:
            screen = self._read_first_screen()
            if screen is None:
                steps.clear()  # nothing to show: the empty state or the welcome page
                self._load_workspace(None)
            else:
                read.append(screen)

        def build_next_page() -> None:
            built[0].program_view.build_next_page()

        def imported(*names: str) -> list[Callable[[], object]]:
            return [functools.partial(importlib.import_module, name) for name in names]

        steps: list[Callable[[], object]] = [
            *imported("coordinator.services.first_screen"),
            read_first_screen,
            *imported(*_ROSTER_MODULES),
            lambda: built.append(self._build_workspace_view()),
            lambda: self._fill_program_list(built[0], read[0]),
            lambda: self._show_first_screen(built[0], read[0]),
            # The roster is on screen: the other tabs follow, a module or a page a turn.
            *imported(*_ITINERARY_MODULES),
            build_next_page,
            *imported(*_GUIDES_MODULES),
            build_next_page,
            *imported(*_LOGISTICS_MODULES),
            build_next_page,
            lambda: self._finish_first_screen(built[0]),
        ]

        def next_step() -> None:
            steps.pop(0)()
            if steps:
                QTimer.singleShot(1, self, next_step)

        QTimer.singleShot(1, self, next_step)

    def _build_workspace_view(self) -> WorkspaceView:
        from coordinator.ui.workspace_view import WorkspaceView  # noqa: PLC0415

        view = WorkspaceView(self.window, pages_later=True)
        self.window.set_workspace_view(view)
        self.view_built.emit(view)
        return view

    def _finish_first_screen(self, view: WorkspaceView) -> None:
        self.window.pages_built()
        self.view_ready.emit(view)
        QTimer.singleShot(1, self, lambda: self._load_in_background(view))

    def wait_for_loading(self) -> None:
        """Wait until the database layer, if it is still loading, is loaded (before quitting)."""
        if self._loader is not None:
            self._loader.wait()

    def _load_in_background(self, view: WorkspaceView) -> None:
        """Import and open the database layer off the GUI thread, then build the controllers."""
        from coordinator.store.location import default_database_path  # noqa: PLC0415
        from coordinator.ui.app_settings import AppSettings  # noqa: PLC0415
        from coordinator.ui.operations import NO_PROGRESS_DIALOG_MS, OperationRunner  # noqa: PLC0415
        from coordinator.ui.workspace_loader import load_database_layer  # noqa: PLC0415

        path = Path(self._database or default_database_path())  # the file the first screen read
        row = view.program_list.currentIndex().row()
        code = view.program_list_model.program(row).code if row >= 0 else None
        folder = AppSettings(self.settings).backups_folder()
        self._loader = OperationRunner(self.window, show_after_ms=NO_PROGRESS_DIALOG_MS)
        self._loader.start(
            self.tr("Opening the database…"),
            lambda progress: load_database_layer(path, code, folder, progress),
            on_success=lambda loaded: self._load_workspace(view, loaded),
            on_failure=lambda _error: self._load_workspace(view),  # fails again, and says so
        )

    def _read_first_screen(self) -> FirstScreenRecords | None:
        """Read the programs and the first roster without SQLAlchemy, if possible."""
        # Imported here, not at the top: none of them is needed before the first paint.
        from coordinator.services.first_screen import first_screen  # noqa: PLC0415
        from coordinator.store.location import default_database_path  # noqa: PLC0415

        target = self._database
        if target is None:
            target = str(default_database_path())  # the usual start: the user's data folder
        screen = first_screen(target, last_program(self.settings))
        if screen is None or not screen.programs:
            return None
        return screen

    def _fill_program_list(self, view: WorkspaceView, screen: FirstScreenRecords) -> None:
        """List the programs :meth:`_read_first_screen` read, the one of its roster selected."""
        view.program_list_model.set_programs(screen.programs)
        code = screen.roster_code
        row = (view.program_list_model.row_of_code(code) if code is not None else None) or 0
        view.program_list.setCurrentIndex(view.program_list_model.index(row, 0))

    def _show_first_screen(self, view: WorkspaceView, screen: FirstScreenRecords) -> None:
        """Show the first roster that :meth:`_read_first_screen` read, by its program."""
        row = max(view.program_list.currentIndex().row(), 0)
        view.program_view.show_program(screen.programs[row])
        view.roster_model.set_records(screen.roster)
        view.program_view.roster_view.fit_columns()
        self.window.show_workspace()
        self.window.repaint()

    def _load_workspace(
        self, view: WorkspaceView | None, loaded: LoadedLayer | None = None
    ) -> None:
        # The deliberate late imports: logging (the database layer sets it up
        # anyway), the database layer and the services.
        import logging  # noqa: PLC0415

        gc.enable()  # paused since the first screen (see _open_workspace)

        from coordinator.ui.workspace import Workspace  # noqa: PLC0415

        if not logging.getLogger().handlers:
            logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        if self._error_log is not None:
            self._error_log()
        workspace = Workspace(self.window, self.settings, self.prompts, self.undo_stack, view)
        if view is None:
            self.view_ready.emit(self.window.workspace_view)
        self.workspace = workspace
        self.workspace_ready.emit(workspace)
        database = None if loaded is None else loaded.database
        if loaded is not None and database is not None:
            workspace.programs.prefill(database, loaded.programs, loaded.roster)
        workspace.open_initial(self._database, database)
        if self.previous_crash is not None:
            QTimer.singleShot(0, self, self._report_previous_crash)

    def _report_previous_crash(self) -> None:
        """Say that the last run crashed, and where its trace is kept."""
        trace, self.previous_crash = self.previous_crash, None
        if trace is None:
            return
        self.prompts.error(
            self.tr("The application stopped unexpectedly"),
            self.tr(
                "Delegation Coordinator stopped unexpectedly the last time it ran. Everything "
                "saved before that is safe in the database. What the application was doing is "
                "recorded in {path}; if this happens again, please send that file to your "
                "support contact."
            ).format(path=trace),
        )


_ROSTER_MODULES = (
    "coordinator.ui.formatting",
    "coordinator.ui.program_tables",
    "coordinator.ui.workspace_view",
)
"""The modules of the program list and the roster, leaves first: one imported a turn."""
_ITINERARY_MODULES = (
    "coordinator.ui.timeline_painter",
    "coordinator.ui.timeline_view",
    "coordinator.ui.conflicts_panel",
    "coordinator.ui.itinerary_page",
)
_GUIDES_MODULES = ("coordinator.ui.guides_page",)
_LOGISTICS_MODULES = (
    "coordinator.ui.vehicle_timeline",
    "coordinator.ui.logistics_tables",
    "coordinator.ui.logistics_page",
)
"""The modules of the tabs built after the roster is on screen, one imported a turn."""


def run_app(
    database: str | None,
    argv: list[str],
    *,
    on_start: Callable[[Launcher], object] | None = None,
) -> int:
    """Run the desktop application until its window is closed.

    Args:
        database: a database file path or SQLAlchemy URL; ``None`` opens the
            default database in the user's data folder.
        argv: the process arguments, for Qt.
        on_start: called with the launcher just before the window is shown,
            e.g. by the start-up benchmark to watch for the first paint.

    Returns:
        The exit code of the event loop.
    """
    application = create_application(argv)
    # A crash in native code leaves the stacks of every thread in the data folder;
    # the trace of the last run, if it crashed, is archived first and reported.
    logs = log_folder()
    crashed = previous_crash(logs)
    trace = start_crash_trace(logs)
    settings = QSettings()
    translators = install_translation(application, chosen_language(settings))
    launcher = Launcher(database, settings, error_log=add_error_log)
    launcher.previous_crash = crashed
    launcher.crash_guard.install()
    try:
        if on_start is not None:
            on_start(launcher)
        launcher.start()
        return application.exec()
    finally:
        launcher.crash_guard.uninstall()
        launcher.wait_for_loading()
        if launcher.workspace is not None:
            launcher.workspace.close()
        for translator in translators:
            application.removeTranslator(translator)
        stop_crash_trace(trace)
