"""Tools ▸ Settings…: the language, new activities, the transfer planner and the backups folder.

Every value is read and written through :class:`~coordinator.ui.app_settings.AppSettings`,
so the pages that use them (the activity dialog, Plan transfers…, the backups)
read what this dialog saved the next time they need it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.app_settings import (
    MAX_MINUTES,
    ActivityDefaults,
    AppSettings,
    TransferDefaults,
)
from coordinator.ui.formatting import TIME_FORMAT

AskFolder = Callable[[str], str | None]
"""Asks for a folder, starting in the one given; ``None`` when the user cancels."""

# Each language in its own words: a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = (("tr", "Türkçe"), ("en", "English"))


class SettingsDialog(QDialog):
    """The preferences as a form; OK saves them all, Cancel none.

    ``ask_folder`` asks for the backups folder (tests pass a stand-in; by default a
    folder dialog).
    """

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        ask_folder: AskFolder | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._ask_folder = ask_folder or self._ask_backups_folder
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.activity_start = QTimeEdit(self)
        self.activity_start.setDisplayFormat(TIME_FORMAT)
        self.activity_minutes = self._minutes_box(5, 12 * 60, 15)
        self.baggage = self._minutes_box(0, 4 * 60, 5)
        self.check_in = self._minutes_box(0, 6 * 60, 15)
        self.arrival_window = self._minutes_box(0, 4 * 60, 5)
        self.backups_folder = QLineEdit(self)
        self.backups_folder.setReadOnly(True)
        self.backups_folder.setPlaceholderText(self.tr("The backups folder beside the database"))
        # Wide enough to read the placeholder whole, in any language.
        text_width = self.backups_folder.fontMetrics().horizontalAdvance
        self.backups_folder.setMinimumWidth(text_width(self.backups_folder.placeholderText()) + 24)
        self.choose_folder = QPushButton(self.tr("&Choose…"), self)
        self.default_folder = QPushButton(self.tr("Beside the &database"), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build_layout()
        self._connect_signals()
        self._fill()

    def _minutes_box(self, lowest: int, highest: int, step: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(lowest, min(highest, MAX_MINUTES))
        box.setSingleStep(step)
        box.setSuffix(self.tr(" min"))
        return box

    def _group(self, title: str, note: str = "") -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        if note:
            label = QLabel(note, group)
            label.setWordWrap(True)
            form.addRow(label)
        return group, form

    def _build_layout(self) -> None:
        language, form = self._group(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        self.language_note = QLabel(self.tr("A new language takes effect at the next start."))
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)
        activities, form = self._group(
            self.tr("New activities"), self.tr("What Add activity… fills in; you can change it.")
        )
        form.addRow(self.tr("&Starts at:"), self.activity_start)
        form.addRow(self.tr("&Lasts:"), self.activity_minutes)
        transfers, form = self._group(
            self.tr("Planning transfers"), self.tr("The times Plan transfers… counts with.")
        )
        form.addRow(self.tr("&Baggage after landing:"), self.baggage)
        form.addRow(self.tr("&Check-in before a flight:"), self.check_in)
        form.addRow(self.tr("&Group arrivals within:"), self.arrival_window)
        backups, form = self._group(
            self.tr("Backups"),
            self.tr(
                "The daily backup and the one before each import go to this folder, from "
                "the next time a database is opened. A folder on another disk keeps them "
                "safe from a broken one."
            ),
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backups_folder, 1)
        folder_row.addWidget(self.choose_folder)
        folder_row.addWidget(self.default_folder)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.choose_folder)
        form.addRow(folder_label, folder_row)
        layout = QVBoxLayout(self)
        for group in (language, activities, transfers, backups):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.default_folder.clicked.connect(self.backups_folder.clear)

    def _fill(self) -> None:
        settings = self._settings
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        activity = settings.activity_defaults()
        self.activity_start.setTime(QTime(activity.start.hour, activity.start.minute))
        self.activity_minutes.setValue(activity.minutes)
        transfers = settings.transfer_defaults()
        self.baggage.setValue(transfers.baggage)
        self.check_in.setValue(transfers.check_in)
        self.arrival_window.setValue(transfers.window)
        folder = settings.backups_folder()
        self.backups_folder.setText("" if folder is None else str(folder))

    def _ask_backups_folder(self, folder: str) -> str | None:
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the backups"), folder)

    def _choose_folder(self) -> None:
        answer = self._ask_folder(self.backups_folder.text() or str(Path.home()))
        if answer:
            self.backups_folder.setText(answer)

    def accept(self) -> None:
        """Save every value, then close."""
        settings = self._settings
        settings.set_language(str(self.language.currentData()))
        start = self.activity_start.time()
        settings.set_activity_defaults(
            ActivityDefaults(dt.time(start.hour(), start.minute()), self.activity_minutes.value())
        )
        settings.set_transfer_defaults(
            TransferDefaults(
                self.baggage.value(), self.check_in.value(), self.arrival_window.value()
            )
        )
        folder = self.backups_folder.text()
        settings.set_backups_folder(Path(folder) if folder else None)
        super().accept()
