"""Where the data lives: engines, sessions, migrations, the database file.

The names below are loaded on first use, so that a light submodule (e.g.
:mod:`coordinator.store.first_screen`) can be imported without SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coordinator.store.database import (
        Database,
        DatabaseDamagedError,
        DatabaseError,
        DatabaseTooNewError,
        open_database,
    )

__all__ = [
    "Database",
    "DatabaseDamagedError",
    "DatabaseError",
    "DatabaseTooNewError",
    "open_database",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from coordinator.store import database  # noqa: PLC0415 - SQLAlchemy on first use

        return getattr(database, name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
