"""Add or edit a transfer: day and hours, kind, from and to, vehicles, driver, passengers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.enums import MovementKind
from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.services.records import ParticipantRecord
from coordinator.services.transfer_records import (
    DriverRecord,
    MovementInput,
    MovementRecord,
    VehicleRecord,
)
from coordinator.ui.core_words import error_text
from coordinator.ui.form_errors import FormErrors
from coordinator.ui.formatting import DATE_FORMAT, TIME_FORMAT
from coordinator.ui.logistics_words import movement_kind_label
from coordinator.ui.optional_date_edit import to_date
from coordinator.ui.optional_time_edit import OptionalTimeEdit

Submit = Callable[[MovementInput], object]


@dataclass(frozen=True)
class MovementChoices:
    """What the dialog offers: the days it allows, venues, vehicles, drivers, the roster."""

    first_day: dt.date
    last_day: dt.date
    venues: Sequence[str]
    vehicles: Sequence[VehicleRecord]
    drivers: Sequence[DriverRecord]
    participants: Sequence[ParticipantRecord]


def checkable_model(items: Sequence[tuple[int, str]], parent: QWidget) -> QStandardItemModel:
    """Return a list of check boxes, one per ``(id, text)``, all unticked."""
    model = QStandardItemModel(parent)
    for item_id, text in items:
        item = QStandardItem(text)
        item.setCheckable(True)
        item.setEditable(False)
        item.setData(item_id, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    return model


def checked_ids(model: QStandardItemModel) -> tuple[int, ...]:
    """Return the ids of the ticked rows of a :func:`checkable_model`."""
    found = []
    for row in range(model.rowCount()):
        item = model.item(row)
        if item.checkState() == Qt.CheckState.Checked:
            found.append(int(item.data(Qt.ItemDataRole.UserRole)))
    return tuple(found)


def set_checked(model: QStandardItemModel, ids: Sequence[int]) -> None:
    """Tick the rows of ``ids`` and untick the others."""
    wanted = set(ids)
    for row in range(model.rowCount()):
        item = model.item(row)
        ticked = int(item.data(Qt.ItemDataRole.UserRole)) in wanted
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


class MovementDialog(QDialog):
    """A transfer's fields; OK saves through ``submit`` or marks the bad field."""

    def __init__(
        self,
        submit: Submit,
        choices: MovementChoices,
        record: MovementRecord | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._venues = {name.casefold(): name for name in choices.venues}
        first = day or choices.first_day
        self._opened = record.as_input() if record is not None else MovementInput(first, dt.time(9))
        self.errors = FormErrors()
        self._build_fields(choices)
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
        self.whole.toggled.connect(self._on_whole)
        self._fill(self._opened)
        if record is None:
            self.setWindowTitle(self.tr("Add transfer"))
        else:
            self.setWindowTitle(
                self.tr("Edit transfer – {origin} → {target}").format(
                    origin=record.from_place, target=record.to_place
                )
            )

    def _build_fields(self, choices: MovementChoices) -> None:
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DATE_FORMAT)
        self.day.setDateRange(_qdate(choices.first_day), _qdate(choices.last_day))
        self.start = QTimeEdit(self)
        self.start.setDisplayFormat(TIME_FORMAT)
        self.end = OptionalTimeEdit(dt.time(10), self)
        self.kind = QComboBox(self)
        for kind in MovementKind:
            self.kind.addItem(movement_kind_label(kind.value), kind.value)
        self.origin = self._place_box(choices.venues)
        self.target = self._place_box(choices.venues)
        self.vehicle_model = checkable_model(
            [(v.id, self.tr("{plate} · {seats} seats").format(plate=v.plate, seats=v.seats)
              + (f" · {v.kind}" if v.kind else "")) for v in choices.vehicles],
            self,
        )  # fmt: skip
        self.vehicle_list = QListView(self)
        self.vehicle_list.setModel(self.vehicle_model)
        self.driver = QComboBox(self)
        self.driver.addItem(self.tr("No driver yet"), None)
        for driver in choices.drivers:
            self.driver.addItem(driver.name, driver.guide_id)
        self.whole = QRadioButton(self.tr("The &whole delegation"), self)
        self.chosen = QRadioButton(self.tr("&Chosen participants:"), self)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.chosen)
        self.passenger_model = checkable_model([(p.id, p.name) for p in choices.participants], self)
        self.passenger_list = QListView(self)
        self.passenger_list.setModel(self.passenger_model)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        names = {
            self.day: self.tr("Day"), self.start: self.tr("Start"), self.end: self.tr("End"),
            self.kind: self.tr("Kind"), self.origin: self.tr("From"), self.target: self.tr("To"),
            self.vehicle_list: self.tr("Vehicles"), self.driver: self.tr("Driver"),
            self.whole: self.tr("The whole delegation"),
            self.chosen: self.tr("Chosen participants"),
            self.passenger_list: self.tr("Passengers"), self.notes: self.tr("Notes"),
        }  # fmt: skip
        for widget, name in names.items():
            widget.setAccessibleName(name)

    def _place_box(self, venues: Sequence[str]) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.addItems(list(venues))
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("A venue, or an airport or station"))
        return box

    def _build_layout(self) -> None:
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Day:"), "day", self.day)
        hours = QWidget(self)
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("until"), self))
        row.addWidget(self.end, 1)
        self.errors.add_row(form, self.tr("&Start:"), "end_time", hours)
        self.errors.add_row(form, self.tr("&Kind:"), "kind", self.kind)
        self.errors.add_row(form, self.tr("&From:"), "from_place", self.origin)
        self.errors.add_row(form, self.tr("&To:"), "to_place", self.target)
        self.errors.add_row(form, self.tr("&Vehicles:"), "vehicles", self.vehicle_list)
        self.errors.add_row(form, self.tr("D&river:"), "driver_id", self.driver)
        passengers = QWidget(self)
        column = QVBoxLayout(passengers)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.whole)
        column.addWidget(self.chosen)
        column.addWidget(self.passenger_list)
        self.errors.add_row(form, self.tr("&Passengers:"), "passengers", passengers)
        self.errors.add_row(form, self.tr("&Notes:"), "notes", self.notes)
        for name in ("from_venue", "to_venue"):
            self.errors.label_for(name, self.origin if name == "from_venue" else self.target, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.vehicle_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.passenger_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.setMinimumWidth(520)

    def _fill(self, data: MovementInput) -> None:
        self.day.setDate(_qdate(data.day))
        self.start.setTime(QTime(data.start_time.hour, data.start_time.minute))
        self.end.set_value(data.end_time)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.origin.setCurrentText(data.from_place or data.from_venue)
        self.target.setCurrentText(data.to_place or data.to_venue)
        set_checked(self.vehicle_model, data.vehicles)
        self.driver.setCurrentIndex(max(self.driver.findData(data.driver_id), 0))
        set_checked(self.passenger_model, data.passengers)
        (self.chosen if data.passengers else self.whole).setChecked(True)
        self._on_whole(not data.passengers)
        self.notes.setPlainText(data.notes)

    def _on_whole(self, whole: bool) -> None:
        self.passenger_list.setEnabled(not whole)

    def _place(self, text: str, place: str, venue: str) -> tuple[str, str]:
        """Return (place, venue) for what the box holds, keeping them as opened if unchanged."""
        text = " ".join(text.split())
        if text == (place or venue):
            return place, venue
        name = self._venues.get(text.casefold(), "")
        return text, name

    def movement_input(self) -> MovementInput:
        """Return what the fields hold, as the service takes it."""
        opened = self._opened
        from_place, from_venue = self._place(
            self.origin.currentText(), opened.from_place, opened.from_venue
        )
        to_place, to_venue = self._place(
            self.target.currentText(), opened.to_place, opened.to_venue
        )
        start = self.start.time()
        return replace(
            opened,
            day=to_date(self.day.date()),
            start_time=dt.time(start.hour(), start.minute()),
            end_time=self.end.value(),
            kind=str(self.kind.currentData()),
            from_place=from_place,
            from_venue=from_venue,
            to_place=to_place,
            to_venue=to_venue,
            driver_id=self.driver.currentData(),
            vehicles=checked_ids(self.vehicle_model),
            passengers=() if self.whole.isChecked() else checked_ids(self.passenger_model),
            notes=self.notes.toPlainText().strip(),
        )

    def accept(self) -> None:
        """Save through ``submit`` and close, or mark the field at fault."""
        data = self.movement_input()
        self.errors.clear()
        self.general_error.hide()
        if not (data.from_place or data.from_venue):
            self.errors.show("from_place", self.tr("Say where the transfer starts."))
            return
        if not (data.to_place or data.to_venue):
            self.errors.show("to_place", self.tr("Say where the transfer goes."))
            return
        if self.chosen.isChecked() and not data.passengers:
            self.errors.show(
                "passengers", self.tr("Tick the passengers, or choose the whole delegation.")
            )
            return
        try:
            self._submit(data)
        except ServiceError as error:
            field = error.field if isinstance(error, InvalidInputError) else None
            self.errors.say(field, error_text(error), self.general_error)
            return
        super().accept()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
