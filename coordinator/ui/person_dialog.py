"""The dialog that edits a person of the directory: their latest title and organization."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit, QWidget

from coordinator.services.directory_records import PersonInput, PersonRecord
from coordinator.ui.entry_dialog import EntryDialog
from coordinator.ui.participant_dialog import split_languages

SubmitPerson = Callable[[PersonInput], None]
"""Carries out the dialog: raises :class:`ServiceError` when the change is refused."""


class PersonDialog(EntryDialog[PersonInput]):
    """Name, title, organization, languages, e-mail, phone and notes of a person.

    The directory keeps a person's latest title and organization; what they
    were on a visit stays with that program. A save refused because someone
    else changed the person meanwhile is said as such; the controller then
    gives them, read again, to :meth:`reapply_over`.
    """

    def __init__(
        self,
        record: PersonRecord,
        organizations: Sequence[str],
        submit: SubmitPerson,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(record.as_input(), submit, parent)
        self.setWindowTitle(self.tr("Edit person"))
        self.title_edit = QLineEdit(self)
        self.organization_edit = QLineEdit(self)
        completer = QCompleter(list(organizations), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization_edit.setCompleter(completer)
        self.languages_edit = QLineEdit(self)
        self.languages_edit.setPlaceholderText(self.tr("e.g. kk, ru, tr"))
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(80)
        labels = {
            "name": self.tr("&Name:"),
            "title": self.tr("&Title:"),
            "organization": self.tr("&Organization:"),
            "languages": self.tr("&Languages:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("&Phone:"),
            "notes": self.tr("N&otes:"),
        }
        self.lay_out(labels, (self.name_edit, self.title_edit, self.organization_edit,
                              self.languages_edit, self.email_edit, self.phone_edit,
                              self.notes_edit))  # fmt: skip
        self.resize(520, 400)
        self._fill(self._opened)

    def _fill(self, data: PersonInput) -> None:
        self.name_edit.setText(data.name)
        self.title_edit.setText(data.title)
        self.organization_edit.setText(data.organization)
        self.languages_edit.setText(", ".join(data.languages))
        self.email_edit.setText(data.email)
        self.phone_edit.setText(data.phone)
        self.notes_edit.setPlainText(data.notes)

    def reapply_over(self, record: PersonRecord) -> None:
        """Show ``record``, read again, with the user's changes over it."""
        self.reapply_input(record.as_input())

    def entered(self) -> PersonInput:
        """Return the fields as typed."""
        return PersonInput(
            name=self.name_edit.text(),
            title=self.title_edit.text().strip(),
            organization=self.organization_edit.text().strip(),
            languages=split_languages(self.languages_edit.text().lower()),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    person_input = entered
