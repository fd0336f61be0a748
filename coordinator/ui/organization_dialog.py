"""The dialog that edits an organization of the directory."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from coordinator.services.directory_records import OrganizationInput, OrganizationRecord
from coordinator.ui.entry_dialog import EntryDialog

SubmitOrganization = Callable[[OrganizationInput], None]
"""Carries out the dialog: raises :class:`ServiceError` when the change is refused."""


class OrganizationDialog(EntryDialog[OrganizationInput]):
    """Name, kind, city, country and notes of an organization.

    A save refused because someone else changed the organization meanwhile is
    said as such; the controller then gives it, read again, to :meth:`reapply_over`.
    """

    def __init__(
        self, record: OrganizationRecord, submit: SubmitOrganization, parent: QWidget | None = None
    ) -> None:
        super().__init__(record.as_input(), submit, parent)
        self.setWindowTitle(self.tr("Edit organization"))
        self.kind_edit = QLineEdit(self)
        self.city_edit = QLineEdit(self)
        self.country_edit = QLineEdit(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(80)
        labels = {
            "name": self.tr("&Name:"),
            "kind": self.tr("&Kind:"),
            "city": self.tr("&City:"),
            "country": self.tr("C&ountry:"),
            "notes": self.tr("N&otes:"),
        }
        self.lay_out(labels, (self.name_edit, self.kind_edit, self.city_edit,
                              self.country_edit, self.notes_edit))  # fmt: skip
        self.resize(480, 320)
        self._fill(self._opened)

    def _fill(self, data: OrganizationInput) -> None:
        self.name_edit.setText(data.name)
        self.kind_edit.setText(data.kind)
        self.city_edit.setText(data.city)
        self.country_edit.setText(data.country)
        self.notes_edit.setPlainText(data.notes)

    def reapply_over(self, record: OrganizationRecord) -> None:
        """Show ``record``, read again, with the user's changes over it."""
        self.reapply_input(record.as_input())

    def entered(self) -> OrganizationInput:
        """Return the fields as typed."""
        return OrganizationInput(
            name=self.name_edit.text(),
            kind=self.kind_edit.text().strip(),
            city=self.city_edit.text().strip(),
            country=self.country_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    organization_input = entered
