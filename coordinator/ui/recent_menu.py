"""File ▸ Open recent: the databases opened lately, numbered, and forgetting the gone ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from coordinator.ui.main_window import MainWindow
from coordinator.ui.prompts import Prompts
from coordinator.ui.recent_files import RecentFiles


class RecentMenu(QObject):
    """Keeps the Open recent menu in step with the remembered databases."""

    def __init__(
        self,
        window: MainWindow,
        prompts: Prompts,
        recent: RecentFiles,
        open_target: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._recent = recent
        self._open = open_target
        window.main_actions.clear_recent.triggered.connect(self.clear)
        self.rebuild()

    def remember(self, target: str) -> None:
        """Put ``target`` (a file path or URL) first in the list."""
        self._recent.add(target)
        self.rebuild()

    def rebuild(self) -> None:
        """Fill the menu from the remembered list."""
        menu = self._window.recent_menu
        menu.clear()
        entries = self._recent.entries()
        for number, entry in enumerate(entries, start=1):
            action = QAction(f"&{number} {entry}" if number < 10 else entry, menu)
            action.triggered.connect(lambda _checked=False, target=entry: self.open_recent(target))
            menu.addAction(action)
        if entries:
            menu.addSeparator()
        menu.addAction(self._window.main_actions.clear_recent)
        self._window.main_actions.clear_recent.setEnabled(bool(entries))
        menu.setEnabled(bool(entries))

    def open_recent(self, target: str) -> None:
        """Open a database of the list, forgetting it if its file is gone."""
        if "://" not in target and not Path(target).exists():
            self._recent.remove(target)
            self.rebuild()
            self._prompts.error(
                self.tr("Open recent"),
                self.tr("The file {path} no longer exists.").format(path=target),
            )
            return
        self._open(target)

    def clear(self) -> None:
        """Forget every database of the list."""
        self._recent.clear()
        self.rebuild()
