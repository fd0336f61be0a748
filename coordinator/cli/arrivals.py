"""The arrivals command: the Arrivals board, by day, with the transfer that meets each one."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import EXIT_OK, open_database, print_json, service_call

if TYPE_CHECKING:
    from coordinator.domain.arrivals import BoardEntry


def add_arrivals_commands(commands: Any) -> None:
    """Add ``arrivals --program C [--json]``."""
    arrivals = commands.add_parser(
        "arrivals",
        help="list who lands or leaves when and where, by day, with the transfer for each",
        description="The Arrivals board: each participant's arrival and departure by day, "
        "time (or 'time not known'), airport or station and terminal, with the flight or "
        "train and where they come from or go to, and the pickup or drop-off that meets "
        "or takes them.",
    )
    arrivals.add_argument("--program", required=True, metavar="CODE")
    arrivals.add_argument("--json", action="store_true", help="print JSON")
    arrivals.set_defaults(handler=_arrivals)


def entry_json(entry: BoardEntry) -> dict[str, object]:
    """Return a line of the board as ``arrivals --json`` prints it."""
    journey = entry.journey
    transfer = entry.transfer
    return {
        "day": entry.day.isoformat(),
        "time": None if entry.time is None else f"{entry.time:%H:%M}",
        "direction": journey.direction,
        "participant_id": journey.participant_id,
        "name": journey.name,
        "title": journey.title,
        "organization": journey.organization,
        "role": journey.role,
        "mode": journey.mode,
        "carrier": entry.carrier,
        "number": journey.number,
        "place": journey.place,
        "terminal": journey.terminal,
        "other_end": journey.other_end,
        "transfer": None
        if transfer is None
        else {
            "id": transfer.id,
            "start": f"{transfer.start:%H:%M}",
            "from": transfer.from_place,
            "to": transfer.to_place,
        },
    }


def _arrivals(options: argparse.Namespace) -> int:
    from coordinator.services.arrivals import ArrivalsService

    database = open_database(options)
    try:
        entries = service_call(lambda: ArrivalsService(database).board(options.program))
    finally:
        database.close()
    if options.json:
        print_json([entry_json(entry) for entry in entries])
        return EXIT_OK
    if not entries:
        print(f"{options.program} has no arrivals or departures recorded.")
    day = None
    for entry in entries:
        if entry.day != day:
            day = entry.day
            print(f"{day:%A %d.%m.%Y}")
        print("  " + entry_text(entry))
    return EXIT_OK


def entry_text(entry: BoardEntry) -> str:
    """Return a line of the board as text: time, who, how, where, and the transfer."""
    journey = entry.journey
    when = "time not known" if entry.time is None else f"{entry.time:%H:%M}"
    verb = "arrives" if journey.direction == "arrival" else "leaves"
    where = journey.place + (f" {journey.terminal}" if journey.terminal else "")
    other = "from" if journey.direction == "arrival" else "to"
    parts = [f"{when:<14}", journey.name, verb]
    if where:
        parts.append(f"at {where}")
    if journey.number or journey.mode:
        parts.append(f"({journey.number or journey.mode})")
    if journey.other_end:
        parts.append(f"{other} {journey.other_end}")
    if entry.transfer is None:
        parts.append("— no transfer")
    else:
        transfer = entry.transfer
        kind = "pickup" if journey.direction == "arrival" else "drop-off"
        parts.append(
            f"— {kind} {transfer.start:%H:%M} {transfer.from_place} → {transfer.to_place}"
            f" (movement {transfer.id})"
        )
    return " ".join(parts)
