"""The side list of programs: title, code and dates of each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStringListModel

from coordinator.ui.formatting import format_day_range

if TYPE_CHECKING:
    from coordinator.services.records import ProgramRecord


def _text(program: ProgramRecord) -> str:
    """What the list shows of a program: its title, then its code and dates."""
    dates = format_day_range(program.first_day, program.last_day)
    return f"{program.title}\n{program.code} · {dates}"


class ProgramListModel(QStringListModel):
    """Programs as the service lists them, the most recent first.

    Their texts are held by Qt, not computed in :meth:`data`: the list lays
    ten years of programs out and paints them without calling into Python,
    so it never waits for the worker thread that loads the database layer.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._programs: list[ProgramRecord] = []

    def set_programs(self, programs: Sequence[ProgramRecord]) -> None:
        """Replace the list by ``programs``."""
        self._programs = list(programs)
        self.setStringList([_text(program) for program in self._programs])

    def program(self, row: int) -> ProgramRecord:
        """Return the program in ``row``."""
        return self._programs[row]

    def row_of_code(self, code: str) -> int | None:
        """Return the row of the program with ``code``, if listed."""
        for row, program in enumerate(self._programs):
            if program.code == code:
                return row
        return None
