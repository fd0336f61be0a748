"""The Guides tab at work: the guides, the week of the one selected, adding and editing them.

The tab lists the program's guides (those on any of its activities) first,
then the directory's other guides, who can be dragged onto the timeline.
Adding and editing a guide are undoable commands on the window's stack.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import ServiceError
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import (
    ActivityRecord,
    GuideInput,
    GuideRecord,
    ProgramRecord,
    UnavailabilityInput,
    UnavailabilityRecord,
)
from coordinator.store import Database
from coordinator.ui.core_words import error_text
from coordinator.ui.edit_reapply import RereadEdit
from coordinator.ui.guide_commands import AddGuideCommand, EditGuideCommand
from coordinator.ui.guide_dialog import GuideDialog
from coordinator.ui.guide_schedule_export import GuideScheduleExport, Target
from coordinator.ui.guides_page import GuidesPage
from coordinator.ui.itinerary_controller import ItineraryController
from coordinator.ui.itinerary_reader import program_days
from coordinator.ui.main_window import MainWindow
from coordinator.ui.newest_read import NewestRead
from coordinator.ui.planning_commands import PlanningCommand
from coordinator.ui.program_controller import GUIDES_TAB, ProgramController
from coordinator.ui.prompts import Prompts
from coordinator.ui.workspace_view import WorkspaceView


class GuideRead(NamedTuple):
    """A guide and their absences, as an edit is compared with them."""

    guide: GuideRecord
    absences: tuple[UnavailabilityRecord, ...]


class GuidesRead(NamedTuple):
    """What the tab shows for a program: its guides first, and its activities."""

    code: str
    guides: list[GuideRecord]
    keys: list[str]  # the guides' search keys, computed on the worker thread
    activities: list[ActivityRecord]
    select: int | None


class GuidesController(QObject):
    """Shows the guides and their weeks, and answers Add guide and Edit guide."""

    def __init__(
        self,
        window: MainWindow,
        view: WorkspaceView,
        prompts: Prompts,
        undo_stack: QUndoStack,
        programs: ProgramController,
        itinerary: ItineraryController,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._prompts = prompts
        self._stack = undo_stack
        self._programs = programs
        self._itinerary = itinerary
        self._database: Database | None = None
        self._loaded = False
        self._columns_fitted = False
        self._activities: list[ActivityRecord] = []
        self.dialog: GuideDialog | None = None
        self._reads = NewestRead(window)
        self.schedule_export = GuideScheduleExport(window, prompts, self._selected, self._target)
        self._connect_signals()
        self._update_actions()

    @property
    def page(self) -> GuidesPage:
        """The Guides tab."""
        return self._view.program_view.guides_page

    def _connect_signals(self) -> None:
        self._programs.program_changed.connect(self._on_program_changed)
        self._programs.tab_opened.connect(self._on_tab_opened)
        self._itinerary.itinerary_changed.connect(self.refresh)
        self._itinerary.guide_changed.connect(self._on_guide_changed)
        page = self.page
        page.add_action.triggered.connect(self.add)
        page.edit_action.triggered.connect(self.edit)
        page.export_schedule_action.triggered.connect(self.schedule_export.export)
        page.table.selection_changed.connect(self._show_week)
        page.table.row_activated.connect(self._edit_row)
        self._view.guides_model.modelReset.connect(self._show_week)

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on."""
        self._database = database
        self._loaded = False
        self._reads.set_database(database)
        self._update_actions()

    def _on_program_changed(self, _program: ProgramRecord | None) -> None:
        self._loaded = False
        self._activities = []
        self._update_actions()

    def _on_tab_opened(self, tab: int) -> None:
        if tab == GUIDES_TAB:
            self.load()

    def refresh(self) -> None:
        """Read the guides again if the tab has been shown."""
        if self._loaded:
            self.load()

    def _on_guide_changed(self, guide_id: int | None) -> None:
        if self._programs.program is not None:
            self.load(select=guide_id)

    def load(self, select: int | None = None) -> None:
        """List the program's guides, then the directory's others, read off the GUI thread."""
        program = self._programs.program
        if self._itinerary.context is None or program is None:
            return
        self._loaded = True
        keep = select if select is not None else self._selected_id()
        code, model = program.code, self._view.guides_model

        def work(database: Database) -> GuidesRead:
            guides = GuideService(database)
            working = guides.list_for_program(code)
            ids = {guide.id for guide in working}
            listed = [*working, *(guide for guide in guides.list_guides() if guide.id not in ids)]
            activities = ItineraryService(database).list_activities(code)
            return GuidesRead(code, listed, model.search_keys(listed), activities, keep)

        self._reads.request(self.tr("Reading the guides…"), work, self._show, self._read_failed)

    def show_guide(self, guide_id: int) -> None:
        """Select ``guide_id`` once the guides are read; no filter hides them."""
        self.page.table.filter_box.clear()
        self.load(select=guide_id)

    def loading(self) -> bool:
        """Tell whether the guides are being read."""
        return self._reads.busy()

    def _show(self, read: GuidesRead) -> None:
        program = self._programs.program
        if program is None or program.code != read.code:
            return  # read for a program the user has left
        self._activities = read.activities
        model = self._view.guides_model
        model.set_records(read.guides, read.keys)
        self._view.program_view.set_guide_count(model.total_count())
        if not self._columns_fitted and model.rowCount():
            self.page.table.fit_columns()  # once: later loads keep the widths
            self._columns_fitted = True
        keep = read.select
        row = None if keep is None else model.row_of(lambda record: record.id == keep)
        if row is not None:
            self.page.table.select_row(row)
        self._update_actions()

    def _read_failed(self, error: Exception) -> None:
        self._prompts.refusal(self.tr("Guides"), error)

    def _selected(self) -> GuideRecord | None:
        row = self.page.table.current_row()
        return None if row is None else self._view.guides_model.record(row)

    def _selected_id(self) -> int | None:
        selected = self._selected()
        return None if selected is None else selected.id

    def _show_week(self) -> None:
        guide = self._selected()
        context = self._itinerary.context
        program = self._programs.program
        page = self.page
        if guide is None or context is None or program is None:
            page.week_model.set_week([], None, [], [], None)
            page.show_week_of(None)
        else:
            absences = context.guides.unavailability(guide.id)
            page.week_model.set_week(
                program_days(program), guide.id, self._activities, absences, guide.max_hours_per_day
            )
            page.show_week_of(guide.name, guide.max_hours_per_day)
        self._update_actions()

    def _update_actions(self) -> None:
        has_program = self._database is not None and self._programs.program is not None
        self.page.add_action.setEnabled(has_program)
        self.page.edit_action.setEnabled(has_program and self._selected() is not None)
        self.page.export_schedule_action.setEnabled(has_program and self._selected() is not None)

    def _target(self) -> Target | None:
        program = self._programs.program
        if self._database is None or program is None:
            return None
        return self._database, program.code

    def _run(self, command: PlanningCommand) -> None:
        command.execute()  # raises if refused: nothing is pushed
        self._stack.push(command)

    def _open_dialog(self, record: GuideRecord | None) -> None:
        context = self._itinerary.context
        program = self._programs.program
        if context is None or program is None or self._database is None:
            return
        before = () if record is None else tuple(context.guides.unavailability(record.id))
        edit = None if record is None else RereadEdit(GuideRead(record, before), self._read_again)

        def submit(data: GuideInput, absences: tuple[UnavailabilityInput, ...]) -> None:
            if edit is None:
                self._run(AddGuideCommand(context, data, absences))
            else:  # against the guide as opened, or as read again after a refusal
                edit.save(
                    lambda read: self._run(
                        EditGuideCommand(context, read.guide, read.absences, data, absences)
                    )
                )

        persons = [person.name for person in DirectoryService(self._database).persons()]
        dialog = GuideDialog(
            submit,
            persons,
            program.first_day,
            record,
            [item.as_input() for item in before],
            self._window,
        )
        if edit is not None:
            edit.refill = lambda read: dialog.reapply_over(
                read.guide, [item.as_input() for item in read.absences]
            )
        self.dialog = dialog
        dialog.open()

    def _read_again(self, read: GuideRead) -> GuideRead:
        context = self._itinerary.context
        assert context is not None
        guide_id = read.guide.id
        return GuideRead(
            context.guides.get(guide_id), tuple(context.guides.unavailability(guide_id))
        )

    def add(self) -> None:
        """Open the dialog for a new guide."""
        self._open_dialog(None)

    def edit(self) -> None:
        """Open the dialog on the selected guide, as the directory keeps them."""
        selected = self._selected()
        context = self._itinerary.context
        if selected is None or context is None:
            return
        try:
            record = context.guides.get(selected.id)
        except ServiceError as error:
            self._prompts.error(self.tr("Edit guide"), error_text(error))
            return
        self._open_dialog(record)

    def _edit_row(self, row: int) -> None:
        self.page.table.select_row(row)
        self.edit()
