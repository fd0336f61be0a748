"""Connecting to a team's server: asking for it, and its password from the keyring or the user."""

from __future__ import annotations

from PySide6.QtCore import QObject
from sqlalchemy.engine import make_url

from coordinator.ui.main_window import MainWindow
from coordinator.ui.prompts import Prompts
from coordinator.ui.server_passwords import remember_password, remembered_password, with_password


class ServerConnections(QObject):
    """Gives the address of a server with its password, asking only what is not known."""

    def __init__(self, window: MainWindow, prompts: Prompts) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts

    def ask(self) -> str | None:
        """Ask for a server (File ▸ Connect to server…); return its address, ``None``: cancel."""
        choice = self._prompts.server()
        if choice is None:
            return None
        if choice.remember and not remember_password(choice.url):
            self._window.statusBar().showMessage(
                self.tr("This computer's keyring cannot keep the password: it is asked each time.")
            )
        return choice.url

    def complete(self, target: str) -> str | None:
        """Return ``target`` with its password: from the keyring, or asked; ``None``: cancel."""
        url = make_url(target)
        if url.get_backend_name() != "postgresql" or url.password:
            return target
        password = remembered_password(target)
        if password is not None:
            return with_password(target, password)
        choice = self._prompts.server(target)
        if choice is None:
            return None
        if choice.remember:
            remember_password(choice.url)
        return choice.url
