"""The page an empty database opens on: a welcome and the three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from coordinator.resource_files import resource_path

WIDTH = 560


def _icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class WelcomePage(QWidget):
    """A title, a sentence and three large buttons, each with an icon and a description.

    Layout only: the program controller answers the buttons. The import button
    asks, in a menu, whether the workbook is a roster or a whole program.

    Signals:
        load_demo_clicked(): the user asked for the demo program.
        new_program_clicked(): the user asked to create a program.
        import_roster_clicked(): the user asked to start from a roster workbook.
        import_program_clicked(): the user asked to start from a whole program's workbook.
    """

    load_demo_clicked = Signal()
    new_program_clicked = Signal()
    import_roster_clicked = Signal()
    import_program_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Welcome to Delegation Coordinator"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setFixedWidth(WIDTH)
        self.demo_button = self._button(
            "application",
            self.tr("Open the demo program"),
            self.tr(
                "Look around a finished visit: the eight-person delegation from Turkistan "
                "hosted in Istanbul in August 2021, with its days, guides and logistics."
            ),
        )
        self.new_program_button = self._button(
            "program-new",
            self.tr("Create a program"),
            self.tr(
                "Give your next visit a title and its first and last day, then add the "
                "participants and plan the days."
            ),
        )
        self.import_button = self._button(
            "roster-import",
            self.tr("Import a workbook"),
            self.tr(
                "Start from the workbook you were sent, a roster or a whole program: name "
                "the program, then choose the file; you see what it adds before it is saved."
            ),
        )
        self.import_menu = QMenu(self)
        self.import_roster_action = self.import_menu.addAction(
            self.tr("A &roster: the participants of an Excel or CSV list…")
        )
        self.import_program_action = self.import_menu.addAction(
            self.tr("A whole &program: its roster, itinerary, guides and logistics…")
        )
        self.hint = QLabel(
            self.tr("Help ▸ User guide (F1) walks through a visit from the roster to the backups."),
            self,
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)  # drawn in the palette's quieter colour
        self.set_database_name("")
        self._build_layout()
        self._connect_signals()

    def _button(self, icon: str, text: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setIcon(_icon(icon))
        button.setIconSize(QSize(32, 32))
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        button.setFont(font)
        button.setFixedWidth(WIDTH)
        # The layout does not ask for the height at this width: give the wrapped
        # description its lines (Turkish sentences run longer than English ones).
        button.setMinimumHeight(button.heightForWidth(WIDTH))
        button.setAccessibleDescription(description)
        return button

    def _build_layout(self) -> None:
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addSpacing(8)
        column.addWidget(self.message)
        column.addSpacing(16)
        for button in (self.demo_button, self.new_program_button, self.import_button):
            column.addWidget(button)
        column.addSpacing(12)
        column.addWidget(self.hint)
        # Stretches, not an alignment: an aligned label would lose its word-wrapped height.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def _connect_signals(self) -> None:
        self.demo_button.clicked.connect(self.load_demo_clicked)
        self.new_program_button.clicked.connect(self.new_program_clicked)
        self.import_button.clicked.connect(self._show_import_menu)
        self.import_roster_action.triggered.connect(self.import_roster_clicked)
        self.import_program_action.triggered.connect(self.import_program_clicked)

    def _show_import_menu(self) -> None:
        button = self.import_button
        self.import_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def set_database_name(self, name: str) -> None:
        """Say which database is empty, and that the work begins with a program."""
        if name:
            text = self.tr(
                "The database {name} holds no program yet. A program is one hosted visit: "
                "its roster, its days, its guides and its logistics. Choose how to begin."
            ).format(name=name)
        else:
            text = self.tr(
                "A program is one hosted visit: its roster, its days, its guides and its "
                "logistics. Choose how to begin."
            )
        self.message.setText(text)
