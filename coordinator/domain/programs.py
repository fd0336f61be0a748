"""A hosted visit (program) and the delegation on its roster (participants)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from coordinator.domain.base import Base
from coordinator.domain.directory import Organization, Person, clean_name
from coordinator.domain.enums import ParticipantRole, TravelMode
from coordinator.domain.messages import said

if TYPE_CHECKING:
    from coordinator.domain.itinerary import Activity

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


class ProgramPartner(Base):
    """An organization that hosts a program together with the organizer."""

    __tablename__ = "program_partner"

    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), primary_key=True
    )
    position: Mapped[int] = mapped_column(default=0)

    organization: Mapped[Organization] = relationship()


def clean_languages(values: list[str]) -> list[str]:
    """Return ISO 639 codes lower-cased, without duplicates, in the given order.

    Raises:
        ValueError: for anything that is not a two- or three-letter code.
    """
    result: list[str] = []
    for value in values:
        code = value.strip().lower()
        if not code:
            continue
        if not _LANGUAGE.match(code):
            msg = said(
                "{value} is not a language code such as en, tr, ru or kk", value=f"{value!r}"
            )
            raise ValueError(msg)
        if code not in result:
            result.append(code)
    return result


class Program(Base):
    """One hosted visit: who organizes it, with whom, where and when."""

    __tablename__ = "program"
    __table_args__ = (
        CheckConstraint("last_day >= first_day", name="last_day_not_before_first"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default="1", sort_order=1000)
    """Counts the row's writes; an update of a row changed since it was read is refused."""
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(400))
    organizer_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(120), default="")
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)
    languages: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The IANA time zone of the program's city (calendar files carry it); "" if unknown.
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    # Fields whose values were assumed, not given (e.g. "languages", "days").
    assumed: Mapped[list[str]] = mapped_column(default=list)

    organizer: Mapped[Organization | None] = relationship()
    partner_links: Mapped[list[ProgramPartner]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by=ProgramPartner.position,
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="program", cascade="all, delete-orphan", passive_deletes=True
    )
    activities: Mapped[list[Activity]] = relationship(
        back_populates="program", cascade="all, delete-orphan", passive_deletes=True
    )

    @validates("code")
    def _validate_code(self, _key: str, value: str) -> str:
        code = (value or "").strip()
        if not _CODE.match(code):
            msg = said(
                "Program code {value} must be 1 to 40 letters, digits, dots, dashes or "
                "underscores, starting with a letter or digit",
                value=f"{value!r}",
            )
            raise ValueError(msg)
        return code

    @validates("title")
    def _validate_title(self, _key: str, value: str) -> str:
        return clean_name(value, "A program's title")

    @validates("languages")
    def _validate_languages(self, _key: str, value: list[str]) -> list[str]:
        return clean_languages(value)

    @validates("first_day", "last_day")
    def _validate_days(self, key: str, value: dt.date) -> dt.date:
        other = self.last_day if key == "first_day" else self.first_day
        first, last = (value, other) if key == "first_day" else (other, value)
        if first is not None and last is not None and last < first:
            msg = said(
                "The last day ({last}) is before the first day ({first})",
                last=f"{last:%d.%m.%Y}",
                first=f"{first:%d.%m.%Y}",
            )
            raise ValueError(msg)
        return value

    @property
    def partners(self) -> list[Organization]:
        """The partner organizations, in the order the program names them."""
        return [link.organization for link in self.partner_links]

    def set_partners(self, organizations: list[Organization]) -> None:
        """Replace the partners by ``organizations``, keeping their order."""
        unique = list(dict.fromkeys(organizations))
        self.partner_links = [
            ProgramPartner(organization=organization, position=index)
            for index, organization in enumerate(unique)
        ]

    def days(self) -> list[dt.date]:
        """Return every day of the program, first to last."""
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + dt.timedelta(days=offset) for offset in range(count)]

    def __repr__(self) -> str:
        return f"Program({self.code!r})"


class Participant(Base):
    """A person on a program's roster.

    ``title`` and ``organization`` are recorded as they were for this visit, so
    the documents of an old program print the titles of its time while the
    directory's :class:`Person` moves on.
    """

    __tablename__ = "participant"
    __table_args__ = (
        UniqueConstraint("program_id", "person_id"),
        CheckConstraint(
            "departure IS NULL OR arrival IS NULL OR departure >= arrival",
            name="departure_not_before_arrival",
        ),
        CheckConstraint("role IN ('head', 'member', 'staff')", name="role_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(server_default="1", sort_order=1000)
    """Counts the row's writes; an update of a row changed since it was read is refused."""
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(20), default=ParticipantRole.MEMBER.value)
    title: Mapped[str] = mapped_column(String(300), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    arrival: Mapped[dt.datetime | None] = mapped_column(DateTime)
    departure: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Travel: a date given without a time is kept as such (the time is not
    # known, never midnight); mode is a TravelMode value or empty; number is
    # the carrier and its flight or train number ("TK 351"); place the
    # airport or station ("IST", "SAW", a name).
    arrival_time_known: Mapped[bool] = mapped_column(server_default=true(), sort_order=1001)
    arrival_mode: Mapped[str] = mapped_column(String(20), default="", sort_order=1001)
    arrival_number: Mapped[str] = mapped_column(String(40), default="", sort_order=1001)
    arrival_place: Mapped[str] = mapped_column(String(120), default="", sort_order=1001)
    arrival_terminal: Mapped[str] = mapped_column(String(40), default="", sort_order=1001)
    arrival_from: Mapped[str] = mapped_column(String(120), default="", sort_order=1001)
    departure_time_known: Mapped[bool] = mapped_column(server_default=true(), sort_order=1001)
    departure_mode: Mapped[str] = mapped_column(String(20), default="", sort_order=1001)
    departure_number: Mapped[str] = mapped_column(String(40), default="", sort_order=1001)
    departure_place: Mapped[str] = mapped_column(String(120), default="", sort_order=1001)
    departure_terminal: Mapped[str] = mapped_column(String(40), default="", sort_order=1001)
    departure_to: Mapped[str] = mapped_column(String(120), default="", sort_order=1001)
    room: Mapped[str] = mapped_column(String(40), default="")
    dietary: Mapped[str] = mapped_column(String(200), default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    passport_number: Mapped[str] = mapped_column(String(40), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    nationality: Mapped[str] = mapped_column(String(120), default="")
    # Fields whose values were assumed, not given (e.g. "role").
    assumed: Mapped[list[str]] = mapped_column(default=list)

    program: Mapped[Program] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()
    organization: Mapped[Organization | None] = relationship()

    @validates("role")
    def _validate_role(self, _key: str, value: str) -> str:
        return ParticipantRole(value).value

    @validates("arrival_mode", "departure_mode")
    def _validate_mode(self, _key: str, value: str) -> str:
        return TravelMode(value).value if value else ""

    @validates("arrival", "departure")
    def _validate_stay(self, key: str, value: dt.datetime | None) -> dt.datetime | None:
        other = self.departure if key == "arrival" else self.arrival
        arrival, departure = (value, other) if key == "arrival" else (other, value)
        if arrival is not None and departure is not None and departure < arrival:
            msg = said("The departure is before the arrival")
            raise ValueError(msg)
        return value

    def __repr__(self) -> str:
        return f"Participant({self.program_id}, {self.person_id})"
