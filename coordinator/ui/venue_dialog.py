"""The dialog that adds or edits a venue with its travel times to other venues."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.services.records import TravelTimeRecord, VenueInput, VenueRecord
from coordinator.ui.directory_models import TravelRow, TravelTimeModel
from coordinator.ui.edit_reapply import reapplied, reapplied_part
from coordinator.ui.entry_dialog import refusal_text

Submit = Callable[[VenueInput, dict[int, int]], None]
"""Carries out the dialog: raises :class:`ServiceError` when the change is refused."""


@dataclass(frozen=True)
class VenueChoices:
    """What the dialog offers: the organizations, the kinds and the other venues."""

    organizations: Sequence[str]
    kinds: Sequence[str]
    venues: Sequence[tuple[int, str]]


def _travel_rows(travel: Sequence[TravelTimeRecord]) -> list[TravelRow]:
    return [TravelRow(item.to_venue_id, item.to_venue, item.minutes) for item in travel]


class VenueDialog(QDialog):
    """Name, owner, kind, address, city, notes and the travel times of a venue.

    A save refused because someone else changed the venue meanwhile is said as
    such; the controller then gives the venue read again to :meth:`reapply_over`.
    """

    def __init__(
        self,
        choices: VenueChoices,
        submit: Submit,
        record: VenueRecord | None = None,
        travel: Sequence[TravelTimeRecord] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._opened: VenueInput | None = None  # as filled from the record
        self._opened_travel: list[TravelRow] = []
        self.setWindowTitle(self.tr("Edit venue") if record else self.tr("Add venue"))
        self.name_edit = QLineEdit(self)
        self.owner_edit = QLineEdit(self)
        completer = QCompleter(list(choices.organizations), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner_edit.setCompleter(completer)
        self.kind_box = QComboBox(self)
        self.kind_box.setEditable(True)
        self.kind_box.addItems(["", *choices.kinds])
        self.address_edit = QLineEdit(self)
        self.city_edit = QLineEdit(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(60)
        self.travel_model = TravelTimeModel(self)
        self.travel_table = QTableView(self)
        self.other_box = QComboBox(self)
        self.minutes_box = QSpinBox(self)
        self.set_button = QPushButton(self.tr("&Set"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.error_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        own_id = record.id if record else None
        for venue_id, name in choices.venues:
            if venue_id != own_id:
                self.other_box.addItem(name, venue_id)
        self._build_layout()
        self._configure()
        if record is not None:
            self._fill(record, travel)
        self._update_buttons()

    def _configure(self) -> None:
        self.minutes_box.setRange(0, 1440)
        self.minutes_box.setValue(15)
        self.minutes_box.setSuffix(self.tr(" min"))
        table = self.travel_table
        table.setModel(self.travel_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.error_label.setStyleSheet("color: palette(bright-text); background: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.set_button.clicked.connect(self._set_travel)
        self.remove_button.clicked.connect(self._remove_travel)
        table.selectionModel().selectionChanged.connect(self._on_travel_selected)
        self.travel_model.modelReset.connect(self._update_buttons)
        self.travel_model.rowsRemoved.connect(self._update_buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:
        self._labels = {
            "name": self.tr("&Name:"),
            "owner": self.tr("&Owner organization:"),
            "kind": self.tr("&Kind:"),
            "address": self.tr("&Address:"),
            "city": self.tr("&City:"),
            "notes": self.tr("N&otes:"),
        }
        form = QFormLayout()
        widgets = (
            self.name_edit,
            self.owner_edit,
            self.kind_box,
            self.address_edit,
            self.city_edit,
            self.notes_edit,
        )
        for label, widget in zip(self._labels.values(), widgets, strict=True):
            form.addRow(label, widget)
        travel = QGroupBox(self.tr("Travel times to other venues"), self)
        self._labels["travel times"] = travel.title()
        row = QHBoxLayout()
        row.addWidget(self.other_box, 1)
        row.addWidget(self.minutes_box)
        row.addWidget(self.set_button)
        row.addWidget(self.remove_button)
        travel_layout = QVBoxLayout(travel)
        travel_layout.addWidget(self.travel_table)
        travel_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(travel, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 560)

    def _fill(self, record: VenueRecord, travel: Sequence[TravelTimeRecord]) -> None:
        """Fill the fields from ``record``, which an edit is compared with from now on."""
        self._opened = record.as_input()
        self.travel_model.set_rows(_travel_rows(travel))
        self._opened_travel = self.travel_model.rows()
        self._fill_fields(self._opened)

    def reapply_over(self, record: VenueRecord, travel: Sequence[TravelTimeRecord]) -> None:
        """Show ``record`` and ``travel``, read again, with the user's changes over them."""
        assert self._opened is not None
        data = reapplied(self._opened, self.venue_input(), record.as_input())
        opened, typed = self._opened_travel, self.travel_model.rows()
        self._fill(record, travel)  # in the model's order, to compare
        self.travel_model.set_rows(reapplied_part(opened, typed, self.travel_model.rows()))
        self._fill_fields(data)

    def _fill_fields(self, data: VenueInput) -> None:
        self.name_edit.setText(data.name)
        self.owner_edit.setText(data.owner)
        self.kind_box.setCurrentText(data.kind)
        self.address_edit.setText(data.address)
        self.city_edit.setText(data.city)
        self.notes_edit.setPlainText(data.notes)

    # Travel times

    def _selected_travel(self) -> int | None:
        rows = self.travel_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _on_travel_selected(self) -> None:
        position = self._selected_travel()
        if position is not None:
            row = self.travel_model.row(position)
            index = self.other_box.findData(row.venue_id)
            if index >= 0:
                self.other_box.setCurrentIndex(index)
            self.minutes_box.setValue(row.minutes)
        self._update_buttons()

    def set_travel(self, venue_id: int, minutes: int) -> None:
        """Choose the other venue ``venue_id`` and put its travel time to ``minutes``."""
        index = self.other_box.findData(venue_id)
        if index < 0:
            msg = f"No other venue has the id {venue_id}"
            raise ValueError(msg)
        self.other_box.setCurrentIndex(index)
        self.minutes_box.setValue(minutes)
        self._set_travel()

    def _set_travel(self) -> None:
        venue_id = self.other_box.currentData()
        if venue_id is None:
            return
        self.travel_model.put(
            TravelRow(int(venue_id), self.other_box.currentText(), self.minutes_box.value())
        )

    def _remove_travel(self) -> None:
        position = self._selected_travel()
        if position is not None:
            self.travel_model.remove(position)

    def _update_buttons(self) -> None:
        self.set_button.setEnabled(self.other_box.count() > 0)
        self.remove_button.setEnabled(self._selected_travel() is not None)

    # The result

    def venue_input(self) -> VenueInput:
        """Return the fields as typed."""
        return VenueInput(
            name=self.name_edit.text(),
            owner=self.owner_edit.text().strip(),
            kind=self.kind_box.currentText().strip(),
            address=self.address_edit.text().strip(),
            city=self.city_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def accept(self) -> None:
        """Carry out the change; stay open with the reason when it is refused."""
        try:
            self._submit(self.venue_input(), self.travel_model.as_minutes())
        except ServiceError as error:
            self.error_label.setText(self._refusal(error))
            self.error_label.show()
            if isinstance(error, InvalidInputError) and error.field == "name":
                self.name_edit.setFocus()
            return
        super().accept()

    def _refusal(self, error: ServiceError) -> str:
        name = self._opened.name if self._opened else getattr(error, "name", "")
        return refusal_text(error, self._labels, name)
