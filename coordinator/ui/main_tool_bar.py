"""The window's tool bar: the common actions and those of the tab in front.

Opening a database and making a program are always there, and so are undo
and redo, under short names ("Undo", "Redo") while the Edit menu and the
buttons' tooltips say what would be undone. Between them sit the actions of
the program's tab in front: the participant buttons on the Roster tab, the
activity buttons on the Itinerary tab, the guide buttons on the Guides tab;
a tab without actions of its own (Logistics, whose pages have their own bars)
shows none there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from coordinator.ui.early_qt import text_beside_icons

if TYPE_CHECKING:
    from coordinator.ui.main_actions import MainActions
    from coordinator.ui.program_view import ProgramView


class MainToolBar(QToolBar):
    """Layout only: :meth:`set_page_actions` puts the tab's actions in the middle."""

    def __init__(self, actions: MainActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_tool_bar")
        self.setMovable(False)
        self.setIconSize(QSize(24, 24))
        text_beside_icons(self)
        self.addAction(actions.open_database)
        self.addAction(actions.new_program)
        self._page_separator = self.addSeparator()
        self._history_separator = self.addSeparator()
        self.addAction(actions.undo)
        self.addAction(actions.redo)
        self._page_actions: tuple[QAction, ...] = ()
        self._page_separator.setVisible(False)

    def set_page_actions(self, actions: Sequence[QAction]) -> None:
        """Show ``actions`` between the common ones, instead of the last page's."""
        if tuple(actions) == self._page_actions:
            return
        for action in self._page_actions:
            self.removeAction(action)
        self._page_actions = tuple(actions)
        self.insertActions(self._history_separator, list(self._page_actions))
        self._page_separator.setVisible(bool(self._page_actions))

    def page_actions(self) -> tuple[QAction, ...]:
        """The actions of the tab in front, as shown."""
        return self._page_actions


def tab_actions(actions: MainActions, program: ProgramView) -> tuple[QAction, ...]:
    """Return the primary actions of ``program``'s tab in front (none for a tab without)."""
    page = program.tabs.currentWidget()
    if page is program.roster_view:
        return (actions.add_participant, actions.edit_participant, actions.remove_participant)
    if not program.pages_built():
        return ()  # the start-up builds the other pages just after the roster
    itinerary = program.itinerary_page
    if page is itinerary:
        return (itinerary.add_action, itinerary.edit_action, itinerary.remove_action)
    guides = program.guides_page
    if page is guides:
        return (guides.add_action, guides.edit_action)
    return ()
