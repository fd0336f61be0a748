"""The directory window at work: lists, venue edits as undoable commands.

The window and its models are imported when the directory is first opened,
so they cost nothing at start. The venues are few and read at once; the
organizations and people (ten years of work: 3,000 and 18,000) are read on a
worker thread, so the window shows at once and fills a moment later; their
search keys are computed in a second read after the rows are shown (see
:class:`~coordinator.ui.newest_read.NewestRead`). After a change,
:attr:`DirectoryController.directory_changed` tells the itinerary to read its
conflicts again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoStack

from coordinator.services.directory_duplicates import DuplicateService
from coordinator.services.directory_merge import DirectoryMergeService
from coordinator.services.directory_service import DirectoryService
from coordinator.services.records import (
    TravelTimeRecord,
    VenueInput,
    VenueRecord,
)
from coordinator.store import Database
from coordinator.ui.core_words import error_text
from coordinator.ui.directory_commands import (
    AddVenueCommand,
    DirectoryContext,
    EditVenueCommand,
    EntriesContext,
    VenueCommand,
)
from coordinator.ui.edit_reapply import RereadEdit
from coordinator.ui.prompts import Prompts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coordinator.ui.directory_entries import DirectoryEntries
    from coordinator.ui.directory_models import EntriesRead
    from coordinator.ui.directory_window import DirectoryWindow
    from coordinator.ui.newest_read import NewestRead
    from coordinator.ui.venue_dialog import VenueChoices, VenueDialog


class VenueRead(NamedTuple):
    """A venue and its travel times, as an edit is compared with them."""

    venue: VenueRecord
    travel: tuple[TravelTimeRecord, ...]

    def minutes(self) -> dict[int, int]:
        """Return the travel times as the commands take them: minutes by other venue's id."""
        return {item.to_venue_id: item.minutes for item in self.travel}


