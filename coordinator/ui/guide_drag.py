"""What a guide dragged from the guides list onto the timeline carries: their id."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

GUIDE_MIME = "application/x-coordinator-guide"


def guide_mime_data(guide_id: int) -> QMimeData:
    """Return what a dragged guide carries: their id."""
    data = QMimeData()
    data.setData(GUIDE_MIME, str(guide_id).encode("ascii"))
    return data


def guide_of_mime(data: QMimeData) -> int | None:
    """Return the id of the guide carried by ``data``, if it carries one."""
    if not data.hasFormat(GUIDE_MIME):
        return None
    text = bytes(data.data(GUIDE_MIME).data()).decode("ascii", "replace")
    return int(text) if text.isdigit() else None
