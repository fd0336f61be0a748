"""A table of proposals, each ticked in its first column: the ticked ones are accepted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt

from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.titled_table_model import TitledTableModel

ItemT = TypeVar("ItemT")


class TickedRowsModel(TitledTableModel, Generic[ItemT]):
    """Rows of text over items, each with a tick in its first column, all ticked at first.

    Subclasses turn an item into its row (:meth:`row_of`) and may give it a
    tooltip (:meth:`tip_of`); :meth:`ticked` returns what the user kept.
    """

    def __init__(self, titles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(titles, parent)
        self._items: list[ItemT] = []
        self._rows: list[tuple[str, ...]] = []
        self._ticked: list[bool] = []

    def set_items(self, items: Sequence[ItemT]) -> None:
        """Show ``items``, all ticked."""
        self.beginResetModel()
        self._items = list(items)
        self._rows = [self.row_of(item) for item in self._items]
        self._ticked = [True] * len(self._items)
        self.endResetModel()

    def row_of(self, item: ItemT) -> tuple[str, ...]:
        """Return the texts of ``item``'s row, one per column."""
        raise NotImplementedError

    def tip_of(self, item: ItemT) -> str:
        """Return the tooltip of ``item``'s row (by default its cell's text)."""
        del item
        return ""

    def item(self, row: int) -> ItemT:
        """Return the item of ``row``."""
        return self._items[row]

    def ticked(self) -> list[ItemT]:
        """Return the ticked items, in their order."""
        return [item for item, kept in zip(self._items, self._ticked, strict=True) if kept]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of items."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, the tick of the first column and the row's tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._ticked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip_of(self._items[row]) or self._rows[row][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][index.column()]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Let the first column be ticked."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick a row."""
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self._ticked[index.row()] = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
