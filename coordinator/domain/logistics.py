"""The logistics of a visit: vehicles, transfers (movements), hotel stays and gifts.

Vehicles belong to the directory and are reused across programs; drivers are
guides with the driver role. A movement takes passengers (the whole
delegation when none are listed) from one place to another at a time, in
vehicles, with a driver. A stay puts one participant in a hotel (a venue of
the hotel kind) for the nights of their visit. The gift register keeps what
was given and received, for the office's yearly declaration.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from coordinator.domain.base import Base
from coordinator.domain.directory import clean_name
from coordinator.domain.enums import GiftDirection, MovementKind, RoomType
from coordinator.domain.itinerary import check_times

if TYPE_CHECKING:
    from coordinator.domain.directory import Venue
    from coordinator.domain.itinerary import Activity, Guide
    from coordinator.domain.programs import Participant, Program


class Vehicle(Base):
    """A car, minibus or coach the office books, with its company and phone."""

    __tablename__ = "vehicle"
    __table_args__ = (CheckConstraint("seats >= 0", name="seats_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default="1", sort_order=1000)
    """Counts the row's writes; an update of a row changed since it was read is refused."""
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own
    plate: Mapped[str] = mapped_column(String(20))
    plate_key: Mapped[str] = mapped_column(String(20), index=True)
    """The plate without spaces, upper-cased: ``34 ABC 123`` and ``34abc123`` are one vehicle."""
    kind: Mapped[str] = mapped_column(String(40), default="")
    seats: Mapped[int] = mapped_column(Integer, default=0)
    """Passenger seats, the driver's not counted."""
    company: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    @validates("plate")
    def _validate_plate(self, _key: str, value: str) -> str:
        plate = clean_name(value, "A vehicle's plate")
        self.plate_key = plate_key(plate)
        return plate

    def __repr__(self) -> str:
        return f"Vehicle({self.plate!r})"


def plate_key(plate: str) -> str:
    """Return how plates are compared: letters and digits only, upper-cased."""
    return "".join(char for char in plate.upper() if char.isalnum())


class Movement(Base):
    """A transfer: passengers taken from one place to another, in vehicles, by a driver."""

    __tablename__ = "movement"
    __table_args__ = (
        CheckConstraint("end_time IS NULL OR end_time > start_time", name="end_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default="1", sort_order=1000)
    """Counts the row's writes; an update of a row changed since it was read is refused."""
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    kind: Mapped[str] = mapped_column(String(20), default=MovementKind.RIDE.value)
    from_place: Mapped[str] = mapped_column(String(300), default="")
    """Where it leaves from: an airport (``IST``), a hotel or a venue, by name."""
    to_place: Mapped[str] = mapped_column(String(300), default="")
    from_venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue.id", ondelete="SET NULL"), index=True
    )
    to_venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue.id", ondelete="SET NULL"), index=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), index=True
    )
    """The activity the movement takes its passengers to, if any."""
    driver_id: Mapped[int | None] = mapped_column(
        ForeignKey("guide.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    program: Mapped[Program] = relationship()
    from_venue: Mapped[Venue | None] = relationship(foreign_keys=[from_venue_id])
    to_venue: Mapped[Venue | None] = relationship(foreign_keys=[to_venue_id])
    activity: Mapped[Activity | None] = relationship()
    driver: Mapped[Guide | None] = relationship()
    vehicles: Mapped[list[MovementVehicle]] = relationship(
        back_populates="movement", cascade="all, delete-orphan", passive_deletes=True
    )
    passengers: Mapped[list[MovementPassenger]] = relationship(
        back_populates="movement", cascade="all, delete-orphan", passive_deletes=True
    )

    @validates("kind")
    def _validate_kind(self, _key: str, value: str) -> str:
        return MovementKind(value).value

    @validates("start_time", "end_time")
    def _validate_times(self, key: str, value: dt.time | None) -> dt.time | None:
        if key == "start_time":
            check_times(value, self.end_time)
        else:
            check_times(self.start_time, value)
        return value

    def __repr__(self) -> str:
        return f"Movement({self.day}, {self.start_time}, {self.from_place!r} → {self.to_place!r})"


class MovementVehicle(Base):
    """A vehicle booked for a movement."""

    __tablename__ = "movement_vehicle"

    movement_id: Mapped[int] = mapped_column(
        ForeignKey("movement.id", ondelete="CASCADE"), primary_key=True
    )
    vehicle_id: Mapped[int] = mapped_column(
        ForeignKey("vehicle.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    movement: Mapped[Movement] = relationship(back_populates="vehicles")
    vehicle: Mapped[Vehicle] = relationship()


class MovementPassenger(Base):
    """A participant on a movement that does not take the whole delegation."""

    __tablename__ = "movement_passenger"

    movement_id: Mapped[int] = mapped_column(
        ForeignKey("movement.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    movement: Mapped[Movement] = relationship(back_populates="passengers")


class Stay(Base):
    """A participant's hotel room: which hotel, what room, with whom, which nights.

    ``check_in`` and ``check_out`` of ``None`` follow the participant's arrival
    and departure.
    """

    __tablename__ = "stay"
    __table_args__ = (
        UniqueConstraint("participant_id"),
        CheckConstraint(
            "check_out IS NULL OR check_in IS NULL OR check_out > check_in",
            name="check_out_after_check_in",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default="1", sort_order=1000)
    """Counts the row's writes; an update of a row changed since it was read is refused."""
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    hotel_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue.id", ondelete="SET NULL"), index=True
    )
    room_type: Mapped[str] = mapped_column(String(20), default=RoomType.SINGLE.value)
    shares_with_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    check_in: Mapped[dt.date | None] = mapped_column(Date)
    check_out: Mapped[dt.date | None] = mapped_column(Date)
    requests: Mapped[str] = mapped_column(Text, default="")

    participant: Mapped[Participant] = relationship(foreign_keys=[participant_id])
    hotel: Mapped[Venue | None] = relationship()
    shares_with: Mapped[Participant | None] = relationship(foreign_keys=[shares_with_id])

    @validates("room_type")
    def _validate_room_type(self, _key: str, value: str) -> str:
        return RoomType(value).value

    def __repr__(self) -> str:
        return f"Stay({self.participant_id}, {self.hotel_id}, {self.room_type!r})"


class Gift(Base):
    """A gift given or received on a program, as protocol rules make the office record it."""

    __tablename__ = "gift"
    __table_args__ = (CheckConstraint("value IS NULL OR value >= 0", name="value_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default="1", sort_order=1000)
    """Counts the row's writes; an update of a row changed since it was read is refused."""
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[dt.date | None] = mapped_column(Date)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), index=True
    )
    direction: Mapped[str] = mapped_column(String(10), default=GiftDirection.GIVEN.value)
    giver: Mapped[str] = mapped_column(String(200), default="")
    giver_organization: Mapped[str] = mapped_column(String(300), default="")
    receiver: Mapped[str] = mapped_column(String(200), default="")
    receiver_organization: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    """The estimated value, in ``currency``."""
    currency: Mapped[str] = mapped_column(String(3), default="TRY")
    kept_at: Mapped[str] = mapped_column(String(300), default="")
    """Where a received gift is kept (the office's showcase, the archive)."""
    notes: Mapped[str] = mapped_column(Text, default="")

    program: Mapped[Program] = relationship()
    activity: Mapped[Activity | None] = relationship()

    @validates("direction")
    def _validate_direction(self, _key: str, value: str) -> str:
        return GiftDirection(value).value

    def __repr__(self) -> str:
        return f"Gift({self.program_id}, {self.direction!r}, {self.description[:30]!r})"
