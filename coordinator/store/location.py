"""Where the database lives when the user names none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANIZATION_NAME = "Delegation Coordinator"
APPLICATION_NAME = "coordinator"
DATABASE_FILE = "coordinator.sqlite"


def default_database_path() -> Path:
    """Return the database file in the user's local (not roaming) data folder.

    Qt's ``AppLocalDataLocation`` is ``%LOCALAPPDATA%`` on Windows, so an
    office's roaming profile does not carry (and corrupt) a live database.
    """
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName(APPLICATION_NAME)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) / DATABASE_FILE
