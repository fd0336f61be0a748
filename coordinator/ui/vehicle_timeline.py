"""The transfers of a day as a timeline of vehicles: drag to move, drop a vehicle or a driver.

A custom-painted widget (in a scroll area for a long fleet) over the
precomputed geometry of :mod:`coordinator.ui.vehicle_timeline_layout`. The
view only reports what the user did; the transfer timeline controller turns
it into undoable commands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
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
)
from PySide6.QtWidgets import QApplication, QScrollArea, QToolTip, QWidget

from coordinator.services.transfer_records import MovementRecord, VehicleRecord
from coordinator.ui.formatting import format_date, format_time_range
from coordinator.ui.logistics_words import movement_kind_label
from coordinator.ui.vehicle_drag import DRIVER_MIME, VEHICLE_MIME, id_of_mime
from coordinator.ui.vehicle_timeline_layout import (
    LANE_HEIGHT,
    VehicleBlock,
    VehicleTimelineLayout,
    span_of,
    time_of,
)
from coordinator.ui.vehicle_timeline_painter import TransferMarks, VehicleTimelinePainter

translate = QCoreApplication.translate


@dataclass
class _Press:
    """A block pressed with the mouse, perhaps being dragged."""

    block: VehicleBlock
    origin: QPoint
    grab: float  # how far right of the block's start it was taken, in pixels
    dragging: bool = False
    target: tuple[int | None, int] | None = None  # vehicle row, start minutes


class VehicleTimeline(QWidget):
    """One day's transfers in rows of vehicles, hours across.

    Signals:
        movement_clicked(int): the user clicked a transfer's block.
        movement_activated(int): the user double-clicked it (to edit it).
        move_requested(int, object, object, int): a transfer was dragged from
            the row of one vehicle (id, ``None``: no vehicle) to the row of
            another (or the same) to start at the minutes given.
        vehicle_dropped(int, int): a vehicle (second id) was dropped on a transfer.
        driver_dropped(int, int): a driver (second id, a guide's) was dropped on one.
    """

    movement_clicked = Signal(int)
    movement_activated = Signal(int)
    move_requested = Signal(int, object, object, int)
    vehicle_dropped = Signal(int, int)
    driver_dropped = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vehicles: tuple[VehicleRecord, ...] = ()
        self._movements: tuple[MovementRecord, ...] = ()
        self._layout = VehicleTimelineLayout((), (), 800)
        self._painter = VehicleTimelinePainter(self.font(), self.palette())
        self._press: _Press | None = None
        self.marks = TransferMarks()
        self._retranslate()
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Transfers by vehicle"))

    def _retranslate(self) -> None:
        self.marks.labels = {
            "no_vehicle": self.tr("No vehicle yet"),
            "no_driver": self.tr("No driver yet"),
            "seats": self.tr("{seats} seats"),
        }

    # What is shown

    @property
    def layout_(self) -> VehicleTimelineLayout:
        """The geometry of what is shown now."""
        return self._layout

    def set_content(
        self, vehicles: Sequence[VehicleRecord], movements: Sequence[MovementRecord]
    ) -> None:
        """Show ``movements`` in the rows of ``vehicles`` and redraw."""
        self._vehicles, self._movements = tuple(vehicles), tuple(movements)
        self._press = None
        self.marks.ghost = None
        self._relayout()

    def set_selected(self, movement_id: int | None) -> None:
        """Mark the selected transfer's blocks."""
        self.marks.selected = movement_id
        self.update()

    def set_highlighted(self, movement_ids: Sequence[int]) -> None:
        """Mark the blocks of the finding chosen in the Conflicts panel."""
        self.marks.highlighted = frozenset(movement_ids)
        self.update()

    def set_conflicted(self, sentences: dict[int, tuple[str, ...]]) -> None:
        """Outline in red the transfers with findings; their sentences join the tool tips."""
        self.marks.conflicted = dict(sentences)
        self.update()

    def block_rect(self, movement_id: int, vehicle_id: int | None) -> QRectF | None:
        """Return where a transfer is drawn in a vehicle's row (widget coordinates)."""
        for block in self._layout.blocks_of(movement_id):
            if block.vehicle_id == vehicle_id:
                return block.rect
        return None

    def point_of(self, vehicle_id: int | None, minutes: int) -> QPoint:
        """Return the point at ``minutes`` in the middle of a vehicle's row."""
        row = self._layout.row_of(vehicle_id)
        assert row is not None
        return QPointF(self._layout.x_of(minutes), row.top + LANE_HEIGHT / 2).toPoint()

    def _relayout(self) -> None:
        self._layout = VehicleTimelineLayout(self._vehicles, self._movements, self.width())
        self.setMinimumSize(int(self._layout.min_width), int(self._layout.height) + 2)
        self.update()

    def sizeHint(self) -> QSize:
        """Ask for the working day over a usual width."""
        return QSize(900, int(self._layout.height) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Spread the hours over the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        """Take up a new font, palette or language."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._painter = VehicleTimelinePainter(self.font(), self.palette())
            self.update()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the day."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._painter.draw(painter, self._layout, self.marks)
        painter.end()

    # Mouse: select, drag to move, double-click to edit

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select the block under the mouse and get ready to drag it."""
        self._press = None
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        block = self._layout.block_at(event.position())
        if block is None:
            return
        grab = event.position().x() - self._layout.x_of(span_of(block.movement)[0])
        self._press = _Press(block, event.position().toPoint(), grab)
        self.set_selected(block.movement.id)
        self.movement_clicked.emit(block.movement.id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Show where the dragged block would land, snapped to 5 minutes."""
        press = self._press
        if press is None:
            return
        distance = (event.position().toPoint() - press.origin).manhattanLength()
        if not press.dragging and distance < QApplication.startDragDistance():
            return
        press.dragging = True
        layout = self._layout
        row = layout.row_at(event.position().y())
        start, end = span_of(press.block.movement)
        minutes = layout.minutes_at(event.position().x() - press.grab)
        minutes = min(minutes, 24 * 60 - 1 - (end - start))
        vehicle = press.block.vehicle_id if row is None else row.vehicle_id
        target_row = layout.row_of(vehicle)
        assert target_row is not None
        press.target = (vehicle, minutes)
        left, right = layout.x_of(minutes), layout.x_of(minutes + end - start)
        rect = QRectF(left, target_row.top + 3, right - left, LANE_HEIGHT - 6)
        movement = press.block.movement
        label = format_time_range(
            time_of(minutes), time_of(minutes + end - start) if movement.end_time else None
        )
        self.marks.ghost = (rect, label)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Ask to move the dragged transfer where it was dropped."""
        press, self._press = self._press, None
        self.marks.ghost = None
        self.update()
        if press is None or not press.dragging or press.target is None:
            return
        vehicle, minutes = press.target
        movement = press.block.movement
        if vehicle == press.block.vehicle_id and time_of(minutes) == movement.start_time:
            return
        self.move_requested.emit(movement.id, press.block.vehicle_id, vehicle, minutes)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Edit the transfer under the mouse."""
        self._press = None
        block = self._layout.block_at(event.position())
        if block is not None:
            self.movement_activated.emit(block.movement.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape drops a drag in progress."""
        if event.key() == Qt.Key.Key_Escape and self._press is not None:
            self._press = None
            self.marks.ghost = None
            self.update()
            return
        super().keyPressEvent(event)

    # Dropping a vehicle or a driver on a block

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a vehicle or a driver dragged from their lists."""
        data = event.mimeData()
        if data.hasFormat(VEHICLE_MIME) or data.hasFormat(DRIVER_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Outline the transfer the vehicle or driver would be put on."""
        block = self._layout.block_at(event.position())
        target = None if block is None else block.movement.id
        if target != self.marks.drop_target:
            self.marks.drop_target = target
            self.update()
        if block is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Forget the outlined transfer."""
        self.marks.drop_target = None
        self.update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask to put the dropped vehicle or driver on the transfer under the mouse."""
        self.marks.drop_target = None
        self.update()
        block = self._layout.block_at(event.position())
        data = event.mimeData()
        vehicle, driver = id_of_mime(data, VEHICLE_MIME), id_of_mime(data, DRIVER_MIME)
        if block is None or (vehicle is None and driver is None):
            event.ignore()
            return
        event.acceptProposedAction()
        if vehicle is not None:
            self.vehicle_dropped.emit(block.movement.id, vehicle)
        elif driver is not None:
            self.driver_dropped.emit(block.movement.id, driver)

    # Tool tips

    def event(self, event: QEvent) -> bool:
        """Show a transfer's details when the mouse rests on its block."""
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            block = self._layout.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(block.movement), self)
            return True
        return super().event(event)

    def tooltip(self, movement: MovementRecord) -> str:
        """Return the details of a transfer as its tool tip shows them (rich text)."""
        hours = format_time_range(movement.start_time, movement.end_time)
        lines = [
            f"<b>{_escape(movement.from_place)} → {_escape(movement.to_place)}</b>",
            f"{format_date(movement.day)} {hours} · {_escape(movement_kind_label(movement.kind))}",
        ]
        if movement.vehicles:
            plates = ", ".join(_escape(vehicle.plate) for vehicle in movement.vehicles)
            lines.append(self.tr("Vehicles: {plates}").format(plates=plates))
        if movement.driver:
            driver = _escape(movement.driver)
            lines.append(self.tr("Driver: {name}").format(name=driver))
        lines.append(self.tr("Passengers: {count}").format(count=movement.seats))
        if movement.activity:
            activity = _escape(movement.activity)
            lines.append(self.tr("For: {activity}").format(activity=activity))
        for sentence in self.marks.conflicted.get(movement.id, ()):
            lines.append(f"<span style='color:#c0392b'>{_escape(sentence)}</span>")
        hint = self.tr("Drag to move it; drop a vehicle or a driver on it to assign them.")
        lines.append(f"<i>{hint}</i>")
        return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def in_scroll_area(timeline: VehicleTimeline, parent: QWidget | None = None) -> QScrollArea:
    """Put ``timeline`` in a scroll area that follows its width down to an hour's minimum."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(timeline)
    return area
