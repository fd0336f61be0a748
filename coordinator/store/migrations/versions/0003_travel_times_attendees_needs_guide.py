"""Travel times between venues, who attends an activity, whether it needs a guide.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "venue_travel",
        sa.Column("from_venue_id", sa.Integer(), nullable=False),
        sa.Column("to_venue_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("from_venue_id <> to_venue_id", name=op.f("ck_venue_travel_two_venues")),
        sa.CheckConstraint(
            "minutes >= 0 AND minutes <= 1440", name=op.f("ck_venue_travel_minutes_in_a_day")
        ),
        sa.ForeignKeyConstraint(
            ["from_venue_id"],
            ["venue.id"],
            name=op.f("fk_venue_travel_from_venue_id_venue"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_venue_id"],
            ["venue.id"],
            name=op.f("fk_venue_travel_to_venue_id_venue"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("from_venue_id", "to_venue_id", name=op.f("pk_venue_travel")),
    )
    with op.batch_alter_table("venue_travel", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_venue_travel_to_venue_id"), ["to_venue_id"], unique=False
        )

    op.create_table(
        "activity_attendee",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_attendee_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_activity_attendee_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "participant_id", name=op.f("pk_activity_attendee")),
    )
    with op.batch_alter_table("activity_attendee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_attendee_participant_id"), ["participant_id"], unique=False
        )

    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("needs_guide", sa.Boolean(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("needs_guide")

    with op.batch_alter_table("activity_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_attendee_participant_id"))

    op.drop_table("activity_attendee")
    with op.batch_alter_table("venue_travel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_venue_travel_to_venue_id"))

    op.drop_table("venue_travel")
