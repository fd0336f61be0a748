"""Documents: signatories, certificate backgrounds, produced documents, summaries.

Also the fields assumed rather than given, time zones, nationalities and the
revisions of activities.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "signatory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organization", sa.String(length=300), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_signatory_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_signatory_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
    )
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatory_program_id"), ["program_id"], unique=False)

    op.create_table(
        "certificate_design",
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("background", sa.LargeBinary(), nullable=True),
        sa.Column("background_name", sa.String(length=260), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_certificate_design_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("program_id", name=op.f("pk_certificate_design")),
    )

    op.create_table(
        "produced_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("person_key", sa.String(length=60), nullable=True),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("produced", sa.DateTime(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("paper", sa.String(length=10), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('booklet', 'programmes', 'guides', 'badges', 'tents', 'certificates', "
            "'invitation', 'thanks', 'report')",
            name=op.f("ck_produced_document_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_produced_document_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_produced_document")),
    )
    with op.batch_alter_table("produced_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_produced_document_program_id"), ["program_id"], unique=False
        )

    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("time_zone", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("assumed", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("nationality", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("assumed", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("summary", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("assumed", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("revision")
        batch_op.drop_column("assumed")
        batch_op.drop_column("summary")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("assumed")
        batch_op.drop_column("nationality")
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.drop_column("assumed")
        batch_op.drop_column("time_zone")

    with op.batch_alter_table("produced_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_produced_document_program_id"))
    op.drop_table("produced_document")
    op.drop_table("certificate_design")
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatory_program_id"))
    op.drop_table("signatory")
