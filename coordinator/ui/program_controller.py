"""The programs of the open database: the side list, the header and the three tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, QObject, QSettings, Signal
from PySide6.QtGui import QAction

from coordinator.services.errors import ServiceError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantRecord, ProgramRecord
from coordinator.services.roster import RosterService
from coordinator.store import Database
from coordinator.ui.main_window import MainWindow
from coordinator.ui.program_dialog import ProgramDialog
from coordinator.ui.prompts import Prompts
from coordinator.ui.recent_files import last_program, remember_program
from coordinator.ui.workspace_view import WorkspaceView

ROSTER_TAB, ITINERARY_TAB, GUIDES_TAB = 0, 1, 2


class ProgramController(QObject):
    """Lists the programs and shows the selected one.

    The roster is read when a program is selected; the itinerary and the guides
    when their tab is first shown, so the roster is on screen sooner.

    Signals:
        program_changed(object): the selected :class:`ProgramRecord`, or ``None``.
        roster_loaded(): the roster model holds the selected program's roster.
        tab_opened(int): the Itinerary or Guides tab is first shown for the
            selected program; its controller reads it then.
    """

    program_changed = Signal(object)
    roster_loaded = Signal()
    tab_opened = Signal(int)

    def __init__(
        self,
        window: MainWindow,
        view: WorkspaceView,
        prompts: Prompts,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self._window = window
        self._view = view
        self._prompts = prompts
        self._database: Database | None = None
        self._programs: ProgramService | None = None
        self._loaded_tabs: set[int] = set()
        self._prefilled: tuple[
            Database | None, list[ProgramRecord] | None, tuple[str, list[ParticipantRecord]] | None
        ] = (None, None, None)
        self.program: ProgramRecord | None = None
        self.dialog: ProgramDialog | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        window = self._window
        window.main_actions.new_program.triggered.connect(self.new_program)
        window.empty_state.new_program_clicked.connect(self.new_program)
        window.empty_state.load_demo_clicked.connect(self.load_demo)
        window.empty_state.import_roster_clicked.connect(
            lambda: self.new_program_then(window.main_actions.import_roster)
        )
        window.empty_state.import_program_clicked.connect(
            lambda: self.new_program_then(window.program_actions.import_program)
        )
        self._view.program_list.selectionModel().selectionChanged.connect(self._on_selection)
        self._view.program_view.tabs.currentChanged.connect(self._load_tab)

    def prefill(
        self,
        database: Database,
        programs: list[ProgramRecord] | None,
        roster: tuple[str, list[ParticipantRecord]] | None,
    ) -> None:
        """Show ``programs`` and ``roster``, read off the GUI thread, when ``database`` opens.

        Each is taken once, and only for that database: any later read asks it.
        """
        self._prefilled = (database, programs, roster)

    def _take_programs(self) -> list[ProgramRecord] | None:
        database, programs, roster = self._prefilled
        self._prefilled = (database, None, roster)
        return programs if database is self._database else None

    def _take_roster(self, code: str) -> list[ParticipantRecord] | None:
        database, _programs, roster = self._prefilled
        self._prefilled = (None, None, None)
        if database is not self._database or roster is None or roster[0] != code:
            return None
        return roster[1]

    def set_database(self, database: Database | None) -> None:
        """Show the programs of ``database`` (``None``: none is open)."""
        self._database = database
        self._programs = None if database is None else ProgramService(database)
        self.program = None
        for action in self._window.main_actions.needs_database():
            action.setEnabled(database is not None)
        if database is not None:
            self.reload()

    def reload(self, select_code: str | None = None) -> None:
        """Read the programs again and select ``select_code`` (else the current one)."""
        if self._programs is None:
            return
        code = select_code or (self.program.code if self.program else None) or self._last()
        programs = self._take_programs()
        if programs is None:
            programs = self._programs.list_programs()
        view = self._view
        view.program_list_model.set_programs(programs)
        if not programs:
            self._show(None)
            self._window.show_empty_state()
            self._window.empty_state.show_no_programs(self._database_name())
            return
        self._window.show_workspace()
        row = view.program_list_model.row_of_code(code) if code else None
        view.program_list.setCurrentIndex(view.program_list_model.index(row or 0, 0))

    def select_program(self, code: str) -> bool:
        """Select the program ``code`` (reading the list again if it is not listed yet).

        Tell whether it is the program shown now; it may have been removed.
        """
        model = self._view.program_list_model
        row = model.row_of_code(code)
        if row is None:
            self.reload(select_code=code)
        else:
            self._view.program_list.setCurrentIndex(model.index(row, 0))
        return self.program is not None and self.program.code == code

    def _last(self) -> str | None:
        return last_program(self._settings) if self._settings is not None else None

    def _database_name(self) -> str:
        return self._database.display_name if self._database else ""

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show(self._view.program_list_model.program(indexes[0].row()))

    def _show(self, program: ProgramRecord | None) -> None:
        self.program = program
        self._loaded_tabs.clear()
        view = self._view
        for model in (view.roster_model, view.itinerary_model, view.guides_model):
            model.set_records([])
        if program is not None:
            if self._settings is not None:
                remember_program(self._settings, program.code)
            view.program_view.show_program(program)
            self._load_tab(ROSTER_TAB)
            self._load_tab(view.program_view.tabs.currentIndex())
        self._update_status()
        self.program_changed.emit(program)

    def _load_tab(self, tab: int) -> None:
        if self._database is None or self.program is None or tab in self._loaded_tabs:
            return
        self._loaded_tabs.add(tab)
        code, view = self.program.code, self._view.program_view
        if tab == ROSTER_TAB:
            roster = self._take_roster(code)
            if roster is None:
                roster = RosterService(self._database).list_participants(code)
            self._view.roster_model.set_records(roster)
            view.roster_view.fit_columns()
            self.roster_loaded.emit()
        else:
            self.tab_opened.emit(tab)

    def refresh_program(self) -> None:
        """Read the selected program again (its counts changed) and its roster."""
        if self._programs is None or self.program is None:
            return
        self.program = self._programs.get(self.program.code)
        model = self._view.program_list_model
        programs = [
            self.program if record.code == self.program.code else record
            for record in (model.program(row) for row in range(model.rowCount()))
        ]
        model.set_programs(programs)
        row = model.row_of_code(self.program.code)
        if row is not None:
            self._view.program_list.setCurrentIndex(model.index(row, 0))
        self._view.program_view.show_program(self.program)
        self._update_status()

    def _update_status(self) -> None:
        count = self._view.program_list_model.rowCount()
        counts = self.tr("%n program(s)", "", count)
        if self.program is not None:
            counts += " · " + self.tr("%n participant(s)", "", self.program.participant_count)
            counts += " · " + self.tr("%n activity(ies)", "", self.program.activity_count)
        self._window.set_status(self._database_name(), counts)

    def new_program(self) -> None:
        """Open the New program dialog; the new program is selected once created."""
        if self._programs is None:
            return
        dialog = ProgramDialog(self._programs.create, dt.date.today(), self._window)  # noqa: DTZ011 - the user's calendar day
        dialog.accepted.connect(lambda: self._created(dialog))
        self.dialog = dialog
        dialog.open()

    def _created(self, dialog: ProgramDialog) -> None:
        if dialog.created is not None:
            self.reload(select_code=dialog.created.code)

    def new_program_then(self, import_action: QAction) -> None:
        """Create a program, then run ``import_action`` on it (the welcome page's imports)."""
        if self._programs is None:
            return
        self.new_program()
        dialog = self.dialog
        assert dialog is not None

        def import_into_it() -> None:
            if dialog.created is not None:  # selected by now: the import applies to it
                import_action.trigger()

        dialog.accepted.connect(import_into_it)

    def load_demo(self) -> None:
        """Load the demo program into the open database and select it."""
        if self._database is None:
            return
        # Imported on demand: reading the demo file is not needed to show a database.
        from coordinator.services.demo import load_demo  # noqa: PLC0415

        try:
            program = load_demo(self._database)
        except ServiceError as error:
            self._prompts.error(self.tr("Demo program"), str(error))
            return
        self.reload(select_code=program.code)
