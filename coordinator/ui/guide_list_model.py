"""The guides of the directory as a list to drag from onto the timeline's activities."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)

from coordinator.services.records import GuideRecord
from coordinator.ui.formatting import format_languages, guide_role_label
from coordinator.ui.guide_drag import GUIDE_MIME, guide_mime_data
from coordinator.ui.model_index import ROOT, AnyIndex

GUIDE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def guide_summary(guide: GuideRecord) -> str:
    """Return a guide's languages and roles on one line, e.g. ``RU, KK · Interpreter``."""
    roles = ", ".join(guide_role_label(role) for role in guide.roles)
    return " · ".join(part for part in (format_languages(guide.languages), roles) if part)


class GuideListModel(QAbstractListModel):
    """Guides by name with their languages and roles; each row drags the guide's id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guides: list[GuideRecord] = []

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of guides."""
        return 0 if parent.isValid() else len(self._guides)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a guide's name and summary, details as a tool tip, id as user data."""
        if not index.isValid() or not 0 <= index.row() < len(self._guides):
            return None
        guide = self._guides[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            summary = guide_summary(guide)
            return f"{guide.name}\n{summary}" if summary else guide.name
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [guide.name, guide.title, guide.organization, guide_summary(guide)]
            return "\n".join(part for part in parts if part)
        if role == GUIDE_ID_ROLE:
            return guide.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Let every guide be selected and dragged."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        """Return the one kind of data a dragged guide carries."""
        return [GUIDE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Return the id of the first dragged guide."""
        valid = [index for index in indexes if index.isValid()]
        if not valid:
            return QMimeData()
        return guide_mime_data(self._guides[valid[0].row()].id)

    def supportedDragActions(self) -> Qt.DropAction:
        """A guide is copied onto an activity, never moved out of the list."""
        return Qt.DropAction.CopyAction

    def set_guides(self, guides: Sequence[GuideRecord]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._guides = list(guides)
        self.endResetModel()

    def guide(self, row: int) -> GuideRecord:
        """Return the guide in ``row``."""
        return self._guides[row]

    def guides(self) -> list[GuideRecord]:
        """Return every guide listed."""
        return list(self._guides)

    def by_id(self, guide_id: int) -> GuideRecord | None:
        """Return the listed guide with ``guide_id``, if any."""
        return next((guide for guide in self._guides if guide.id == guide_id), None)
