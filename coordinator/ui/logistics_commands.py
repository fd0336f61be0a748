"""Undo commands of the Logistics tab: transfers, planned transfers, vehicles, rooms, gifts.

Each is one service call, and so is its undo. A transfer, vehicle or gift an
undo takes away and a redo puts back gets its own id back; a room's undo puts
back every stay the change touched (a roommate's too) through
:meth:`StayService.undo`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from coordinator.services.gift_records import GiftInput, GiftRecord
from coordinator.services.gifts import GiftService
from coordinator.services.stay_records import StayChange, StayInput, StayRecord
from coordinator.services.stays import StayService
from coordinator.services.transfer_planning import TransferPlanningService
from coordinator.services.transfer_records import (
    MovementInput,
    MovementRecord,
    RemovedVehicle,
    VehicleInput,
    VehicleRecord,
)
from coordinator.services.transfers import TransferService
from coordinator.services.vehicles import VehicleService
from coordinator.ui.command_base import ServiceCommand

translate = QCoreApplication.translate


@dataclass(frozen=True)
class LogisticsContext:
    """What every logistics command needs.

    Attributes:
        transfers, planning, vehicles, stays, gifts: the services that do the work.
        changed: called after each change with the page that changed (see
            :mod:`coordinator.ui.logistics_page`) and the id to select (``None``: none).
        failed: called with a sentence when an undo or redo is refused.
    """

    transfers: TransferService
    planning: TransferPlanningService
    vehicles: VehicleService
    stays: StayService
    gifts: GiftService
    changed: Callable[[str, int | None], None]
    failed: Callable[[str], None]


class LogisticsCommand(ServiceCommand[LogisticsContext]):
    """Base of the logistics commands."""


def _route(data: MovementInput | MovementRecord) -> str:
    origin = data.from_place or data.from_venue
    target = data.to_place or data.to_venue
    return f"{origin} → {target}"


class AddTransferCommand(LogisticsCommand):
    """Add a movement to a program; a redo puts it back under the same id."""

    def __init__(self, context: LogisticsContext, program_code: str, data: MovementInput) -> None:
        text = translate("Commands", "Add transfer {route}").format(route=_route(data))
        super().__init__(context, text)
        self._program_code = program_code
        self._data = data
        self.movement_id: int | None = None

    def _do(self) -> None:
        record = self._context.transfers.add(self._program_code, self._data, self.movement_id)
        self.movement_id = record.id
        self._context.changed("transfers", record.id)

    def _undo(self) -> None:
        assert self.movement_id is not None
        self._context.transfers.remove(self.movement_id)
        self._context.changed("transfers", None)


class EditTransferCommand(LogisticsCommand):
    """Change a movement; undo reverts only the fields changed, unless changed since."""

    def __init__(
        self, context: LogisticsContext, before: MovementRecord, after: MovementInput
    ) -> None:
        text = translate("Commands", "Edit transfer {route}").format(route=_route(after))
        super().__init__(context, text)
        self._id = before.id
        self._before = before.as_input()
        self._after = after

    def _apply(self, was: MovementInput, now: MovementInput) -> None:
        self._context.transfers.update(self._id, now, before=was)
        self._context.changed("transfers", self._id)

    def _do(self) -> None:
        self._apply(self._before, self._after)

    def _undo(self) -> None:
        self._apply(self._after, self._before)


class RemoveTransferCommand(LogisticsCommand):
    """Remove a movement; undo puts it back under its own id."""

    def __init__(self, context: LogisticsContext, record: MovementRecord) -> None:
        text = translate("Commands", "Remove transfer {route}").format(route=_route(record))
        super().__init__(context, text)
        self._record = record

    def _do(self) -> None:
        self._record = self._context.transfers.remove(self._record.id)
        self._context.changed("transfers", None)

    def _undo(self) -> None:
        restored = self._context.transfers.restore(self._record)
        self._context.changed("transfers", restored.id)


class AcceptTransfersCommand(LogisticsCommand):
    """Add the accepted planned movements at once; undo removes exactly those."""

    def __init__(
        self, context: LogisticsContext, program_code: str, accepted: tuple[MovementInput, ...]
    ) -> None:
        text = translate("Commands", "Accept planned transfers ({count})").format(
            count=len(accepted)
        )
        super().__init__(context, text)
        self._program_code = program_code
        self._accepted = accepted
        self.added: list[MovementRecord] = []

    def _do(self) -> None:
        self.added = self._context.planning.accept(self._program_code, self._accepted)
        self._context.changed("transfers", self.added[0].id if self.added else None)

    def _undo(self) -> None:
        self._context.planning.revert(self.added)
        self.added = []
        self._context.changed("transfers", None)


class AddVehicleCommand(LogisticsCommand):
    """Add a vehicle to the directory; a redo puts it back under the same id."""

    def __init__(self, context: LogisticsContext, data: VehicleInput) -> None:
        super().__init__(
            context, translate("Commands", "Add vehicle {plate}").format(plate=data.plate)
        )
        self._data = data
        self.vehicle_id: int | None = None

    def _do(self) -> None:
        self.vehicle_id = self._context.vehicles.add_vehicle(self._data, self.vehicle_id).id
        self._context.changed("vehicles", self.vehicle_id)

    def _undo(self) -> None:
        assert self.vehicle_id is not None
        self._context.vehicles.remove_vehicle(self.vehicle_id)
        self._context.changed("vehicles", None)


class EditVehicleCommand(LogisticsCommand):
    """Change a vehicle; undo reverts only the fields changed."""

    def __init__(
        self, context: LogisticsContext, before: VehicleRecord, after: VehicleInput
    ) -> None:
        super().__init__(
            context, translate("Commands", "Edit vehicle {plate}").format(plate=after.plate)
        )
        self._id = before.id
        self._before = before.as_input()
        self._after = after

    def _apply(self, was: VehicleInput, now: VehicleInput) -> None:
        self._context.vehicles.update_vehicle(self._id, now, before=was)
        self._context.changed("vehicles", self._id)

    def _do(self) -> None:
        self._apply(self._before, self._after)

    def _undo(self) -> None:
        self._apply(self._after, self._before)


class RemoveVehicleCommand(LogisticsCommand):
    """Remove a vehicle; undo puts it back under its id, on the movements it was booked on."""

    def __init__(self, context: LogisticsContext, record: VehicleRecord) -> None:
        super().__init__(
            context, translate("Commands", "Remove vehicle {plate}").format(plate=record.plate)
        )
        self._id = record.id
        self._removed: RemovedVehicle | None = None

    def _do(self) -> None:
        self._removed = self._context.vehicles.remove_vehicle(self._id)
        self._context.changed("vehicles", None)

    def _undo(self) -> None:
        assert self._removed is not None
        self._context.vehicles.restore_vehicle(self._removed)
        self._context.changed("vehicles", self._id)


class StayCommand(LogisticsCommand):
    """Base of the room commands: the first change is given, undo and redo go through ``undo``."""

    def __init__(self, context: LogisticsContext, text: str, participant_id: int) -> None:
        super().__init__(context, text)
        self.participant_id = participant_id
        self._change: StayChange | None = None
        self._reverse: StayChange | None = None

    def _first(self) -> StayChange:
        raise NotImplementedError

    def _do(self) -> None:
        if self._reverse is None:
            self._change = self._first()
        else:  # a redo: the undo of the undo
            self._change = self._context.stays.undo(self._reverse)
        self._context.changed("rooms", self.participant_id)

    def _undo(self) -> None:
        assert self._change is not None
        self._reverse = self._context.stays.undo(self._change)
        self._context.changed("rooms", self.participant_id)


class EditStayCommand(StayCommand):
    """Give a participant a room or change theirs; undo puts back every stay it touched."""

    def __init__(
        self,
        context: LogisticsContext,
        participant_id: int,
        name: str,
        before: StayRecord | None,
        after: StayInput,
    ) -> None:
        super().__init__(
            context,
            translate("Commands", "Edit the room of {name}").format(name=name),
            participant_id,
        )
        self._before = None if before is None else before.as_input()
        self._after = after

    def _first(self) -> StayChange:
        if self._before is None:
            return self._context.stays.set_stay(self.participant_id, self._after)
        return self._context.stays.update_stay(self.participant_id, self._after, self._before)


class RemoveStayCommand(StayCommand):
    """Take a participant's room away; undo puts it back under its own id."""

    def __init__(self, context: LogisticsContext, participant_id: int, name: str) -> None:
        super().__init__(
            context,
            translate("Commands", "Remove the room of {name}").format(name=name),
            participant_id,
        )

    def _first(self) -> StayChange:
        return self._context.stays.remove_stay(self.participant_id)


