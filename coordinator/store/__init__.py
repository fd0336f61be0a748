"""Where the data lives: engines, sessions, migrations, the database file."""

from coordinator.store.database import Database, DatabaseError, DatabaseTooNewError, open_database

__all__ = ["Database", "DatabaseError", "DatabaseTooNewError", "open_database"]
