"""The application's own icons, loaded once from ``resources/icons``."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from coordinator.resource_files import resource_path


@cache
def icon(name: str) -> QIcon:
    """Return the icon ``resources/icons/<name>.svg`` (needs a running QGuiApplication)."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
