"""The migrations build exactly the models' schema, both ways, without losing rows."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, inspect
from sqlalchemy.engine import Engine

from coordinator.domain.models import Base
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.store import Database, DatabaseError, migrating, open_database
from coordinator.store import database as database_module
from coordinator.store.database import current_revision
from coordinator.store.engine import sqlite_url
from coordinator.store.migrating import alembic_config, head_revision

MIGRATIONS = Path(database_module.__file__).parent / "migrations"


def _schema(connection: Connection) -> list[tuple[str, str, str]]:
    """Every table and index SQLite stores, as (type, name, sql), the version table aside."""
    rows = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY type, name"
    )
    return [(row[0], row[1], row[2]) for row in rows]


def _described(engine: Engine) -> dict[str, dict[str, Any]]:
    """What the inspector sees of every table: columns and every kind of constraint."""
    with engine.connect() as connection:
        inspector = inspect(connection)
        return {
            table: {
                "columns": [
                    (column["name"], str(column["type"]), column["nullable"])
                    for column in inspector.get_columns(table)
                ],
                "primary": inspector.get_pk_constraint(table),
                "foreign": sorted(
                    (
                        key["name"],
                        tuple(key["constrained_columns"]),
                        key["referred_table"],
                        key["options"].get("ondelete"),
                    )
                    for key in inspector.get_foreign_keys(table)
                ),
                "unique": sorted(
                    (key["name"], tuple(key["column_names"]))
                    for key in inspector.get_unique_constraints(table)
                ),
                "checks": sorted(
                    (check["name"], check["sqltext"])
                    for check in inspector.get_check_constraints(table)
                ),
                "indexes": sorted(
                    (index["name"], tuple(index["column_names"]), index["unique"])
                    for index in inspector.get_indexes(table)
                ),
            }
            for table in inspector.get_table_names()
            if table != "alembic_version"
        }


def test_models_match_the_migrations(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_constraints_match_the_models(database: Database, tmp_path: Path) -> None:
    """Autogenerate ignores CHECK constraints; compare them with a create_all schema."""
    reference = create_engine(sqlite_url(tmp_path / "reference.sqlite"))
    try:
        Base.metadata.create_all(reference)
        assert _described(database.engine) == _described(reference)
    finally:
        reference.dispose()


def test_downgrade_to_base_then_upgrade_gives_the_same_schema(database: Database) -> None:
    with database.engine.begin() as connection:
        before = _schema(connection)
        command.downgrade(alembic_config(connection), "base")
        assert _schema(connection) == []
        assert current_revision(connection) is None
        command.upgrade(alembic_config(connection), "head")
        assert _schema(connection) == before
        assert current_revision(connection) == head_revision()


def test_there_is_one_head_and_it_is_known() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [head_revision()]
    assert [revision.revision for revision in script.walk_revisions()][-1] == "0001"


def test_migrations_refuse_to_run_without_the_stores_connection() -> None:
    config = alembic_config()
    with pytest.raises(RuntimeError, match="provides a connection"):
        command.upgrade(config, "head")


# A later release's migration, written the way Alembic writes SQLite migrations:
# a batch operation that rebuilds a table referenced by others.
REBUILD_PROGRAM = '''"""Rebuild the program table.

Revision ID: 9001
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("program", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("budget", sa.Integer(), nullable=True))
    {extra}


def downgrade() -> None:
    with op.batch_alter_table("program", recreate="always") as batch_op:
        batch_op.drop_column("budget")
'''


def _with_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str = "pass") -> None:
    """Make the store use a copy of its migrations plus one more revision on the head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_rebuild_program.py").write_text(
        REBUILD_PROGRAM.format(extra=extra, head=head_revision()), encoding="utf-8"
    )

    def config(connection: Connection | None = None) -> Config:
        result = Config()
        result.set_main_option("script_location", str(scripts))
        if connection is not None:
            result.attributes["connection"] = connection
        return result

    monkeypatch.setattr(migrating, "alembic_config", config)
    monkeypatch.setattr(database_module, "SCHEMA_HEAD", "9001")


def _filled(path: Path) -> None:
    database = open_database(path)
    try:
        ProgramService(database).create(
            ProgramInput(
                code="KZ-2021",
                title="Turkistan Municipality Information and Experience Sharing Program",
                first_day=dt.date(2021, 8, 24),
                last_day=dt.date(2021, 8, 29),
                organizer="Union of Turkish World Municipalities (TDBB)",
                partners=("Beykoz Municipality", "Üsküdar Municipality"),
            )
        )
        RosterService(database).add("KZ-2021", ParticipantInput(name="Zhandos Tasov", role="head"))
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO activity (program_id, day, position, kind, title, notes) "
                "VALUES (1, '2021-08-24', 0, 'courtesy_visit', 'Visit to the Mayor', '')"
            )
    finally:
        database.close()


def test_an_upgrade_that_rebuilds_a_table_keeps_the_rows_that_refer_to_it(
    database_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _filled(database_path)
    _with_migration(tmp_path, monkeypatch)
    database = open_database(database_path)
    try:
        with database.engine.connect() as connection:
            assert current_revision(connection) == "9001"
            assert "budget" in {c["name"] for c in inspect(connection).get_columns("program")}
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert [p.name for p in RosterService(database).list_participants("KZ-2021")] == [
            "Zhandos Tasov"
        ]
        assert ProgramService(database).get("KZ-2021").partners == (
            "Beykoz Municipality",
            "Üsküdar Municipality",
        )
        assert len(ItineraryService(database).list_activities("KZ-2021")) == 1
    finally:
        database.close()


def test_an_upgrade_that_breaks_references_is_rolled_back(
    database_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _filled(database_path)
    head = head_revision()
    _with_migration(
        tmp_path, monkeypatch, extra='op.execute("UPDATE participant SET person_id = 999")'
    )
    with pytest.raises(DatabaseError, match="broken references in participant"):
        open_database(database_path)
    monkeypatch.undo()
    database = open_database(database_path)
    try:
        with database.engine.connect() as connection:
            assert current_revision(connection) == head
            columns = {c["name"] for c in inspect(connection).get_columns("program")}
            assert "budget" not in columns
        assert [p.name for p in RosterService(database).list_participants("KZ-2021")] == [
            "Zhandos Tasov"
        ]
    finally:
        database.close()


def test_the_schema_head_constant_is_the_migrations_head() -> None:
    assert head_revision() == database_module.SCHEMA_HEAD


def test_opening_an_up_to_date_database_does_not_load_alembic(database_path: Path) -> None:
    open_database(database_path).close()
    script = (
        "import sys; from pathlib import Path; from coordinator.store import open_database; "
        f"open_database(Path({str(database_path)!r})).close(); "
        "print(any(name.startswith('alembic') for name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
