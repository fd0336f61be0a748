"""Give a participant a hotel room or change theirs: hotel, room type, roommate, dates, requests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

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

from coordinator.domain.enums import RoomType
from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.services.stay_records import StayInput, StayRecord
from coordinator.ui.core_words import error_text
from coordinator.ui.form_errors import FormErrors
from coordinator.ui.logistics_words import room_type_label
from coordinator.ui.optional_date_edit import OptionalDateEdit

Submit = Callable[[StayInput], object]


class StayDialog(QDialog):
    """A participant's stay; OK saves through ``submit`` or marks the bad field.

    ``others`` are the other participants (id, name) who may share the room;
    a check-in or check-out left unticked follows the arrival or departure.
    """

    def __init__(
        self,
        submit: Submit,
        name: str,
        record: StayRecord | None,
        hotels: Sequence[str],
        others: Sequence[tuple[int, str]],
        first_day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.errors = FormErrors()
        self.setWindowTitle(self.tr("Room of {name}").format(name=name))
        self.hotel = QComboBox(self)
        self.hotel.setEditable(True)
        self.hotel.addItems(list(hotels))
        self.hotel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.room_type = QComboBox(self)
        for room_type in RoomType:
            self.room_type.addItem(room_type_label(room_type.value), room_type.value)
        self.shares_with = QComboBox(self)
        self.shares_with.addItem(self.tr("Nobody"), None)
        for other_id, other in others:
            self.shares_with.addItem(other, other_id)
        self.check_in = OptionalDateEdit(first_day, self)
        self.check_out = OptionalDateEdit(first_day, self)
        self.requests = QLineEdit(self)
        self.requests.setPlaceholderText(self.tr("e.g. non-smoking, high floor"))
        for widget, accessible in (
            (self.hotel, self.tr("Hotel")),
            (self.room_type, self.tr("Room type")),
            (self.shares_with, self.tr("Shares the room with")),
            (self.check_in, self.tr("Check-in")),
            (self.check_out, self.tr("Check-out")),
            (self.requests, self.tr("Requests")),
        ):
            widget.setAccessibleName(accessible)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Hotel:"), "hotel", self.hotel)
        self.errors.add_row(form, self.tr("R&oom type:"), "room_type", self.room_type)
        self.errors.add_row(form, self.tr("&Shares with:"), "shares_with", self.shares_with)
        self.errors.add_row(form, self.tr("Check-&in:"), "check_in", self.check_in)
        self.errors.add_row(form, self.tr("Check-o&ut:"), "check_out", self.check_out)
        self.errors.add_row(form, self.tr("&Requests:"), "requests", self.requests)
        hint = QLabel(
            self.tr("Without a date of its own, the stay follows the arrival and departure."), self
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill(record.as_input() if record is not None else StayInput())

    def _fill(self, data: StayInput) -> None:
        self.hotel.setCurrentText(data.hotel)
        self.room_type.setCurrentIndex(max(self.room_type.findData(data.room_type), 0))
        self.shares_with.setCurrentIndex(max(self.shares_with.findData(data.shares_with), 0))
        self.check_in.set_value(data.check_in)
        self.check_out.set_value(data.check_out)
        self.requests.setText(data.requests)

    def stay_input(self) -> StayInput:
        """Return what the fields hold, as the service takes it."""
        return StayInput(
            hotel=" ".join(self.hotel.currentText().split()),
            room_type=str(self.room_type.currentData()),
            shares_with=self.shares_with.currentData(),
            check_in=self.check_in.value(),
            check_out=self.check_out.value(),
            requests=self.requests.text().strip(),
        )

    def accept(self) -> None:
        """Save through ``submit`` and close, or mark the field at fault."""
        self.errors.clear()
        self.general_error.hide()
        try:
            self._submit(self.stay_input())
        except ServiceError as error:
            field = error.field if isinstance(error, InvalidInputError) else None
            self.errors.say(field, error_text(error), self.general_error)
            return
        super().accept()
