"""What the window shows when there is nothing to list: the next step, plainly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.early_qt import center_text

if TYPE_CHECKING:
    from coordinator.ui.welcome_page import WelcomePage


class EmptyStateView(QStackedWidget):
    """A heading, a sentence and the buttons that lead on.

    It has three faces: while a database opens, when no database is open, and
    when the open database holds no program yet: the welcome page, which offers
    the demo program, a new program or a workbook to import.

    Signals:
        load_demo_clicked(): the user asked for the demo program.
        new_program_clicked(): the user asked to create a program.
        import_roster_clicked(): the user asked to start a program from a roster workbook.
        import_program_clicked(): the user asked to start from a whole program's workbook.
        open_database_clicked(): the user asked to open a database file.
        new_database_clicked(): the user asked to create a database file.
    """

    load_demo_clicked = Signal()
    new_program_clicked = Signal()
    import_roster_clicked = Signal()
    import_program_clicked = Signal()
    open_database_clicked = Signal()
    new_database_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plain = QWidget(self)
        self.addWidget(self.plain)
        self._welcome: WelcomePage | None = None  # built when first shown
        self.heading = QLabel(self.plain)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        center_text(self.heading)
        self.plain_message = QLabel(self.plain)
        self.plain_message.setWordWrap(True)
        center_text(self.plain_message)
        self.plain_message.setFixedWidth(560)
        self.open_button = QPushButton(self.tr("Open database…"), self.plain)
        self.new_database_button = QPushButton(self.tr("New database…"), self.plain)
        self._build_layout()
        self._connect_signals()
        self.show_loading("")

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page of an empty database, built the first time it is wanted.

        Most starts open a database with programs: the window's first paint
        does not wait for a page it does not show (about 30 ms to build).
        """
        if self._welcome is None:
            from coordinator.ui.welcome_page import WelcomePage  # noqa: PLC0415

            self._welcome = WelcomePage(self)
            self.addWidget(self._welcome)
            self._welcome.load_demo_clicked.connect(self.load_demo_clicked)
            self._welcome.new_program_clicked.connect(self.new_program_clicked)
            self._welcome.import_roster_clicked.connect(self.import_roster_clicked)
            self._welcome.import_program_clicked.connect(self.import_program_clicked)
        return self._welcome

    @property
    def demo_button(self) -> QPushButton:
        """The welcome page's button that loads the demo program."""
        return self.welcome.demo_button

    @property
    def new_program_button(self) -> QPushButton:
        """The welcome page's button that creates a program."""
        return self.welcome.new_program_button

    @property
    def import_button(self) -> QPushButton:
        """The welcome page's button that starts from a workbook."""
        return self.welcome.import_button

    @property
    def message(self) -> QLabel:
        """The sentence of the face shown."""
        if self._welcome is not None and self.currentWidget() is self._welcome:
            return self._welcome.message
        return self.plain_message

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_database_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.plain)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        # Stretches, not an alignment: an aligned label would lose its word-wrapped height.
        message_row = QHBoxLayout()
        message_row.addStretch(1)
        message_row.addWidget(self.plain_message)
        message_row.addStretch(1)
        layout.addLayout(message_row)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(self.open_database_clicked)
        self.new_database_button.clicked.connect(self.new_database_clicked)

    def _show_buttons(self, *visible: QPushButton) -> None:
        self.setCurrentWidget(self.plain)
        for button in (self.open_button, self.new_database_button):
            button.setVisible(button in visible)
        if visible:
            visible[0].setDefault(True)

    def show_loading(self, name: str) -> None:
        """Say that the database ``name`` is being opened."""
        self.heading.setText(self.tr("Opening the database…"))
        self.plain_message.setText(name)
        self._show_buttons()

    def show_no_database(self, reason: str) -> None:
        """Say that no database is open, why, and offer to open or create one."""
        self.heading.setText(self.tr("No database is open"))
        self.plain_message.setText(
            reason or self.tr("Open the database file of your office, or create a new one.")
        )
        self._show_buttons(self.open_button, self.new_database_button)

    def show_no_programs(self, name: str) -> None:
        """Welcome the user to the empty database ``name``: the demo, a program or a workbook."""
        self._show_buttons()
        self.welcome.set_database_name(name)
        self.setCurrentWidget(self.welcome)
        self.demo_button.setFocus()
