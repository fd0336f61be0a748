"""What an offline copy remembers of the database it was taken from.

A coordinator who travels takes a program away in a SQLite file of its own
(the program, its roster and itinerary, and the directory they need). That
file holds one :class:`OfflineCopy` row: which program, from which database,
when, by whom, and ``base``, the program exactly as it was when the copy was
made (a JSON snapshot). On return, the merge compares three states of every
field: that base, the team database now, and the copy now.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.domain.base import Base


class OfflineCopy(Base):
    """The origin of an offline copy and the program as it was taken away."""

    __tablename__ = "offline_copy"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_code: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(400))
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)
    taken_by: Mapped[str] = mapped_column(String(200), default="")
    base: Mapped[str] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"OfflineCopy({self.program_code!r}, {self.source!r})"
