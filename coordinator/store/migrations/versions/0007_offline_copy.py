"""Offline copies: the program a travelling coordinator took away, as it was then.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "offline_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_code", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=400), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("taken_by", sa.String(length=200), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_copy")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("offline_copy")
