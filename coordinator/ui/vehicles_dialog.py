"""The directory's vehicles: a list to add to, change and remove from, each step undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.services.transfer_records import VehicleInput, VehicleRecord
from coordinator.services.vehicles import MOST_SEATS
from coordinator.ui.core_words import error_text
from coordinator.ui.form_errors import FormErrors
from coordinator.ui.logistics_tables import VehiclesModel
from coordinator.ui.record_table_view import RecordTableView

SubmitVehicle = Callable[[VehicleInput], object]


class VehicleForm(QDialog):
    """A vehicle's fields; OK saves through ``submit`` or marks the bad field."""

    def __init__(
        self, submit: SubmitVehicle, record: VehicleRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.errors = FormErrors()
        self.plate = QLineEdit(self)
        self.plate.setPlaceholderText(self.tr("e.g. 34 ABC 123"))
        self.seats = QSpinBox(self)
        self.seats.setRange(0, MOST_SEATS)
        self.seats.setToolTip(self.tr("Passenger seats, the driver's not counted"))
        self.kind = QLineEdit(self)
        self.kind.setPlaceholderText(self.tr("e.g. minibus, sedan, coach"))
        self.company = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.notes = QLineEdit(self)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        for field, label, widget, name in (
            ("plate", self.tr("&Plate:"), self.plate, self.tr("Plate")),
            ("seats", self.tr("&Seats:"), self.seats, self.tr("Seats")),
            ("kind", self.tr("&Kind:"), self.kind, self.tr("Kind")),
            ("company", self.tr("&Company:"), self.company, self.tr("Company")),
            ("phone", self.tr("P&hone:"), self.phone, self.tr("Phone")),
            ("notes", self.tr("&Notes:"), self.notes, self.tr("Notes")),
        ):
            widget.setAccessibleName(name)
            self.errors.add_row(form, label, field, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if record is None:
            self.setWindowTitle(self.tr("Add vehicle"))
        else:
            self.setWindowTitle(self.tr("Edit vehicle – {plate}").format(plate=record.plate))
            self.plate.setText(record.plate)
            self.seats.setValue(record.seats)
            self.kind.setText(record.kind)
            self.company.setText(record.company)
            self.phone.setText(record.phone)
            self.notes.setText(record.notes)

    def vehicle_input(self) -> VehicleInput:
        """Return what the fields hold, as the service takes it."""
        return VehicleInput(
            plate=" ".join(self.plate.text().split()),
            seats=self.seats.value(),
            kind=self.kind.text().strip(),
            company=self.company.text().strip(),
            phone=self.phone.text().strip(),
            notes=self.notes.text().strip(),
        )

    def accept(self) -> None:
        """Save through ``submit`` and close, or mark the field at fault."""
        self.errors.clear()
        self.general_error.hide()
        try:
            self._submit(self.vehicle_input())
        except ServiceError as error:
            field = error.field if isinstance(error, InvalidInputError) else None
            self.errors.say(field, error_text(error), self.general_error)
            return
        super().accept()


class VehiclesDialog(QDialog):
    """Layout only: the vehicles' table with Add, Edit and Remove; the controller answers them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vehicles"))
        self.model = VehiclesModel(self)
        self.table = RecordTableView(
            self.model, self.tr("Filter the vehicles: plate, company…"), self
        )
        self.table.table.setAccessibleName(self.tr("Vehicles"))
        self.table.filter_box.setAccessibleName(self.tr("Filter the vehicles"))
        self.empty_label = QLabel(
            self.tr(
                "No vehicles yet. Add the cars, minibuses and coaches the office books; "
                "transfers and their planning then use them."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        for button, name in (
            (self.add_button, self.tr("Add vehicle")),
            (self.edit_button, self.tr("Edit vehicle")),
            (self.remove_button, self.tr("Remove vehicle")),
        ):
            button.setAccessibleName(name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        self.buttons.rejected.connect(self.reject)
        self.model.modelReset.connect(self.update_buttons)
        self.table.selection_changed.connect(self.update_buttons)
        self.update_buttons()

    def selected(self) -> VehicleRecord | None:
        """Return the selected vehicle, if any."""
        row = self.table.current_row()
        return None if row is None else self.model.record(row)

    def update_buttons(self) -> None:
        """Enable Edit and Remove for a selection; say what to do when there is nothing."""
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        empty = self.model.total_count() == 0
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
