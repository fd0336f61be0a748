"""Find everywhere at work: the index read in the background, and the jump to a hit.

The index of the whole database is read off the GUI thread when the search
box is first opened, and again when the box opens after something changed
(an edit, an undo, a new program, another database) or after a while (a
colleague may have changed the shared database). Until the new index
arrives, the box searches the previous one.

A hit leads where its record is edited: the program's roster, itinerary or
Guides tab with the row selected, or the directory's window.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from coordinator.domain.search import EntryKind, SearchEntry, SearchIndex
from coordinator.services.search import SearchService
from coordinator.store import Database
from coordinator.ui.directory_controller import DirectoryController
from coordinator.ui.guides_controller import GuidesController
from coordinator.ui.itinerary_controller import ItineraryController
from coordinator.ui.main_window import MainWindow
from coordinator.ui.operations import NO_PROGRESS_DIALOG_MS, OperationRunner, Progress
from coordinator.ui.program_controller import (
    GUIDES_TAB,
    ITINERARY_TAB,
    ROSTER_TAB,
    ProgramController,
)
from coordinator.ui.search_dialog import SearchDialog
from coordinator.ui.workspace_view import WorkspaceView

if TYPE_CHECKING:
    from coordinator.ui.record_table_model import RecordTableModel
    from coordinator.ui.record_table_view import RecordTableView

REREAD_AFTER_S = 60.0
"""An index older than this is read again when the box opens (others share the database)."""

_TABS = {
    EntryKind.PARTICIPANT: ROSTER_TAB,
    EntryKind.ACTIVITY: ITINERARY_TAB,
    EntryKind.HOST: ITINERARY_TAB,
    EntryKind.GUIDE: GUIDES_TAB,
}
"""The tab of its program where a hit of each kind is shown."""

_DIRECTORY_TABS = {EntryKind.VENUE: 0, EntryKind.ORGANIZATION: 1, EntryKind.PERSON: 2}
"""The directory window's tab where a hit of each kind is shown."""


