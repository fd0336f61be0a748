"""Where each activity of a program sits on the timeline: pure geometry, no widgets.

The timeline has one column per program day and a vertical time axis. The
content coordinates start at the top left of the first day column (the day
header and the hour gutter are drawn apart, fixed while scrolling): first a
band for the activities without a time, one row each, then the hours. Two
activities of a day that overlap share the column side by side in lanes.

Everything is computed once per change of the activities or of the column
width, so a repaint only draws rectangles that are already known.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from coordinator.services.records import ActivityRecord

SNAP_MINUTES = 15
# The hours always shown, widened to take in earlier or later activities.
FIRST_HOUR = 8
LAST_HOUR = 20
# An activity with a start and no end is drawn as if it lasted this long.
UNTIMED_LENGTH = 30


@dataclass(frozen=True)
class TimelineMetrics:
    """The sizes of the timeline, in device-independent pixels."""

    hour_height: float = 60.0
    header_height: float = 44.0
    gutter_width: float = 56.0
    untimed_row_height: float = 24.0
    min_column_width: float = 110.0
    inset: float = 2.0


@dataclass(frozen=True)
class Block:
    """An activity placed on the timeline.

    Attributes:
        activity: the activity shown.
        column: the index of its day among the program's days.
        rect: where it is drawn, in content coordinates.
        timed: ``False`` for an activity without a start, listed at the top of its day.
    """

    activity: ActivityRecord
    column: int
    rect: QRectF
    timed: bool


def minutes_of(moment: dt.time) -> int:
    """Return the minutes from midnight to ``moment``."""
    return moment.hour * 60 + moment.minute


def time_of(minutes: int) -> dt.time:
    """Return the time ``minutes`` after midnight (at most 23:59)."""
    minutes = max(0, min(minutes, 24 * 60 - 1))
    return dt.time(minutes // 60, minutes % 60)


def span_of(activity: ActivityRecord) -> tuple[int, int] | None:
    """Return an activity's start and end in minutes, or ``None`` without a start."""
    if activity.start_time is None:
        return None
    start = minutes_of(activity.start_time)
    end = minutes_of(activity.end_time) if activity.end_time else start + UNTIMED_LENGTH
    return start, max(end, start + 1)


