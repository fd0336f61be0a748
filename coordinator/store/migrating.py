"""Alembic, loaded only when a database must be created or upgraded.

Importing Alembic costs about as much as showing a bare window, so opening a
database that is already at :data:`~coordinator.store.database.SCHEMA_HEAD`
never imports this module.
"""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection


def alembic_config(connection: Connection | None = None) -> Config:
    """Return the Alembic configuration of the migrations inside the package."""
    config = Config()
    script_location = resources.files("coordinator.store") / "migrations"
    config.set_main_option("script_location", str(script_location))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Return every schema revision this version of the application ships."""
    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def head_revision() -> str:
    """Return the newest schema revision the shipped migrations lead to."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        msg = "The application ships no database migrations"
        raise RuntimeError(msg)
    return head


def upgrade_to_head(connection: Connection) -> None:
    """Run every migration the database lacks, inside the caller's transaction."""
    command.upgrade(alembic_config(connection), "head")
