"""The hits of the search box: a read-only table over frozen search entries.

The index ranks and caps the hits (:mod:`coordinator.domain.search`); this
model only shows them, so :meth:`SearchModel.set_entries` costs one reset of
at most a few hundred rows per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from coordinator.domain.search import EntryKind, SearchEntry
from coordinator.ui.formatting import format_date
from coordinator.ui.model_index import ROOT, AnyIndex


class SearchModel(QAbstractTableModel):
    """The hits of a search, best first: what was found, its details, kind and program."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[SearchEntry] = []
        self._kinds = {
            EntryKind.PROGRAM: self.tr("Program"),
            EntryKind.PARTICIPANT: self.tr("Participant"),
            EntryKind.ACTIVITY: self.tr("Activity"),
            EntryKind.HOST: self.tr("Host"),
            EntryKind.GUIDE: self.tr("Guide"),
            EntryKind.VENUE: self.tr("Venue"),
            EntryKind.ORGANIZATION: self.tr("Organization"),
            EntryKind.PERSON: self.tr("Person"),
        }
        self._columns: tuple[tuple[str, Callable[[SearchEntry], str]], ...] = (
            (self.tr("Found"), lambda entry: entry.label),
            (self.tr("Details"), self._details),
            (self.tr("Kind"), self.kind_text),
            (self.tr("Program"), self._program),
        )

    # Qt's model interface

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of hits shown."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell; the tooltip of a program cell names its code too."""
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._columns[index.column()][1](entry)
            if index.column() == len(self._columns) - 1 and entry.program_code:
                return f"{text} ({entry.program_code})"
            return text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the title of a column."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._columns[section][0] if 0 <= section < len(self._columns) else None

    # The hits

    def set_entries(self, entries: Sequence[SearchEntry]) -> None:
        """Show ``entries``, in their order."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> SearchEntry:
        """Return the hit shown in ``row``."""
        return self._entries[row]

    def kind_text(self, entry: SearchEntry) -> str:
        """Return what kind of thing ``entry`` is, translated."""
        return self._kinds[entry.kind]

    def _details(self, entry: SearchEntry) -> str:
        if entry.kind in (EntryKind.ACTIVITY, EntryKind.PROGRAM):
            return " · ".join(part for part in (format_date(entry.day), entry.detail) if part)
        return entry.detail

    def _program(self, entry: SearchEntry) -> str:
        if entry.kind == EntryKind.PROGRAM:
            return entry.program_code
        return entry.program_title or self.tr("Directory")
