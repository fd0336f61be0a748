"""How tall an hour is on the timeline: fitted to the working day, or zoomed by the user.

At first the hours from 08:00 to 18:00 fill the height the view has, so a
coordinator sees the whole working day at 1200 × 760 without scrolling; zooming
in (Ctrl + wheel, Ctrl + +) gives short activities room for their titles, and
Ctrl + 0 goes back to the fitted day. Heights stay between :data:`SMALLEST` and
:data:`LARGEST` pixels an hour.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QWheelEvent

WORKING_HOURS = 10  # 08:00 to 18:00
SMALLEST = 28.0
LARGEST = 160.0
STEP = 1.25


class TimelineZoom(QObject):
    """The hour height of one timeline view.

    Signals:
        changed(): the user zoomed; the view lays itself out again.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fitted = True
        self._height = 60.0

    @property
    def fitted(self) -> bool:
        """Whether the working day fills the view (no zoom chosen)."""
        return self._fitted

    def hour_height(self, available: float) -> float:
        """Return the height of an hour when ``available`` pixels are there for the hours."""
        if self._fitted:
            self._height = _clamped(available / WORKING_HOURS)
        return self._height

    def zoom_in(self) -> None:
        """Make the hours taller."""
        self._set(self._height * STEP)

    def zoom_out(self) -> None:
        """Make the hours shorter."""
        self._set(self._height / STEP)

    def fit_day(self) -> None:
        """Go back to the working day filling the view."""
        self._fitted = True
        self.changed.emit()

    def _set(self, height: float) -> None:
        self._fitted = False
        self._height = _clamped(height)
        self.changed.emit()

    def handle_wheel(self, event: QWheelEvent) -> bool:
        """Zoom on Ctrl + wheel; return whether the event was used."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        steps = event.angleDelta().y()
        if steps > 0:
            self.zoom_in()
        elif steps < 0:
            self.zoom_out()
        event.accept()
        return True

    def handle_key(self, event: QKeyEvent) -> bool:
        """Zoom on Ctrl + +, Ctrl + - and Ctrl + 0; return whether the event was used."""
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_0
        ):
            self.fit_day()
        else:
            return False
        event.accept()
        return True


def _clamped(height: float) -> float:
    return max(SMALLEST, min(LARGEST, height))
