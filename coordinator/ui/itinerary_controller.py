"""The Itinerary tab at work: timeline, list, conflicts and guides, every edit undoable.

What the user does on the timeline (drag a block, drop a guide, double-click)
and in the dialogs becomes a command of :mod:`coordinator.ui.planning_commands` pushed
on the window's undo stack. After every change the activities and the
conflicts are read again, so the panel always shows what is left to resolve.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from coordinator.domain.conflicts import Finding
from coordinator.domain.suggestions import Proposal
from coordinator.services.errors import ServiceError
from coordinator.services.guides import GuideService, guides_matching
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import ActivityRecord, GuideRecord, ProgramRecord
from coordinator.services.suggestions import SuggestionService
from coordinator.store import Database
from coordinator.ui.activity_dialog import ActivityDialog
from coordinator.ui.activity_dialog_opener import ActivityDialogOpener
from coordinator.ui.app_settings import AppSettings
from coordinator.ui.core_words import error_text
from coordinator.ui.itinerary_page import ItineraryPage
from coordinator.ui.itinerary_reader import (
    ItineraryRead,
    ItineraryReader,
    ItineraryRequest,
    program_days,
)
from coordinator.ui.main_window import MainWindow
from coordinator.ui.planning_commands import (
    AcceptSuggestionsCommand,
    AssignGuideCommand,
    MoveActivityCommand,
    PlanningCommand,
    PlanningContext,
    RemoveActivityCommand,
)
from coordinator.ui.program_controller import ITINERARY_TAB, ProgramController
from coordinator.ui.prompts import Prompts
from coordinator.ui.suggestion_dialog import SuggestionDialog
from coordinator.ui.workspace_view import WorkspaceView


class ItineraryController(QObject):
    """Shows the selected program's itinerary and carries out its edits.

    Signals:
        itinerary_changed(): activities or assignments changed (the Guides tab re-reads).
        guide_changed(object): a guide was added or edited (its id, ``None`` if gone).
    """

    itinerary_changed = Signal()
    guide_changed = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        view: WorkspaceView,
        prompts: Prompts,
        undo_stack: QUndoStack,
        programs: ProgramController,
        app_settings: AppSettings | None = None,
    ) -> None:
        super().__init__(window)
        self._app_settings = app_settings
        self._window = window
        self._view = view
        self._prompts = prompts
        self._stack = undo_stack
        self._programs = programs
        self._database: Database | None = None
        self.context: PlanningContext | None = None
        self._loaded = False
        self._selected: int | None = None
        self._syncing = False
        self._columns_fitted = False
        self.dialog: ActivityDialog | SuggestionDialog | None = None
        self._guides: list[GuideRecord] = []  # the directory's, as last read
        self.reader = ItineraryReader(window, view.itinerary_model.search_keys)
        self._opener = ActivityDialogOpener(
            window, self.reader, app_settings, self._run, self._shown
        )
        self._connect_signals()
        self._update_actions()

    @property
    def page(self) -> ItineraryPage:
        """The Itinerary tab."""
        return self._view.program_view.itinerary_page

    def _connect_signals(self) -> None:
        page = self.page
        self._programs.program_changed.connect(self._on_program_changed)
        self._programs.tab_opened.connect(self._on_tab_opened)
        page.add_action.triggered.connect(self.add)
        page.edit_action.triggered.connect(self.edit)
        page.remove_action.triggered.connect(self.remove)
        page.suggest_action.triggered.connect(self.suggest)
        page.conflicts_button.clicked.connect(page.show_conflicts)
        page.guide_filter.textChanged.connect(self._filter_guides)
        page.timeline.activity_clicked.connect(self._select)
        page.timeline.activity_activated.connect(self._edit_id)
        page.timeline.move_requested.connect(self.move)
        page.timeline.guide_dropped.connect(self.assign)
        page.timeline.add_requested.connect(self._add_at)
        page.table.selection_changed.connect(self._on_table_selection)
        page.table.row_activated.connect(self._edit_row)
        page.conflicts.finding_chosen.connect(self._on_finding)
        self.reader.read.connect(self._show)
        self.reader.failed.connect(self._read_failed)

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on."""
        self._database = database
        self.context = (
            None
            if database is None
            else PlanningContext(
                ItineraryService(database),
                GuideService(database),
                SuggestionService(database),
                self._changed,
                self._guide_changed,
                self._failed,
            )
        )
        self._loaded = False
        self.reader.set_database(database)
        self._update_actions()

    # Loading

    def _on_program_changed(self, _program: ProgramRecord | None) -> None:
        self._loaded = False
        self._selected = None
        page = self.page
        page.timeline.set_content([], [])
        page.set_findings([])
        page.guide_model.set_guides([])
        self._update_actions()

    def _on_tab_opened(self, tab: int) -> None:
        if tab == ITINERARY_TAB:
            self.load()

    def load(self, select: int | None = None) -> None:
        """Read the program's activities, conflicts and guides again, off the GUI thread."""
        program = self._programs.program
        if self.context is None or program is None:
            return
        wanted = select if select is not None else self._selected
        self.reader.request(ItineraryRequest(program, wanted))

    def show_activity(self, activity_id: int) -> None:
        """Select ``activity_id`` once the itinerary is read; no filter hides it."""
        self.page.table.filter_box.clear()
        self.load(select=activity_id)

    def loading(self) -> bool:
        """Tell whether the itinerary is being read."""
        return self.reader.busy()

    def _show(self, read: ItineraryRead) -> None:
        program, activities = read.request.program, read.activities
        shown = self._programs.program
        if shown is None or shown.code != program.code:
            return  # read for a program the user has left
        first_time = not self._loaded
        self._loaded = True
        self._view.itinerary_model.set_records(activities, read.keys)
        if not self._columns_fitted and activities:
            self.page.table.fit_columns()
            self._columns_fitted = True
        self.page.timeline.set_content(program_days(program), activities)
        if first_time:
            self.page.timeline.scroll_to_earliest()
        self.page.set_findings(read.findings)
        self._guides = read.guides
        self._filter_guides()
        ids = {activity.id for activity in activities}
        wanted = read.request.select
        self._select(wanted if wanted in ids else None)

    def _read_failed(self, error: Exception) -> None:
        self._prompts.refusal(self.tr("Itinerary"), error)

    def _filter_guides(self) -> None:
        """List the directory's guides that the filter box keeps (a keystroke reads nothing)."""
        self.page.guide_model.set_guides(
            guides_matching(self._guides, self.page.guide_filter.text())
        )

    # Selection: the timeline and the list follow each other

    def _select(self, activity_id: int | None) -> None:
        self._selected = activity_id
        page = self.page
        page.timeline.set_selected(activity_id)
        if activity_id is not None:
            page.timeline.scroll_to(activity_id)
        row = (
            None
            if activity_id is None
            else self._view.itinerary_model.row_of(lambda record: record.id == activity_id)
        )
        self._syncing = True
        try:
            if row is None:
                page.table.table.clearSelection()
            elif page.table.current_row() != row:
                page.table.select_row(row)
        finally:
            self._syncing = False
        self._update_actions()

    def _on_table_selection(self) -> None:
        if self._syncing:
            return
        row = self.page.table.current_row()
        self._select(None if row is None else self._view.itinerary_model.record(row).id)

    def _on_finding(self, finding: Finding | None) -> None:
        timeline = self.page.timeline
        timeline.set_highlighted(finding.activity_ids if finding else ())
        if finding and finding.activity_ids:
            timeline.scroll_to(finding.activity_ids[0])

    def selected(self) -> ActivityRecord | None:
        """Return the selected activity as last read, if any."""
        if self._selected is None:
            return None
        model = self._view.itinerary_model
        return next((item for item in model.records() if item.id == self._selected), None)

    def _update_actions(self) -> None:
        page = self.page
        has_program = self.context is not None and self._programs.program is not None
        page.add_action.setEnabled(has_program)
        page.suggest_action.setEnabled(has_program)
        has_selection = has_program and self._selected is not None
        page.edit_action.setEnabled(has_selection)
        page.remove_action.setEnabled(has_selection)

    # Commands

    def _run(self, command: PlanningCommand) -> None:
        command.execute()  # raises if refused: nothing is pushed
        self._stack.push(command)

    def _try(self, command: PlanningCommand, title: str) -> bool:
        try:
            self._run(command)
        except ServiceError as error:
            self._prompts.error(title, error_text(error))
            return False
        return True

    def _changed(self, program_code: str, activity_id: int | None) -> None:
        program = self._programs.program
        if program is None or program.code != program_code:
            self._programs.reload(select_code=program_code)
        self._programs.refresh_program()
        self.load(select=activity_id)
        self.itinerary_changed.emit()

    def _guide_changed(self, guide_id: int | None) -> None:
        self.refresh()
        self.guide_changed.emit(guide_id)

    def _failed(self, message: str) -> None:
        self._prompts.error(self.tr("Undo"), message)

    def _open_dialog(
        self,
        record: ActivityRecord | None,
        day: dt.date | None = None,
        start: dt.time | None = None,
    ) -> None:
        if self.context is not None:
            self._opener.open(self.context, lambda: self._programs.program, record, day, start)

    def _shown(self, dialog: ActivityDialog) -> None:
        self.dialog = dialog

    def add(self) -> None:
        """Open the dialog for a new activity, on the selected activity's day if any."""
        selected = self.selected()
        self._open_dialog(None, day=selected.day if selected else None)

    def _add_at(self, day: dt.date, start: dt.time | None) -> None:
        self._open_dialog(None, day=day, start=start)

    def edit(self) -> None:
        """Open the dialog on the selected activity."""
        if self._selected is not None:
            self._edit_id(self._selected)

    def _edit_id(self, activity_id: int) -> None:
        record = self._activity(activity_id, self.tr("Edit activity"))
        if record is None:
            return
        self._select(activity_id)
        self._open_dialog(record)

    def _activity(self, activity_id: int, title: str) -> ActivityRecord | None:
        """Read one activity as it is now; if it is gone, say so under ``title``."""
        if self.context is None:
            return None
        try:
            return self.context.itinerary.get_activity(activity_id)
        except ServiceError as error:
            self._prompts.error(title, error_text(error))
            return None

    def _edit_row(self, row: int) -> None:
        self._edit_id(self._view.itinerary_model.record(row).id)

    def remove(self) -> None:
        """Take the selected activity off the itinerary, once the user confirms."""
        record = self.selected()
        if self.context is None or record is None:
            return
        if self._prompts.confirm_remove_activity(record.title):
            self._try(RemoveActivityCommand(self.context, record), self.tr("Remove activity"))

    def move(self, activity_id: int, day: dt.date, start: dt.time | None) -> None:
        """Move an activity to ``day`` and ``start`` (``None``: keep its hours)."""
        record = self._activity(activity_id, self.tr("Move activity"))
        if record is None or self.context is None:
            return
        command = MoveActivityCommand(self.context, record, day, start)
        self._try(command, self.tr("Move activity"))

    def assign(self, activity_id: int, guide_id: int) -> None:
        """Put a guide on an activity in their usual role (a guide dropped on a block)."""
        if self.context is None:
            return
        try:
            record = self.context.itinerary.get_activity(activity_id)
            guide = self.context.guides.get(guide_id)
        except ServiceError as error:
            self._prompts.error(self.tr("Assign guide"), error_text(error))
            return
        command = AssignGuideCommand(self.context, record, guide.id, guide.name)
        self._try(command, self.tr("Assign guide"))

    def suggest(self) -> None:
        """Show the suggested guides for the activities that need one."""
        program = self._programs.program
        context = self.context
        if program is None or context is None:
            return
        suggestions = context.suggestions.suggest(program.code)

        def accept(proposals: tuple[Proposal, ...]) -> None:
            self._try(
                AcceptSuggestionsCommand(context, program.code, proposals),
                self.tr("Suggested guides"),
            )

        self.dialog = SuggestionDialog(suggestions, accept, self._window)
        self.dialog.open()

    def refresh(self) -> None:
        """Read everything again if the tab has been shown (e.g. after a guide changed)."""
        if self._loaded:
            self.load()
