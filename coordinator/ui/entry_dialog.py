"""What the dialogs that edit an entry of the directory share: a form, a refusal, a re-read.

Each dialog lays out its fields (:meth:`EntryDialog.lay_out`), fills them
(``_fill``) and reads them back (``entered``); saving is the controller's one
service call. A refusal keeps the dialog open with the reason in the user's
language; a save refused because someone else changed the entry meanwhile
names the fields in question, and the controller then gives the entry, read
again, to :meth:`EntryDialog.reapply_over`, which keeps the user's changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.directory_records import OrganizationInput, PersonInput
from coordinator.services.errors import ChangedSinceError, InvalidInputError, ServiceError
from coordinator.ui.core_words import error_text
from coordinator.ui.edit_reapply import changed_since_text, reapplied

ERROR_STYLE = "color: palette(bright-text); background: #b3261e;"


InputT = TypeVar("InputT", OrganizationInput, PersonInput)


class EntryDialog(QDialog, Generic[InputT]):
    """A form over one entry's fields with OK and Cancel and a line for a refusal."""

    def __init__(
        self, opened: InputT, submit: Callable[[InputT], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._submit: Callable[[InputT], None] = submit
        self._opened: InputT = opened
        self._labels: dict[str, str] = {}
        self.name_edit = QLineEdit(self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def lay_out(self, labels: Mapping[str, str], widgets: Sequence[QWidget]) -> None:
        """Put each field's label beside its widget, the refusal and the buttons below."""
        self._labels = dict(labels)
        form = QFormLayout()
        for label, widget in zip(self._labels.values(), widgets, strict=True):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def entered(self) -> InputT:
        """Return the fields as typed."""
        raise NotImplementedError

    def _fill(self, data: InputT) -> None:
        raise NotImplementedError

    def reapply_input(self, current: InputT) -> None:
        """Show the entry's fields as read again (``current``) with the user's changes over them."""
        data = reapplied(self._opened, self.entered(), current)
        self._opened = current
        self._fill(data)

    def accept(self) -> None:
        """Carry out the change; stay open with the reason when it is refused."""
        try:
            self._submit(self.entered())
        except ServiceError as error:
            self.error_label.setText(self._refusal(error))
            self.error_label.show()
            if isinstance(error, InvalidInputError) and error.field == "name":
                self.name_edit.setFocus()
            return
        super().accept()

    def _refusal(self, error: ServiceError) -> str:
        return refusal_text(error, self._labels, self._opened.name)


def refusal_text(error: ServiceError, labels: Mapping[str, str], name: str) -> str:
    """Say why a save was refused; a change made meanwhile names the fields by their labels."""
    if not isinstance(error, ChangedSinceError):
        return error_text(error)
    return changed_since_text(name, [labels.get(field, field) for field in error.fields])
