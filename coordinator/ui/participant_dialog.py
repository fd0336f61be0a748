"""Add or edit a participant: every field of the roster, validated before saving.

The person and the stay are on the first tab, the travel (arrival and
departure, see :mod:`coordinator.ui.travel_fields`) on the second.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.enums import ParticipantRole
from coordinator.services.errors import ChangedSinceError, InvalidInputError
from coordinator.services.records import ParticipantInput, ParticipantRecord, ProgramRecord
from coordinator.services.roster import validate_participant
from coordinator.ui.core_words import error_text
from coordinator.ui.edit_reapply import changed_since_text, reapplied
from coordinator.ui.form_errors import FormErrors
from coordinator.ui.formatting import role_label
from coordinator.ui.optional_date_edit import OptionalDateEdit
from coordinator.ui.travel_fields import TravelSection

Submit = Callable[[ParticipantInput], object]


def split_languages(text: str) -> tuple[str, ...]:
    """Split ``"ru, kk tr"`` into ``("ru", "kk", "tr")``."""
    return tuple(part for part in text.replace(",", " ").split() if part)


class ParticipantDialog(QDialog):
    """The participant's fields; OK saves through ``submit`` or marks the bad field.

    ``submit`` receives the typed :class:`ParticipantInput` and raises
    :class:`InvalidInputError` to refuse it; the dialog then stays open with
    the field marked and nothing the user typed is lost. A refusal because
    someone else changed the participant meanwhile is said as such; the
    controller then gives the participant read again to :meth:`reapply_over`.
    """

    def __init__(
        self,
        program: ProgramRecord,
        organizations: Sequence[str],
        submit: Submit,
        record: ParticipantRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._opened: ParticipantInput | None = None  # as filled from the record
        self.errors = FormErrors()
        self.name = QLineEdit(self)
        self.title = QLineEdit(self)
        self.organization = QLineEdit(self)
        completer = QCompleter(sorted(set(organizations)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.setCompleter(completer)
        self.role = QComboBox(self)
        for role in ParticipantRole:
            self.role.addItem(role_label(role.value), role.value)
        self.role.setCurrentIndex(self.role.findData(ParticipantRole.MEMBER.value))
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("e.g. kk, ru, tr"))
        self.arrival = TravelSection("arrival", program.first_day, self.errors, self)
        self.departure = TravelSection("departure", program.last_day, self.errors, self)
        self.room = QLineEdit(self)
        self.dietary = QLineEdit(self)
        self.needs = QLineEdit(self)
        self.passport_number = QLineEdit(self)
        self.birth_date = OptionalDateEdit(dt.date(1980, 1, 1), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build_layout()
        self._connect_signals()
        if record is None:
            self.setWindowTitle(self.tr("Add participant – {code}").format(code=program.code))
        else:
            self.setWindowTitle(self.tr("Edit participant – {name}").format(name=record.name))
            self.set_record(record)

    def _build_layout(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._participant_page(), self.tr("P&articipant"))
        travel = QWidget(self.tabs)
        travel_columns = QHBoxLayout(travel)
        for section in (self.arrival, self.departure):
            section.setParent(travel)
            travel_columns.addWidget(section, 1)
        self.tabs.addTab(travel, self.tr("Tra&vel"))
        self.tabs.setAccessibleName(self.tr("Participant and travel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(820)
        self._name_controls()
        self._order_tabs()

    def _participant_page(self) -> QWidget:
        page = QWidget(self)
        person = QGroupBox(self.tr("Person"), page)
        person_form = QFormLayout(person)
        self.errors.add_row(person_form, self.tr("&Name:"), "name", self.name)
        self.errors.add_row(person_form, self.tr("&Title:"), "title", self.title)
        self.errors.add_row(
            person_form, self.tr("&Organization:"), "organization", self.organization
        )
        self.errors.add_row(person_form, self.tr("R&ole:"), "role", self.role)
        self.errors.add_row(person_form, self.tr("&E-mail:"), "email", self.email)
        self.errors.add_row(person_form, self.tr("&Phone:"), "phone", self.phone)
        self.errors.add_row(person_form, self.tr("&Languages:"), "languages", self.languages)
        stay = QGroupBox(self.tr("Stay"), page)
        stay_form = QFormLayout(stay)
        self.errors.add_row(stay_form, self.tr("Roo&m:"), "room", self.room)
        self.errors.add_row(stay_form, self.tr("Dietar&y:"), "dietary", self.dietary)
        self.errors.add_row(stay_form, self.tr("Other nee&ds:"), "needs", self.needs)
        self.errors.add_row(
            stay_form, self.tr("Pa&ssport number:"), "passport_number", self.passport_number
        )
        self.errors.add_row(stay_form, self.tr("&Birth date:"), "birth_date", self.birth_date)
        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addWidget(stay, 1)
        notes_form = QFormLayout()
        self.errors.add_row(notes_form, self.tr("No&tes:"), "notes", self.notes)
        layout = QVBoxLayout(page)
        layout.addLayout(columns)
        layout.addLayout(notes_form)
        return page

    def _name_controls(self) -> None:
        names = {
            self.name: self.tr("Name"), self.title: self.tr("Title"),
            self.organization: self.tr("Organization"), self.role: self.tr("Role"),
            self.email: self.tr("E-mail"), self.phone: self.tr("Phone"),
            self.languages: self.tr("Languages"), self.room: self.tr("Room"),
            self.dietary: self.tr("Dietary needs"), self.needs: self.tr("Other needs"),
            self.passport_number: self.tr("Passport number"),
            self.birth_date.check: self.tr("Birth date given"),
            self.birth_date.editor: self.tr("Birth date"), self.notes: self.tr("Notes"),
        }  # fmt: skip
        for control, name in names.items():
            control.setAccessibleName(name)

    def _order_tabs(self) -> None:
        """Make Tab go through the fields as they are on the screen, then the buttons."""
        chain: list[QWidget] = [
            self.tabs.tabBar(), self.name, self.title, self.organization, self.role, self.email,
            self.phone, self.languages, self.room, self.dietary, self.needs,
            self.passport_number, self.birth_date.check, self.birth_date.editor, self.notes,
            *self.arrival.controls(), *self.departure.controls(),
        ]  # fmt: skip
        chain += list(self.buttons.buttons())
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def set_record(self, record: ParticipantRecord) -> None:
        """Fill the fields from ``record``, which an edit is compared with from now on."""
        self._opened = record.as_input()
        self._fill(self._opened)

    def reapply_over(self, record: ParticipantRecord) -> None:
        """Show ``record``, read again, with what the user changed since opening over it."""
        assert self._opened is not None
        data = reapplied(self._opened, self.participant_input(), record.as_input())
        self._opened = record.as_input()
        self._fill(data)

    def _fill(self, data: ParticipantInput) -> None:
        self.name.setText(data.name)
        self.title.setText(data.title)
        self.organization.setText(data.organization)
        self.role.setCurrentIndex(max(0, self.role.findData(data.role)))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.languages.setText(", ".join(data.languages))
        self.arrival.set_values(data)
        self.departure.set_values(data)
        self.room.setText(data.room)
        self.dietary.setText(data.dietary)
        self.needs.setText(data.needs)
        self.passport_number.setText(data.passport_number)
        self.birth_date.set_value(data.birth_date)
        self.notes.setPlainText(data.notes)

    def participant_input(self) -> ParticipantInput:
        """Return what the fields hold, as the service takes it; the nationality as read."""
        shown = ParticipantInput(
            name=self.name.text().strip(),
            title=self.title.text().strip(),
            organization=self.organization.text().strip(),
            role=str(self.role.currentData()),
            room=self.room.text().strip(),
            dietary=self.dietary.text().strip(),
            needs=self.needs.text().strip(),
            passport_number=self.passport_number.text().strip(),
            birth_date=self.birth_date.value(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            languages=split_languages(self.languages.text()),
            notes=self.notes.toPlainText().strip(),
            nationality=self._opened.nationality if self._opened else "",
        )
        return dataclasses.replace(shown, **self.arrival.values(), **self.departure.values())

    def accept(self) -> None:
        """Save through ``submit`` and close, or mark the field at fault.

        An edit that changes nothing closes without saving: nothing is written
        and nothing goes on the undo stack.
        """
        data = self.participant_input()
        self.errors.clear()
        self.general_error.hide()
        if data == self._opened:
            super().accept()
            return
        try:
            validate_participant(data)
            self._submit(data)
        except InvalidInputError as error:
            self._show_error(error, data)
            return
        super().accept()

    def _show_error(self, error: InvalidInputError, data: ParticipantInput) -> None:
        if isinstance(error, ChangedSinceError):
            labels = [self.errors.label(field) or field for field in error.fields]
            name = self._opened.name if self._opened else error.name
            self.general_error.setText(changed_since_text(name, labels))
            self.general_error.show()
            return
        message = self._explain(error.field, data) or error_text(error)
        self._show_tab_of(error.field)
        self.errors.say(error.field, message, self.general_error)

    def _show_tab_of(self, field: str | None) -> None:
        travel = field is not None and field.startswith(("arrival", "departure"))
        self.tabs.setCurrentIndex(1 if travel else 0)

    def _explain(self, field: str | None, data: ParticipantInput) -> str:
        """Return the translated sentence for a rule the dialog knows."""
        if field == "name" and not data.name:
            return self.tr("The name is required.")
        explanations = {
            "email": self.tr("This is not an e-mail address, e.g. name@example.org."),
            "phone": self.tr("This is not a phone number, e.g. +7 701 234 56 78."),
            "departure": self.tr("The departure is before the arrival."),
            "arrival_mode": self.tr("Choose a way of travel: flight, train, car or bus."),
            "departure_mode": self.tr("Choose a way of travel: flight, train, car or bus."),
            "languages": self.tr("Use language codes such as en, tr, ru or kk."),
        }
        return explanations.get(field or "", "")
