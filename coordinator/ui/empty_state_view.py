"""What the window shows when there is nothing to list: the next step, plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyStateView(QWidget):
    """A heading, a sentence and the buttons that lead on.

    It has three faces: while a database opens, when no database is open, and
    when the open database holds no program yet (offering the demo program).

    Signals:
        load_demo_clicked(): the user asked for the demo program.
        new_program_clicked(): the user asked to create a program.
        open_database_clicked(): the user asked to open a database file.
        new_database_clicked(): the user asked to create a database file.
    """

    load_demo_clicked = Signal()
    new_program_clicked = Signal()
    open_database_clicked = Signal()
    new_database_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setFixedWidth(560)
        self.demo_button = QPushButton(self.tr("Load the demo program"), self)
        self.new_program_button = QPushButton(self.tr("New program…"), self)
        self.open_button = QPushButton(self.tr("Open database…"), self)
        self.new_database_button = QPushButton(self.tr("New database…"), self)
        self._build_layout()
        self._connect_signals()
        self.show_loading("")

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.demo_button,
            self.new_program_button,
            self.open_button,
            self.new_database_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        # Stretches, not an alignment: an aligned label would lose its word-wrapped height.
        message_row = QHBoxLayout()
        message_row.addStretch(1)
        message_row.addWidget(self.message)
        message_row.addStretch(1)
        layout.addLayout(message_row)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def _connect_signals(self) -> None:
        self.demo_button.clicked.connect(self.load_demo_clicked)
        self.new_program_button.clicked.connect(self.new_program_clicked)
        self.open_button.clicked.connect(self.open_database_clicked)
        self.new_database_button.clicked.connect(self.new_database_clicked)

    def _show_buttons(self, *visible: QPushButton) -> None:
        for button in (
            self.demo_button,
            self.new_program_button,
            self.open_button,
            self.new_database_button,
        ):
            button.setVisible(button in visible)
        if visible:
            visible[0].setDefault(True)

    def show_loading(self, name: str) -> None:
        """Say that the database ``name`` is being opened."""
        self.heading.setText(self.tr("Opening the database…"))
        self.message.setText(name)
        self._show_buttons()

    def show_no_database(self, reason: str) -> None:
        """Say that no database is open, why, and offer to open or create one."""
        self.heading.setText(self.tr("No database is open"))
        self.message.setText(
            reason or self.tr("Open the database file of your office, or create a new one.")
        )
        self._show_buttons(self.open_button, self.new_database_button)

    def show_no_programs(self, name: str) -> None:
        """Say that the database ``name`` has no program and offer the demo."""
        self.heading.setText(self.tr("No programs yet"))
        self.message.setText(
            self.tr(
                "The database {name} is empty. Create the program of your next visit, or "
                "load the demo program to look around: the eight-person delegation from "
                "Turkistan hosted in Istanbul in August 2021."
            ).format(name=name)
        )
        self._show_buttons(self.demo_button, self.new_program_button)
