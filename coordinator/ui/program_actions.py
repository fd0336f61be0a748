"""The actions on a whole program: the Program menu, and its workbook exports and imports."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


class ProgramActions(QObject):
    """Edit, copy and delete a program; export and import it or its itinerary as a workbook.

    Every action starts disabled; the controllers enable them while a program
    is selected.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.edit_program = QAction(self.tr("&Edit program…"), window)
        self.edit_program.setStatusTip(self.tr("Change the code, title, days, place or hosts"))
        self.copy_program = QAction(self.tr("&Copy for next year…"), window)
        self.copy_program.setStatusTip(
            self.tr("Start next year's visit from this program's fields and itinerary")
        )
        self.delete_program = QAction(self.tr("&Delete program…"), window)
        self.delete_program.setStatusTip(
            self.tr("Delete this program with its roster, itinerary and logistics")
        )
        self.export_program = QAction(self.tr("Export progr&am…"), window)
        self.export_program.setStatusTip(self.tr("Save the whole program as an Excel workbook"))
        self.import_program = QAction(self.tr("Import pro&gram…"), window)
        self.import_program.setStatusTip(
            self.tr("Bring a program workbook's roster, itinerary, guides and venues in")
        )
        self.export_itinerary = QAction(self.tr("Export itin&erary…"), window)
        self.export_itinerary.setStatusTip(self.tr("Save the itinerary as an Excel workbook"))
        self.import_itinerary = QAction(self.tr("Import itinerar&y…"), window)
        self.import_itinerary.setStatusTip(
            self.tr("Bring the activities of an itinerary workbook into this program")
        )
        for action in (*self.editing(), *self.transfers()):
            action.setEnabled(False)

    def editing(self) -> tuple[QAction, ...]:
        """Return the Program menu's actions."""
        return (self.edit_program, self.copy_program, self.delete_program)

    def transfers(self) -> tuple[QAction, ...]:
        """Return the workbook exports and imports of a program."""
        return (
            self.import_program,
            self.export_program,
            self.import_itinerary,
            self.export_itinerary,
        )
