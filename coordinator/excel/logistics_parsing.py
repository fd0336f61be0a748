"""Turning the rows of the logistics sheets into entries, each problem with its cell.

As on the other sheets of a program workbook, a row with a problem is left
out and the problem names its sheet, row and column; a blank row is skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from coordinator.domain.enums import GiftDirection, MovementKind, RoomType
from coordinator.domain.messages import said
from coordinator.excel.cell_parsing import (
    CellValue,
    CellValueError,
    end_before_start,
    line_text,
    parse_date,
)
from coordinator.excel.logistics_fields import (
    direction_named,
    movement_kind_named,
    room_type_named,
)
from coordinator.excel.logistics_records import GiftEntry, RoomEntry, TransferEntry, VehicleEntry
from coordinator.excel.program_parsing import RowReader, parse_time, split_names
from coordinator.excel.program_records import SheetTable
from coordinator.excel.roster_records import Problem

_PLATES_SPLIT = re.compile(r"\s*[;,\n]\s*")


def _columns(row: RowReader) -> tuple[tuple[str, str], ...]:
    return tuple((field, row.column(field)) for field in row.table.mapping)


def parse_vehicles(table: SheetTable) -> tuple[list[VehicleEntry], list[Problem]]:
    """Return the vehicles of a Vehicles sheet and the problems of their seats."""
    entries: list[VehicleEntry] = []
    problems: list[Problem] = []
    for number, values in table.rows:
        row = RowReader(table, number, values)
        if not (plate := row.text("plate")):
            if any(row.text(field) for field in ("kind", "seats", "company")):
                row.problem("plate", said("The vehicle needs a plate"))
            problems += row.problems
            continue
        seats = row.parsed("seats", _seats, None)
        texts = {field: row.text(field) for field in ("kind", "company", "phone", "notes")}
        problems += row.problems
        if not row.problems:
            entries.append(VehicleEntry(table.sheet, number, plate, seats=seats, **texts))
    return entries, problems


def _seats(value: CellValue) -> int | None:
    text = line_text(value)
    if not text:
        return None
    try:
        seats = float(text.replace(",", "."))
    except ValueError:
        seats = -1.0
    if seats != int(seats) or not 0 <= seats <= 999:
        msg = said("{value} is not a number of seats (0 to 999)", value=f"{text!r}")
        raise CellValueError(msg)
    return int(seats)


def parse_transfers(table: SheetTable) -> tuple[list[TransferEntry], list[Problem]]:
    """Return the transfers of a Transfers sheet and the problems of their rows.

    A row without a date takes the date of the row above, as on an itinerary.
    """
    entries: list[TransferEntry] = []
    problems: list[Problem] = []
    day: dt.date | None = None
    for number, values in table.rows:
        row = RowReader(table, number, values)
        day = row.parsed("day", lambda value: parse_date(value, table.epoch), None) or day
        entry = _transfer(row, day)
        problems += row.problems
        if entry is not None and not row.problems:
            entries.append(entry)
    return entries, problems


def _transfer(row: RowReader, day: dt.date | None) -> TransferEntry | None:
    start = row.parsed("start", parse_time, None)
    end = row.parsed("end", parse_time, None)
    kind_text = row.text("kind")
    kind = movement_kind_named(kind_text) if kind_text else MovementKind.RIDE.value
    if kind is None:
        message = said("{value} is not a kind of transfer: pickup, drop-off or ride",
                       value=f"{kind_text!r}")  # fmt: skip
        row.problem("kind", message)
    if day is None:
        row.problem("day", said("The transfer has no date; write it as 25.08.2021"))
    if start is None and not row.problems:
        row.problem("start", said("The transfer has no start time; write it as 14:30"))
    if start and end and end <= start:
        row.problem("end", end_before_start(start, end))
    from_place, to_place = row.text("from"), row.text("to")
    if not from_place and not row.problems:
        row.problem("from", said("The transfer needs the place it leaves from"))
    if not to_place and not row.problems:
        row.problem("to", said("The transfer needs the place it goes to"))
    if row.problems or day is None or start is None or kind is None:
        return None
    return TransferEntry(
        sheet=row.table.sheet,
        row=row.number,
        day=day,
        start=start,
        end=end,
        kind=kind,
        from_place=from_place,
        to_place=to_place,
        vehicles=tuple(part for part in _PLATES_SPLIT.split(_lines(row.raw("vehicles"))) if part),
        driver=row.text("driver"),
        passengers=split_names(_lines(row.raw("passengers"))),
        notes=_lines(row.raw("notes")),
        columns=_columns(row),
    )


def _lines(value: CellValue) -> str:
    return value.strip() if isinstance(value, str) else line_text(value)


def parse_rooms(table: SheetTable) -> tuple[list[RoomEntry], list[Problem]]:
    """Return the stays of a Rooms sheet and the problems of their rows."""
    entries: list[RoomEntry] = []
    problems: list[Problem] = []
    for number, values in table.rows:
        row = RowReader(table, number, values)
        if not (participant := row.text("participant")):
            continue
        type_text = row.text("room_type")
        room_type = room_type_named(type_text) if type_text else RoomType.SINGLE.value
        if room_type is None:
            message = said(
                "{value} is not a room type: single, double, twin or suite "
                "(tek kişilik, çift kişilik, iki yataklı, süit)",
                value=f"{type_text!r}",
            )
            row.problem("room_type", message)
        check_in = row.parsed("check_in", lambda value: parse_date(value, table.epoch), None)
        check_out = row.parsed("check_out", lambda value: parse_date(value, table.epoch), None)
        if check_in and check_out and check_out <= check_in:
            row.problem("check_out", said("The check-out must be after the check-in"))
        problems += row.problems
        if row.problems or room_type is None:
            continue
        entries.append(
            RoomEntry(
                table.sheet,
                number,
                participant,
                hotel=row.text("hotel"),
                room_type=room_type,
                shares_with=row.text("shares_with"),
                check_in=check_in,
                check_out=check_out,
                requests=_lines(row.raw("requests")),
                columns=_columns(row),
            )
        )
    return entries, problems


def parse_gifts(table: SheetTable) -> tuple[list[GiftEntry], list[Problem]]:
    """Return the gifts of a Gifts sheet and the problems of their rows."""
    entries: list[GiftEntry] = []
    problems: list[Problem] = []
    for number, values in table.rows:
        row = RowReader(table, number, values)
        if not (description := _lines(row.raw("description"))):
            continue
        direction_text = row.text("direction")
        direction = direction_named(direction_text) if direction_text else GiftDirection.GIVEN.value
        if direction is None:
            message = said("{value} is neither given nor received (verilen, alınan)",
                           value=f"{direction_text!r}")  # fmt: skip
            row.problem("direction", message)
        day = row.parsed("day", lambda value: parse_date(value, table.epoch), None)
        value = row.parsed("value", _money, None)
        texts = {field: row.text(field) for field in (
            "activity", "giver", "giver_organization", "receiver", "receiver_organization",
            "kept_at",
        )}  # fmt: skip
        problems += row.problems
        if row.problems or direction is None:
            continue
        entries.append(
            GiftEntry(
                table.sheet,
                number,
                direction,
                description,
                day=day,
                value=value,
                currency=row.text("currency").upper(),
                notes=_lines(row.raw("notes")),
                columns=_columns(row),
                **texts,
            )
        )
    return entries, problems


def _money(value: CellValue) -> Decimal | None:
    text = line_text(value).replace(" ", "")
    if not text:
        return None
    if "," in text and text.rfind(",") > text.rfind("."):  # 1250,50 and 1.250,50
        text = text.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(text.replace(",", ""))
    except InvalidOperation:
        amount = Decimal(-1)
    if not amount.is_finite() or amount < 0:
        msg = said("{value} is not an amount; write it as 1250.00", value=f"{line_text(value)!r}")
        raise CellValueError(msg)
    return amount.quantize(Decimal("0.01"))
