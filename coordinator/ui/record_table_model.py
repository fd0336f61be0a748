"""One table model for every list of records: columns, sort and filter in the model.

Sorting and filtering happen on the model's own Python list, never through a
``QSortFilterProxyModel`` that would call :meth:`data` for every comparison.
Each record's search key and each column's sort keys (Turkish collation for
text) are computed once per list of records: a keystroke in the filter only
looks for its words in the search keys of the rows in sort order, and typing
one more letter only looks among the rows still shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)

from coordinator.domain.text import search_key
from coordinator.services.collation import sort_key_function
from coordinator.ui.model_index import ROOT, AnyIndex

RecordT = TypeVar("RecordT")


@dataclass(frozen=True)
class Column(Generic[RecordT]):
    """A column of a record table.

    Attributes:
        header: the translated column title.
        text: what a cell shows for a record.
        sort_value: a key for values that do not sort as text (dates, times);
            ``None`` sorts the shown text with the Turkish collation.
    """

    header: str
    text: Callable[[RecordT], str]
    sort_value: Callable[[RecordT], Any] | None = None


class RecordTableModel(QAbstractTableModel, Generic[RecordT]):
    """A read-only table over a list of frozen records, sortable and filterable.

    Subclasses give the columns; :meth:`set_records` replaces the rows and keeps
    the current sort and filter.
    """

    def __init__(self, columns: Sequence[Column[RecordT]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._records: list[RecordT] = []
        self._haystacks: list[str] | None = []  # None: not computed yet
        self._source: object = None  # the sequence last given to set_records
        self._known: Mapping[str, str] | None = None  # texts with their keys, for later keys
        self._order: list[int] = []
        self._visible: list[int] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._sort_keys_of: dict[int, list[Any]] = {}  # by column, for the records held

    # Qt's model interface

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of rows shown (after filtering)."""
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell."""
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            record = self._records[self._visible[index.row()]]
            return self._columns[index.column()].text(record)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the title of a column or the number of a row."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._visible):
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` with keys computed once (Qt calls this on a header click)."""
        if not 0 <= column < len(self._columns):
            self._sort = None
            self._relayout(self._apply_order)
            return
        self._sort = (column, order)
        self._relayout(self._apply_order)

    # The records

    def set_records(
        self,
        records: Sequence[RecordT],
        keys: Sequence[str] | None = None,
        *,
        later: bool = False,
        known: Mapping[str, str] | None = None,
    ) -> None:
        """Replace every row by ``records``, keeping the sort and the filter.

        ``keys`` are the records' :meth:`search_keys`, when computed beforehand
        (on a worker thread, for a long list); otherwise they are computed here,
        or with ``later`` when :meth:`set_search_keys` brings them or the
        filter first needs them, whichever comes first. ``known`` are texts
        whose keys are at hand (see :meth:`search_keys`).
        """
        self.beginResetModel()
        self._source = records
        self._records = list(records)
        self._known = known
        # Search keys once per record: a keystroke in the filter only compares them.
        if keys is not None:
            self._haystacks = list(keys)
        else:
            self._haystacks = None if later else self.search_keys(records, known)
        self._sort_keys_of = {}
        self._apply_order()
        self.endResetModel()

    def set_search_keys(self, records: Sequence[RecordT], keys: Sequence[str]) -> bool:
        """Take the search keys of ``records``, if they are still the rows shown.

        Returns whether they were taken: not when other records replaced them
        meanwhile, or their keys were computed already.
        """
        if records is not self._source or self._haystacks is not None:
            return False
        self._haystacks, self._known = list(keys), None
        return True

    def search_keys_pending(self) -> bool:
        """Tell whether the rows' search keys are still to come (see :meth:`set_records`)."""
        return self._haystacks is None

    def search_keys(
        self, records: Sequence[RecordT], known: Mapping[str, str] | None = None
    ) -> list[str]:
        """Return what the filter searches in each record, as a search key.

        It reads only the columns, never the model's state, so a worker thread
        may compute the keys of a long list before :meth:`set_records`.
        ``known`` gives texts whose keys are at hand already: the names with
        the keys the database stores beside them.
        """
        # Titles, organizations, cities repeat: each is folded once. Column by
        # column, in plain loops: ten years of people are 100,000 texts.
        folded: dict[str, str] = dict(known or {})
        by_column: list[list[str]] = []
        for column in self._columns:
            text_of = column.text
            keys: list[str] = []
            for record in records:
                text = text_of(record)
                found = folded.get(text)
                if found is None:
                    found = folded[text] = search_key(text)
                keys.append(found)
            by_column.append(keys)
        return [" | ".join(parts) for parts in zip(*by_column, strict=True)]

    def records(self) -> list[RecordT]:
        """Return every record, shown or filtered out, in the service's order."""
        return list(self._records)

    def record(self, row: int) -> RecordT:
        """Return the record shown in ``row``."""
        return self._records[self._visible[row]]

    def row_of(self, predicate: Callable[[RecordT], bool]) -> int | None:
        """Return the first shown row whose record satisfies ``predicate``."""
        for row, position in enumerate(self._visible):
            if predicate(self._records[position]):
                return row
        return None

    def total_count(self) -> int:
        """Return the number of records, filtered out or not."""
        return len(self._records)

    def set_filter(self, text: str) -> None:
        """Show only the rows in which every word of ``text`` occurs (Turkish-aware)."""
        if text == self._filter:
            return
        narrower = search_key(text).startswith(search_key(self._filter))
        self.beginResetModel()
        self._filter = text
        # More letters can only hide rows: look among those shown, else among all.
        self._visible = self._matching(self._visible if narrower else self._order)
        self.endResetModel()

    def filter_text(self) -> str:
        """Return the current filter."""
        return self._filter

    # Sorting and filtering

    def _apply_order(self) -> None:
        positions = list(range(len(self._records)))
        if self._sort is not None:
            column, order = self._sort
            keys = self._sort_keys(column)
            positions.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._order = positions
        self._visible = self._matching(positions)

    def _matching(self, positions: list[int]) -> list[int]:
        """Return those of ``positions`` whose record holds every word of the filter."""
        words = [word for word in search_key(self._filter).split(" ") if word]
        if not words:
            return list(positions)
        haystacks = self._haystacks
        if haystacks is None:  # filtered before the keys came: compute them now
            haystacks = self._haystacks = self.search_keys(self._records, self._known)
            self._known = None
        # One pass per word, the longest (the rarest, usually) first: a plain
        # ``in`` per row is several times faster than ``all()`` over the words.
        for word in sorted(words, key=len, reverse=True):
            positions = [p for p in positions if word in haystacks[p]]
        return positions

    def _sort_keys(self, column: int) -> list[Any]:
        """Return the sort keys of ``column`` for every record, computed on first use."""
        keys = self._sort_keys_of.get(column)
        if keys is None:
            keys = self._sort_keys_of[column] = self._compute_sort_keys(self._columns[column])
        return keys

    def _compute_sort_keys(self, column: Column[RecordT]) -> list[Any]:
        if column.sort_value is not None:
            value = column.sort_value
            # (False, value) before (True, None): empty cells sort last.
            raw = [value(record) for record in self._records]
            return [(item is None, item) for item in raw]
        collate = sort_key_function()
        return [collate(column.text(record)) for record in self._records]

    def _relayout(self, change: Callable[[], None]) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._visible[index.row()], index.column()) for index in persistent]
        change()
        rows = {position: row for row, position in enumerate(self._visible)}
        moved = [
            self.index(rows[position], column) if position in rows else QModelIndex()
            for position, column in kept
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
