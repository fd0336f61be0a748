"""What the Logistics tab's buttons do: the dialogs of transfers, vehicles, rooms and gifts.

Every save builds one command of :mod:`coordinator.ui.logistics_commands`
and runs it through the controller, which pushes it on the window's undo
stack; a refusal keeps the dialog open with the reason beside the field.
Removals ask nothing: Edit ▸ Undo brings the record back, as the status bar says.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coordinator.domain.transfer_planning import PlanningRules
from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import ServiceError
from coordinator.services.gift_records import GiftInput, GiftRecord
from coordinator.services.itinerary import ItineraryService
from coordinator.services.movement_fields import DAYS_AROUND
from coordinator.services.roster import RosterService
from coordinator.services.stay_records import StayInput
from coordinator.services.transfer_planning import HOTEL_KIND
from coordinator.services.transfer_records import (
    MovementInput,
    MovementRecord,
    ProposedMovement,
    VehicleInput,
    VehicleRecord,
)
from coordinator.ui.core_words import error_text
from coordinator.ui.formatting import format_date, format_time_range
from coordinator.ui.gift_dialog import GiftDialog
from coordinator.ui.logistics_commands import (
    AcceptTransfersCommand,
    AddGiftCommand,
    AddTransferCommand,
    AddVehicleCommand,
    EditGiftCommand,
    EditStayCommand,
    EditTransferCommand,
    EditVehicleCommand,
    RemoveGiftCommand,
    RemoveStayCommand,
    RemoveTransferCommand,
    RemoveVehicleCommand,
)
from coordinator.ui.logistics_tables import RoomRow
from coordinator.ui.movement_dialog import MovementChoices, MovementDialog
from coordinator.ui.stay_dialog import StayDialog
from coordinator.ui.transfer_plan_dialog import TransferPlanDialog
from coordinator.ui.vehicles_dialog import VehicleForm, VehiclesDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from coordinator.ui.logistics_controller import LogisticsController

STATUS_TIMEOUT_MS = 10_000


class TransferActions(QObject):
    """Add, edit and remove transfers, plan them, and keep the directory's vehicles."""

    def __init__(self, controller: LogisticsController) -> None:
        super().__init__(controller)
        self._c = controller
        self.dialog: QDialog | None = None
        self.vehicles_dialog: VehiclesDialog | None = None
        page = controller.page
        page.add_transfer.triggered.connect(self.add)
        page.edit_transfer.triggered.connect(self.edit)
        page.remove_transfer.triggered.connect(self.remove)
        page.plan_transfers.triggered.connect(self.plan)
        page.vehicles.triggered.connect(self.show_vehicles)
        page.transfers.table.row_activated.connect(lambda _row: self.edit())

    def _choices(self) -> MovementChoices | None:
        program, database, context = self._c.program, self._c.database, self._c.context
        if program is None or database is None or context is None:
            return None
        around = dt.timedelta(days=DAYS_AROUND)
        return MovementChoices(
            first_day=program.first_day - around,
            last_day=program.last_day + around,
            venues=[venue.name for venue in DirectoryService(database).venues()],
            vehicles=context.vehicles.list_vehicles(),
            drivers=context.vehicles.drivers(),
            participants=RosterService(database).list_participants(program.code),
        )

    def _open(self, record: MovementRecord | None) -> None:
        choices, context, program = self._choices(), self._c.context, self._c.program
        if choices is None or context is None or program is None:
            return

        def submit(data: MovementInput) -> None:
            if record is None:
                self._c.run(AddTransferCommand(context, program.code, data))
            else:
                self._c.run(EditTransferCommand(context, record, data))

        day = (self._c.chosen_day() or program.first_day) if record is None else None
        self.dialog = MovementDialog(submit, choices, record, day=day, parent=self._c.window)
        self.dialog.open()

    def add(self) -> None:
        """Open the dialog for a new transfer (on the day shown, if one is)."""
        self._open(None)

    def edit(self) -> None:
        """Open the dialog on the selected transfer, as it is now."""
        selected = self._c.selected(self._c.page.transfers)
        if selected is None or self._c.context is None:
            return
        try:
            record = self._c.context.transfers.get(selected.id)
        except ServiceError as error:
            self._c.prompts.error(self.tr("Edit transfer"), error_text(error))
            return
        self._open(record)

    def remove(self) -> None:
        """Remove the selected transfer (Edit ▸ Undo puts it back)."""
        selected = self._c.selected(self._c.page.transfers)
        if selected is None or self._c.context is None:
            return
        if self._c.try_run(
            RemoveTransferCommand(self._c.context, selected), self.tr("Remove transfer")
        ):
            self._c.window.statusBar().showMessage(
                self.tr("Transfer removed. Edit ▸ Undo brings it back."), STATUS_TIMEOUT_MS
            )

    def plan(self) -> None:
        """Propose the missing transfers (in the background), then show them to accept."""
        program, context = self._c.program, self._c.context
        if program is None or context is None or self._c.runner.busy():
            return
        code = program.code
        settings = self._c.app_settings  # Tools ▸ Settings…: baggage and check-in times
        rules = settings.transfer_defaults().rules() if settings else PlanningRules()
        self._c.runner.start(
            self.tr("Planning the transfers…"),
            lambda _progress: context.planning.plan(code, rules),
            on_success=lambda proposals: self._show_plan(code, proposals, rules),
            on_failure=self._plan_failed,
        )

    def _show_plan(
        self, code: str, proposals: list[ProposedMovement], rules: PlanningRules
    ) -> None:
        context = self._c.context
        if context is None:
            return

        def accept(chosen: tuple[MovementInput, ...]) -> None:
            self._c.try_run(
                AcceptTransfersCommand(context, code, chosen), self.tr("Planned transfers")
            )

        self.dialog = TransferPlanDialog(proposals, accept, self._c.window, rules=rules)
        self.dialog.open()

    def _plan_failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        self._c.prompts.error(self.tr("Planned transfers"), error_text(error))

    # Vehicles

    def show_vehicles(self) -> None:
        """Open the list of the directory's vehicles."""
        if self._c.context is None:
            return
        dialog = VehiclesDialog(self._c.window)
        dialog.add_button.clicked.connect(lambda: self._vehicle_form(None))
        dialog.edit_button.clicked.connect(lambda: self._vehicle_form(dialog.selected()))
        dialog.table.row_activated.connect(lambda _row: self._vehicle_form(dialog.selected()))
        dialog.remove_button.clicked.connect(self._remove_vehicle)
        self.vehicles_dialog = dialog
        self.vehicles_changed(None)
        dialog.open()

    def vehicles_changed(self, select: int | None) -> None:
        """Read the vehicles again into the open list, selecting ``select``."""
        dialog, context = self.vehicles_dialog, self._c.context
        if dialog is None or context is None:
            return
        keep = select if select is not None else getattr(dialog.selected(), "id", None)
        dialog.model.set_records(context.vehicles.list_vehicles())
        dialog.table.fit_columns()
        row = None if keep is None else dialog.model.row_of(lambda v: v.id == keep)
        if row is not None:
            dialog.table.select_row(row)
        dialog.update_buttons()

    def _vehicle_form(self, record: VehicleRecord | None) -> None:
        context = self._c.context
        if context is None or self.vehicles_dialog is None:
            return

        def submit(data: VehicleInput) -> None:
            if record is None:
                self._c.run(AddVehicleCommand(context, data))
            else:
                self._c.run(EditVehicleCommand(context, record, data))

        self.dialog = VehicleForm(submit, record, self.vehicles_dialog)
        self.dialog.open()

    def _remove_vehicle(self) -> None:
        context, dialog = self._c.context, self.vehicles_dialog
        if context is None or dialog is None or dialog.selected() is None:
            return
        record = dialog.selected()
        assert record is not None
        self._c.try_run(RemoveVehicleCommand(context, record), self.tr("Remove vehicle"))


