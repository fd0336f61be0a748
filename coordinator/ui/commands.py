"""Undo commands: each change of a roster is one small command calling the service.

A command does its work once in :meth:`RosterCommand.execute` before it is
pushed, so a refused change (an invalid field, a person already on the roster)
raises there and never reaches the undo stack. Removing and re-adding gives a
participant a new id; :class:`ParticipantIds` lets older commands follow it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from coordinator.services.errors import ServiceError
from coordinator.services.records import ParticipantInput, ParticipantRecord
from coordinator.services.roster import RosterService


@dataclass
class ParticipantIds:
    """Where each participant id went when an undo re-added the participant."""

    _moved: dict[int, int] = field(default_factory=dict)

    def current(self, participant_id: int) -> int:
        """Return the id that ``participant_id`` has now."""
        seen: set[int] = set()
        while participant_id in self._moved and participant_id not in seen:
            seen.add(participant_id)
            participant_id = self._moved[participant_id]
        return participant_id

    def moved(self, old: int, new: int) -> None:
        """Record that the participant with ``old`` now has the id ``new``."""
        if old != new:
            self._moved[old] = new


@dataclass(frozen=True)
class RosterContext:
    """What every roster command needs.

    Attributes:
        roster: the service that does the work.
        ids: the shared map of re-added participants' ids.
        changed: called after each change with the program code and the id of
            the participant to select (``None`` when it is gone).
        failed: called with a sentence when an undo or redo is refused.
    """

    roster: RosterService
    ids: ParticipantIds
    changed: Callable[[str, int | None], None]
    failed: Callable[[str], None]


class RosterCommand(QUndoCommand):
    """Base of the roster commands: run once, then undo and redo safely."""

    def __init__(self, context: RosterContext, program_code: str, text: str) -> None:
        super().__init__(text)
        self._context = context
        self._program_code = program_code
        self._done = False

    def execute(self) -> None:
        """Do the change for the first time; a refusal raises and nothing is pushed.

        Raises:
            ServiceError: the service refused the change.
        """
        self._do()
        self._done = True

    def redo(self) -> None:
        """Do the change again (QUndoStack calls this on push and on Redo)."""
        if self._done:  # QUndoStack.push calls redo; the work is already done.
            return
        self._guarded(self._do)

    def undo(self) -> None:
        """Revert the change."""
        self._guarded(self._undo)
        self._done = False

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except ServiceError as error:
            self.setObsolete(True)
            self._context.failed(str(error))

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddParticipantCommand(RosterCommand):
    """Put a person on a program's roster."""

    def __init__(self, context: RosterContext, program_code: str, data: ParticipantInput) -> None:
        text = QCoreApplication.translate("Commands", "Add {name}").format(name=data.name)
        super().__init__(context, program_code, text)
        self._data = data
        self._first_id: int | None = None
        self._position: int | None = None

    def _do(self) -> None:
        record = self._context.roster.add(self._program_code, self._data, position=self._position)
        if self._first_id is None:
            self._first_id, self._position = record.id, record.position
        else:
            self._context.ids.moved(self._context.ids.current(self._first_id), record.id)
        self._context.changed(self._program_code, record.id)

    def _undo(self) -> None:
        assert self._first_id is not None
        self._context.roster.remove(self._context.ids.current(self._first_id))
        self._context.changed(self._program_code, None)

    @property
    def participant_id(self) -> int | None:
        """The id of the added participant now, once executed."""
        return None if self._first_id is None else self._context.ids.current(self._first_id)


class EditParticipantCommand(RosterCommand):
    """Change the fields of a participant."""

    def __init__(
        self, context: RosterContext, before: ParticipantRecord, after: ParticipantInput
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit {name}").format(name=after.name)
        super().__init__(context, before.program_code, text)
        self._id = before.id
        self._before = before.as_input()
        self._after = after

    def _apply(self, data: ParticipantInput) -> None:
        record = self._context.roster.update(self._context.ids.current(self._id), data)
        self._context.changed(self._program_code, record.id)

    def _do(self) -> None:
        self._apply(self._after)

    def _undo(self) -> None:
        self._apply(self._before)


class RemoveParticipantCommand(RosterCommand):
    """Take a participant off the roster; undo puts them back in the same place."""

    def __init__(self, context: RosterContext, record: ParticipantRecord) -> None:
        text = QCoreApplication.translate("Commands", "Remove {name}").format(name=record.name)
        super().__init__(context, record.program_code, text)
        self._id = record.id
        self._record = record

    def _do(self) -> None:
        self._record = self._context.roster.remove(self._context.ids.current(self._id))
        self._context.changed(self._program_code, None)

    def _undo(self) -> None:
        restored = self._context.roster.add(
            self._program_code, self._record.as_input(), position=self._record.position
        )
        self._context.ids.moved(self._context.ids.current(self._id), restored.id)
        self._context.changed(self._program_code, restored.id)
