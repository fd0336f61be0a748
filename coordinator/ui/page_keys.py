"""The keys every list answers: Ctrl+F to its filter, F2 to edit the selected row, Delete.

Ctrl+F (Edit ▸ Find in this list) is one action of the window that puts the
cursor in the filter box of the list in front: the roster, the itinerary list
(brought forward over the conflicts), the guides or the logistics page shown.
F2 and Delete belong to each table and only act while it has the focus, so
they never take a key from a text field or from the program list (where F2
edits the program).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from coordinator.ui.early_qt import set_keys

if TYPE_CHECKING:
    from coordinator.ui.main_actions import MainActions
    from coordinator.ui.program_view import ProgramView
    from coordinator.ui.record_table_view import RecordTableView


class PageKeys(QObject):
    """Ctrl+F for the window; F2 and Delete on the tables of a program's tabs."""

    def __init__(self, window: QWidget, actions: MainActions) -> None:
        super().__init__(window)
        self._actions = actions
        self._program: ProgramView | None = None
        self.find = QAction(self.tr("&Find in this list"), window)
        set_keys(self.find, QKeySequence.StandardKey.Find)
        self.find.setStatusTip(self.tr("Type in the filter box of the list in front"))
        self.find.setEnabled(False)
        self.find.triggered.connect(self.focus_filter)
        window.addAction(self.find)

    def set_program_view(self, program: ProgramView) -> None:
        """Give the tables of ``program``'s tabs their F2 and Delete keys."""
        self._program = program
        self.find.setEnabled(True)
        actions = self._actions
        keys = QtCore.Qt.Key  # named only now, after the first paint (see ui.early_qt)
        _table_key(program.roster_view, keys.Key_F2, actions.edit_participant.trigger)
        _table_key(program.roster_view, keys.Key_Delete, actions.remove_participant.trigger)
        itinerary = program.itinerary_page
        _table_key(itinerary.table, keys.Key_F2, itinerary.edit_action.trigger)
        _widget_key(itinerary.timeline, keys.Key_F2, itinerary.edit_action.trigger)
        _table_key(program.guides_page.table, keys.Key_F2, program.guides_page.edit_action.trigger)

    def focus_filter(self) -> None:
        """Put the cursor in the filter box of the list in front, its text selected."""
        box = self._filter_in_front()
        if box is not None:
            box.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()

    def _filter_in_front(self) -> QLineEdit | None:
        from coordinator.ui.record_table_view import RecordTableView  # noqa: PLC0415

        program = self._program
        if program is None or not program.isVisible():
            return None
        page = program.tabs.currentWidget()
        if page is program.itinerary_page:
            program.itinerary_page.bottom.setCurrentWidget(program.itinerary_page.table)
            return program.itinerary_page.table.filter_box
        if isinstance(page, RecordTableView):
            return page.filter_box
        shown = [table for table in page.findChildren(RecordTableView) if table.isVisible()]
        return shown[0].filter_box if shown else None


def _table_key(view: RecordTableView, key: QtCore.Qt.Key, act: Callable[[], None]) -> None:
    _widget_key(view.table, key, act)


def _widget_key(widget: QWidget, key: QtCore.Qt.Key, act: Callable[[], None]) -> None:
    action = QAction(widget)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(act)
    widget.addAction(action)
