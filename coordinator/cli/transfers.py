"""Commands about transfers: transfers, transfers plan, manifest, vehicles, vehicles add."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    file_path,
    iso_date,
    open_database,
    print_json,
    service_call,
)

if TYPE_CHECKING:
    from coordinator.services.transfer_records import (
        MovementRecord,
        ProposedMovement,
        VehicleRecord,
    )


def add_transfer_commands(commands: Any) -> None:
    """Add ``transfers [plan]``, ``manifest`` and ``vehicles [add]``."""
    transfers = commands.add_parser(
        "transfers",
        help="list a program's transfers, or plan the missing ones",
        description="Without 'plan', list the recorded movements. With 'plan', propose the "
        "airport pickups, drop-offs and rides between venues the program lacks, each with "
        "free vehicles and a free driver; --apply records them all (one step to undo).",
    )
    transfers.add_argument("action", nargs="?", choices=("plan",), help="propose movements")
    transfers.add_argument("--program", required=True, metavar="CODE")
    transfers.add_argument("--apply", action="store_true", help="record the proposals (plan)")
    transfers.add_argument("--json", action="store_true", help="print JSON")
    rules = transfers.add_argument_group("planning (minutes; with 'plan')")
    rules.add_argument(
        "--window",
        type=_minutes,
        default=60,
        metavar="MIN",
        help="arrivals at one airport this close share a pickup (60)",
    )
    rules.add_argument(
        "--baggage",
        type=_minutes,
        default=45,
        metavar="MIN",
        help="from landing to leaving the airport (45)",
    )
    rules.add_argument(
        "--check-in",
        type=_minutes,
        default=120,
        metavar="MIN",
        help="at the airport before a flight (120)",
    )
    rules.add_argument(
        "--hotel-travel",
        type=_minutes,
        default=60,
        metavar="MIN",
        help="hotel to airport when the directory does not know it (60)",
    )
    transfers.set_defaults(handler=_transfers)

    manifest = commands.add_parser(
        "manifest",
        help="write the transfer manifest for the drivers",
        description="Write every movement (or one day's) with its time, places, vehicles, "
        "driver and the driver's phone, and passengers, to FILE.pdf or FILE.xlsx.",
    )
    manifest.add_argument("--program", required=True, metavar="CODE")
    manifest.add_argument("--day", type=iso_date, metavar="YYYY-MM-DD", help="one day only")
    manifest.add_argument("--out", required=True, type=file_path, metavar="FILE.pdf|FILE.xlsx")
    manifest.add_argument("--lang", choices=("en", "tr"), default="en", help="the language")
    manifest.set_defaults(handler=_manifest)

    vehicles = commands.add_parser(
        "vehicles",
        help="list the vehicles of the directory, or add one",
        description="Without 'add', list the vehicles. 'add' records one: --plate and --seats "
        "(passenger seats, the driver's not counted) are required.",
    )
    vehicles.add_argument("action", nargs="?", choices=("add",), help="add a vehicle")
    vehicles.add_argument("--plate", metavar="P")
    vehicles.add_argument("--seats", type=int, metavar="N")
    vehicles.add_argument("--kind", default="", metavar="K", help="car, minibus, coach…")
    vehicles.add_argument("--company", default="", metavar="C")
    vehicles.add_argument("--phone", default="", metavar="X")
    vehicles.add_argument("--json", action="store_true", help="print JSON")
    vehicles.set_defaults(handler=_vehicles)


def movement_json(item: MovementRecord | ProposedMovement) -> dict[str, object]:
    """Return a movement (or a proposal, whose ``id`` is null) as the JSON prints it."""
    data = item.as_input()
    return {
        "id": getattr(item, "id", None),
        "day": data.day,
        "start": data.start_time,
        "end": data.end_time,
        "kind": data.kind,
        "from": data.from_place,
        "to": data.to_place,
        "vehicles": [vehicle.plate for vehicle in item.vehicles],
        "driver": item.driver or None,
        "driver_phone": item.driver_phone or None,
        "passengers": list(item.passenger_names),
        "seats": item.seats,
    }


def vehicle_json(vehicle: VehicleRecord) -> dict[str, object]:
    """Return a vehicle as ``vehicles --json`` prints it."""
    return {
        "id": vehicle.id,
        "plate": vehicle.plate,
        "kind": vehicle.kind,
        "seats": vehicle.seats,
        "company": vehicle.company,
        "phone": vehicle.phone,
    }


def _minutes(text: str) -> int:
    """Return a number of minutes from 0 to a day (a usage error otherwise)."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 24 * 60:
        msg = f"{text!r} is not a number of minutes from 0 to 1440"
        raise argparse.ArgumentTypeError(msg)
    return value


