"""Directory ▸ Venues ▸ Remove venue: an unused venue goes, undoably; a used one is refused.

A venue an activity, a movement or a stay names stays, and the window says
what uses it; an unused one is removed with its travel times, and undo puts
both back under their ids.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack

from coordinator.services.errors import ServiceError
from coordinator.services.records import VenueRecord
from coordinator.services.venue_removal import RemovedVenue, VenueRemovalService
from coordinator.store import Database
from coordinator.ui.directory_commands import DirectoryContext, VenueCommand
from coordinator.ui.prompts import Prompts


class RemoveVenueCommand(VenueCommand):
    """Remove an unused venue with its travel times; undo puts them back under their ids."""

    def __init__(
        self, context: DirectoryContext, removal: VenueRemovalService, venue: VenueRecord
    ) -> None:
        text = QCoreApplication.translate("Commands", "Remove venue {name}").format(name=venue.name)
        super().__init__(context, text)
        self._removal = removal
        self._id = venue.id
        self._removed: RemovedVenue | None = None

    def _do(self) -> None:
        self._removed = self._removal.remove_unused(self._id)
        self._context.changed(None)

    def _undo(self) -> None:
        assert self._removed is not None
        self._context.changed(self._removal.restore(self._removed))


class VenueRemoval(QObject):
    """Removes the venue chosen in the directory window, or says what still uses it."""

    def __init__(
        self,
        parent: QObject,
        prompts: Prompts,
        stack: QUndoStack,
        context: DirectoryContext,
        database: Database,
    ) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._stack = stack
        self._context = context
        self._removal = VenueRemovalService(database)

    def uses_text(self, name: str, uses: dict[str, int]) -> str:
        """Say what keeps the venue ``name`` in the directory."""
        words = {
            "activity": lambda count: self.tr("%n activity(ies)", "", count),
            "movement": lambda count: self.tr("%n movement(s)", "", count),
            "stay": lambda count: self.tr("%n stay(s)", "", count),
        }
        parts = [
            words[table](count) if table in words else f"{count} {table}"
            for table, count in uses.items()
        ]
        return self.tr(
            "{name} is in use ({uses}): change those first, then remove the venue."
        ).format(name=name, uses=", ".join(parts))

    def remove(self, venue: VenueRecord) -> None:
        """Remove ``venue`` if nothing uses it; else say what does."""
        try:
            uses = self._removal.uses(venue.id)
            if uses:
                self._prompts.error(self.tr("Remove venue"), self.uses_text(venue.name, uses))
                return
            command = RemoveVenueCommand(self._context, self._removal, venue)
            command.execute()
        except ServiceError as error:
            self._prompts.error(self.tr("Remove venue"), str(error))
            return
        self._stack.push(command)
