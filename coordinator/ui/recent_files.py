"""What the user had open: recent databases and the program last shown, in the settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

_KEY = "files/recent"
_LAST_PROGRAM_KEY = "ui/last_program"
MAX_RECENT = 8


class RecentFiles:
    """Recently opened databases, the newest first, without duplicates."""

    def __init__(self, settings: QSettings, limit: int = MAX_RECENT) -> None:
        self._settings = settings
        self._limit = limit

    def entries(self) -> list[str]:
        """Return the remembered databases, the newest first."""
        value = self._settings.value(_KEY, [])
        if isinstance(value, str):  # QSettings returns one entry as a plain string
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(item) for item in value if item]

    def add(self, target: str) -> None:
        """Remember ``target`` as the newest entry."""
        entries = [target, *(entry for entry in self.entries() if entry != target)]
        self._settings.setValue(_KEY, entries[: self._limit])

    def remove(self, target: str) -> None:
        """Forget ``target``, e.g. when its file no longer exists."""
        self._settings.setValue(_KEY, [entry for entry in self.entries() if entry != target])

    def clear(self) -> None:
        """Forget every entry."""
        self._settings.setValue(_KEY, [])

    def last(self) -> str | None:
        """Return the database opened most recently, if any."""
        entries = self.entries()
        return entries[0] if entries else None


def last_program(settings: QSettings) -> str | None:
    """Return the code of the program shown last, to select it again at start."""
    value = settings.value(_LAST_PROGRAM_KEY)
    return value if isinstance(value, str) and value else None


def remember_program(settings: QSettings, code: str) -> None:
    """Remember ``code`` as the program shown last."""
    settings.setValue(_LAST_PROGRAM_KEY, code)
