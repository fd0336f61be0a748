"""The Logistics tab at work: each page read when shown, every edit an undoable command.

Nothing is read at start-up: a page reads the program's logistics the first
time it is shown for the selected program, and again after each command (a
command marks every page to be read again, since a transfer changes the
arrivals board and a roommate's stay a second row). Pages are read on the
worker thread, the newest request only (on ten years of data a page takes
longer to read than the GUI thread may be busy); planning and the exports
run on the background runner.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from coordinator.services.arrivals import ArrivalsService
from coordinator.services.catering import CateringService
from coordinator.services.errors import ServiceError
from coordinator.services.gifts import GiftService
from coordinator.services.movement_fields import DAYS_AROUND
from coordinator.services.records import ProgramRecord
from coordinator.services.roster import RosterService
from coordinator.services.stays import StayService
from coordinator.services.transfer_planning import TransferPlanningService
from coordinator.services.transfers import TransferService
from coordinator.services.vehicles import VehicleService
from coordinator.store import Database
from coordinator.ui.app_settings import AppSettings
from coordinator.ui.core_words import error_text
from coordinator.ui.formatting import format_date
from coordinator.ui.logistics_actions import RoomGiftActions, TransferActions
from coordinator.ui.logistics_commands import LogisticsCommand, LogisticsContext
from coordinator.ui.logistics_exports import LogisticsExports
from coordinator.ui.logistics_page import (
    ARRIVALS_PAGE,
    GIFTS_PAGE,
    MEALS_PAGE,
    ROOMS_PAGE,
    TRANSFERS_PAGE,
    LogisticsPage,
    LogisticsSection,
)
from coordinator.ui.logistics_tables import RoomRow
from coordinator.ui.main_window import MainWindow
from coordinator.ui.newest_read import NewestRead
from coordinator.ui.operations import OperationRunner
from coordinator.ui.program_controller import ProgramController
from coordinator.ui.prompts import Prompts
from coordinator.ui.transfer_timeline_controller import TransferTimelineController

LOGISTICS_TAB = 3
"""The place of the Logistics tab among a program's tabs."""
_SELECTED_PAGE = {"transfers": TRANSFERS_PAGE, "rooms": ROOMS_PAGE, "gifts": GIFTS_PAGE}


