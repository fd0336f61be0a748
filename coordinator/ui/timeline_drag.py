"""Dragging a block on the timeline: where it would land, and the ghost that shows it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF

from coordinator.ui.formatting import format_date, format_time_range
from coordinator.ui.timeline_layout import UNTIMED_LENGTH, Block, TimelineLayout, span_of, time_of

Target = tuple[int, int | None]
"""A day column and a start in minutes (``None``: among the activities without a time)."""

Ghost = tuple[QRectF, str]
"""Where the dragged block would be drawn, and the day or hours it would get."""


@dataclass
class Press:
    """A block pressed with the mouse, perhaps being dragged."""

    block: Block
    origin: QPoint
    grab: float  # how far below the block's top it was taken, in pixels
    dragging: bool = False
    target: Target | None = None


def aim(layout: TimelineLayout, press: Press, point: QPointF) -> tuple[Target | None, Ghost | None]:
    """Return where the block pressed in ``press`` lands at ``point``, and its ghost."""
    column = layout.column_at(max(0.0, min(point.x(), layout.width - 1)))
    if column is None:
        return None, None
    if layout.in_band(point.y()):
        rect = QRectF(column * layout.column_width, 0, layout.column_width, layout.band_height)
        return (column, None), (rect, format_date(layout.days[column]))
    span = span_of(press.block.activity)
    length = span[1] - span[0] if span else UNTIMED_LENGTH
    grab = press.grab if press.block.timed else 0.0
    start = layout.minutes_at(point.y() - grab)
    label = format_time_range(time_of(start), time_of(start + length) if span else None)
    return (column, start), (layout.drop_rect(column, start, length), label)
