"""The program list beside the selected program: the window's main page.

Built once the window has been painted (the first paint shows only the empty
state), together with the table models it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QSplitter, QWidget

from coordinator.ui.program_list_model import ProgramListModel
from coordinator.ui.program_tables import GuidesModel, ItineraryModel, RosterModel
from coordinator.ui.program_view import ProgramView


class WorkspaceView(QSplitter):
    """Layout only: the models, the list of programs and the program's tabs."""

    def __init__(self, parent: QWidget | None = None, *, pages_later: bool = False) -> None:
        """``pages_later``: only the roster's tab is built (see :class:`ProgramView`)."""
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.program_list_model = ProgramListModel(self)
        self.roster_model = RosterModel(self)
        self.itinerary_model = ItineraryModel(self)
        self.guides_model = GuidesModel(self)
        self.program_list = QListView(self)
        self.program_list.setModel(self.program_list_model)
        self.program_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.program_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.program_list.setWordWrap(True)
        # Ten years of programs are laid out a few at a time, between events.
        self.program_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.program_list.setBatchSize(20)
        self.program_list.setSpacing(2)
        self.program_list.setAlternatingRowColors(True)
        self.program_list.setAccessibleName(self.tr("Programs"))
        self.program_view = ProgramView(
            self.roster_model,
            self.itinerary_model,
            self.guides_model,
            self,
            pages_later=pages_later,
        )
        self.addWidget(self.program_list)
        self.addWidget(self.program_view)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([220, 980])
        self.setChildrenCollapsible(False)
