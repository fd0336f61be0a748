"""Drawing the vehicle timeline: the hours, the vehicle rows and the transfer blocks.

Kept apart from :mod:`coordinator.ui.vehicle_timeline`, which handles the
mouse and the drops. Fonts and colours are made once per painter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

from coordinator.domain.enums import MovementKind
from coordinator.ui.formatting import format_time_range
from coordinator.ui.timeline_painter import CONFLICT_COLOUR, HIGHLIGHT_COLOUR, mark_colours
from coordinator.ui.vehicle_timeline_layout import (
    HEADER_HEIGHT,
    LABEL_WIDTH,
    VehicleBlock,
    VehicleTimelineLayout,
)

MOVEMENT_COLOURS = {
    MovementKind.PICKUP.value: QColor("#2e8b57"),
    MovementKind.DROPOFF.value: QColor("#c77d12"),
    MovementKind.RIDE.value: QColor("#3b6fb6"),
}


@dataclass
class TransferMarks:
    """What the vehicle timeline marks besides the transfers themselves.

    Attributes:
        selected: the selected transfer.
        highlighted: the transfers of the finding chosen in the Conflicts panel.
        conflicted: every transfer with a finding, with the findings' sentences.
        drop_target: the transfer under a vehicle or driver being dragged.
        ghost: where a dragged transfer would land, and the hours it would take.
        labels: the words drawn: row names, "no driver".
    """

    selected: int | None = None
    highlighted: frozenset[int] = frozenset()
    conflicted: dict[int, tuple[str, ...]] = field(default_factory=dict)
    drop_target: int | None = None
    ghost: tuple[QRectF, str] | None = None
    labels: dict[str, str] = field(default_factory=dict)


class VehicleTimelinePainter:
    """Draws one frame of the vehicle timeline."""

    def __init__(self, base_font: QFont, palette: QPalette) -> None:
        self.palette = palette
        self.colours = mark_colours(palette)
        self.font = QFont(base_font)
        self.bold = QFont(base_font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.bold_metrics = QFontMetricsF(self.bold)

    def draw(self, painter: QPainter, layout: VehicleTimelineLayout, marks: TransferMarks) -> None:
        """Draw the hours, the rows, the blocks and the ghost of a drag."""
        palette = self.palette
        painter.fillRect(QRectF(0, 0, layout.width, layout.height), palette.base())
        self._draw_rows(painter, layout, marks)
        self._draw_hours(painter, layout)
        for block in layout.blocks:
            self._draw_block(painter, block, marks)
        if marks.ghost is not None:
            rect, label = marks.ghost
            painter.setBrush(self.colours.ghost_fill)
            painter.setPen(QPen(self.colours.selected, 1.5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            self._line(
                painter, self.bold, self.colours.ghost_text, rect.adjusted(6, 2, -4, -2), label
            )

    def _draw_rows(
        self, painter: QPainter, layout: VehicleTimelineLayout, marks: TransferMarks
    ) -> None:
        text = self.palette.color(QPalette.ColorRole.Text)
        for index, row in enumerate(layout.rows):
            band = QRectF(0, row.top, layout.width, row.height)
            if index % 2:
                painter.fillRect(band, self.palette.alternateBase())
            painter.setPen(QPen(self.palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(band.bottomLeft(), band.bottomRight())
            if row.vehicle is None:
                label = marks.labels.get("no_vehicle", "")
            else:
                seats = marks.labels.get("seats", "{seats}").format(seats=row.vehicle.seats)
                label = f"{row.vehicle.plate} · {seats}"
            cell = QRectF(6, row.top, LABEL_WIDTH - 10, row.height)
            painter.setFont(self.bold if row.vehicle else self.font)
            painter.setPen(text)
            painter.drawText(
                cell,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.bold_metrics.elidedText(label, Qt.TextElideMode.ElideRight, cell.width()),
            )

    def _draw_hours(self, painter: QPainter, layout: VehicleTimelineLayout) -> None:
        palette = self.palette
        painter.fillRect(QRectF(0, 0, layout.width, HEADER_HEIGHT), palette.button())
        step = 1 if layout.hour_width >= 44 else 2
        painter.setFont(self.font)
        for hour in range(layout.first_hour, layout.last_hour + 1):
            x = layout.x_of(hour * 60)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1))
            painter.drawLine(int(x), int(HEADER_HEIGHT), int(x), int(layout.height))
            if hour % step or hour == layout.last_hour:
                continue
            painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
            painter.drawText(
                QRectF(x + 3, 0, layout.hour_width * step, HEADER_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{hour % 24:02d}:00",
            )
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(int(LABEL_WIDTH), 0, int(LABEL_WIDTH), int(layout.height))

    def _draw_block(self, painter: QPainter, block: VehicleBlock, marks: TransferMarks) -> None:
        movement, rect = block.movement, block.rect
        colour = MOVEMENT_COLOURS.get(movement.kind, QColor("#6b7785"))
        fill = QColor(colour)
        fill.setAlpha(70)
        path = QPainterPath()
        path.addRoundedRect(rect, 3, 3)
        painter.fillPath(path, self.palette.base())
        painter.fillPath(path, fill)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), colour)
        identifier = movement.id
        if identifier == marks.drop_target:
            painter.setPen(QPen(self.colours.guide, 3, Qt.PenStyle.DashLine))
        elif identifier in marks.highlighted:
            painter.setPen(QPen(HIGHLIGHT_COLOUR, 3.5))
        elif identifier in marks.conflicted:
            painter.setPen(QPen(CONFLICT_COLOUR, 2.5))
        elif identifier == marks.selected:
            painter.setPen(QPen(self.colours.selected, 2.5))
        else:
            painter.setPen(QPen(colour.darker(115), 1))
        painter.drawPath(path)
        inner = rect.adjusted(7, 2, -3, -2)
        text = self.palette.color(QPalette.ColorRole.Text)
        route = f"{movement.from_place} → {movement.to_place}"
        if self.bold_metrics.horizontalAdvance(route) > inner.width():
            route = f"→ {movement.to_place}"  # a short block names where it goes
        height = self.bold_metrics.height()
        self._line(
            painter,
            self.bold,
            text,
            QRectF(inner.left(), inner.top(), inner.width(), height),
            route,
        )
        hours = format_time_range(movement.start_time, movement.end_time)
        if movement.driver:
            second, colour_2 = f"{hours} · {movement.driver}", self.colours.guide
        else:
            no_driver = marks.labels.get("no_driver", "")
            second, colour_2 = f"{hours} · {no_driver}", self.colours.conflict_text
        if inner.height() >= 2 * height - 2:
            line = QRectF(inner.left(), inner.top() + height, inner.width(), height)
            self._line(painter, self.font, colour_2, line, second)

    def _line(
        self, painter: QPainter, font: QFont, colour: QColor, rect: QRectF, text: str
    ) -> None:
        metrics = self.bold_metrics if font is self.bold else self.metrics
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(rect.width(), 0)),
        )
