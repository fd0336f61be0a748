"""A date or date-time that may be left empty: a check box in front of the editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

from coordinator.ui.formatting import DATE_FORMAT, TIME_FORMAT


class OptionalDateTimeEdit(QWidget):
    """A date-time editor that is empty until its check box is ticked."""

    def __init__(self, default: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.editor = QDateTimeEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat(f"{DATE_FORMAT} {TIME_FORMAT}")
        self._default = default
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.editor, 1)
        self.check.toggled.connect(self.editor.setEnabled)
        self.set_value(None)

    def value(self) -> dt.datetime | None:
        """Return the date-time, or ``None`` when the box is not ticked."""
        if not self.check.isChecked():
            return None
        moment = self.editor.dateTime()
        date, time = moment.date(), moment.time()
        return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())  # noqa: DTZ001 - local wall-clock times

    def set_value(self, value: dt.datetime | None) -> None:
        """Show ``value``; ``None`` unticks the box and shows the default, greyed."""
        shown = value or self._default
        self.editor.setDateTime(
            QDateTime(QDate(shown.year, shown.month, shown.day), QTime(shown.hour, shown.minute))
        )
        self.check.setChecked(value is not None)
        self.editor.setEnabled(value is not None)


class OptionalDateEdit(QWidget):
    """A date editor that is empty until its check box is ticked."""

    def __init__(self, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.editor = QDateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat(DATE_FORMAT)
        self.editor.setMinimumDate(QDate(1900, 1, 1))
        self._default = default
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.editor, 1)
        self.check.toggled.connect(self.editor.setEnabled)
        self.set_value(None)

    def value(self) -> dt.date | None:
        """Return the date, or ``None`` when the box is not ticked."""
        if not self.check.isChecked():
            return None
        date = self.editor.date()
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value``; ``None`` unticks the box and shows the default, greyed."""
        shown = value or self._default
        self.editor.setDate(QDate(shown.year, shown.month, shown.day))
        self.check.setChecked(value is not None)
        self.editor.setEnabled(value is not None)


def to_date(value: QDate) -> dt.date:
    """Return a ``QDate`` as a Python date."""
    return dt.date(value.year(), value.month(), value.day())