class SearchController(QObject):
    """Opens the search box (Edit ▸ Find everywhere…, Ctrl+K) and goes to the chosen hit."""

    def __init__(
        self,
        window: MainWindow,
        view: WorkspaceView,
        undo_stack: QUndoStack,
        programs: ProgramController,
        directory: DirectoryController,
        itinerary: ItineraryController,
        guides: GuidesController,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._programs = programs
        self._directory = directory
        self._itinerary = itinerary
        self._guides = guides
        self._action = window.main_actions.find_everywhere
        self._database: Database | None = None
        self._index: SearchIndex | None = None
        self._read_at = 0.0
        self._stale = True
        self._serial = 0  # counts the databases opened
        self._generation = 0  # counts the changes seen
        # The index is read behind the search box, which says so.
        self.runner = OperationRunner(window, show_after_ms=NO_PROGRESS_DIALOG_MS)
        self.dialog: SearchDialog | None = None
        self._action.setEnabled(False)
        self._connect_signals(undo_stack)

    def _connect_signals(self, undo_stack: QUndoStack) -> None:
        self._action.triggered.connect(self.open)
        undo_stack.indexChanged.connect(self._changed)
        self._view.program_list_model.modelReset.connect(self._changed)

    def set_database(self, database: Database | None) -> None:
        """Search ``database`` from now on (``None``: none is open, the box closes)."""
        self.runner.close()
        self._database = database
        self._index = None
        self._serial += 1
        self._stale = True
        self._action.setEnabled(database is not None)
        if self.dialog is not None:
            if database is None:
                self.dialog.reject()
            self.dialog.set_index(None)

    def close(self) -> None:
        """Stop reading the index, e.g. before the database closes."""
        self.runner.close()

    @property
    def index(self) -> SearchIndex | None:
        """The index the box searches now, if one was read."""
        return self._index

    # Reading the index

    def _changed(self) -> None:
        """Something changed: the index is read again, now if the box is open."""
        self._generation += 1
        self._stale = True
        if self.dialog is not None and self.dialog.isVisible():
            self._read()

    def open(self) -> None:
        """Show the search box; read the index if there is none or it is out of date."""
        if self._database is None:
            return
        if self.dialog is None:
            self.dialog = SearchDialog(self._window)
            self.dialog.chosen.connect(self.go_to)
        self.dialog.set_index(self._index)
        old = time.monotonic() - self._read_at > REREAD_AFTER_S
        if self._index is None or self._stale or old:
            self._read()
        self.dialog.start()

    def _read(self) -> None:
        database = self._database
        if database is None or self.runner.busy():
            return  # a read under way: once it ends, the box reads again if need be
        serial, generation = self._serial, self._generation
        if self.dialog is not None:
            self.dialog.set_reading()

        def work(progress: Progress) -> tuple[int, int, SearchIndex]:
            return serial, generation, SearchService(database).build_index(progress)

        self.runner.start(
            self.tr("Reading the database for the search…"),
            work,
            on_success=self._read_done,
            on_failure=self._read_failed,
        )

    def _read_done(self, result: tuple[int, int, SearchIndex]) -> None:
        serial, generation, index = result
        if serial == self._serial:  # else it is another database's
            self._index = index
            self._read_at = time.monotonic()
            self._stale = generation != self._generation
            if self.dialog is not None:
                self.dialog.set_index(index)
        self._read_again()

    def _read_failed(self, error: Exception) -> None:
        if self.dialog is not None:
            self.dialog.set_failure(str(error))

    def _read_again(self) -> None:
        """Read the index again if it went out of date while it was read and the box is open."""
        if self._stale and self.dialog is not None and self.dialog.isVisible():
            self._read()

    # Going to a hit

    def go_to(self, entry: SearchEntry) -> bool:
        """Show ``entry`` where it is edited, selected; tell whether it was found there."""
        if entry.kind == EntryKind.PROGRAM:
            return self._programs.select_program(entry.program_code)
        if entry.kind in _DIRECTORY_TABS:
            return self._show_in_directory(_DIRECTORY_TABS[entry.kind], entry.id)
        if entry.program_code and not self._programs.select_program(entry.program_code):
            return self._gone(entry)
        if self._programs.program is None:
            return self._gone(entry)  # a guide on no program, and no program to show them in
        program_view = self._view.program_view
        tab = _TABS[entry.kind]
        program_view.tabs.setCurrentIndex(tab)  # reads the tab if it was not shown yet
        # The itinerary and the guides are read in the background: selected once they arrive.
        shows = {ITINERARY_TAB: self._itinerary.show_activity, GUIDES_TAB: self._guides.show_guide}
        if tab in shows:
            shows[tab](entry.id)
            return True
        table, model = program_view.roster_view, self._view.roster_model
        return _select_record(table, model, entry.id) or self._gone(entry)

    def _show_in_directory(self, tab: int, record_id: int) -> bool:
        if tab != 0:
            # Organizations and people are read in the background: the directory
            # selects the entry once its lists have arrived.
            kind = "organization" if tab == 1 else "person"
            self._directory.show_entry(kind, record_id)
            return self._directory.window is not None
        self._directory.open()
        window = self._directory.window
        if window is None:
            return False
        window.tabs.setCurrentIndex(tab)
        return _select_record(window.venues, window.venue_model, record_id)

    def _gone(self, entry: SearchEntry) -> bool:
        self._window.statusBar().showMessage(
            self.tr("“{name}” is no longer there.").format(name=entry.label), 5000
        )
        self._changed()
        return False


def _select_record(table: RecordTableView, model: RecordTableModel[Any], record_id: int) -> bool:
    """Select the row of the record ``record_id``, clearing a filter that hides it."""

    def wanted(record: Any) -> bool:
        return bool(record.id == record_id)

    row = model.row_of(wanted)
    if row is None and model.filter_text():
        table.filter_box.clear()
        row = model.row_of(wanted)
    if row is None:
        return False
    table.select_row(row)
    table.table.setFocus()
    return True