class RoomGiftActions(QObject):
    """Give rooms and take them away; record, change and remove gifts."""

    def __init__(self, controller: LogisticsController) -> None:
        super().__init__(controller)
        self._c = controller
        self.dialog: QDialog | None = None
        page = controller.page
        page.edit_stay.triggered.connect(self.edit_stay)
        page.remove_stay.triggered.connect(self.remove_stay)
        page.rooms.table.row_activated.connect(lambda _row: self.edit_stay())
        page.add_gift.triggered.connect(self.add_gift)
        page.edit_gift.triggered.connect(self.edit_gift)
        page.remove_gift.triggered.connect(self.remove_gift)
        page.gifts.table.row_activated.connect(lambda _row: self.edit_gift())

    def edit_stay(self) -> None:
        """Open the room of the selected participant, as it is now."""
        row: RoomRow | None = self._c.selected(self._c.page.rooms)
        context, program, database = self._c.context, self._c.program, self._c.database
        if row is None or context is None or program is None or database is None:
            return
        try:
            record = context.stays.get(row.participant_id)
        except ServiceError as error:
            self._c.prompts.error(self.tr("Edit room"), error_text(error))
            return
        rows = self._c.page.rooms.model.records()
        others = [(item.participant_id, item.name) for item in rows if item != row]
        hotels = sorted(
            venue.name for venue in DirectoryService(database).venues() if venue.kind == HOTEL_KIND
        )

        def submit(data: StayInput) -> None:
            self._c.run(EditStayCommand(context, row.participant_id, row.name, record, data))

        self.dialog = StayDialog(
            submit, row.name, record, hotels, others, program.first_day, self._c.window
        )
        self.dialog.open()

    def remove_stay(self) -> None:
        """Take the selected participant's room away (Edit ▸ Undo gives it back)."""
        row: RoomRow | None = self._c.selected(self._c.page.rooms)
        context = self._c.context
        if row is None or row.stay is None or context is None:
            return
        command = RemoveStayCommand(context, row.participant_id, row.name)
        if self._c.try_run(command, self.tr("Remove room")):
            self._c.window.statusBar().showMessage(
                self.tr("Room removed. Edit ▸ Undo gives it back."), STATUS_TIMEOUT_MS
            )

    def _open_gift(self, record: GiftRecord | None) -> None:
        context, program, database = self._c.context, self._c.program, self._c.database
        if context is None or program is None or database is None:
            return
        activities = [
            (a.id, f"{format_date(a.day)} {format_time_range(a.start_time, a.end_time)} {a.title}")
            for a in ItineraryService(database).list_activities(program.code)
        ]

        def submit(data: GiftInput) -> None:
            if record is None:
                self._c.run(AddGiftCommand(context, program.code, data))
            else:
                self._c.run(EditGiftCommand(context, record, data))

        self.dialog = GiftDialog(submit, activities, program.first_day, record, self._c.window)
        self.dialog.open()

    def add_gift(self) -> None:
        """Open the dialog for a new gift."""
        self._open_gift(None)

    def edit_gift(self) -> None:
        """Open the dialog on the selected gift."""
        selected = self._c.selected(self._c.page.gifts)
        if selected is not None:
            self._open_gift(selected)

    def remove_gift(self) -> None:
        """Remove the selected gift (Edit ▸ Undo puts it back)."""
        selected = self._c.selected(self._c.page.gifts)
        context = self._c.context
        if selected is None or context is None:
            return
        if self._c.try_run(RemoveGiftCommand(context, selected), self.tr("Remove gift")):
            self._c.window.statusBar().showMessage(
                self.tr("Gift removed. Edit ▸ Undo brings it back."), STATUS_TIMEOUT_MS
            )
