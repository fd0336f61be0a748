"""Drawing the timeline: day columns, hour lines, activity blocks and the fixed rulers.

Kept apart from :mod:`coordinator.ui.timeline_view`, which handles the mouse
and the scrolling. Fonts and colours are made once per painter, not per
block, so a whole program is drawn in a few milliseconds.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

from coordinator.ui.formatting import format_time_range
from coordinator.ui.timeline_layout import Block, TimelineLayout

translate = QCoreApplication.translate

KIND_COLOURS = {
    "courtesy_visit": "#3b6fb6",
    "meeting": "#7a4fb0",
    "site_visit": "#2e8b57",
    "cultural_tour": "#c77d12",
    "meal": "#b5473a",
    "transfer": "#6b7785",
    "ceremony": "#b03a7a",
    "free_time": "#3a9aa8",
}
_OTHER_COLOURS = ("#8a6d3b", "#4f7f2a", "#5b5fc7", "#a0522d", "#2f6f6f", "#8b3a62")
HIGHLIGHT_COLOUR = QColor("#e67e22")
CONFLICT_COLOUR = QColor("#c0392b")
_READABLE_CONTRAST = 100  # the least difference of lightness between text and background
_GHOST_ALPHA = 40


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark base (the system's dark mode)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def readable(colour: QColor, background: QColor) -> QColor:
    """Return ``colour``, lightened or darkened until it reads on ``background``."""
    if abs(colour.lightness() - background.lightness()) >= _READABLE_CONTRAST:
        return QColor(colour)
    return colour.lighter(180) if background.lightness() < 128 else colour.darker(180)


@dataclass(frozen=True)
class MarkColours:
    """The colours of selection, guides, drags and warnings, taken from the palette.

    They follow the palette, so a dark palette (the system in dark mode) gets
    marks that read on it: the selection in the palette's highlight, the
    guides' names in its link colour, warnings lightened to read on the base.
    """

    selected: QColor
    guide: QColor
    ghost_fill: QColor
    ghost_text: QColor
    conflict_text: QColor


def mark_colours(palette: QPalette) -> MarkColours:
    """Return the colours of the marks drawn with ``palette``."""
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    ghost = QColor(highlight)
    ghost.setAlpha(_GHOST_ALPHA)
    return MarkColours(
        selected=QColor(highlight),
        guide=readable(palette.color(QPalette.ColorRole.Link), base),
        ghost_fill=ghost,
        ghost_text=readable(highlight, base),
        conflict_text=readable(CONFLICT_COLOUR, base),
    )


def kind_colour(kind: str) -> QColor:
    """Return the colour of an activity kind; a user's own kind gets a steady one of its own."""
    known = KIND_COLOURS.get(kind)
    if known is not None:
        return QColor(known)
    return QColor(_OTHER_COLOURS[zlib.crc32(kind.encode("utf-8")) % len(_OTHER_COLOURS)])


@dataclass
class Marks:
    """What the timeline marks besides the activities themselves.

    Attributes:
        selected: the selected activity.
        highlighted: activities named by the finding chosen in the Conflicts panel.
        conflicted: every activity with at least one finding.
        drop_target: the activity under a guide being dragged.
        ghost: where a dragged activity would land, and the time it would start.
    """

    selected: int | None = None
    highlighted: frozenset[int] = frozenset()
    conflicted: frozenset[int] = frozenset()
    drop_target: int | None = None
    ghost: tuple[QRectF, str] | None = None
    empty_text: str = ""
    labels: dict[str, str] = field(default_factory=dict)


