"""Widgets whose table columns are measured to their contents only while on screen."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class FittedWhenShown(QWidget):
    """A widget that measures its table's columns when it is shown, not while out of sight.

    A table on a tab behind, or behind another panel, is refilled on every
    program switch; measuring its columns each time would cost the switch for
    nothing. :meth:`fit_columns` measures at once when the widget is visible,
    else the next time it is shown. Subclasses measure in :meth:`_measure_columns`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_when_shown = False

    def fit_columns(self) -> None:
        """Size the columns to their contents now, or when next shown if out of sight."""
        if not self.isVisible():
            self._fit_when_shown = True
            return
        self._fit_when_shown = False
        self._measure_columns()

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the columns asked for while the widget was out of sight."""
        super().showEvent(event)
        if self._fit_when_shown:
            self.fit_columns()

    def _measure_columns(self) -> None:
        raise NotImplementedError
