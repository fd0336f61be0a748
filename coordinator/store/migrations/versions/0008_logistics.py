"""Logistics: travel details of participants, vehicles, transfers, hotel stays and gifts.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRAVEL = (
    ("mode", 20),
    ("number", 40),
    ("place", 120),
    ("terminal", 40),
)


def _version() -> sa.Column[int]:
    return sa.Column("version", sa.Integer(), server_default="1", nullable=False)


def upgrade() -> None:
    """Apply this revision."""
    # Plain ALTER TABLE ADD COLUMN (SQLite has it): rebuilding the table is not needed.
    for direction, other_end in (("arrival", "from"), ("departure", "to")):
        op.add_column(
            "participant",
            sa.Column(f"{direction}_time_known", sa.Boolean(), server_default=sa.true(),
                      nullable=False),
        )  # fmt: skip
        for name, length in (*_TRAVEL, (other_end, 120)):
            op.add_column(
                "participant",
                sa.Column(f"{direction}_{name}", sa.String(length=length), server_default="",
                          nullable=False),
            )  # fmt: skip
    # A date imported without a time was stored at midnight: its time is not known.
    op.execute("UPDATE participant SET arrival_time_known = false"
               " WHERE arrival IS NOT NULL AND CAST(arrival AS time) = '00:00:00'"
               if op.get_bind().dialect.name == "postgresql" else
               "UPDATE participant SET arrival_time_known = 0"
               " WHERE arrival IS NOT NULL AND time(arrival) = '00:00:00'")  # fmt: skip
    op.execute("UPDATE participant SET departure_time_known = false"
               " WHERE departure IS NOT NULL AND CAST(departure AS time) = '00:00:00'"
               if op.get_bind().dialect.name == "postgresql" else
               "UPDATE participant SET departure_time_known = 0"
               " WHERE departure IS NOT NULL AND time(departure) = '00:00:00'")  # fmt: skip
    op.create_table(
        "vehicle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plate", sa.String(length=20), nullable=False),
        sa.Column("plate_key", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("company", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        _version(),
        sa.CheckConstraint("seats >= 0", name=op.f("ck_vehicle_seats_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicle")),
    )
    op.create_index(op.f("ix_vehicle_plate_key"), "vehicle", ["plate_key"], unique=False)
    op.create_table(
        "movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("from_place", sa.String(length=300), nullable=False),
        sa.Column("to_place", sa.String(length=300), nullable=False),
        sa.Column("from_venue_id", sa.Integer(), nullable=True),
        sa.Column("to_venue_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("driver_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        _version(),
        sa.CheckConstraint(
            "end_time IS NULL OR end_time > start_time", name=op.f("ck_movement_end_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_movement_activity_id_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["driver_id"],
            ["guide.id"],
            name=op.f("fk_movement_driver_id_guide"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["from_venue_id"],
            ["venue.id"],
            name=op.f("fk_movement_from_venue_id_venue"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_movement_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_venue_id"],
            ["venue.id"],
            name=op.f("fk_movement_to_venue_id_venue"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement")),
    )
    for column in ("activity_id", "driver_id", "from_venue_id", "program_id", "to_venue_id"):
        op.create_index(op.f(f"ix_movement_{column}"), "movement", [column], unique=False)
    op.create_table(
        "movement_vehicle",
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["movement_id"], ["movement.id"],
                                name=op.f("fk_movement_vehicle_movement_id_movement"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicle.id"],
                                name=op.f("fk_movement_vehicle_vehicle_id_vehicle"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("movement_id", "vehicle_id", name=op.f("pk_movement_vehicle")),
    )  # fmt: skip
    op.create_index(op.f("ix_movement_vehicle_vehicle_id"), "movement_vehicle", ["vehicle_id"],
                    unique=False)  # fmt: skip
    op.create_table(
        "movement_passenger",
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["movement_id"], ["movement.id"],
                                name=op.f("fk_movement_passenger_movement_id_movement"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"],
                                name=op.f("fk_movement_passenger_participant_id_participant"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("movement_id", "participant_id",
                                name=op.f("pk_movement_passenger")),
    )  # fmt: skip
    op.create_index(op.f("ix_movement_passenger_participant_id"), "movement_passenger",
                    ["participant_id"], unique=False)  # fmt: skip
    op.create_table(
        "stay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("hotel_id", sa.Integer(), nullable=True),
        sa.Column("room_type", sa.String(length=20), nullable=False),
        sa.Column("shares_with_id", sa.Integer(), nullable=True),
        sa.Column("check_in", sa.Date(), nullable=True),
        sa.Column("check_out", sa.Date(), nullable=True),
        sa.Column("requests", sa.Text(), nullable=False),
        _version(),
        sa.CheckConstraint("check_out IS NULL OR check_in IS NULL OR check_out > check_in",
                           name=op.f("ck_stay_check_out_after_check_in")),
        sa.ForeignKeyConstraint(["hotel_id"], ["venue.id"], name=op.f("fk_stay_hotel_id_venue"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"],
                                name=op.f("fk_stay_participant_id_participant"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["shares_with_id"], ["participant.id"],
                                name=op.f("fk_stay_shares_with_id_participant"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stay")),
        sa.UniqueConstraint("participant_id", name=op.f("uq_stay_participant_id")),
    )  # fmt: skip
    op.create_index(op.f("ix_stay_hotel_id"), "stay", ["hotel_id"], unique=False)
    op.create_index(op.f("ix_stay_shares_with_id"), "stay", ["shares_with_id"], unique=False)
    op.create_table(
        "gift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("giver", sa.String(length=200), nullable=False),
        sa.Column("giver_organization", sa.String(length=300), nullable=False),
        sa.Column("receiver", sa.String(length=200), nullable=False),
        sa.Column("receiver_organization", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("value", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("kept_at", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        _version(),
        sa.CheckConstraint("value IS NULL OR value >= 0", name=op.f("ck_gift_value_not_negative")),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"],
                                name=op.f("fk_gift_activity_id_activity"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["program_id"], ["program.id"],
                                name=op.f("fk_gift_program_id_program"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift")),
    )  # fmt: skip
    op.create_index(op.f("ix_gift_activity_id"), "gift", ["activity_id"], unique=False)
    op.create_index(op.f("ix_gift_program_id"), "gift", ["program_id"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    for table in ("gift", "stay", "movement_passenger", "movement_vehicle", "movement", "vehicle"):
        op.drop_table(table)
    with op.batch_alter_table("participant", schema=None) as batch_op:
        for direction, other_end in (("arrival", "from"), ("departure", "to")):
            batch_op.drop_column(f"{direction}_time_known")
            for name, _length in (*_TRAVEL, (other_end, 120)):
                batch_op.drop_column(f"{direction}_{name}")
