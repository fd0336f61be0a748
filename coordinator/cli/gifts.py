"""The gifts command: a program's gift register or a year's, and recording a gift."""

from __future__ import annotations

import argparse
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    file_path,
    iso_date,
    open_database,
    print_json,
    record_id,
    service_call,
)

if TYPE_CHECKING:
    from coordinator.domain.gift_register import CurrencyTotal
    from coordinator.services.gift_records import GiftRecord

_AMOUNT = re.compile(r"[0-9]{1,10}([.,][0-9]{1,2})?")


def add_gift_commands(commands: Any) -> None:
    """Add ``gifts (--program C | --year YYYY) [--json] [--out FILE.xlsx]`` and ``gifts add``."""
    gifts = commands.add_parser(
        "gifts",
        help="list or export the gift register of a program or a year; record a gift",
        description="List the gifts given and received on a program (--program) or in a "
        "year across programs (--year, for the office's declaration: a gift counts for the "
        "year of its day, or without one the year its program began). --out writes FILE.xlsx.",
    )
    which = gifts.add_mutually_exclusive_group()
    which.add_argument("--program", metavar="CODE")
    which.add_argument("--year", type=_year, metavar="YYYY")
    gifts.add_argument("--json", action="store_true", help="print JSON")
    gifts.add_argument("--out", metavar="FILE.xlsx", type=file_path)
    gifts.add_argument("--lang", choices=("en", "tr"), default="en", help="the sheet's language")
    gifts.set_defaults(handler=_gifts)
    actions = gifts.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help="record a gift given or received on a program")
    add.add_argument("--program", required=True, metavar="CODE")
    add.add_argument("--direction", required=True, choices=("given", "received"))
    add.add_argument("--description", required=True)
    add.add_argument("--day", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--activity", type=record_id, metavar="ID", help="the activity's id")
    add.add_argument("--giver", default="", metavar="NAME")
    add.add_argument("--giver-organization", default="", metavar="ORGANIZATION")
    add.add_argument("--receiver", default="", metavar="NAME")
    add.add_argument("--receiver-organization", default="", metavar="ORGANIZATION")
    add.add_argument("--value", type=_amount, metavar="123.45", help="the estimated value")
    add.add_argument("--currency", default="TRY", metavar="TRY", help="three letters (TRY)")
    add.add_argument("--kept-at", default="", metavar="PLACE", help="where it is kept")
    add.add_argument("--notes", default="")
    add.add_argument("--json", action="store_true", help="print the gift as JSON")
    add.set_defaults(handler=_gifts_add)


def gift_json(gift: GiftRecord) -> dict[str, object]:
    """Return a gift as ``gifts --json`` prints it; ``value`` is a string such as ``"123.45"``."""
    return {
        "id": gift.id,
        "day": gift.day,
        "activity": gift.activity or None,
        "activity_id": gift.activity_id,
        "direction": gift.direction,
        "giver": gift.giver,
        "giver_organization": gift.giver_organization,
        "receiver": gift.receiver,
        "receiver_organization": gift.receiver_organization,
        "description": gift.description,
        "value": str(gift.value) if gift.value is not None else None,
        "currency": gift.currency,
        "kept_at": gift.kept_at,
        "program": gift.program_code,
    }


def _year(text: str) -> int:
    if not re.fullmatch(r"[0-9]{4}", text.strip()):
        msg = f"{text[:40]!r} is not a year such as 2021"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _amount(text: str) -> Decimal:
    if not _AMOUNT.fullmatch(text.strip()):
        msg = f"{text[:40]!r} is not an amount such as 123.45"
        raise argparse.ArgumentTypeError(msg)
    return Decimal(text.strip().replace(",", "."))


def _gifts(options: argparse.Namespace) -> int:
    from coordinator.services.gifts import GiftService

    if (options.program is None) == (options.year is None):
        print("coordinator gifts: give exactly one of --program CODE or --year YYYY",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    database = open_database(options)
    try:
        service = GiftService(database)
        out = Path(options.out) if options.out else None
        totals: tuple[CurrencyTotal, ...] = ()
        if options.program is not None:
            gifts = service_call(lambda: service.list_gifts(options.program))
            if out is not None:
                service_call(lambda: service.export_program(options.program, out, options.lang))
        else:
            declared = service_call(lambda: service.year(options.year))
            gifts, totals = list(declared.gifts), declared.totals
            if out is not None:
                service_call(lambda: service.export_year(options.year, out, options.lang))
    finally:
        database.close()
    if options.json:
        print_json([gift_json(gift) for gift in gifts])
    elif out is not None:
        print(f"Wrote {len(gifts)} gift(s) to {out}")
    else:
        _print_gifts(gifts)
        for total in totals:
            print(f"Total {total.currency}: given {total.given}, received {total.received}")
    return EXIT_OK


def _print_gifts(gifts: list[GiftRecord]) -> None:
    if not gifts:
        print("No gifts are recorded.")
    for gift in gifts:
        value = f"{gift.value} {gift.currency}" if gift.value is not None else "no value"
        day = f"{gift.day:%d.%m.%Y}" if gift.day is not None else "no day"
        people = f"{gift.giver or '?'} → {gift.receiver or '?'}"
        print(f"{gift.id}\t{day}\t{gift.direction}\t{gift.description}\t{people}\t{value}")


def _gifts_add(options: argparse.Namespace) -> int:
    from coordinator.services.gift_records import GiftInput
    from coordinator.services.gifts import GiftService

    data = GiftInput(
        description=options.description,
        direction=options.direction,
        day=options.day,
        activity_id=options.activity,
        giver=options.giver,
        giver_organization=options.giver_organization,
        receiver=options.receiver,
        receiver_organization=options.receiver_organization,
        value=options.value,
        currency=options.currency,
        kept_at=options.kept_at,
        notes=options.notes,
    )
    database = open_database(options)
    try:
        gift = service_call(lambda: GiftService(database).add(options.program, data))
    finally:
        database.close()
    if options.json:
        print_json(gift_json(gift))
    else:
        print(f"Recorded gift {gift.id} on {gift.program_code}: {gift.description}")
    return EXIT_OK
