"""The undo command of a merged offline copy; its undo and redo run off the GUI thread.

The merge itself is applied in the background before the command is pushed,
and returns the edits that undo it. Undo applies those in one service call and
keeps what that returns, the edits that redo the merge; redo applies these
and keeps the undo again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coordinator.services.errors import ChangedSinceError
from coordinator.ui.background_history import BackgroundHistory
from coordinator.ui.command_base import ServiceCommand
from coordinator.ui.field_words import field_word

if TYPE_CHECKING:
    from coordinator.services.offline_merge import OfflineMergeService
    from coordinator.services.record_edits import RecordEdit

translate = QCoreApplication.translate


@dataclass(frozen=True)
class MergeContext:
    """What the merge command needs.

    Attributes:
        service: the service that applies the edits.
        history: runs the undo and redo off the GUI thread.
        changed: called with the program code after each undo and redo.
        failed: called with a sentence when an undo or redo is refused.
    """

    service: OfflineMergeService
    history: BackgroundHistory
    changed: Callable[[str], None]
    failed: Callable[[str], None]


def changed_since_sentence(error: ChangedSinceError, outcome: str) -> str:
    """Return the sentence of a change refused because someone changed the record since.

    ``outcome`` is the sentence's end, what the refusal means ("nothing was merged").
    """
    if not error.fields:
        return translate(
            "Commands", "The program was changed by someone else meanwhile; {outcome}."
        ).format(outcome=outcome)
    fields = ", ".join(field_word(field) for field in error.fields)
    return translate(
        "Commands", "{name} was changed by someone else meanwhile ({fields}); {outcome}."
    ).format(name=error.name, fields=fields, outcome=outcome)


class MergeOfflineCommand(ServiceCommand[MergeContext]):
    """A merge of an offline copy, already applied (off the GUI thread) before it is pushed."""

    def __init__(
        self, context: MergeContext, program_code: str, undo_edits: tuple[RecordEdit, ...]
    ) -> None:
        text = translate("Commands", "Merge offline copy of {program}").format(program=program_code)
        super().__init__(context, text)
        self._code = program_code
        self._edits = undo_edits
        """The edits of the next step: the undo while the merge is done, else the redo."""
        self._refusal: ChangedSinceError | None = None
        self._stale = False
        self._done = True

    def _do(self) -> None:
        self._step(
            translate("Commands", "Merging the offline copy of {program} again…"),
            translate("Commands", "nothing was redone"),
        )

    def _undo(self) -> None:
        self._step(
            translate("Commands", "Taking back the merge of {program}…"),
            translate("Commands", "nothing was undone"),
        )

    def _step(self, label: str, outcome: str) -> None:
        """Apply the edits of the next step in the background; keep those of the one after."""
        if self._stale:
            return
        service = self._context.service

        def work() -> None:
            try:
                self._edits = service.apply(self._edits)
            except ChangedSinceError as error:
                self._refusal = error
                raise

        self._context.history.run(
            label.format(program=self._code),
            work,
            lambda: self._context.changed(self._code),
            lambda message: self._refused(message, outcome),
        )

    def _refused(self, message: str, outcome: str) -> None:
        """Drop the command (the database no longer matches it) and say why."""
        self._stale = True
        self.setObsolete(True)
        refusal, self._refusal = self._refusal, None
        if refusal is not None:
            message = changed_since_sentence(refusal, outcome)
        self._context.failed(message)
        self._context.changed(self._code)
