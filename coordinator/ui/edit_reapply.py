"""Saving over another coordinator's change: read the record again, reapply the user's edit.

Every edit is compared with the record as its dialog read it, and the service
refuses it (:class:`ChangedSinceError`) when a field it changes was changed
since. The dialog then stays open: the record is read again, the fields the
user left alone show the other coordinator's values, those the user changed
keep what they typed, and a sentence says what happened. The next OK builds
its command anew against the record as read again, so it saves the user's
values over it, and its undo puts back exactly that record (one service call).
Nothing refused reaches the undo stack: the command raised in ``execute``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication

from coordinator.services.edits import changed_fields
from coordinator.services.errors import ChangedSinceError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T")
FieldsT = TypeVar("FieldsT", bound="DataclassInstance")


def _keep(_read: object) -> None:
    """Refill nothing (until a dialog says how)."""


class RereadEdit(Generic[T]):
    """The record an edit is compared with: as its dialog opened it, then as read again.

    Attributes:
        read: what the next save is compared with (its command's ``before``).
        refill: called with the record read again after a refusal; the dialog
            shows it with the user's changes over it (see :func:`reapplied`).
    """

    def __init__(self, read: T, read_again: Callable[[T], T]) -> None:
        self.read = read
        self.refill: Callable[[T], None] = _keep
        self._read_again = read_again

    def save(self, run: Callable[[T], object]) -> None:
        """Run the edit against :attr:`read`; when refused as changed since, read it again.

        ``run`` builds the command from the record it is given and executes it.

        Raises:
            ChangedSinceError: the save was refused; :attr:`read` is now the
                record as read again, and the dialog was refilled from it.
            ServiceError: another refusal, or the record cannot be read again.
        """
        try:
            run(self.read)
        except ChangedSinceError:
            self.read = self._read_again(self.read)
            self.refill(self.read)
            raise


def reapplied(opened: FieldsT, typed: FieldsT, current: FieldsT) -> FieldsT:
    """Return ``current`` with the fields the user changed from ``opened`` to ``typed``."""
    changes = {name: getattr(typed, name) for name in changed_fields(opened, typed)}
    return dataclasses.replace(current, **changes)


def reapplied_part(opened: T, typed: T, current: T) -> T:
    """Return a part saved whole (guides, absences, travel times): the user's if changed."""
    return current if typed == opened else typed


def plain_label(text: str) -> str:
    """Return a form label as words: ``"&Start:"`` is ``"Start"``."""
    return text.replace("&", "").strip().rstrip(":").strip()


def changed_since_text(name: str, fields: Sequence[str]) -> str:
    """Return the sentence a dialog shows when its save was refused as changed since.

    Args:
        name: the record's name as read again.
        fields: the labels of the fields someone else changed, as the form
            shows them (empty when the service could not tell).
    """
    if fields:
        return QCoreApplication.translate(
            "ChangedSince",
            "Someone else changed {name} while this window was open, in these fields: "
            "{fields}. Nothing was saved. The window now shows their values, with your "
            "own changes kept: press OK again to save yours over theirs, or Cancel to "
            "keep theirs.",
        ).format(name=name, fields=", ".join(plain_label(field) for field in fields))
    return QCoreApplication.translate(
        "ChangedSince",
        "Someone else changed {name} while this window was open. Nothing was saved. The "
        "window now shows their values, with your own changes kept: press OK again to "
        "save yours over theirs, or Cancel to keep theirs.",
    ).format(name=name)
