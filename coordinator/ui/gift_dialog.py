"""Record or change a gift: when and where, who gave it to whom, what it is and is worth."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.enums import GiftDirection
from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.services.gift_records import GiftInput, GiftRecord
from coordinator.ui.core_words import error_text
from coordinator.ui.form_errors import FormErrors
from coordinator.ui.logistics_words import gift_direction_label
from coordinator.ui.optional_date_edit import OptionalDateEdit

Submit = Callable[[GiftInput], object]
CURRENCIES = ("TRY", "EUR", "USD", "KZT", "GBP")


class GiftDialog(QDialog):
    """A gift's fields; OK saves through ``submit`` or marks the bad field.

    ``activities`` are the program's activities as (id, what the list shows).
    """

    def __init__(
        self,
        submit: Submit,
        activities: Sequence[tuple[int, str]],
        first_day: dt.date,
        record: GiftRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.errors = FormErrors()
        self.day = OptionalDateEdit(first_day, self)
        self.activity = QComboBox(self)
        self.activity.addItem(self.tr("None"), None)
        for activity_id, text in activities:
            self.activity.addItem(text, activity_id)
        self.direction = QComboBox(self)
        for direction in GiftDirection:
            self.direction.addItem(gift_direction_label(direction.value), direction.value)
        self.giver = QLineEdit(self)
        self.giver_organization = QLineEdit(self)
        self.receiver = QLineEdit(self)
        self.receiver_organization = QLineEdit(self)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("e.g. a framed calligraphy"))
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("Estimated value, if known"))
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.kept_at = QLineEdit(self)
        self.notes = QLineEdit(self)
        self._name_widgets()
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build_layout()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if record is None:
            self.setWindowTitle(self.tr("Add gift"))
            self._fill(GiftInput(description=""))
        else:
            self.setWindowTitle(self.tr("Edit gift – {gift}").format(gift=record.description))
            self._fill(record.as_input())

    def _name_widgets(self) -> None:
        for widget, name in (
            (self.day, self.tr("Day")), (self.activity, self.tr("Activity")),
            (self.direction, self.tr("Given or received")), (self.giver, self.tr("Giver")),
            (self.giver_organization, self.tr("Giver's organization")),
            (self.receiver, self.tr("Receiver")),
            (self.receiver_organization, self.tr("Receiver's organization")),
            (self.description, self.tr("Gift")), (self.value, self.tr("Value")),
            (self.currency, self.tr("Currency")), (self.kept_at, self.tr("Kept at")),
            (self.notes, self.tr("Notes")),
        ):  # fmt: skip
            widget.setAccessibleName(name)

    def _build_layout(self) -> None:
        form = QFormLayout()
        add = self.errors.add_row
        add(form, self.tr("&Day:"), "day", self.day)
        add(form, self.tr("&Activity:"), "activity_id", self.activity)
        add(form, self.tr("Given or &received:"), "direction", self.direction)
        add(form, self.tr("&Giver:"), "giver", self.giver)
        add(form, self.tr("Giver's &organization:"), "giver_organization", self.giver_organization)
        add(form, self.tr("Recei&ver:"), "receiver", self.receiver)
        add(
            form,
            self.tr("Receiver's or&ganization:"),
            "receiver_organization",
            self.receiver_organization,
        )
        add(form, self.tr("G&ift:"), "description", self.description)
        add(form, self.tr("&Value:"), "value", self.value)
        add(form, self.tr("&Currency:"), "currency", self.currency)
        add(form, self.tr("&Kept at:"), "kept_at", self.kept_at)
        add(form, self.tr("&Notes:"), "notes", self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _fill(self, data: GiftInput) -> None:
        self.day.set_value(data.day)
        self.activity.setCurrentIndex(max(self.activity.findData(data.activity_id), 0))
        self.direction.setCurrentIndex(max(self.direction.findData(data.direction), 0))
        self.giver.setText(data.giver)
        self.giver_organization.setText(data.giver_organization)
        self.receiver.setText(data.receiver)
        self.receiver_organization.setText(data.receiver_organization)
        self.description.setText(data.description)
        self.value.setText("" if data.value is None else str(data.value))
        self.currency.setCurrentText(data.currency)
        self.kept_at.setText(data.kept_at)
        self.notes.setText(data.notes)

    def _value(self) -> Decimal | None:
        text = self.value.text().strip().replace(" ", "").replace(",", ".")
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            msg = self.tr("Write the value as a number, such as 1500 or 1500.50.")
            raise InvalidInputError(msg, "value") from None

    def gift_input(self) -> GiftInput:
        """Return what the fields hold, as the service takes it.

        Raises:
            InvalidInputError: the value is not a number.
        """
        return GiftInput(
            description=self.description.text().strip(),
            direction=str(self.direction.currentData()),
            day=self.day.value(),
            activity_id=self.activity.currentData(),
            giver=self.giver.text().strip(),
            giver_organization=self.giver_organization.text().strip(),
            receiver=self.receiver.text().strip(),
            receiver_organization=self.receiver_organization.text().strip(),
            value=self._value(),
            currency=self.currency.currentText().strip().upper(),
            kept_at=self.kept_at.text().strip(),
            notes=self.notes.text().strip(),
        )

    def accept(self) -> None:
        """Save through ``submit`` and close, or mark the field at fault."""
        self.errors.clear()
        self.general_error.hide()
        try:
            data = self.gift_input()
            if not data.description:
                self.errors.show("description", self.tr("Say what the gift is."))
                return
            self._submit(data)
        except ServiceError as error:
            field = error.field if isinstance(error, InvalidInputError) else None
            self.errors.say(field, error_text(error), self.general_error)
            return
        super().accept()
