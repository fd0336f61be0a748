"""A time of day that may be left empty: a check box in front of the editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSizePolicy, QTimeEdit, QWidget

from coordinator.ui.formatting import TIME_FORMAT


class OptionalTimeEdit(QWidget):
    """A time editor that is empty until its check box is ticked; steps of 15 minutes."""

    def __init__(self, default: dt.time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.editor = QTimeEdit(self)
        self.editor.setDisplayFormat(TIME_FORMAT)
        self.editor.setCurrentSection(QTimeEdit.Section.MinuteSection)
        self._default = default
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.editor, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.check.toggled.connect(self.editor.setEnabled)
        self.set_value(None)

    def value(self) -> dt.time | None:
        """Return the time, or ``None`` when the box is not ticked."""
        if not self.check.isChecked():
            return None
        time = self.editor.time()
        return dt.time(time.hour(), time.minute())

    def set_value(self, value: dt.time | None) -> None:
        """Show ``value``; ``None`` unticks the box and shows the default, greyed."""
        shown = value or self._default
        self.editor.setTime(QTime(shown.hour, shown.minute))
        self.check.setChecked(value is not None)
        self.editor.setEnabled(value is not None)
