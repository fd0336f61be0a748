"""Undo commands of the directory: a venue with its travel times, saved whole in one call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from coordinator.services.directory_service import DirectoryService
from coordinator.services.records import VenueInput, VenueRecord
from coordinator.ui.command_base import ServiceCommand

TravelTimes = dict[int, int]
"""The minutes from a venue to others, by the other venue's id."""


@dataclass(frozen=True)
class DirectoryContext:
    """What every venue command needs.

    Attributes:
        directory: the service of the venues and their travel times.
        changed: called after each change with the venue to select (``None``: none).
        failed: called with a sentence when an undo or redo is refused.
    """

    directory: DirectoryService
    changed: Callable[[int | None], None]
    failed: Callable[[str], None]


class VenueCommand(ServiceCommand[DirectoryContext]):
    """Base of the venue commands."""


class AddVenueCommand(VenueCommand):
    """Add a venue to the directory, with its travel times to other venues."""

    def __init__(self, context: DirectoryContext, data: VenueInput, travel: TravelTimes) -> None:
        text = QCoreApplication.translate("Commands", "Add venue {name}").format(name=data.name)
        super().__init__(context, text)
        self._data = data
        self._travel = dict(travel)
        self._id: int | None = None

    def _do(self) -> None:
        record = self._context.directory.add_venue(self._data, self._travel, self._id)
        self._id = record.id
        self._context.changed(record.id)

    def _undo(self) -> None:
        assert self._id is not None
        self._context.directory.remove_venue(self._id)
        self._context.changed(None)

    @property
    def venue_id(self) -> int | None:
        """The id of the added venue, once executed (the same after undo and redo)."""
        return self._id


class EditVenueCommand(VenueCommand):
    """Change a venue's fields and its travel times; undo reverts only what it changed."""

    def __init__(
        self,
        context: DirectoryContext,
        before: VenueRecord,
        before_travel: TravelTimes,
        after: VenueInput,
        after_travel: TravelTimes,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit venue {name}").format(name=after.name)
        super().__init__(context, text)
        self._id = before.id
        self._before = (before.as_input(), dict(before_travel))
        self._after = (after, dict(after_travel))

    def _save(
        self, was: tuple[VenueInput, TravelTimes], now: tuple[VenueInput, TravelTimes]
    ) -> None:
        self._context.directory.update_venue(self._id, now[0], now[1], was[0], was[1])
        self._context.changed(self._id)

    def _do(self) -> None:
        self._save(self._before, self._after)

    def _undo(self) -> None:
        self._save(self._after, self._before)