class AddGiftCommand(LogisticsCommand):
    """Record a gift; a redo puts it back under the same id."""

    def __init__(self, context: LogisticsContext, program_code: str, data: GiftInput) -> None:
        super().__init__(
            context, translate("Commands", "Add gift {gift}").format(gift=data.description)
        )
        self._program_code = program_code
        self._data = data
        self.gift_id: int | None = None

    def _do(self) -> None:
        self.gift_id = self._context.gifts.add(self._program_code, self._data, self.gift_id).id
        self._context.changed("gifts", self.gift_id)

    def _undo(self) -> None:
        assert self.gift_id is not None
        self._context.gifts.remove(self.gift_id)
        self._context.changed("gifts", None)


class EditGiftCommand(LogisticsCommand):
    """Change a gift; undo reverts only the fields changed."""

    def __init__(self, context: LogisticsContext, before: GiftRecord, after: GiftInput) -> None:
        super().__init__(
            context, translate("Commands", "Edit gift {gift}").format(gift=after.description)
        )
        self._id = before.id
        self._before = before.as_input()
        self._after = after

    def _apply(self, was: GiftInput, now: GiftInput) -> None:
        self._context.gifts.update(self._id, now, before=was)
        self._context.changed("gifts", self._id)

    def _do(self) -> None:
        self._apply(self._before, self._after)

    def _undo(self) -> None:
        self._apply(self._after, self._before)


class RemoveGiftCommand(LogisticsCommand):
    """Remove a gift; undo puts it back under its own id."""

    def __init__(self, context: LogisticsContext, record: GiftRecord) -> None:
        super().__init__(
            context, translate("Commands", "Remove gift {gift}").format(gift=record.description)
        )
        self._record = record

    def _do(self) -> None:
        self._record = self._context.gifts.remove(self._record.id)
        self._context.changed("gifts", None)

    def _undo(self) -> None:
        restored = self._context.gifts.restore(self._record)
        self._context.changed("gifts", restored.id)
