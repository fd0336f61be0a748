"""Alembic environment: runs migrations on the connection the store hands in.

The application never reads an ``alembic.ini``; :mod:`coordinator.store.database`
builds the configuration and passes an open connection in
``config.attributes["connection"]``.
"""

from alembic import context

from coordinator.domain.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    msg = "Migrations run through coordinator.store.database, which provides a connection"
    raise RuntimeError(msg)

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
