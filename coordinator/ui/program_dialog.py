"""Create or edit a program: code, title, days, place, hosts, working languages, notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.errors import InvalidInputError
from coordinator.services.records import ProgramInput, ProgramRecord
from coordinator.ui.form_errors import FormErrors
from coordinator.ui.formatting import DATE_FORMAT
from coordinator.ui.optional_date_edit import to_date
from coordinator.ui.participant_dialog import split_languages

CreateProgram = Callable[[ProgramInput], ProgramRecord]
"""Saves the fields (creates the program, or edits it) or raises ``InvalidInputError``."""


class ProgramDialog(QDialog):
    """The fields of a program; OK saves them or marks the field at fault.

    Without ``program`` the dialog makes a new one; with it, the fields start
    as the program has them and OK saves the changes through ``create``.

    Attributes:
        created: the program as saved when the dialog was accepted.
    """

    def __init__(
        self,
        create: CreateProgram,
        today: dt.date,
        parent: QWidget | None = None,
        program: ProgramRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self._create = create
        self.created: ProgramRecord | None = None
        self.errors = FormErrors()
        self.setWindowTitle(self.tr("New program") if program is None else self.tr("Edit program"))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. TURKISTAN-2021"))
        self.code.setMaxLength(40)
        self.title = QLineEdit(self)
        self.first_day = self._date_edit(today)
        self.last_day = self._date_edit(today)
        self.city = QLineEdit(self)
        self.country = QLineEdit(self)
        self.organizer = QLineEdit(self)
        self.partners = QPlainTextEdit(self)
        self.partners.setTabChangesFocus(True)
        self.partners.setPlaceholderText(self.tr("One organization per line"))
        self.partners.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("e.g. kk, ru, tr"))
        self.time_zone = QLineEdit(self)
        self.time_zone.setPlaceholderText(self.tr("e.g. Europe/Istanbul"))
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
        if program is not None:
            self._fill(program)

    def _fill(self, program: ProgramRecord) -> None:
        self.code.setText(program.code)
        self.title.setText(program.title)
        self.title.setCursorPosition(0)  # a long title shows its start
        # The first day first: moving it pushes the last day along when need be.
        self.first_day.setDate(
            QDate(program.first_day.year, program.first_day.month, program.first_day.day)
        )
        self.last_day.setDate(
            QDate(program.last_day.year, program.last_day.month, program.last_day.day)
        )
        self.city.setText(program.city)
        self.country.setText(program.country)
        self.organizer.setText(program.organizer)
        self.partners.setPlainText("\n".join(program.partners))
        self.languages.setText(", ".join(program.languages))
        self.time_zone.setText(program.time_zone)
        self.notes.setPlainText(program.notes)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        editor = QDateEdit(QDate(day.year, day.month, day.day), self)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(DATE_FORMAT)
        return editor

    def _build_layout(self) -> None:
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("&Code:"), "code", self.code),
            (self.tr("&Title:"), "title", self.title),
            (self.tr("&First day:"), "first_day", self.first_day),
            (self.tr("&Last day:"), "last_day", self.last_day),
            (self.tr("C&ity:"), "city", self.city),
            (self.tr("Co&untry:"), "country", self.country),
            (self.tr("&Organizer:"), "organizer", self.organizer),
            (self.tr("&Partners:"), "partners", self.partners),
            (self.tr("Working &languages:"), "languages", self.languages),
            (self.tr("Time &zone:"), "time_zone", self.time_zone),
            (self.tr("&Notes:"), "notes", self.notes),
        ]
        for text, field, widget in rows:
            self.errors.add_row(form, text, field, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.first_day.dateChanged.connect(self._keep_last_day_after_first)

    def _keep_last_day_after_first(self, first: QDate) -> None:
        if self.last_day.date() < first:
            self.last_day.setDate(first)

    def program_input(self) -> ProgramInput:
        """Return what the fields hold, as the service takes it."""
        partners = (line.strip() for line in self.partners.toPlainText().splitlines())
        return ProgramInput(
            code=self.code.text().strip(),
            title=self.title.text().strip(),
            first_day=to_date(self.first_day.date()),
            last_day=to_date(self.last_day.date()),
            city=self.city.text().strip(),
            country=self.country.text().strip(),
            organizer=self.organizer.text().strip(),
            partners=tuple(line for line in partners if line),
            languages=split_languages(self.languages.text()),
            notes=self.notes.toPlainText().strip(),
            time_zone=self.time_zone.text().strip(),
        )

    def _check(self, data: ProgramInput) -> None:
        if not data.code:
            raise InvalidInputError(self.tr("The code is required."), "code")
        if not data.title:
            raise InvalidInputError(self.tr("The title is required."), "title")
        if data.last_day < data.first_day:
            raise InvalidInputError(self.tr("The last day is before the first day."), "last_day")

    def accept(self) -> None:
        """Save the program and close, or mark the field at fault."""
        data = self.program_input()
        self.errors.clear()
        self.general_error.hide()
        try:
            self._check(data)
            self.created = self._create(data)
        except InvalidInputError as error:
            self.errors.say(error.field, str(error), self.general_error)
            return
        super().accept()