def _usage(command: str, message: str) -> int:
    print(f"coordinator {command}: {message}", file=sys.stderr)
    return EXIT_USAGE


def _transfers(options: argparse.Namespace) -> int:
    from coordinator.domain.transfer_planning import PlanningRules
    from coordinator.services.transfer_planning import TransferPlanningService
    from coordinator.services.transfers import TransferService

    if options.apply and options.action != "plan":
        return _usage("transfers", "--apply goes with 'transfers plan'")
    database = open_database(options)
    try:
        if options.action != "plan":
            items: list[Any] = service_call(
                lambda: TransferService(database).list_movements(options.program)
            )
        else:
            planner = TransferPlanningService(database)
            rules = PlanningRules(
                window=options.window,
                baggage=options.baggage,
                check_in=options.check_in,
                hotel_travel=options.hotel_travel,
            )
            items = service_call(lambda: planner.plan(options.program, rules))
            if options.apply and items:
                inputs = [item.as_input() for item in items]
                items = service_call(lambda: planner.accept(options.program, inputs))
    finally:
        database.close()
    if options.json:
        print_json([movement_json(item) for item in items])
        return EXIT_OK
    if not items:
        print(
            f"No transfers {'to propose' if options.action else 'recorded'} for {options.program}."
        )
    verb = ("Recorded: " if options.apply else "Proposed: ") if options.action else ""
    for item in items:
        print(f"{verb}{_line(movement_json(item))}")
    return EXIT_OK


def _line(item: dict[str, Any]) -> str:
    end = f"–{item['end']:%H:%M}" if item["end"] is not None else ""
    vehicles = ", ".join(item["vehicles"]) or "no vehicle"
    return (
        f"{item['day']} {item['start']:%H:%M}{end}\t{item['kind']}\t{item['from']} → {item['to']}"
        f"\t{vehicles}\t{item['driver'] or 'no driver'}\t{item['seats']} passenger(s)"
    )


def _manifest(options: argparse.Namespace) -> int:
    from coordinator.services.manifests import ManifestService

    database = open_database(options)
    try:
        service = ManifestService(database)
        out = Path(options.out)
        written = service_call(
            lambda: service.export(options.program, out, options.day, options.lang)
        )
    finally:
        database.close()
    print(f"Wrote the manifest of {written.movements} movement(s) to {written.path}")
    return EXIT_OK


def _vehicles(options: argparse.Namespace) -> int:
    from coordinator.services.transfer_records import VehicleInput
    from coordinator.services.vehicles import VehicleService

    adding = options.action == "add"
    if adding and (options.plate is None or options.seats is None):
        return _usage("vehicles", "'vehicles add' needs --plate and --seats")
    if not adding and any((options.plate, options.seats is not None, options.kind)):
        return _usage("vehicles", "--plate, --seats and --kind go with 'vehicles add'")
    database = open_database(options)
    try:
        service = VehicleService(database)
        if adding:
            data = VehicleInput(
                options.plate, options.seats, options.kind, options.company, options.phone
            )
            vehicles = [service_call(lambda: service.add_vehicle(data))]
        else:
            vehicles = service_call(service.list_vehicles)
    finally:
        database.close()
    if options.json:
        print_json([vehicle_json(vehicle) for vehicle in vehicles])
        return EXIT_OK
    if not vehicles:
        print("No vehicles are recorded.")
    for vehicle in vehicles:
        verb = "Added: " if adding else ""
        details = "\t".join(part for part in (vehicle.kind, vehicle.company, vehicle.phone) if part)
        print(f"{verb}{vehicle.plate}\t{vehicle.seats} seats\t{details}".rstrip())
    return EXIT_OK
