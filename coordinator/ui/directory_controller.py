"""The directory window at work: lists, venue edits as undoable commands.

The window and its models are imported when the directory is first opened,
so they cost nothing at start. After a venue or a travel time changed,
:attr:`DirectoryController.directory_changed` tells the itinerary to read its
conflicts again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoStack

from coordinator.services.directory_service import DirectoryService
from coordinator.services.records import TravelTimeRecord, VenueInput, VenueRecord
from coordinator.store import Database
from coordinator.ui.directory_commands import (
    AddVenueCommand,
    DirectoryContext,
    EditVenueCommand,
    VenueCommand,
)
from coordinator.ui.edit_reapply import RereadEdit
from coordinator.ui.prompts import Prompts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coordinator.ui.directory_window import DirectoryWindow
    from coordinator.ui.venue_dialog import VenueChoices, VenueDialog


class VenueRead(NamedTuple):
    """A venue and its travel times, as an edit is compared with them."""

    venue: VenueRecord
    travel: tuple[TravelTimeRecord, ...]

    def minutes(self) -> dict[int, int]:
        """Return the travel times as the commands take them: minutes by other venue's id."""
        return {item.to_venue_id: item.minutes for item in self.travel}


class DirectoryController(QObject):
    """Opens the directory window and carries out its venue edits.

    Signals:
        directory_changed(): a venue or a travel time changed.
    """

    directory_changed = Signal()

    def __init__(
        self, parent: QWidget, prompts: Prompts, undo_stack: QUndoStack, action: QAction
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._prompts = prompts
        self._stack = undo_stack
        self._action = action
        self._database: Database | None = None
        self.context: DirectoryContext | None = None
        self.window: DirectoryWindow | None = None
        self.dialog: VenueDialog | None = None
        self._selected: int | None = None
        action.triggered.connect(self.open)
        action.setEnabled(False)

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on (``None``: close the window)."""
        self._database = database
        self.context = (
            None
            if database is None
            else DirectoryContext(DirectoryService(database), self._changed, self._failed)
        )
        self._action.setEnabled(database is not None)
        if self.window is not None:
            if database is None:
                self.window.close()
            else:
                self.load()

    def open(self) -> None:
        """Show the directory window (built the first time), in front."""
        if self.context is None:
            return
        if self.window is None:
            from coordinator.ui.directory_window import DirectoryWindow  # noqa: PLC0415 - on first open

            window = DirectoryWindow(self._parent)
            window.add_venue_action.triggered.connect(self.add_venue)
            window.edit_venue_action.triggered.connect(self.edit_venue)
            window.venues.row_activated.connect(self._edit_row)
            window.venues.selection_changed.connect(self._on_venue_selection)
            self.window = window
            self.load()
            window.fit_columns()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def load(self, select: int | None = None) -> None:
        """Read the venues, organizations and people again."""
        window, context = self.window, self.context
        if window is None or context is None:
            return
        directory = context.directory
        window.venue_model.set_records(directory.venues())
        window.organization_model.set_records(directory.organizations())
        window.person_model.set_records(directory.persons())
        wanted = select if select is not None else self._selected
        row = (
            None
            if wanted is None
            else window.venue_model.row_of(lambda record: record.id == wanted)
        )
        if row is not None:
            window.venues.select_row(row)
        self._on_venue_selection()

    def _on_venue_selection(self) -> None:
        if self.window is None:
            return
        row = self.window.venues.current_row()
        self._selected = None if row is None else self.window.venue_model.record(row).id
        self.window.edit_venue_action.setEnabled(self._selected is not None)

    def selected_venue(self) -> VenueRecord | None:
        """Return the selected venue as last read, if any."""
        if self.window is None or self._selected is None:
            return None
        records = self.window.venue_model.records()
        return next((record for record in records if record.id == self._selected), None)

    # Commands

    def _run(self, command: VenueCommand) -> None:
        command.execute()  # raises if refused: nothing is pushed
        self._stack.push(command)

    def _changed(self, venue_id: int | None) -> None:
        self.load(select=venue_id)
        self.directory_changed.emit()

    def _failed(self, message: str) -> None:
        self._prompts.error(self.tr("Undo"), message)

    def _choices(self) -> VenueChoices:
        from coordinator.ui.venue_dialog import VenueChoices  # noqa: PLC0415

        assert self.context is not None
        directory = self.context.directory
        venues = directory.venues()
        return VenueChoices(
            organizations=[item.name for item in directory.organizations()],
            kinds=sorted({venue.kind for venue in venues if venue.kind}, key=str.casefold),
            venues=[(venue.id, venue.name) for venue in venues],
        )

    def add_venue(self) -> None:
        """Open the dialog that adds a venue."""
        self._open_dialog(None)

    def edit_venue(self) -> None:
        """Open the dialog that edits the selected venue."""
        self._open_dialog(self.selected_venue())

    def _edit_row(self, row: int) -> None:
        if self.window is not None:
            self._open_dialog(self.window.venue_model.record(row))

    def _open_dialog(self, record: VenueRecord | None) -> None:
        from coordinator.ui.venue_dialog import VenueDialog  # noqa: PLC0415

        context = self.context
        if context is None or self.window is None:
            return
        travel = tuple(context.directory.travel_times(record.id)) if record else ()
        edit = None if record is None else RereadEdit(VenueRead(record, travel), self._read_again)

        def submit(data: VenueInput, minutes: dict[int, int]) -> None:
            if edit is None:
                self._run(AddVenueCommand(context, data, minutes))
            else:  # against the venue as opened, or as read again after a refusal
                edit.save(
                    lambda read: self._run(
                        EditVenueCommand(context, read.venue, read.minutes(), data, minutes)
                    )
                )

        dialog = VenueDialog(self._choices(), submit, record, travel, self.window)
        if edit is not None:
            edit.refill = lambda read: dialog.reapply_over(read.venue, read.travel)
        self.dialog = dialog
        dialog.open()

    def _read_again(self, read: VenueRead) -> VenueRead:
        assert self.context is not None
        directory = self.context.directory
        venue_id = read.venue.id
        found = next((item for item in directory.venues() if item.id == venue_id), read.venue)
        return VenueRead(found, tuple(directory.travel_times(venue_id)))

    def set_travel_time(self, venue: VenueRecord, other_id: int, minutes: int | None) -> None:
        """Change one travel time of ``venue`` as an undoable edit.

        Raises:
            ServiceError: the service refused the change.
        """
        context = self.context
        if context is None:
            return
        before = {
            item.to_venue_id: item.minutes for item in context.directory.travel_times(venue.id)
        }
        after = dict(before)
        if minutes is None:
            after.pop(other_id, None)
        else:
            after[other_id] = minutes
        self._run(EditVenueCommand(context, venue, before, venue.as_input(), after))