class LogisticsController(QObject):
    """Shows the selected program's logistics and carries out their edits.

    Signals:
        logistics_changed(): a command changed the logistics (the conflicts are read again).
    """

    logistics_changed = Signal()

    def __init__(
        self,
        window: MainWindow,
        page: LogisticsPage,
        prompts: Prompts,
        undo_stack: QUndoStack,
        programs: ProgramController,
        app_settings: AppSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.app_settings = app_settings
        self.window = window
        self.page = page
        self.prompts = prompts
        self.stack = undo_stack
        self.programs = programs
        self.runner = OperationRunner(window)
        self.database: Database | None = None
        self.context: LogisticsContext | None = None
        self._loaded: set[int] = set()
        self._generation = 0  # counts the changes: a read asked for before one is stale
        self.reads = NewestRead(window)
        self._opened = False
        self.transfer_actions = TransferActions(self)
        self.room_gift_actions = RoomGiftActions(self)
        self.exports = LogisticsExports(self)
        self.timeline = TransferTimelineController(self)
        self._connect_signals()
        self.update_actions()

    def _connect_signals(self) -> None:
        self.programs.program_changed.connect(self._on_program_changed)
        self.programs.tab_opened.connect(self._on_tab_opened)
        self.page.pages.currentChanged.connect(self._on_page_shown)
        self.page.day_choice.currentIndexChanged.connect(self._on_day_chosen)
        self.runner.started.connect(self.update_actions)
        self.runner.idle.connect(self.update_actions)
        for section in self.page.sections():
            section.table.selection_changed.connect(self.update_actions)

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on."""
        self.database = database
        self.context = (
            None
            if database is None
            else LogisticsContext(
                TransferService(database),
                TransferPlanningService(database),
                VehicleService(database),
                StayService(database),
                GiftService(database),
                self._changed,
                self._failed,
            )
        )
        self._forget()
        self._opened = False
        self.reads.set_database(database)
        self.timeline.set_database(database)
        self.update_actions()

    def close(self) -> None:
        """Stop a running plan, export or read (before the database closes)."""
        self.runner.close()
        self.reads.set_database(None)
        self.timeline.close()

    # Loading

    @property
    def program(self) -> ProgramRecord | None:
        """The selected program, if any."""
        return self.programs.program

    def _forget(self) -> None:
        """Have every page read again when next shown."""
        self._loaded.clear()
        self._generation += 1

    def _on_program_changed(self, program: ProgramRecord | None) -> None:
        self._forget()
        # The tab may be in front already (the program controller tells a tab
        # is opened before it tells the program changed): read it then.
        self._opened = self.page.isVisible()
        for section in self.page.sections():
            section.model.set_records([])
        self._fill_days(program)
        if self._opened:
            self.load_page(self.page.pages.currentIndex())
        self.update_actions()

    def _fill_days(self, program: ProgramRecord | None) -> None:
        choice = self.page.day_choice
        choice.blockSignals(True)
        choice.clear()
        choice.addItem(self.tr("All days"), None)
        if program is not None:
            around = dt.timedelta(days=DAYS_AROUND)
            day, last = program.first_day - around, program.last_day + around
            while day <= last:
                choice.addItem(format_date(day), day)
                day += dt.timedelta(days=1)
        choice.setCurrentIndex(0)
        choice.blockSignals(False)

    def _on_tab_opened(self, tab: int) -> None:
        if tab == LOGISTICS_TAB:
            self._opened = True
            self.load_page(self.page.pages.currentIndex())

    def _on_page_shown(self, index: int) -> None:
        if self._opened:
            self.load_page(index)
        self.update_actions()

    def _on_day_chosen(self, _index: int) -> None:
        self._loaded.discard(TRANSFERS_PAGE)
        self._generation += 1
        if self._opened:
            self.load_page(TRANSFERS_PAGE)

    def chosen_day(self) -> dt.date | None:
        """The day whose transfers are shown (and exported); ``None``: every day."""
        day = self.page.day_choice.currentData()
        return day if isinstance(day, dt.date) else None

    def refresh(self) -> None:
        """Read the page shown again, if the tab has been opened (others when next shown)."""
        self._forget()
        if self._opened:
            self.load_page(self.page.pages.currentIndex())

    def load_page(self, index: int, select: int | None = None) -> None:
        """Read one page of the selected program off the GUI thread, unless it is read already."""
        program = self.program
        if program is None or self.database is None or (index in self._loaded and select is None):
            return
        keep = select if select is not None else self._selected_key(index)
        wanted = PageRequest(program.code, index, self.chosen_day(), keep, self._generation)
        section = self.page.sections()[index]
        section.set_reading(True)
        model = section.model

        def work(database: Database) -> PageRead:
            rows = _read(wanted, database)
            return PageRead(wanted, rows, model.search_keys(rows))

        label = self.tr("Reading the logistics…")
        self.reads.request(label, work, self._show_page, self._read_failed)

    def loading(self) -> bool:
        """Tell whether a page or the vehicle timeline is being read."""
        return self.reads.busy() or self.timeline.loading()

    def _show_page(self, read: PageRead) -> None:
        wanted, index = read.request, read.request.index
        section = self.page.sections()[index]
        section.set_reading(False)
        if self.program is None or self.program.code != wanted.code:
            return  # read for a program the user has left
        if wanted.generation == self._generation:  # else a command came since: read again later
            self._loaded.add(index)
        section.model.set_records(read.rows, read.keys)
        section.table.fit_columns()
        if wanted.select is not None:
            row = section.model.row_of(lambda record: _key(index, record) == wanted.select)
            if row is not None:
                section.table.select_row(row)
        if index == TRANSFERS_PAGE:
            self.timeline.load()
        self.update_actions()

    def _read_failed(self, error: Exception) -> None:
        for section in self.page.sections():
            section.set_reading(False)
        self.prompts.refusal(self.tr("Logistics"), error)

    def _selected_key(self, index: int) -> int | None:
        record = self.selected(self.page.sections()[index])
        return None if record is None else _key(index, record)

    @staticmethod
    def selected(section: LogisticsSection) -> Any:
        """Return the record selected on ``section``, if any."""
        row = section.table.current_row()
        return None if row is None else section.model.record(row)

    # Commands

    def run(self, command: LogisticsCommand) -> None:
        """Do ``command`` once and push it on the undo stack; a refusal raises, nothing pushed."""
        command.execute()
        self.stack.push(command)

    def try_run(self, command: LogisticsCommand, title: str) -> bool:
        """Run ``command``; tell the user when the service refuses it."""
        try:
            self.run(command)
        except ServiceError as error:
            self.prompts.error(title, error_text(error))
            return False
        return True

    def _changed(self, what: str, select: int | None) -> None:
        self._forget()
        if what == "vehicles":
            self.transfer_actions.vehicles_changed(select)
        if self._opened:
            shown = self.page.pages.currentIndex()
            wanted = _SELECTED_PAGE.get(what)
            self.load_page(shown, select if wanted == shown else None)
        self.logistics_changed.emit()

    def _failed(self, message: str) -> None:
        self.prompts.error(self.tr("Undo"), message)

    def update_actions(self) -> None:
        """Enable each page's actions for a program, a selection and an idle runner."""
        page = self.page
        ready = self.context is not None and self.program is not None
        idle = ready and not self.runner.busy()

        def chosen(section: LogisticsSection) -> bool:
            return ready and self.selected(section) is not None

        page.add_transfer.setEnabled(ready)
        page.edit_transfer.setEnabled(chosen(page.transfers))
        page.remove_transfer.setEnabled(chosen(page.transfers))
        page.plan_transfers.setEnabled(idle)
        page.vehicles.setEnabled(ready)
        page.day_choice.setEnabled(ready)
        page.edit_stay.setEnabled(chosen(page.rooms))
        page.remove_stay.setEnabled(
            chosen(page.rooms) and self.selected(page.rooms).stay is not None
        )
        page.add_gift.setEnabled(ready)
        page.edit_gift.setEnabled(chosen(page.gifts))
        page.remove_gift.setEnabled(chosen(page.gifts))
        for action in (
            page.export_manifest, page.export_rooming, page.export_catering, page.export_gifts
        ):  # fmt: skip
            action.setEnabled(idle)


@dataclass(frozen=True)
class PageRequest:
    """What to read: a program's page, the day of its transfers, the record to select."""

    code: str
    index: int
    day: dt.date | None
    select: int | None
    generation: int  # the controller's count of changes when asked


@dataclass(frozen=True)
class PageRead:
    """A page's rows as read for a request."""

    request: PageRequest
    rows: list[Any]
    keys: list[str]  # the rows' search keys, computed on the worker thread


def _read(wanted: PageRequest, database: Database) -> list[Any]:
    """Read the rows of a page (on the worker thread)."""
    index, code = wanted.index, wanted.code
    if index == ARRIVALS_PAGE:
        return list(ArrivalsService(database).board(code))
    if index == TRANSFERS_PAGE:
        return list(TransferService(database).list_movements(code, wanted.day))
    if index == ROOMS_PAGE:
        stays = {stay.participant_id: stay for stay in StayService(database).list_stays(code)}
        roster = RosterService(database).list_participants(code)
        return [RoomRow(p.id, p.name, stays.get(p.id)) for p in roster]
    if index == MEALS_PAGE:
        return list(CateringService(database).meals(code))
    return list(GiftService(database).list_gifts(code))


def _key(index: int, record: Any) -> int | None:
    """Return what names a row across reads: a participant's id on Rooms, else the record's."""
    if index == ROOMS_PAGE:
        return int(record.participant_id)
    if index in (TRANSFERS_PAGE, GIFTS_PAGE):
        return int(record.id)
    return None
