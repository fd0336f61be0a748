"""Vehicles and drivers dragged onto the vehicle timeline: what they carry, and their lists.

A dragged item carries one id under a type of its own, so the timeline can
tell a vehicle from a driver (a driver is a guide, whose ids could clash).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

VEHICLE_MIME = "application/x-coordinator-vehicle"
DRIVER_MIME = "application/x-coordinator-driver"


def id_mime_data(kind: str, item_id: int) -> QMimeData:
    """Return what a dragged vehicle or driver (``kind`` is its MIME type) carries."""
    data = QMimeData()
    data.setData(kind, str(item_id).encode("ascii"))
    return data


def id_of_mime(data: QMimeData, kind: str) -> int | None:
    """Return the id carried under ``kind`` by ``data``, if it carries one."""
    if not data.hasFormat(kind):
        return None
    text = bytes(data.data(kind).data()).decode("ascii", "replace")
    return int(text) if text.isdigit() else None


class DragList(QListWidget):
    """A short list of vehicles or drivers to drag onto the timeline's blocks."""

    def __init__(self, kind: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self.setAccessibleName(name)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def set_items(self, items: Sequence[tuple[int, str, str]]) -> None:
        """Show ``items``: (id, text, tool tip) each."""
        self.clear()
        for item_id, text, tip in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setToolTip(tip)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        """Carry the id of the dragged item."""
        item_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return id_mime_data(self._kind, int(item_id) if item_id is not None else 0)

    def mimeTypes(self) -> list[str]:
        """Tell what the list's drags carry."""
        return [self._kind]
