"""The rooming command: the rooming list a hotel asks for, as .xlsx or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    file_path,
    open_database,
    print_json,
    service_call,
)

if TYPE_CHECKING:
    from coordinator.domain.rooming import Room


def add_rooming_commands(commands: Any) -> None:
    """Add ``rooming --program C (--out FILE.xlsx [--lang en|tr] | --json)``."""
    rooming = commands.add_parser(
        "rooming",
        help="write the rooming list for the hotels, or list the rooms",
        description="With --out, write the rooming list to FILE.xlsx: one sheet per hotel, "
        "one row per room (room type, guests, arrival, departure, nights, requests), sorted by "
        "arrival, then room type, then the first guest's surname. With --json, print the rooms.",
    )
    rooming.add_argument("--program", required=True, metavar="CODE")
    rooming.add_argument("--out", metavar="FILE.xlsx", type=file_path)
    rooming.add_argument("--json", action="store_true", help="print the rooms as JSON")
    rooming.add_argument("--lang", choices=("en", "tr"), default="en", help="the list's language")
    rooming.set_defaults(handler=_rooming)


def room_json(room: Room) -> dict[str, object]:
    """Return a room as ``rooming --json`` prints it."""
    return {
        "hotel": room.hotel,
        "room_type": room.room_type,
        "guests": list(room.names),
        "arrival": room.arrival,
        "departure": room.departure,
        "nights": room.nights,
        "requests": room.requests,
    }


def _rooming(options: argparse.Namespace) -> int:
    from coordinator.services.stays import StayService

    if not options.out and not options.json:
        print("coordinator rooming: --out FILE.xlsx or --json is required", file=sys.stderr)
        return EXIT_USAGE
    database = open_database(options)
    try:
        service = StayService(database)
        rooming = service_call(lambda: service.rooming_list(options.program))
        written = None
        if options.out:
            out = Path(options.out)
            written = service_call(
                lambda: service.export_rooming(options.program, out, options.lang)
            )
    finally:
        database.close()
    if options.json:
        print_json([room_json(room) for room in rooming.rooms])
    elif written is not None:
        print(
            f"Wrote the rooming list of {written.rooms} room(s) in {written.hotels} "
            f"hotel(s) to {written.path}"
        )
    return EXIT_OK