class DirectoryController(QObject):
    """Opens the directory window, reads its lists and carries out its venue edits.

    Organizations and people are edited and merged by :attr:`entries`.

    Signals:
        directory_changed(): a venue, a travel time, an organization or a person changed.
        entries_changed(): an organization or a person was edited or merged (a roster
            shows them).
        entries_loaded(): the organizations and people were read into the window.
    """

    directory_changed = Signal()
    entries_changed = Signal()
    entries_loaded = Signal()

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
        self.entries: DirectoryEntries | None = None
        self.entries_context: EntriesContext | None = None
        self._selected: int | None = None
        self._reader: NewestRead | None = None  # reads the organizations and people
        self._filling = False  # their rows are being read
        self._pending: tuple[str, int] | None = None  # the entry to select once read
        self._fitted = False  # the lists' columns were sized to the first entries read
        action.triggered.connect(self.open)
        action.setEnabled(False)

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on (``None``: close the window)."""
        if self._reader is not None:
            self._reader.set_database(database)  # a read of the old one is dropped
        self._database = database
        self._filling = False
        directory = None if database is None else DirectoryService(database)
        self.context = (
            None if directory is None else DirectoryContext(directory, self._changed, self._failed)
        )
        self.entries_context = (
            None
            if database is None or directory is None
            else EntriesContext(
                directory,
                DirectoryMergeService(database),
                DuplicateService(database),
                self._entry_changed,
                self._failed,
            )
        )
        self._action.setEnabled(database is not None)
        if self.entries is not None:
            self.entries.set_context(self.entries_context)
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
            from coordinator.ui.directory_entries import DirectoryEntries  # noqa: PLC0415 - on first open
            from coordinator.ui.directory_window import DirectoryWindow  # noqa: PLC0415
            from coordinator.ui.newest_read import NewestRead  # noqa: PLC0415

            window = DirectoryWindow(self._parent)
            window.add_venue_action.triggered.connect(self.add_venue)
            window.edit_venue_action.triggered.connect(self.edit_venue)
            window.remove_venue_action.triggered.connect(self.remove_venue)
            window.venues.row_activated.connect(self._edit_row)
            window.venues.selection_changed.connect(self._on_venue_selection)
            self.window = window
            # The window says it is reading: no progress dialog covers it meanwhile.
            self._reader = NewestRead(window)
            self._reader.set_database(self._database)
            self.entries = DirectoryEntries(window, self._prompts, self._stack)
            self.entries.set_context(self.entries_context)
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
        self.read_entries()  # on the worker, while the venues are read here
        window.venue_model.set_records(context.directory.venues())
        wanted = select if select is not None else self._selected
        row = (
            None
            if wanted is None
            else window.venue_model.row_of(lambda record: record.id == wanted)
        )
        if row is not None:
            window.venues.select_row(row)
        self._on_venue_selection()

    def loading(self) -> bool:
        """Tell whether the organizations and people are being read (not their keys)."""
        return self._filling

    def show_entry(self, kind: str, entry_id: int) -> None:
        """Open the window on organization or person ``entry_id``, selected once read."""
        self.open()
        if self.entries is None:
            return
        self.entries.show_tab(kind)
        if self.loading():
            self._pending = (kind, entry_id)
        else:
            self.entries.select(kind, entry_id)

    def read_entries(self, select: tuple[str, int] | None = None) -> None:
        """Read the organizations and people on the worker thread, then show them.

        ``select`` is the entry to select once read: ``("organization", id)``
        or ``("person", id)``. The rows are shown as soon as they are read;
        their search keys follow in a second read, so ten years of people
        fill the window at once (a filter typed meanwhile computes them).
        """
        window, reader = self.window, self._reader
        if window is None or reader is None:
            return
        if select is not None:
            self._pending = select
        organization_model, person_model = window.organization_model, window.person_model
        # Filtered lists need their keys as they fill; else the rows come first.
        keys_now = bool(organization_model.filter_text() or person_model.filter_text())

        def read(database: Database) -> EntriesRead:
            from coordinator.ui.directory_models import EntriesRead  # noqa: PLC0415 - the window's

            directory = DirectoryService(database)
            organizations = directory.organizations()
            persons, names = directory.persons_and_name_keys()  # names' keys as stored
            read = EntriesRead(organizations, persons, names)
            return read.with_keys(organization_model, person_model) if keys_now else read

        window.set_loading(True)
        self._filling = True
        reader.request(
            self.tr("Reading the organizations and people…"),
            read,
            self._entries_read,
            self._entries_failed,
        )

    def _entries_read(self, read: EntriesRead) -> None:
        window, reader = self.window, self._reader
        if window is None or reader is None:
            return
        self._filling = False
        later = read.person_keys is None
        window.organization_model.set_records(
            read.organizations, read.organization_keys, later=later
        )
        window.person_model.set_records(
            read.persons, read.person_keys, later=later, known=read.names
        )
        window.set_loading(False)
        if not self._fitted:
            self._fitted = True
            window.organizations.fit_columns()
            window.persons.fit_columns()
        pending, self._pending = self._pending, None
        if pending is not None and self.entries is not None:
            self.entries.select(*pending)
        if self.entries is not None:
            self.entries.update_actions()
        self.entries_loaded.emit()
        if later:
            organization_model, person_model = window.organization_model, window.person_model
            reader.request(
                self.tr("Reading the organizations and people…"),
                lambda _database: read.with_keys(organization_model, person_model),
                self._keys_read,
                self._entries_failed,
            )

    def _keys_read(self, read: EntriesRead) -> None:
        window = self.window
        organization_keys, person_keys = read.organization_keys, read.person_keys
        if window is not None and organization_keys is not None and person_keys is not None:
            window.organization_model.set_search_keys(read.organizations, organization_keys)
            window.person_model.set_search_keys(read.persons, person_keys)

    def _entries_failed(self, error: Exception) -> None:
        self._filling = False
        if self.window is not None:
            self.window.set_loading(False)
        self._prompts.error(self.tr("Directory"), error_text(error))

    def _entry_changed(self, kind: str, entry_id: int | None) -> None:
        self.read_entries(None if entry_id is None else (kind, entry_id))
        self.directory_changed.emit()
        self.entries_changed.emit()

    def _on_venue_selection(self) -> None:
        if self.window is None:
            return
        row = self.window.venues.current_row()
        self._selected = None if row is None else self.window.venue_model.record(row).id
        self.window.edit_venue_action.setEnabled(self._selected is not None)
        self.window.remove_venue_action.setEnabled(self._selected is not None)

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
        read = self.window.organization_model.records() if self.window is not None else []
        return VenueChoices(
            organizations=[item.name for item in read or directory.organizations()],
            kinds=sorted({venue.kind for venue in venues if venue.kind}, key=str.casefold),
            venues=[(venue.id, venue.name) for venue in venues],
        )

    def add_venue(self) -> None:
        """Open the dialog that adds a venue."""
        self._open_dialog(None)

    def edit_venue(self) -> None:
        """Open the dialog that edits the selected venue."""
        self._open_dialog(self.selected_venue())

    def remove_venue(self) -> None:
        """Remove the selected venue if nothing uses it (undoable); else say what does."""
        from coordinator.ui.venue_removal import VenueRemoval  # noqa: PLC0415

        venue, context, database = self.selected_venue(), self.context, self._database
        if venue and context and database and self.window:
            VenueRemoval(self.window, self._prompts, self._stack, context, database).remove(venue)

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
