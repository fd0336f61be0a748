"""The itinerary as a timeline: one column a day, activities as blocks placed by time.

A custom-painted scroll area rather than a graphics scene: a program has tens
of activities, and drawing precomputed rectangles (see
:mod:`coordinator.ui.timeline_layout`) keeps a full redraw far under the
50 ms a coordinator would notice. The view only reports what the user did;
the itinerary controller turns it into undoable commands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from coordinator.services.records import ActivityRecord
from coordinator.ui.guide_drag import GUIDE_MIME, guide_of_mime
from coordinator.ui.timeline_drag import Press, aim
from coordinator.ui.timeline_layout import (
    TimelineLayout,
    TimelineMetrics,
    time_of,
)
from coordinator.ui.timeline_painter import Marks, TimelinePainter
from coordinator.ui.timeline_tooltip import activity_tooltip
from coordinator.ui.timeline_zoom import TimelineZoom


class TimelineView(QAbstractScrollArea):
    """The program's days side by side with their activities.

    Signals:
        activity_clicked(int): the user clicked the block of this activity.
        activity_activated(int): the user double-clicked it (to edit it).
        move_requested(int, object, object): an activity was dragged to a day
            (``datetime.date``) and a start (``datetime.time``, or ``None`` when
            dropped among the activities without a time: the times are kept).
        guide_dropped(int, int): a guide (second id) was dropped on an activity.
        add_requested(object, object): the user double-clicked an empty place
            of a day (``datetime.date``) at a time (``datetime.time`` or ``None``).
    """

    activity_clicked = Signal(int)
    activity_activated = Signal(int)
    move_requested = Signal(int, object, object)
    guide_dropped = Signal(int, int)
    add_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._metrics = TimelineMetrics()
        self._days: tuple[dt.date, ...] = ()
        self._activities: list[ActivityRecord] = []
        self._layout = TimelineLayout((), (), self._metrics.min_column_width, self._metrics)
        self._painter = TimelinePainter(self.font(), self.palette())
        self._press: Press | None = None
        self.marks = Marks()
        self.zoom = TimelineZoom(self)
        self.zoom.changed.connect(self._zoomed)
        self._retranslate()
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QAbstractScrollArea.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setMinimumSize(QSize(320, 200))

    def _retranslate(self) -> None:
        self.marks.labels = {
            "guides": self.tr("Guide: {names}"),
            "no_guide": self.tr("No guide yet"),
        }
        self.marks.empty_text = self.tr(
            "No activities yet. Double-click a day to add one, or use Add activity."
        )
        self._band_label = self.tr("No time")

    # What is shown

    @property
    def layout_(self) -> TimelineLayout:
        """The geometry of what is shown now."""
        return self._layout

    def set_content(self, days: Sequence[dt.date], activities: Sequence[ActivityRecord]) -> None:
        """Show ``activities`` over the program's ``days`` and redraw."""
        self._days = tuple(days)
        self._activities = list(activities)
        self._press = None
        self.marks.ghost = None
        self._relayout()

    def set_selected(self, activity_id: int | None) -> None:
        """Mark the selected activity's block."""
        if self.marks.selected != activity_id:
            self.marks.selected = activity_id
            self.viewport().update()

    def set_highlighted(self, activity_ids: Sequence[int]) -> None:
        """Mark the blocks of the finding chosen in the Conflicts panel."""
        self.marks.highlighted = frozenset(activity_ids)
        self.viewport().update()

    def set_conflicted(self, activity_ids: Sequence[int]) -> None:
        """Put a warning sign on the blocks of activities with a conflict."""
        self.marks.conflicted = frozenset(activity_ids)
        self.viewport().update()

    def scroll_to(self, activity_id: int) -> None:
        """Scroll so that the activity's block is in view."""
        block = self._layout.block_of(activity_id)
        if block is None:
            return
        width, height = self._content_size()
        for bar, low, high, page in (
            (self.horizontalScrollBar(), block.rect.left(), block.rect.right(), width),
            (self.verticalScrollBar(), block.rect.top(), block.rect.bottom(), height),
        ):
            if low < bar.value() or high > bar.value() + page:
                # Out of view: bring it to the middle, or its start to the top if too long.
                bar.setValue(int(min(low - 8, (low + high - page) / 2)))

    def scroll_to_earliest(self) -> None:
        """Scroll to the hour of the day's first activity, the hours before it out of view.

        The hour's line is at the top, with its label under it in full.
        """
        layout = self._layout
        timed = [block.rect.top() for block in layout.blocks if block.timed]
        if layout.band_height or not timed:
            self.verticalScrollBar().setValue(0)
        else:
            hour = layout.minutes_at(min(timed), snap=1) // 60
            self.verticalScrollBar().setValue(int(layout.y_of(hour * 60) - 2))

    def block_rect(self, activity_id: int) -> QRect | None:
        """Return where the activity's block is drawn, in viewport coordinates."""
        block = self._layout.block_of(activity_id)
        if block is None:
            return None
        return block.rect.translated(self._content_origin()).toAlignedRect()

    def viewport_point(self, day: dt.date, minutes: int) -> QPoint:
        """Return the viewport point in the middle of ``day``'s column at ``minutes``."""
        column = self._days.index(day)
        x = (column + 0.5) * self._layout.column_width
        return (QPointF(x, self._layout.y_of(minutes)) + self._content_origin()).toPoint()

    # Geometry

    def _content_origin(self) -> QPointF:
        return QPointF(
            self._metrics.gutter_width - self.horizontalScrollBar().value(),
            self._metrics.header_height - self.verticalScrollBar().value(),
        )

    def _content_size(self) -> tuple[float, float]:
        viewport = self.viewport()
        return (
            max(0.0, viewport.width() - self._metrics.gutter_width),
            max(0.0, viewport.height() - self._metrics.header_height),
        )

    def _to_content(self, point: QPointF) -> QPointF:
        return point - self._content_origin()

    def _relayout(self) -> None:
        width, height = self._content_size()
        columns = max(1, len(self._days))
        layout = TimelineLayout(self._days, self._activities, width / columns, self._metrics)
        hour_height = self.zoom.hour_height(height - layout.band_height)
        if hour_height != self._metrics.hour_height:
            self._metrics = replace(self._metrics, hour_height=hour_height)
            layout = TimelineLayout(self._days, self._activities, width / columns, self._metrics)
        self._layout = layout
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(0, int(self._layout.width - width)))
        horizontal.setPageStep(int(width))
        horizontal.setSingleStep(20)
        vertical.setRange(0, max(0, int(self._layout.height - height)))
        vertical.setPageStep(int(height))
        vertical.setSingleStep(int(self._metrics.hour_height / 4))
        self.viewport().update()

    def _zoomed(self) -> None:
        # A fitted day shows 08:00 at the top; a zoom keeps the hour at the top in place.
        bar = self.verticalScrollBar()
        old = bar.value()
        top = self._layout.minutes_at(max(old, self._layout.band_height), 1)
        self._relayout()
        if self.zoom.fitted:
            bar.setValue(int(self._layout.y_of(8 * 60) - self._layout.band_height))
        elif old > self._layout.band_height:
            bar.setValue(int(self._layout.y_of(top)))

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom in time with Ctrl and the wheel; scroll otherwise."""
        if not self.zoom.handle_wheel(event):
            super().wheelEvent(event)

    def sizeHint(self) -> QSize:
        """Ask for room for a working day of a six-day program."""
        return QSize(760, 320)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Spread the day columns over the new width."""
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        """Take up a new font, palette or language."""
        super().changeEvent(event)
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._painter = TimelinePainter(self.font(), self.palette())
            self._relayout()
        elif kind == QEvent.Type.LanguageChange:
            self._retranslate()
            self.viewport().update()

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the visible part of the days, then the fixed rulers over it."""
        viewport = self.viewport()
        painter = QPainter(viewport)
        self.render_frame(painter, viewport.width(), viewport.height())
        painter.end()

    def render_frame(self, painter: QPainter, width: int, height: int) -> None:
        """Draw one frame of ``width`` × ``height`` with ``painter`` (the benchmark calls it)."""
        metrics = self._metrics
        dx = self.horizontalScrollBar().value()
        dy = self.verticalScrollBar().value()
        painter.fillRect(QRect(0, 0, width, height), self.palette().window())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.save()
        painter.setClipRect(QRectF(metrics.gutter_width, metrics.header_height, width, height))
        painter.translate(metrics.gutter_width - dx, metrics.header_height - dy)
        visible = QRectF(dx, dy, width - metrics.gutter_width, height - metrics.header_height)
        self._painter.draw_content(painter, self._layout, self.marks, visible)
        painter.restore()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._painter.draw_header(painter, self._layout, width, dx)
        self._painter.draw_gutter(painter, self._layout, height, dy, self._band_label)
        painter.fillRect(
            QRectF(0, 0, metrics.gutter_width, metrics.header_height),
            self.palette().button(),
        )

    # Mouse: select, drag to move, double-click to edit or add

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select the block under the mouse and get ready to drag it."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = self._to_content(event.position())
        block = self._layout.block_at(point)
        self._press = None
        if block is None:
            return
        self._press = Press(block, event.position().toPoint(), point.y() - block.rect.top())
        self.set_selected(block.activity.id)
        self.activity_clicked.emit(block.activity.id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Show where the dragged block would land, snapped to 15 minutes."""
        press = self._press
        if press is None:
            return
        distance = (event.position().toPoint() - press.origin).manhattanLength()
        if not press.dragging and distance < QApplication.startDragDistance():
            return
        press.dragging = True
        press.target, self.marks.ghost = aim(
            self._layout, press, self._to_content(event.position())
        )
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Ask to move the dragged activity where it was dropped."""
        press, self._press = self._press, None
        self.marks.ghost = None
        self.viewport().update()
        if press is None or not press.dragging or press.target is None:
            return
        column, start = press.target
        activity = press.block.activity
        day = self._layout.days[column]
        new_start = None if start is None else time_of(start)
        if day == activity.day and (new_start is None or new_start == activity.start_time):
            return
        self.move_requested.emit(activity.id, day, new_start)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Edit the activity under the mouse, or add one at that day and time."""
        point = self._to_content(event.position())
        self._press = None
        block = self._layout.block_at(point)
        if block is not None:
            self.activity_activated.emit(block.activity.id)
            return
        column = self._layout.column_at(point.x())
        if column is None or not 0 <= point.y() < self._layout.height:
            return
        day = self._layout.days[column]
        if self._layout.in_band(point.y()):
            self.add_requested.emit(day, None)
        else:
            self.add_requested.emit(day, time_of(self._layout.minutes_at(point.y(), 30)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape drops a drag in progress; Ctrl + +, Ctrl + - and Ctrl + 0 zoom."""
        if self.zoom.handle_key(event):
            return
        if event.key() == Qt.Key.Key_Escape and self._press is not None:
            self._press = None
            self.marks.ghost = None
            self.viewport().update()
            return
        super().keyPressEvent(event)

    # Dropping a guide on a block

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a guide dragged from the guide list."""
        if event.mimeData().hasFormat(GUIDE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Outline the activity the guide would be put on."""
        block = self._layout.block_at(self._to_content(event.position()))
        target = None if block is None else block.activity.id
        if target != self.marks.drop_target:
            self.marks.drop_target = target
            self.viewport().update()
        if block is not None and event.mimeData().hasFormat(GUIDE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Forget the outlined activity."""
        self.marks.drop_target = None
        self.viewport().update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask to put the dropped guide on the activity under the mouse."""
        self.marks.drop_target = None
        self.viewport().update()
        block = self._layout.block_at(self._to_content(event.position()))
        guide_id = guide_of_mime(event.mimeData())
        if block is None or guide_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.guide_dropped.emit(block.activity.id, guide_id)

    # Tool tips

    def viewportEvent(self, event: QEvent) -> bool:
        """Show an activity's details when the mouse rests on its block."""
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            block = self._layout.block_at(self._to_content(QPointF(event.pos())))
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(block.activity), self)
            return True
        return super().viewportEvent(event)

    def tooltip(self, activity: ActivityRecord) -> str:
        """Return the details of an activity as a tool tip shows them."""
        return activity_tooltip(activity)
