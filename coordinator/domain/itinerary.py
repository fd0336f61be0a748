"""The days of a program: activities, their hosts, guides and assignments."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from coordinator.domain.base import Base
from coordinator.domain.directory import Organization, Person, Venue, clean_name
from coordinator.domain.enums import GuideRole
from coordinator.domain.messages import said
from coordinator.domain.programs import clean_languages

if TYPE_CHECKING:
    from coordinator.domain.programs import Participant, Program


def check_times(start: dt.time | None, end: dt.time | None) -> None:
    """Refuse an end that is not after its start.

    Raises:
        ValueError: when both are given and ``end <= start``.
    """
    if start is not None and end is not None and end <= start:
        msg = said(
            "The end ({end}) must be after the start ({start})",
            end=f"{end:%H:%M}",
            start=f"{start:%H:%M}",
        )
        raise ValueError(msg)


class Activity(Base):
    """One item of the itinerary: a visit, meeting, tour, meal or ceremony."""

    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR end_time > start_time",
            name="end_after_start",
        ),
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default="1", sort_order=1000)
    """Counts the row's writes; an update of a row changed since it was read is refused."""
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(400))
    venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # None: as the kind says (see ``coordinator.domain.planning.kind_needs_guide``).
    needs_guide: Mapped[bool | None] = mapped_column(Boolean)
    # What happened or will happen, written for outsiders: documents and the
    # report print it; ``notes`` stay inside the office.
    summary: Mapped[str] = mapped_column(Text, default="")
    # Fields whose values were assumed, not given (e.g. "times", "venue").
    assumed: Mapped[list[str]] = mapped_column(default=list)
    # Grows by one each time the activity is saved: calendar files carry it as
    # SEQUENCE, so a phone updates the event instead of adding a second one.
    revision: Mapped[int] = mapped_column(default=0)

    program: Mapped[Program] = relationship(back_populates="activities")
    venue: Mapped[Venue | None] = relationship()
    attendees: Mapped[list[ActivityAttendee]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", passive_deletes=True
    )
    hosts: Mapped[list[ActivityHost]] = relationship(
        back_populates="activity",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ActivityHost.position",
    )
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", passive_deletes=True
    )

    @validates("title")
    def _validate_title(self, _key: str, value: str) -> str:
        return clean_name(value, "An activity's title")

    @validates("kind")
    def _validate_kind(self, _key: str, value: str) -> str:
        return clean_name(value, "An activity's kind")

    @validates("start_time", "end_time")
    def _validate_times(self, key: str, value: dt.time | None) -> dt.time | None:
        if key == "start_time":
            check_times(value, self.end_time)
        else:
            check_times(self.start_time, value)
        return value

    def __repr__(self) -> str:
        return f"Activity({self.day}, {self.title!r})"


class ActivityAttendee(Base):
    """A participant who attends an activity.

    An activity without attendees is attended by the whole delegation, which
    is what most of an itinerary is.
    """

    __tablename__ = "activity_attendee"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    activity: Mapped[Activity] = relationship(back_populates="attendees")
    participant: Mapped[Participant] = relationship()


class ActivityHost(Base):
    """A person who receives the delegation at an activity.

    The host's title and organization are kept as they were on that day.
    """

    __tablename__ = "activity_host"
    __table_args__ = (UniqueConstraint("activity_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)

    activity: Mapped[Activity] = relationship(back_populates="hosts")
    person: Mapped[Person] = relationship()
    organization: Mapped[Organization | None] = relationship()


class Guide(Base):
    """A person who can accompany delegations, as kept in the directory."""

    __tablename__ = "guide"
    __table_args__ = (
        CheckConstraint(
            "max_hours_per_day IS NULL OR (max_hours_per_day > 0 AND max_hours_per_day <= 24)",
            name="max_hours_in_a_day",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default="1", sort_order=1000)
    """Counts the row's writes; an update of a row changed since it was read is refused."""
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    languages: Mapped[list[str]] = mapped_column(default=list)
    roles: Mapped[list[str]] = mapped_column(default=list)
    max_hours_per_day: Mapped[float | None] = mapped_column()
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="guide")
    unavailable: Mapped[list[GuideUnavailability]] = relationship(
        back_populates="guide",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="GuideUnavailability.day",
    )
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="guide", cascade="all, delete-orphan", passive_deletes=True
    )

    @validates("languages")
    def _validate_languages(self, _key: str, value: list[str]) -> list[str]:
        return clean_languages(value)

    @validates("roles")
    def _validate_roles(self, _key: str, value: list[str]) -> list[str]:
        return [GuideRole(role).value for role in dict.fromkeys(value)]

    def __repr__(self) -> str:
        return f"Guide({self.person_id})"


class GuideUnavailability(Base):
    """A day, or hours of a day, when a guide cannot accompany anyone."""

    __tablename__ = "guide_unavailability"
    __table_args__ = (
        CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR end_time > start_time",
            name="end_after_start",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guide_id: Mapped[int] = mapped_column(ForeignKey("guide.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    reason: Mapped[str] = mapped_column(String(200), default="")

    guide: Mapped[Guide] = relationship(back_populates="unavailable")


class Assignment(Base):
    """A guide on an activity in a role."""

    __tablename__ = "assignment"
    __table_args__ = (
        UniqueConstraint("activity_id", "guide_id"),
        CheckConstraint(
            "role IN ('guide', 'interpreter', 'escort', 'driver', 'host_official')",
            name="role_known",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    guide_id: Mapped[int] = mapped_column(ForeignKey("guide.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default=GuideRole.GUIDE.value)
    title: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    activity: Mapped[Activity] = relationship(back_populates="assignments")
    guide: Mapped[Guide] = relationship(back_populates="assignments")

    @validates("role")
    def _validate_role(self, _key: str, value: str) -> str:
        return GuideRole(value).value