class TimelinePainter:
    """Draws one frame of the timeline with a painter set up by the view."""

    def __init__(self, base_font: QFont, palette: QPalette) -> None:
        self.palette = palette
        self.colours = mark_colours(palette)
        self.font = QFont(base_font)
        self.small = QFont(base_font)
        self.small.setPointSizeF(max(base_font.pointSizeF() * 0.85, 7.0))
        self.bold = QFont(base_font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.small_metrics = QFontMetricsF(self.small)
        self.bold_metrics = QFontMetricsF(self.bold)

    # The scrolled content

    def draw_content(
        self, painter: QPainter, layout: TimelineLayout, marks: Marks, visible: QRectF
    ) -> None:
        """Draw the columns, the hour lines and the blocks that meet ``visible``."""
        base = self.palette.color(QPalette.ColorRole.Base)
        alternate = self.palette.color(QPalette.ColorRole.AlternateBase)
        for column in range(len(layout.days)):
            painter.fillRect(layout.column_rect(column), alternate if column % 2 else base)
        if layout.band_height:
            painter.fillRect(
                QRectF(0, 0, layout.width, layout.band_height), QColor(128, 128, 128, 28)
            )
        self._draw_lines(painter, layout)
        for block in layout.blocks:
            if block.rect.intersects(visible):
                self._draw_block(painter, block, marks)
        if marks.ghost is not None:
            self._draw_ghost(painter, *marks.ghost)
        if not layout.blocks and marks.empty_text:
            painter.setFont(self.font)
            painter.setPen(self.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                visible.adjusted(20, 20, -20, -20),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                marks.empty_text,
            )

    def _draw_lines(self, painter: QPainter, layout: TimelineLayout) -> None:
        mid = self.palette.color(QPalette.ColorRole.Mid)
        hour_pen = QPen(mid, 0)
        half_pen = QPen(QColor(mid.red(), mid.green(), mid.blue(), 90), 0, Qt.PenStyle.DotLine)
        for hour in range(layout.first_hour, layout.last_hour + 1):
            y = layout.y_of(hour * 60)
            painter.setPen(hour_pen)
            painter.drawLine(QPointF(0, y), QPointF(layout.width, y))
            if hour < layout.last_hour:
                painter.setPen(half_pen)
                half = layout.y_of(hour * 60 + 30)
                painter.drawLine(QPointF(0, half), QPointF(layout.width, half))
        painter.setPen(hour_pen)
        for column in range(1, len(layout.days)):
            x = column * layout.column_width
            painter.drawLine(QPointF(x, 0), QPointF(x, layout.height))

    def _draw_block(self, painter: QPainter, block: Block, marks: Marks) -> None:
        activity = block.activity
        rect = block.rect
        colour = kind_colour(activity.kind)
        fill = QColor(colour)
        fill.setAlpha(60 if block.timed else 45)
        path = QPainterPath()
        path.addRoundedRect(rect, 3, 3)
        painter.fillPath(path, self.palette.color(QPalette.ColorRole.Base))
        painter.fillPath(path, fill)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), colour)
        identifier = activity.id
        if identifier == marks.drop_target:
            painter.setPen(QPen(self.colours.guide, 3, Qt.PenStyle.DashLine))
        elif identifier in marks.highlighted:
            painter.setPen(QPen(HIGHLIGHT_COLOUR, 3))
        elif identifier == marks.selected:
            painter.setPen(QPen(self.colours.selected, 2.5))
        else:
            painter.setPen(QPen(colour.darker(115), 1))
        painter.drawPath(path)
        self._draw_text(painter, block, marks)
        if identifier in marks.conflicted:
            self._draw_warning(painter, rect)

    def _draw_text(self, painter: QPainter, block: Block, marks: Marks) -> None:
        activity = block.activity
        inner = block.rect.adjusted(7, 1, -4, -1)
        text_colour = self.palette.color(QPalette.ColorRole.Text)
        if not block.timed:
            self._line(painter, self.bold, text_colour, inner, activity.title)
            return
        small, bold = self.small_metrics.height(), self.bold_metrics.height()
        extras: list[tuple[QColor, str]] = []
        if activity.venue:
            extras.append((text_colour, activity.venue))
        if activity.guides:
            names = ", ".join(activity.guides)
            guides = marks.labels.get("guides", "{names}").format(names=names)
            extras.append((self.colours.guide, guides))
        elif activity.guide_needed:
            extras.append((self.colours.conflict_text, marks.labels.get("no_guide", "")))
        y = inner.top()
        hours = format_time_range(activity.start_time, activity.end_time)
        if hours and inner.height() >= small + bold:
            self._line(
                painter,
                self.small,
                text_colour,
                QRectF(inner.left(), y, inner.width(), small),
                hours,
            )
            y += small
        room = inner.bottom() - y
        extra_lines = min(len(extras), max(0, int((room - bold) // small)))
        title_lines = max(1, min(3, int((room - extra_lines * small) // bold)))
        if title_lines > 1:
            needed = self.bold_metrics.boundingRect(
                QRectF(0, 0, inner.width(), 10_000), Qt.TextFlag.TextWordWrap, activity.title
            ).height()
            title_lines = max(1, min(title_lines, round(needed / bold)))
        title_rect = QRectF(inner.left(), y, inner.width(), title_lines * bold)
        if title_lines == 1:
            self._line(painter, self.bold, text_colour, title_rect, activity.title)
        else:
            painter.save()
            painter.setClipRect(title_rect, Qt.ClipOperation.IntersectClip)
            painter.setFont(self.bold)
            painter.setPen(text_colour)
            painter.drawText(
                title_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                activity.title,
            )
            painter.restore()
        y += title_lines * bold
        for colour, text in extras[:extra_lines]:
            self._line(
                painter, self.small, colour, QRectF(inner.left(), y, inner.width(), small), text
            )
            y += small

    def _line(
        self, painter: QPainter, font: QFont, colour: QColor, rect: QRectF, text: str
    ) -> None:
        metrics = self.bold_metrics if font is self.bold else self.small_metrics
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )

    def _draw_warning(self, painter: QPainter, rect: QRectF) -> None:
        size = 14.0
        badge = QRectF(rect.right() - size - 2, rect.top() + 2, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CONFLICT_COLOUR)
        painter.drawEllipse(badge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor("white"))
        painter.setFont(self.bold)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")

    def _draw_ghost(self, painter: QPainter, rect: QRectF, label: str) -> None:
        painter.setBrush(self.colours.ghost_fill)
        painter.setPen(QPen(self.colours.selected, 1.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(self.bold)
        painter.setPen(self.colours.ghost_text)
        painter.drawText(rect.adjusted(6, 2, -4, -2), Qt.AlignmentFlag.AlignLeft, label)

    # The fixed rulers

    def draw_header(
        self, painter: QPainter, layout: TimelineLayout, width: float, offset: float
    ) -> None:
        """Draw the day names across the top, shifted by the horizontal scroll ``offset``."""
        height = layout.metrics.header_height
        painter.fillRect(QRectF(0, 0, width, height), self.palette.color(QPalette.ColorRole.Button))
        painter.setPen(self.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(QPointF(0, height - 0.5), QPointF(width, height - 0.5))
        gutter = layout.metrics.gutter_width
        painter.save()
        painter.setClipRect(QRectF(gutter, 0, width - gutter, height))
        text = self.palette.color(QPalette.ColorRole.ButtonText)
        locale = QLocale()
        for column, day in enumerate(layout.days):
            left = gutter + column * layout.column_width - offset
            cell = QRectF(left, 0, layout.column_width, height)
            painter.setPen(self.palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(QPointF(left, 4), QPointF(left, height - 4))
            painter.setPen(text)
            painter.setFont(self.small)
            painter.drawText(
                cell.adjusted(0, 3, 0, -height / 2),
                Qt.AlignmentFlag.AlignCenter,
                translate("TimelineView", "Day {number}").format(number=column + 1),
            )
            painter.setFont(self.bold)
            painter.drawText(
                cell.adjusted(0, height / 2 - 4, 0, -3),
                Qt.AlignmentFlag.AlignCenter,
                locale.toString(QDate(day.year, day.month, day.day), "ddd dd.MM.yyyy"),
            )
        painter.restore()

    def draw_gutter(
        self,
        painter: QPainter,
        layout: TimelineLayout,
        height: float,
        offset: float,
        band_label: str,
    ) -> None:
        """Draw the hours down the left side, shifted by the vertical scroll ``offset``."""
        top = layout.metrics.header_height
        gutter = layout.metrics.gutter_width
        painter.fillRect(
            QRectF(0, top, gutter, height - top), self.palette.color(QPalette.ColorRole.Button)
        )
        painter.setPen(self.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(QPointF(gutter - 0.5, top), QPointF(gutter - 0.5, height))
        painter.save()
        painter.setClipRect(QRectF(0, top, gutter, height - top))
        painter.setFont(self.small)
        painter.setPen(self.palette.color(QPalette.ColorRole.ButtonText))
        if layout.band_height:
            painter.drawText(
                QRectF(2, top - offset, gutter - 6, layout.band_height),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                band_label,
            )
        line = self.small_metrics.height()
        for hour in range(layout.first_hour, layout.last_hour):
            y = top + layout.y_of(hour * 60) - offset
            painter.drawText(
                QRectF(0, y + 1, gutter - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{hour:02d}:00",
            )
        painter.restore()
