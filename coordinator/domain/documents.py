"""What a program's documents need beyond the itinerary, and what was produced.

Signatories and the certificate's background are chosen once per program.
Every document produced is remembered with the state it came from (a hash per
record it printed), so a change can tell which documents are out of date.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from coordinator.domain.base import Base
from coordinator.domain.directory import clean_name

DOCUMENT_KINDS = (
    "booklet",
    "programmes",
    "guides",
    "badges",
    "tents",
    "certificates",
    "invitation",
    "thanks",
    "report",
)
"""Every kind of document the application produces."""


class Signatory(Base):
    """A person who signs a program's certificates, as printed under the line."""

    __tablename__ = "signatory"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    organization: Mapped[str] = mapped_column(String(300), default="")

    @validates("name")
    def _validate_name(self, _key: str, value: str) -> str:
        return clean_name(value, "A signatory's name")


class CertificateDesign(Base):
    """The background image (e.g. the union's letterhead) of a program's certificates."""

    __tablename__ = "certificate_design"

    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), primary_key=True
    )
    background: Mapped[bytes | None] = mapped_column(LargeBinary)
    background_name: Mapped[str] = mapped_column(String(260), default="")


class ProducedDocument(Base):
    """One document produced for one person (or for the program), and from what.

    ``parts`` maps each record the document printed (``program``,
    ``participant:12``, ``activity:40``…) to a hash of what it printed of it;
    ``labels`` names each part as it was then, to say what changed even once a
    record is gone. A file holding several people's documents has a row per person.
    """

    __tablename__ = "produced_document"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('booklet', 'programmes', 'guides', 'badges', 'tents', 'certificates', "
            "'invitation', 'thanks', 'report')",
            name="kind_known",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    person_key: Mapped[str | None] = mapped_column(String(60))
    person_name: Mapped[str] = mapped_column(String(200), default="")
    file: Mapped[str] = mapped_column(Text)
    produced: Mapped[dt.datetime] = mapped_column(DateTime)
    language: Mapped[str] = mapped_column(String(5), default="en")
    paper: Mapped[str] = mapped_column(String(10), default="a4")
    options: Mapped[dict[str, str]] = mapped_column(default=dict)
    parts: Mapped[dict[str, str]] = mapped_column(default=dict)
    labels: Mapped[dict[str, str]] = mapped_column(default=dict)
