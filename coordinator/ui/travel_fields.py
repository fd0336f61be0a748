"""A participant's travel in their dialog: a group of fields for the arrival, one for the departure.

Each group holds the date, the time with a "time not known" box, the way of
travel, the carrier and number, where from (or where to), the airport or
station and the terminal. A date whose time is not known is kept as a date
alone: the time editor then shows nothing rather than a made-up 00:00, and
the participant keeps the date at midnight with ``*_time_known`` false, as
the roster import writes it. What the dialog was filled with comes back
unchanged when nothing is touched.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QTimeEdit,
    QWidget,
)

from coordinator.domain.enums import TravelMode
from coordinator.domain.travel import AIRPORT_CODES, travel_number, travel_place
from coordinator.services.records import ParticipantInput
from coordinator.ui.form_errors import FormErrors
from coordinator.ui.formatting import TIME_FORMAT
from coordinator.ui.optional_date_edit import OptionalDateEdit

_FIRST_PLACES = ("IST", "SAW", "ESB", "ADB", "AYT")
PLACES = _FIRST_PLACES + tuple(sorted(AIRPORT_CODES - set(_FIRST_PLACES)))
"""The airports the place box offers: Istanbul's and Ankara's first, then the others."""
_DEFAULT_TIME = dt.time(12)


class TravelSection(QGroupBox):
    """The fields of one direction of a participant's travel (``arrival`` or ``departure``).

    The fields are registered with the dialog's :class:`FormErrors` under the
    participant's field names (``arrival``, ``arrival_mode``,
    ``departure_number``…), so that a refusal marks the right one.
    """

    def __init__(
        self, direction: str, default_day: dt.date, errors: FormErrors, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.direction = direction
        arriving = direction == "arrival"
        self._away = "arrival_from" if arriving else "departure_to"
        self.setTitle(self.tr("Arrival") if arriving else self.tr("Departure"))
        self.date = OptionalDateEdit(default_day, self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat(TIME_FORMAT)
        self.time.setTime(QTime(_DEFAULT_TIME.hour, _DEFAULT_TIME.minute))
        self._no_time = QLineEdit(self)  # shown instead of a time that is not known
        self._no_time.setEnabled(False)
        self._no_time.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._times = QStackedWidget(self)
        self._times.addWidget(self.time)
        self._times.addWidget(self._no_time)
        # A stack takes the height of its tallest page's hint by default: keep it one line.
        self._times.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._times.setFixedHeight(self.time.sizeHint().height())
        self.time_unknown = QCheckBox(self.tr("Time not known"), self)
        self.mode = QComboBox(self)
        self.mode.addItem("—", "")
        for mode in TravelMode:
            self.mode.addItem(mode_label(mode.value), mode.value)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("e.g. TK 351"))
        self.away = QLineEdit(self)
        self.place = QComboBox(self)
        self.place.setEditable(True)
        self.place.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.place.addItems(["", *PLACES])
        self.terminal = QLineEdit(self)
        self._build_layout(errors, arriving=arriving)
        self._name_controls(arriving=arriving)
        self._connect_signals()
        self._show_time()

    def _build_layout(self, errors: FormErrors, *, arriving: bool) -> None:
        form = QFormLayout(self)
        time_row = QWidget(self)
        time_layout = QHBoxLayout(time_row)
        time_layout.setContentsMargins(0, 0, 0, 0)
        time_layout.addWidget(self._times, 1)
        time_layout.addWidget(self.time_unknown)
        direction = self.direction
        if arriving:
            labels = (self.tr("&Date:"), self.tr("T&ime:"), self.tr("&Way:"),
                      self.tr("&Flight or train:"), self.tr("F&rom:"),
                      self.tr("Air&port or station:"), self.tr("Termi&nal:"))  # fmt: skip
        else:
            labels = (self.tr("Dat&e:"), self.tr("&Time:"), self.tr("Wa&y:"),
                      self.tr("F&light or train:"), self.tr("T&o:"),
                      self.tr("Airport or &station:"), self.tr("Ter&minal:"))  # fmt: skip
        fields = (
            (direction, self.date),
            (f"{direction}_time_known", time_row),
            (f"{direction}_mode", self.mode),
            (f"{direction}_number", self.number),
            (self._away, self.away),
            (f"{direction}_place", self.place),
            (f"{direction}_terminal", self.terminal),
        )
        for label, (field, widget) in zip(labels, fields, strict=True):
            errors.add_row(form, label, field, widget)

    def _name_controls(self, *, arriving: bool) -> None:
        if arriving:
            names = (self.tr("Arrival date given"), self.tr("Arrival date"),
                     self.tr("Arrival time"), self.tr("Arrival time not known"),
                     self.tr("Arrival way of travel"), self.tr("Arrival flight or train"),
                     self.tr("Arriving from"), self.tr("Arrival airport or station"),
                     self.tr("Arrival terminal"))  # fmt: skip
        else:
            names = (self.tr("Departure date given"), self.tr("Departure date"),
                     self.tr("Departure time"), self.tr("Departure time not known"),
                     self.tr("Departure way of travel"), self.tr("Departure flight or train"),
                     self.tr("Leaving for"), self.tr("Departure airport or station"),
                     self.tr("Departure terminal"))  # fmt: skip
        controls: tuple[QWidget, ...] = (
            self.date.check, self.date.editor, self.time, self.time_unknown, self.mode,
            self.number, self.away, self.place, self.terminal,
        )  # fmt: skip
        for control, name in zip(controls, names, strict=True):
            control.setAccessibleName(name)
        self._no_time.setAccessibleName(names[2])

    def _connect_signals(self) -> None:
        self.date.check.toggled.connect(self._show_time)
        self.time_unknown.toggled.connect(self._show_time)

    def first_control(self) -> QWidget:
        """Return the control tabbing enters the section by."""
        return self.date.check

    def controls(self) -> tuple[QWidget, ...]:
        """Return the section's controls in the order they are on the screen."""
        return (
            self.date.check, self.date.editor, self.time, self.time_unknown, self.mode,
            self.number, self.away, self.place, self.terminal,
        )  # fmt: skip

    def set_values(self, data: ParticipantInput) -> None:
        """Show the direction's fields of ``data``."""
        direction = self.direction
        moment: dt.datetime | None = getattr(data, direction)
        known = bool(getattr(data, f"{direction}_time_known"))
        self.date.set_value(moment.date() if moment else None)
        shown = moment.time() if moment is not None and known else _DEFAULT_TIME
        self.time.setTime(QTime(shown.hour, shown.minute, shown.second))
        self.time_unknown.setChecked(not known)
        mode = str(getattr(data, f"{direction}_mode"))
        if self.mode.findData(mode) < 0:  # a way this dialog does not offer is kept as read
            self.mode.addItem(mode, mode)
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.number.setText(getattr(data, f"{direction}_number"))
        self.away.setText(getattr(data, self._away))
        self.place.setCurrentText(getattr(data, f"{direction}_place"))
        self.terminal.setText(getattr(data, f"{direction}_terminal"))
        self._show_time()

    def values(self) -> dict[str, Any]:
        """Return the direction's fields as :class:`ParticipantInput` names them.

        Numbers and airports are written as the participant keeps them
        (``tk351`` is ``TK 351``), so that the undo of the edit finds them so.
        """
        direction = self.direction
        day = self.date.value()
        known = not self.time_unknown.isChecked()
        moment = None
        if day is not None:
            time = self.time.time()
            clock = dt.time(time.hour(), time.minute(), time.second()) if known else dt.time()
            moment = dt.datetime.combine(day, clock)
        return {
            direction: moment,
            f"{direction}_time_known": known,
            f"{direction}_mode": str(self.mode.currentData() or ""),
            f"{direction}_number": travel_number(self.number.text()),
            self._away: self.away.text().strip(),
            f"{direction}_place": travel_place(self.place.currentText()),
            f"{direction}_terminal": self.terminal.text().strip(),
        }

    def _show_time(self) -> None:
        """Show the time when there is a date whose time is known, and nothing otherwise."""
        dated = self.date.check.isChecked()
        known = dated and not self.time_unknown.isChecked()
        self._times.setCurrentWidget(self.time if known else self._no_time)
        self.time_unknown.setEnabled(dated)


def mode_label(mode: str) -> str:
    """Return a way of travel as the user reads it (``flight`` is ``Uçak`` in Turkish)."""
    labels = {
        TravelMode.FLIGHT.value: QCoreApplication.translate("Labels", "Flight"),
        TravelMode.TRAIN.value: QCoreApplication.translate("Labels", "Train"),
        TravelMode.CAR.value: QCoreApplication.translate("Labels", "Car"),
        TravelMode.BUS.value: QCoreApplication.translate("Labels", "Bus"),
    }
    return labels.get(mode, mode)
