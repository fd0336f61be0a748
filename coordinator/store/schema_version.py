"""The newest schema revision, importable without SQLAlchemy."""

# The newest schema revision; a test checks it is the migrations' head. A
# database stamped with it opens without importing Alembic.
SCHEMA_HEAD = "0008"
