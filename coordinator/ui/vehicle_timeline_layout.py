"""Where each transfer of a day sits on the vehicle timeline: pure geometry, no widgets.

One row per vehicle of the directory and a last row for the transfers with
no vehicle yet; the hours run from left to right over the width given. A
transfer with two vehicles is a block in each of their rows; two transfers
of a row that overlap (a double booking) are stacked in lanes of that row.
Everything is computed once per change, so a repaint only draws rectangles.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from coordinator.services.transfer_records import MovementRecord, VehicleRecord

SNAP_MINUTES = 5
FIRST_HOUR = 8
LAST_HOUR = 20
"""The hours always shown, widened to take in earlier or later transfers."""
DEFAULT_LENGTH = 30
"""A transfer with a start and no end is drawn as if it lasted this long."""
LABEL_WIDTH = 150.0
HEADER_HEIGHT = 26.0
LANE_HEIGHT = 42.0
MIN_HOUR_WIDTH = 30.0


@dataclass(frozen=True)
class VehicleBlock:
    """A transfer drawn in one vehicle's row (``vehicle_id`` ``None``: no vehicle yet)."""

    movement: MovementRecord
    vehicle_id: int | None
    rect: QRectF


@dataclass(frozen=True)
class VehicleRow:
    """A row of the timeline: its vehicle (``None``: no vehicle yet), top and height."""

    vehicle: VehicleRecord | None
    top: float
    height: float

    @property
    def vehicle_id(self) -> int | None:
        """The id of the row's vehicle (``None``: the row of no vehicle yet)."""
        return None if self.vehicle is None else self.vehicle.id


def minutes_of(moment: dt.time) -> int:
    """Return the minutes from midnight to ``moment``."""
    return moment.hour * 60 + moment.minute


def time_of(minutes: int) -> dt.time:
    """Return the time ``minutes`` after midnight (at most 23:59)."""
    minutes = max(0, min(minutes, 24 * 60 - 1))
    return dt.time(minutes // 60, minutes % 60)


def span_of(movement: MovementRecord) -> tuple[int, int]:
    """Return a transfer's start and end in minutes (a default length without an end)."""
    start = minutes_of(movement.start_time)
    if movement.end_time is None or minutes_of(movement.end_time) <= start:
        return start, start + DEFAULT_LENGTH
    return start, minutes_of(movement.end_time)


def _lanes(spans: list[tuple[int, int]]) -> tuple[list[int], int]:
    """Give each span the first lane free at its start; return the lanes and their count."""
    ends: list[int] = []
    lanes = [0] * len(spans)
    for index in sorted(range(len(spans)), key=lambda n: spans[n]):
        start, end = spans[index]
        lane = next((n for n, lane_end in enumerate(ends) if lane_end <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        lanes[index] = lane
    return lanes, max(1, len(ends))


class VehicleTimelineLayout:
    """The rows and blocks of a day's transfers, and the conversions between time and place."""

    def __init__(
        self,
        vehicles: Sequence[VehicleRecord],
        movements: Sequence[MovementRecord],
        width: float,
    ) -> None:
        spans = [span_of(movement) for movement in movements]
        self.first_hour = min([FIRST_HOUR, *(start // 60 for start, _ in spans)])
        self.last_hour = max([LAST_HOUR, *(math.ceil(end / 60) for _, end in spans)])
        hours = self.last_hour - self.first_hour
        self.hour_width = max(MIN_HOUR_WIDTH, (width - LABEL_WIDTH) / hours)
        self.width = LABEL_WIDTH + hours * self.hour_width
        self.min_width = LABEL_WIDTH + hours * MIN_HOUR_WIDTH
        known = {vehicle.id for vehicle in vehicles}
        per_row: dict[int | None, list[MovementRecord]] = {v.id: [] for v in vehicles}
        per_row[None] = []
        for movement in movements:
            ids: list[int | None] = [v.id for v in movement.vehicles if v.id in known]
            for key in ids or [None]:
                per_row[key].append(movement)
        self.rows: list[VehicleRow] = []
        self.blocks: list[VehicleBlock] = []
        top = HEADER_HEIGHT
        for vehicle in [*vehicles, None]:
            key = None if vehicle is None else vehicle.id
            shown = per_row[key]
            lanes, count = _lanes([span_of(movement) for movement in shown])
            for movement, lane in zip(shown, lanes, strict=True):
                start, end = span_of(movement)
                left, right = self.x_of(start), self.x_of(end)
                rect = QRectF(
                    left + 1, top + lane * LANE_HEIGHT + 3, right - left - 2, LANE_HEIGHT - 6
                )
                self.blocks.append(VehicleBlock(movement, key, rect))
            self.rows.append(VehicleRow(vehicle, top, count * LANE_HEIGHT))
            top += count * LANE_HEIGHT
        self.height = top

    def x_of(self, minutes: float) -> float:
        """Return where ``minutes`` after midnight are drawn."""
        return LABEL_WIDTH + (minutes - self.first_hour * 60) / 60 * self.hour_width

    def minutes_at(self, x: float, snap: int = SNAP_MINUTES) -> int:
        """Return the time at ``x``, rounded to ``snap`` minutes, within the hours shown."""
        raw = self.first_hour * 60 + (x - LABEL_WIDTH) / self.hour_width * 60
        snapped = round(raw / snap) * snap
        return int(max(self.first_hour * 60, min(snapped, self.last_hour * 60 - snap)))

    def row_at(self, y: float) -> VehicleRow | None:
        """Return the row at height ``y``, if any."""
        return next((row for row in self.rows if row.top <= y < row.top + row.height), None)

    def row_of(self, vehicle_id: int | None) -> VehicleRow | None:
        """Return the row of a vehicle (``None``: the row of no vehicle yet)."""
        return next((row for row in self.rows if row.vehicle_id == vehicle_id), None)

    def block_at(self, point: QPointF) -> VehicleBlock | None:
        """Return the block under ``point``; the last drawn wins."""
        return next((b for b in reversed(self.blocks) if b.rect.contains(point)), None)

    def blocks_of(self, movement_id: int) -> list[VehicleBlock]:
        """Return the blocks of a transfer (one per vehicle row)."""
        return [block for block in self.blocks if block.movement.id == movement_id]
