"""Dropping a roster file (.xlsx, .xlsm, .csv) on the roster table starts an import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView

ROSTER_SUFFIXES = (".xlsx", ".xlsm", ".csv")


def dropped_roster(mime: QMimeData | None) -> Path | None:
    """Return the one local roster file that ``mime`` carries, if it carries exactly that."""
    if mime is None or not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in ROSTER_SUFFIXES else None


class RosterDropFilter(QObject):
    """Watches a table's viewport for a dropped roster file; other drops are refused.

    Signals:
        file_dropped(object): the :class:`~pathlib.Path` of the file dropped.
    """

    file_dropped = Signal(object)

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.enabled = False
        view.setAcceptDrops(True)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept a roster file dragged over the table and announce it when dropped."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragMoveEvent
        ):
            if self.enabled and dropped_roster(event.mimeData()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = dropped_roster(event.mimeData()) if self.enabled else None
            if path is None:
                event.ignore()
            else:
                event.acceptProposedAction()
                # After the drop returns: the file's source must not wait for the import.
                QTimer.singleShot(0, lambda: self.file_dropped.emit(path))
            return True
        return super().eventFilter(watched, event)
