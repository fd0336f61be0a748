"""Undo commands of a program's roster: add, edit and remove a participant.

A participant an undo takes off the roster and a redo puts back keeps their
id, so the commands below it on the stack still name them rightly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from coordinator.services.records import ParticipantInput, ParticipantRecord, RemovedParticipant
from coordinator.services.roster import RosterService
from coordinator.ui.command_base import ServiceCommand


@dataclass(frozen=True)
class RosterContext:
    """What every roster command needs.

    Attributes:
        roster: the service that does the work.
        changed: called after each change with the program code and the id of
            the participant to select (``None`` when it is gone).
        failed: called with a sentence when an undo or redo is refused.
    """

    roster: RosterService
    changed: Callable[[str, int | None], None]
    failed: Callable[[str], None]


class RosterCommand(ServiceCommand[RosterContext]):
    """Base of the roster commands."""

    def __init__(self, context: RosterContext, program_code: str, text: str) -> None:
        super().__init__(context, text)
        self._program_code = program_code


class AddParticipantCommand(RosterCommand):
    """Put a person on a program's roster; a redo puts them back under the same id."""

    def __init__(self, context: RosterContext, program_code: str, data: ParticipantInput) -> None:
        text = QCoreApplication.translate("Commands", "Add {name}").format(name=data.name)
        super().__init__(context, program_code, text)
        self._data = data
        self._id: int | None = None
        self._position: int | None = None

    def _do(self) -> None:
        record = self._context.roster.add(
            self._program_code, self._data, position=self._position, participant_id=self._id
        )
        self._id, self._position = record.id, record.position
        self._context.changed(self._program_code, record.id)

    def _undo(self) -> None:
        assert self._id is not None
        self._context.roster.remove(self._id)
        self._context.changed(self._program_code, None)

    @property
    def participant_id(self) -> int | None:
        """The id of the added participant, once executed (the same after undo and redo)."""
        return self._id


class EditParticipantCommand(RosterCommand):
    """Change the fields of a participant; undo reverts only those, unless changed since."""

    def __init__(
        self, context: RosterContext, before: ParticipantRecord, after: ParticipantInput
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit {name}").format(name=after.name)
        super().__init__(context, before.program_code, text)
        self._id = before.id
        self._before = before.as_input()
        self._after = after

    def _apply(self, before: ParticipantInput, after: ParticipantInput) -> None:
        record = self._context.roster.update(self._id, after, before=before)
        self._context.changed(self._program_code, record.id)

    def _do(self) -> None:
        self._apply(self._before, self._after)

    def _undo(self) -> None:
        self._apply(self._after, self._before)


class RemoveParticipantCommand(RosterCommand):
    """Take a participant off the roster; undo puts them back as they were, same id and place."""

    def __init__(self, context: RosterContext, record: ParticipantRecord) -> None:
        text = QCoreApplication.translate("Commands", "Remove {name}").format(name=record.name)
        super().__init__(context, record.program_code, text)
        self._id = record.id
        self._removed: RemovedParticipant | None = None

    def _do(self) -> None:
        self._removed = self._context.roster.remove(self._id)
        self._context.changed(self._program_code, None)

    def _undo(self) -> None:
        assert self._removed is not None
        restored = self._context.roster.restore(self._removed)
        self._context.changed(self._program_code, restored.id)
