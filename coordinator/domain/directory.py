"""The directory shared by every program: organizations, persons and venues.

The directory keeps the *latest* title and organization of a person; what a
person was at the time of a visit is recorded with that program (see
:class:`~coordinator.domain.programs.Participant` and
:class:`~coordinator.domain.itinerary.ActivityHost`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from coordinator.domain.base import Base
from coordinator.domain.text import fold_spaces, search_key

if TYPE_CHECKING:
    from coordinator.domain.itinerary import Guide


def clean_name(value: str | None, what: str) -> str:
    """Return ``value`` trimmed with inner spaces folded; refuse an empty one.

    Raises:
        ValueError: when nothing but white space is left.
    """
    cleaned = fold_spaces(value or "")
    if not cleaned:
        msg = f"{what} must not be empty"
        raise ValueError(msg)
    return cleaned


class Organization(Base):
    """A union, municipality, facility operator, museum or ministry."""

    __tablename__ = "organization"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(60), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    @validates("name")
    def _validate_name(self, _key: str, value: str) -> str:
        cleaned = clean_name(value, "An organization's name")
        self.name_key = search_key(cleaned)
        return cleaned

    def __repr__(self) -> str:
        return f"Organization({self.name!r})"


class Person(Base):
    """A contact: a delegation member, a host, a guide.

    ``full_name`` is the name as the person writes it, given name first.
    """

    __tablename__ = "person"
    __table_args__ = (CheckConstraint("length(trim(full_name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default="1", sort_order=1000)
    """Counts the row's writes; an update of a row changed since it was read is refused."""
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own
    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    languages: Mapped[list[str]] = mapped_column(default=list)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization | None] = relationship()
    guide: Mapped[Guide | None] = relationship(back_populates="person")

    @validates("full_name")
    def _validate_full_name(self, _key: str, value: str) -> str:
        cleaned = clean_name(value, "A person's name")
        self.name_key = search_key(cleaned)
        return cleaned

    def __repr__(self) -> str:
        return f"Person({self.full_name!r})"


class Venue(Base):
    """A place the delegation visits, owned or run by an organization."""

    __tablename__ = "venue"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default="1", sort_order=1000)
    """Counts the row's writes; an update of a row changed since it was read is refused."""
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    owner: Mapped[Organization | None] = relationship()

    @validates("name")
    def _validate_name(self, _key: str, value: str) -> str:
        cleaned = clean_name(value, "A venue's name")
        self.name_key = search_key(cleaned)
        return cleaned

    def __repr__(self) -> str:
        return f"Venue({self.name!r})"


class VenueTravel(Base):
    """The minutes it takes to go from one venue to another, when known.

    A guide booked on two activities needs at least this long between the end
    of the first and the start of the second. A time known in one direction
    only is taken to hold both ways.
    """

    __tablename__ = "venue_travel"
    __table_args__ = (
        CheckConstraint("minutes >= 0 AND minutes <= 1440", name="minutes_in_a_day"),
        CheckConstraint("from_venue_id <> to_venue_id", name="two_venues"),
    )

    from_venue_id: Mapped[int] = mapped_column(
        ForeignKey("venue.id", ondelete="CASCADE"), primary_key=True
    )
    to_venue_id: Mapped[int] = mapped_column(
        ForeignKey("venue.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    minutes: Mapped[int] = mapped_column()

    from_venue: Mapped[Venue] = relationship(foreign_keys=[from_venue_id])
    to_venue: Mapped[Venue] = relationship(foreign_keys=[to_venue_id])
