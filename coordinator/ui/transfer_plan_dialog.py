"""Planned transfers: the proposed pickups, drop-offs and rides, each to accept or leave out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.transfer_planning import PlanningRules
from coordinator.services.transfer_records import MovementInput, ProposedMovement
from coordinator.ui.formatting import format_date, format_time_range
from coordinator.ui.logistics_words import movement_kind_label
from coordinator.ui.ticked_rows_model import TickedRowsModel

Accept = Callable[[tuple[MovementInput, ...]], object]


class PlannedTransferModel(TickedRowsModel[ProposedMovement]):
    """The proposed movements, each with a check box: the ticked ones are accepted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("When"), self.tr("Kind"), self.tr("From → to"), self.tr("Vehicles"),
                self.tr("Driver"), self.tr("Passengers"), self.tr("To check"),
            ),
            parent,
        )  # fmt: skip

    def row_of(self, item: ProposedMovement) -> tuple[str, ...]:
        """Return the movement's time, kind, route, vehicles, driver, seats and warnings."""
        data = item.data
        warnings = []
        if item.short_of_seats:
            warnings.append(self.tr("not enough seats"))
        if data.driver_id is None:
            warnings.append(self.tr("no driver free"))
        return (
            f"{format_date(data.day)} {format_time_range(data.start_time, data.end_time)}",
            movement_kind_label(data.kind),
            f"{data.from_place or data.from_venue} → {data.to_place or data.to_venue}",
            ", ".join(vehicle.plate for vehicle in item.vehicles) or self.tr("none free"),
            item.driver,
            self.tr("%n passenger(s)", "", item.seats),
            ", ".join(warnings),
        )

    def tip_of(self, item: ProposedMovement) -> str:
        """Return the passengers' names."""
        return ", ".join(item.passenger_names)

    def accepted(self) -> tuple[MovementInput, ...]:
        """Return what the ticked proposals add."""
        return tuple(item.as_input() for item in self.ticked())


class TransferPlanDialog(QDialog):
    """Shows the proposals; Accept adds the ticked ones (one undoable step), Reject none."""

    def __init__(
        self,
        proposals: Sequence[ProposedMovement],
        accept: Accept,
        parent: QWidget | None = None,
        *,
        rules: PlanningRules | None = None,
    ) -> None:
        super().__init__(parent)
        self._accept = accept
        self.setWindowTitle(self.tr("Planned transfers"))
        self.model = PlannedTransferModel(self)
        self.model.set_items(proposals)
        intro = QLabel(self)
        intro.setWordWrap(True)
        if proposals:
            intro.setText(
                self.tr(
                    "These transfers meet the arrivals, take the departures and carry the "
                    "delegation between the activities, with vehicles and drivers that are free. "
                    "Untick any you do not want, then accept: Edit ▸ Undo takes them all back."
                )
            )
        else:
            intro.setText(
                self.tr("Every arrival, departure and activity already has its transfer.")
            )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Proposed transfers"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for section in range(header.count() - 1):
            header.resizeSection(section, min(header.sectionSize(section), 300))
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            self.tr("&Accept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setEnabled(bool(proposals))
        self.buttons.addButton(self.tr("&Reject"), QDialogButtonBox.ButtonRole.RejectRole)
        used = rules or PlanningRules()
        self.rules_note = QLabel(
            self.tr(
                "Counted with {baggage} min for baggage after landing and {check_in} min of "
                "check-in before a flight; Tools ▸ Settings… changes them."
            ).format(baggage=used.baggage, check_in=used.check_in),
            self,
        )
        self.rules_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rules_note)
        layout.addWidget(self.buttons)
        self.resize(1000, 520)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        """Add the ticked transfers, then close."""
        chosen = self.model.accepted()
        if chosen:
            self._accept(chosen)
        super().accept()
