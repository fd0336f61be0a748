"""Alembic migrations of the coordinator database, shipped inside the package."""