def _lanes(spans: list[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    """Give each (start, end, index) a lane and the lane count of its cluster.

    A cluster is a run of activities that overlap one another, directly or
    through a third; each takes the first lane that is free at its start.
    """
    placed: dict[int, tuple[int, int]] = {}
    cluster: list[tuple[int, int]] = []  # (index, lane)
    lane_ends: list[int] = []
    cluster_end = -1

    def close() -> None:
        for index, lane in cluster:
            placed[index] = (lane, len(lane_ends))

    for start, end, index in sorted(spans):
        if start >= cluster_end and cluster:
            close()
            cluster, lane_ends = [], []
        lane = next((n for n, lane_end in enumerate(lane_ends) if lane_end <= start), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        cluster.append((index, lane))
        cluster_end = max(cluster_end, end)
    if cluster:
        close()
    return placed


class TimelineLayout:
    """The blocks of a program's activities and the conversions between time and place."""

    def __init__(
        self,
        days: Sequence[dt.date],
        activities: Sequence[ActivityRecord],
        column_width: float,
        metrics: TimelineMetrics | None = None,
    ) -> None:
        self.metrics = metrics or TimelineMetrics()
        self.days = tuple(days)
        self.column_width = max(column_width, self.metrics.min_column_width)
        self._columns = {day: index for index, day in enumerate(self.days)}
        shown = [activity for activity in activities if activity.day in self._columns]
        spans = [span_of(activity) for activity in shown]
        starts = [span[0] for span in spans if span] or [FIRST_HOUR * 60]
        ends = [span[1] for span in spans if span] or [LAST_HOUR * 60]
        self.first_hour = min(FIRST_HOUR, min(starts) // 60)
        self.last_hour = min(24, max(LAST_HOUR, math.ceil(max(ends) / 60)))
        untimed_counts: dict[dt.date, int] = {}
        for activity, span in zip(shown, spans, strict=True):
            if span is None:
                untimed_counts[activity.day] = untimed_counts.get(activity.day, 0) + 1
        most = max(untimed_counts.values(), default=0)
        self.band_height = most * self.metrics.untimed_row_height + (6 if most else 0)
        self.blocks = self._place(shown, spans)
        self._by_id = {block.activity.id: block for block in self.blocks}

    # Sizes

    @property
    def width(self) -> float:
        """The width of the day columns together."""
        return self.column_width * len(self.days)

    @property
    def height(self) -> float:
        """The height of the untimed band and the hours together."""
        return self.band_height + (self.last_hour - self.first_hour) * self.metrics.hour_height

    def column_rect(self, column: int) -> QRectF:
        """Return the rectangle of a day's column."""
        return QRectF(column * self.column_width, 0, self.column_width, self.height)

    # Time and place

    def y_of(self, minutes: float) -> float:
        """Return the height at which ``minutes`` after midnight are drawn."""
        offset = (minutes - self.first_hour * 60) / 60 * self.metrics.hour_height
        return self.band_height + offset

    def minutes_at(self, y: float, snap: int = SNAP_MINUTES) -> int:
        """Return the time at height ``y``, rounded to ``snap`` minutes, within the hours shown."""
        raw = self.first_hour * 60 + (y - self.band_height) / self.metrics.hour_height * 60
        snapped = round(raw / snap) * snap
        return int(max(self.first_hour * 60, min(snapped, self.last_hour * 60 - snap)))

    def column_at(self, x: float) -> int | None:
        """Return the index of the day column at ``x``, if any."""
        if x < 0 or not self.days:
            return None
        column = int(x // self.column_width)
        return column if column < len(self.days) else None

    def in_band(self, y: float) -> bool:
        """Tell whether ``y`` lies in the band of the activities without a time."""
        return 0 <= y < self.band_height

    def block_at(self, point: QPointF) -> Block | None:
        """Return the block under ``point``; the last drawn wins."""
        for block in reversed(self.blocks):
            if block.rect.contains(point):
                return block
        return None

    def block_of(self, activity_id: int) -> Block | None:
        """Return the block of an activity, if it is shown."""
        return self._by_id.get(activity_id)

    def drop_rect(self, column: int, start: int, length: int) -> QRectF:
        """Return where an activity of ``length`` minutes starting at ``start`` would go."""
        inset = self.metrics.inset
        top = self.y_of(start)
        bottom = self.y_of(min(start + length, self.last_hour * 60))
        return QRectF(
            column * self.column_width + inset,
            top + inset / 2,
            self.column_width - 2 * inset,
            max(bottom - top - inset, 6.0),
        )

    # Placement

    def _place(
        self, activities: list[ActivityRecord], spans: list[tuple[int, int] | None]
    ) -> list[Block]:
        blocks: list[Block] = []
        by_day: dict[dt.date, list[tuple[int, int, int]]] = {}
        untimed_rows: dict[dt.date, int] = {}
        metrics = self.metrics
        for index, (activity, span) in enumerate(zip(activities, spans, strict=True)):
            if span is None:
                row = untimed_rows.get(activity.day, 0)
                untimed_rows[activity.day] = row + 1
                column = self._columns[activity.day]
                rect = QRectF(
                    column * self.column_width + metrics.inset,
                    3 + row * metrics.untimed_row_height,
                    self.column_width - 2 * metrics.inset,
                    metrics.untimed_row_height - 2,
                )
                blocks.append(Block(activity, column, rect, timed=False))
            else:
                by_day.setdefault(activity.day, []).append((span[0], span[1], index))
        for day, day_spans in by_day.items():
            column = self._columns[day]
            lanes = _lanes(day_spans)
            for start, end, index in day_spans:
                lane, count = lanes[index]
                width = (self.column_width - 2 * metrics.inset) / count
                top = self.y_of(start)
                rect = QRectF(
                    column * self.column_width + metrics.inset + lane * width,
                    top + 1,
                    width - (1 if count > 1 else 0),
                    max(self.y_of(end) - top - 2, 8.0),
                )
                blocks.append(Block(activities[index], column, rect, timed=True))
        return blocks
