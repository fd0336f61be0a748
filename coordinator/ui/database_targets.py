"""What the database controller opens: a URL or a file, and the name it keeps for it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from coordinator.ui.server_passwords import without_password

if TYPE_CHECKING:
    from coordinator.store import Database


def database_target(text: str) -> str | Path:
    """Return a SQLAlchemy URL as it is and anything else as a file path."""
    return text if "://" in text else Path(text)


def recent_name(database: Database, target: str) -> str:
    """Return what the recent list keeps for ``database``: its full path, or its URL."""
    if database.path is not None:
        return str(database.path.resolve())
    if "://" in target:
        return without_password(target)  # the password stays in the keyring, if anywhere
    return target
