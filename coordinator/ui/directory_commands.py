"""Undo commands of the directory, each one service call and its exact reverse.

A venue with its travel times is saved whole; an organization's or a person's
fields are saved as edited; two organizations or two people are merged, and
the merge is undone with what it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from coordinator.services.directory_duplicates import DuplicateService
from coordinator.services.directory_merge import DirectoryMerge, DirectoryMergeService
from coordinator.services.directory_records import (
    OrganizationInput,
    OrganizationRecord,
    PersonInput,
    PersonRecord,
)
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


@dataclass(frozen=True)
class EntriesContext:
    """What the organization and person commands need.

    Attributes:
        directory: the service that edits organizations and people.
        merges: the service that merges two of them and undoes a merge.
        duplicates: the service that finds the pairs that may be one.
        changed: called after each change with the kind of entry and the
            id to select (``None``: none).
        failed: called with a sentence when an undo or redo is refused.
    """

    directory: DirectoryService
    merges: DirectoryMergeService
    duplicates: DuplicateService
    changed: Callable[[str, int | None], None]
    failed: Callable[[str], None]


class EntryCommand(ServiceCommand[EntriesContext]):
    """Base of the organization and person commands."""


class EditOrganizationCommand(EntryCommand):
    """Change an organization's fields; undo reverts only what it changed."""

    def __init__(
        self, context: EntriesContext, before: OrganizationRecord, after: OrganizationInput
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit organization {name}").format(
            name=after.name
        )
        super().__init__(context, text)
        self._id = before.id
        self._before = before.as_input()
        self._after = after

    def _save(self, was: OrganizationInput, now: OrganizationInput) -> None:
        self._context.directory.update_organization(self._id, now, was)
        self._context.changed("organization", self._id)

    def _do(self) -> None:
        self._save(self._before, self._after)

    def _undo(self) -> None:
        self._save(self._after, self._before)


class EditPersonCommand(EntryCommand):
    """Change a person's fields; undo reverts only what it changed."""

    def __init__(self, context: EntriesContext, before: PersonRecord, after: PersonInput) -> None:
        text = QCoreApplication.translate("Commands", "Edit person {name}").format(name=after.name)
        super().__init__(context, text)
        self._id = before.id
        self._before = before.as_input()
        self._after = after

    def _save(self, was: PersonInput, now: PersonInput) -> None:
        self._context.directory.update_person(self._id, now, was)
        self._context.changed("person", self._id)

    def _do(self) -> None:
        self._save(self._before, self._after)

    def _undo(self) -> None:
        self._save(self._after, self._before)


class MergeEntriesCommand(EntryCommand):
    """Merge two organizations or two people; undo puts the removed one back, references and all.

    The merge returns every write it made (a :class:`DirectoryMerge`); the
    undo hands it back in one call. A redo merges again, and the removed
    entry's id (given back by the undo) is the same.
    """

    def __init__(
        self,
        context: EntriesContext,
        kept_id: int,
        removed_id: int,
        data: OrganizationInput | PersonInput,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Merge into {name}").format(name=data.name)
        super().__init__(context, text)
        self._kept_id = kept_id
        self._removed_id = removed_id
        self._data = data
        self._merge: DirectoryMerge | None = None

    @property
    def kind(self) -> str:
        """``organization`` or ``person``."""
        return "organization" if isinstance(self._data, OrganizationInput) else "person"

    @property
    def merge(self) -> DirectoryMerge | None:
        """What the last merge did (``None`` once undone)."""
        return self._merge

    def _do(self) -> None:
        merges = self._context.merges
        if isinstance(self._data, OrganizationInput):
            merge = merges.merge_organizations(self._kept_id, self._removed_id, self._data)
        else:
            merge = merges.merge_persons(self._kept_id, self._removed_id, self._data)
        self._merge = merge
        self._context.changed(self.kind, self._kept_id)

    def _undo(self) -> None:
        assert self._merge is not None
        self._context.merges.undo_merge(self._merge)
        self._merge = None
        self._context.changed(self.kind, self._removed_id)
