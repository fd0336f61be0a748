"""Copy a program as the start of next year's visit: new code, title and first day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.services.program_copy import ProgramCopy
from coordinator.services.records import ProgramRecord
from coordinator.ui.core_words import error_text
from coordinator.ui.form_errors import FormErrors
from coordinator.ui.formatting import DATE_FORMAT
from coordinator.ui.optional_date_edit import to_date

SaveCopy = Callable[[ProgramCopy], None]
"""Starts the copy off the GUI thread; its end comes back to :meth:`ProgramCopyDialog.copied`
or :meth:`ProgramCopyDialog.refused` (or it raises a ``ServiceError`` at once)."""


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ProgramCopyDialog(QDialog):
    """The new program's code, title and first day; the itinerary moves with the first day.

    The dialog says on which days the copy will run and whether the weekdays
    stay, so the user sees what the date they pick does to the itinerary.
    While the copy is made (off the GUI thread) the dialog is busy: its fields
    and buttons are disabled and it cannot be closed; it closes once the copy
    is made, or shows the refusal and lets the user try again.
    """

    def __init__(
        self,
        program: ProgramRecord,
        start: ProgramCopy,
        save: SaveCopy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._program = program
        self._start = start
        self._save = save
        self._busy = False
        self.errors = FormErrors()
        self.setWindowTitle(self.tr("Copy program for next year"))
        self.intro = QLabel(
            self.tr(
                "The copy keeps the title, place, hosts and the itinerary with its venues, "
                "times and hosts, moved to the new days. Guide assignments, travel, rooms, "
                "movements, gifts and documents stay with {code}."
            ).format(code=program.code),
            self,
        )
        self.intro.setWordWrap(True)
        self.code = QLineEdit(start.code, self)
        self.code.setMaxLength(40)
        self.title = QLineEdit(start.title, self)
        self.title.setCursorPosition(0)  # a long title shows its start
        self.first_day = QDateEdit(_qdate(start.first_day), self)
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat(DATE_FORMAT)
        self.days = QLabel(self)
        self.days.setWordWrap(True)
        self.copy_roster = QCheckBox(self.tr("Copy the &roster (without travel and rooms)"), self)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build_layout()
        self._connect_signals()
        self._show_days()

    def _build_layout(self) -> None:
        form = QFormLayout()
        self.errors.add_row(form, self.tr("New &code:"), "code", self.code)
        self.errors.add_row(form, self.tr("&Title:"), "title", self.title)
        self.errors.add_row(form, self.tr("&First day:"), "first_day", self.first_day)
        form.addRow("", self.days)
        form.addRow("", self.copy_roster)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.first_day.dateChanged.connect(self._show_days)

    def _show_days(self) -> None:
        first = to_date(self.first_day.date())
        last = first + (self._program.last_day - self._program.first_day)
        locale = QLocale()
        days = self.tr("From {first} to {last}.").format(
            first=locale.toString(_qdate(first), QLocale.FormatType.LongFormat),
            last=locale.toString(_qdate(last), QLocale.FormatType.LongFormat),
        )
        if first.weekday() == self._program.first_day.weekday():
            days += " " + self.tr("Every activity keeps its weekday.")
        else:
            days += " " + self.tr("The activities move to other weekdays.")
        self.days.setText(days)

    def request(self) -> ProgramCopy:
        """Return the copy the fields describe."""
        return ProgramCopy(
            source_code=self._program.code,
            code=self.code.text().strip(),
            title=self.title.text().strip(),
            first_day=to_date(self.first_day.date()),
            copy_roster=self.copy_roster.isChecked(),
        )

    @property
    def busy(self) -> bool:
        """Whether the copy is being made now."""
        return self._busy

    def accept(self) -> None:
        """Start the copy, or mark the field at fault; the dialog waits for the copy."""
        if self._busy:
            return
        request = self.request()
        self.errors.clear()
        self.general_error.hide()
        try:
            if not request.code:
                raise InvalidInputError(self.tr("The code is required."), "code")
            if not request.title:
                raise InvalidInputError(self.tr("The title is required."), "title")
            self._set_busy(True)
            self._save(request)
        except ServiceError as error:
            self.refused(error)

    def copied(self) -> None:
        """The copy is made: close."""
        self._set_busy(False)
        super().accept()

    def refused(self, error: ServiceError) -> None:
        """The copy was refused: say why, beside the field at fault, and let the user retry."""
        self._set_busy(False)
        field = error.field if isinstance(error, InvalidInputError) else None
        self.errors.say(field, error_text(error), self.general_error)

    def stopped(self) -> None:
        """The copy was cancelled before it was made: let the user retry or close."""
        self._set_busy(False)

    def reject(self) -> None:
        """Close without copying, unless the copy is being made."""
        if self._busy:
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.code, self.title, self.first_day, self.copy_roster, self.buttons):
            widget.setEnabled(not busy)
