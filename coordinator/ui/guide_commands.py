"""Undo commands of the guides: add a guide, edit one, each with their absences in one call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.services.records import (
    GuideInput,
    GuideRecord,
    UnavailabilityInput,
    UnavailabilityRecord,
)
from coordinator.ui.planning_commands import PlanningCommand, PlanningContext


class AddGuideCommand(PlanningCommand):
    """Make a person a guide, with the days or hours they are away."""

    def __init__(
        self,
        context: PlanningContext,
        data: GuideInput,
        absences: tuple[UnavailabilityInput, ...] = (),
    ) -> None:
        text = QCoreApplication.translate("Commands", "Add guide {name}").format(name=data.name)
        super().__init__(context, text)
        self._data = data
        self._absences = absences
        self._id: int | None = None

    def _do(self) -> None:
        record = self._context.guides.add_guide(self._data, self._absences, self._id)
        self._id = record.id
        self._context.guide_changed(record.id)

    def _undo(self) -> None:
        assert self._id is not None
        self._context.guides.remove_guide(self._id)
        self._context.guide_changed(None)

    @property
    def guide_id(self) -> int | None:
        """The id of the added guide, once executed (the same after undo and redo)."""
        return self._id


class EditGuideCommand(PlanningCommand):
    """Change a guide's fields and, when they differ, their absences; undo reverts only those."""

    def __init__(
        self,
        context: PlanningContext,
        before: GuideRecord,
        before_absences: tuple[UnavailabilityRecord, ...],
        after: GuideInput,
        after_absences: tuple[UnavailabilityInput, ...],
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit guide {name}").format(name=after.name)
        super().__init__(context, text)
        self._id = before.id
        old_absences = tuple(item.as_input() for item in before_absences)
        self._absences_changed = old_absences != after_absences
        self._before = (before.as_input(), old_absences)
        self._after = (after, after_absences)

    def _save(
        self,
        was: tuple[GuideInput, tuple[UnavailabilityInput, ...]],
        now: tuple[GuideInput, tuple[UnavailabilityInput, ...]],
    ) -> None:
        changed = self._absences_changed
        self._context.guides.update_guide(
            self._id, now[0], now[1] if changed else None, was[0], was[1] if changed else None
        )
        self._context.guide_changed(self._id)

    def _do(self) -> None:
        self._save(self._before, self._after)

    def _undo(self) -> None:
        self._save(self._after, self._before)
