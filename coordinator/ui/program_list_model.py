"""The side list of programs: title, code and dates of each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coordinator.ui.formatting import format_day_range

if TYPE_CHECKING:
    from coordinator.services.records import ProgramRecord

_INVALID = QModelIndex()


class ProgramListModel(QAbstractListModel):
    """Programs as the service lists them, the most recent first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._programs: list[ProgramRecord] = []
        self._texts: dict[int, str] = {}  # by row: a view asks for each text many times

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        """Return the number of programs."""
        return 0 if parent.isValid() else len(self._programs)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return a program's title, code and dates."""
        if not index.isValid() or index.row() >= len(self._programs):
            return None
        program = self._programs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts.get(index.row())
            if text is None:
                dates = format_day_range(program.first_day, program.last_day)
                text = self._texts[index.row()] = f"{program.title}\n{program.code} · {dates}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return program.title
        return None

    def set_programs(self, programs: Sequence[ProgramRecord]) -> None:
        """Replace the list by ``programs``."""
        self.beginResetModel()
        self._programs = list(programs)
        self._texts = {}
        self.endResetModel()

    def program(self, row: int) -> ProgramRecord:
        """Return the program in ``row``."""
        return self._programs[row]

    def row_of_code(self, code: str) -> int | None:
        """Return the row of the program with ``code``, if listed."""
        for row, program in enumerate(self._programs):
            if program.code == code:
                return row
        return None
