"""Where the user left the workspace's dividers and table columns, kept for the next start.

The splitters (the program list beside the tabs, and those inside the tabs)
and the tables' columns are restored when the workspace page is built and
saved when the window closes. A splitter inside a tab not shown yet has no
size of its own, so its sizes are put back when its tab first comes to the
front. A splitter is kept under a key that names its page, place,
orientation and panes, so a layout saved by another version of the page is
ignored rather than put into the wrong divider.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QObject, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

if TYPE_CHECKING:
    from coordinator.ui.record_table_view import RecordTableView
    from coordinator.ui.workspace_view import WorkspaceView

WORKSPACE_SPLITTER = "window/splitter"


def remembered_tables(view: WorkspaceView) -> dict[str, RecordTableView]:
    """The tables whose columns are remembered, by their stable settings names."""
    program = view.program_view
    logistics = program.logistics_page
    return {
        "roster": program.roster_view,
        "itinerary": program.itinerary_view,
        "guides": program.guides_view,
        "logistics-arrivals": logistics.arrivals.table,
        "logistics-transfers": logistics.transfers.table,
        "logistics-rooms": logistics.rooms.table,
        "logistics-meals": logistics.meals.table,
        "logistics-gifts": logistics.gifts.table,
    }


def page_splitters(view: WorkspaceView) -> dict[QWidget, dict[str, QSplitter]]:
    """The splitters inside each tab, by settings keys that say which divider each is."""
    program = view.program_view
    pages: dict[str, QWidget] = {
        "itinerary": program.itinerary_page,
        "guides": program.guides_page,
        "logistics": program.logistics_page,
    }
    found: dict[QWidget, dict[str, QSplitter]] = {}
    for name, page in pages.items():
        found[page] = {}
        for place, splitter in enumerate(page.findChildren(QSplitter)):
            shape = "h" if splitter.orientation() == QtCore.Qt.Orientation.Horizontal else "v"
            found[page][f"splitters/{name}/{place}-{shape}{splitter.count()}"] = splitter
    return found


def restore_first_screen(view: WorkspaceView, settings: QSettings) -> None:
    """Put back what the first screen shows: the program list's width, the roster's columns.

    The start-up shows them before the other tabs are built; :class:`WorkspaceLayout`
    puts back the rest once they are.
    """
    state = settings.value(WORKSPACE_SPLITTER)
    if isinstance(state, QByteArray):
        view.restoreState(state)
    view.program_view.roster_view.remember_layout(settings, "roster")


class WorkspaceLayout(QObject):
    """Puts back and keeps the workspace's dividers and columns in ``settings``."""

    def __init__(self, view: WorkspaceView, settings: QSettings) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        self._splitters = page_splitters(view)
        self._pending: dict[QWidget, dict[str, QByteArray]] = {}
        view.program_view.tabs.currentChanged.connect(self._restore_shown_page)

    def restore(self) -> None:
        """Put back what the user left: now for what is shown, the rest when its tab is."""
        state = self._settings.value(WORKSPACE_SPLITTER)
        if isinstance(state, QByteArray):
            self._view.restoreState(state)
        for page, splitters in self._splitters.items():
            kept = {key: self._settings.value(key) for key in splitters}
            self._pending[page] = {
                key: value for key, value in kept.items() if isinstance(value, QByteArray)
            }
        for name, table in remembered_tables(self._view).items():
            table.remember_layout(self._settings, name)
        self._restore_shown_page()

    def save(self) -> None:
        """Keep the dividers and the columns the user changed."""
        self._settings.setValue(WORKSPACE_SPLITTER, self._view.saveState())
        for page, splitters in self._splitters.items():
            pending = self._pending.get(page, {})
            for key, splitter in splitters.items():
                # A tab never shown keeps the sizes it was given, not its unlaid-out ones.
                self._settings.setValue(key, pending.get(key, splitter.saveState()))
        for table in remembered_tables(self._view).values():
            table.header_layout.save()

    def _restore_shown_page(self) -> None:
        page = self._view.program_view.tabs.currentWidget()
        pending = self._pending.pop(page, {})
        for key, state in pending.items():
            self._splitters[page][key].restoreState(state)
