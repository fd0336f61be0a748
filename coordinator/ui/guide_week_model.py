"""One guide's week in a program: each day's activities, hours and absences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from coordinator.services.records import ActivityRecord, UnavailabilityRecord
from coordinator.ui.formatting import format_date, format_time_range, guide_role_label
from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.timeline_layout import span_of
from coordinator.ui.titled_table_model import TitledTableModel

translate = QCoreApplication.translate
_AWAY_BACKGROUND = QColor("#f6d5d1")
_OVER_COLOUR = QColor("#c0392b")


def hours_label(minutes: int) -> str:
    """Return ``2 h 15 min``, ``3 h`` or ``45 min`` in the user's language."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return translate("GuideWeekModel", "{hours} h {minutes} min").format(
            hours=hours, minutes=rest
        )
    if hours:
        return translate("GuideWeekModel", "{hours} h").format(hours=hours)
    return translate("GuideWeekModel", "{minutes} min").format(minutes=rest)


def covered_minutes(activities: Sequence[ActivityRecord]) -> int:
    """Return the minutes covered by ``activities``, overlaps counted once."""
    spans = sorted(span for span in (span_of(item) for item in activities) if span)
    total, until = 0, 0
    for start, end in spans:
        total += max(0, end - max(start, until))
        until = max(until, end)
    return total


@dataclass(frozen=True)
class WeekDay:
    """A row of the week: the day, the guide's activities (with roles) and absences."""

    day: dt.date
    activities: tuple[tuple[ActivityRecord, str], ...]
    absences: tuple[UnavailabilityRecord, ...]


class GuideWeekModel(TitledTableModel):
    """Rows of days; columns: day, activities, hours worked, away."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Day"), self.tr("Activities"), self.tr("Hours"), self.tr("Away")), parent
        )
        self._rows: list[WeekDay] = []
        self._limit: float | None = None

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of days."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text; away days are tinted and long days in red."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.absences:
            return _AWAY_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and self._over(row):
            return _OVER_COLOUR
        return None

    def _over(self, row: WeekDay) -> bool:
        worked = covered_minutes([item for item, _role in row.activities])
        return self._limit is not None and worked > self._limit * 60

    def _text(self, row: WeekDay, column: int) -> str:
        if column == 0:
            return format_date(row.day)
        if column == 1:
            return "\n".join(
                f"{format_time_range(item.start_time, item.end_time)} {item.title} "
                f"({guide_role_label(role)})".strip()
                for item, role in row.activities
            )
        if column == 2:
            worked = covered_minutes([item for item, _role in row.activities])
            if not worked:
                return ""
            text = hours_label(worked)
            return f"{text} ⚠" if self._over(row) else text
        return "\n".join(self._absence_text(item) for item in row.absences)

    def _absence_text(self, absence: UnavailabilityRecord) -> str:
        hours = format_time_range(absence.start_time, absence.end_time)
        text = hours or self.tr("All day")
        return f"{text} ({absence.reason})" if absence.reason else text

    def set_week(
        self,
        days: Sequence[dt.date],
        guide_id: int | None,
        activities: Sequence[ActivityRecord],
        absences: Sequence[UnavailabilityRecord],
        limit: float | None,
    ) -> None:
        """Show the week of the guide ``guide_id`` (``None``: nobody, no rows)."""
        self.beginResetModel()
        self._limit = limit
        self._rows = []
        if guide_id is not None:
            for day in days:
                booked = tuple(
                    (item, assignment.role)
                    for item in activities
                    if item.day == day
                    for assignment in item.assignments
                    if assignment.guide_id == guide_id
                )
                away = tuple(item for item in absences if item.day == day)
                self._rows.append(WeekDay(day, booked, away))
        self.endResetModel()

    def week(self) -> list[WeekDay]:
        """Return the rows shown."""
        return list(self._rows)
