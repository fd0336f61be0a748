"""Column mappings the user corrected, remembered by the layout of the sheet's header.

Partner offices send the same sheet layout again and again; once a coordinator
has told which column holds which field, the next file with the same header
row maps itself. ``layout_key`` identifies the header row (computed by the
reader from the header cells' search keys); ``columns`` maps field names to
0-based column indexes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.domain.base import Base


class SheetLayout(Base):
    """A header layout and the column of each field in it, for one kind of import."""

    __tablename__ = "sheet_layout"
    __table_args__ = (UniqueConstraint("kind", "layout_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    layout_key: Mapped[str] = mapped_column(String(64))
    headers: Mapped[list[str]] = mapped_column(default=list)
    columns: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    used_at: Mapped[dt.datetime] = mapped_column(DateTime)

    def __repr__(self) -> str:
        return f"SheetLayout({self.kind!r}, {self.layout_key!r})"
