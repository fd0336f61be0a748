"""Remembered column mappings: the next sheet with the same header maps itself."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.mappings import SheetLayout
from coordinator.excel import RosterField, RosterTable

ROSTER = "roster"


def remembered_mapping(session: Session, table: RosterTable) -> dict[RosterField, int] | None:
    """Return the mapping remembered for the header layout of ``table``, if it still fits."""
    layout = session.scalars(
        select(SheetLayout).where(
            SheetLayout.kind == ROSTER, SheetLayout.layout_key == table.layout_key
        )
    ).first()
    if layout is None:
        return None
    known = {field.value: field for field in RosterField}
    mapping = {known[name]: index for name, index in layout.columns.items() if name in known}
    if any(not 0 <= index < table.width for index in mapping.values()):
        return None
    return mapping


def remember_mapping(session: Session, table: RosterTable, mapping: dict[RosterField, int]) -> None:
    """Remember ``mapping`` for the header layout of ``table`` (replacing an older one)."""
    layout = session.scalars(
        select(SheetLayout).where(
            SheetLayout.kind == ROSTER, SheetLayout.layout_key == table.layout_key
        )
    ).first()
    if layout is None:
        layout = SheetLayout(kind=ROSTER, layout_key=table.layout_key)
        session.add(layout)
    layout.headers = list(table.headers)
    layout.columns = {field.value: index for field, index in mapping.items()}
    layout.used_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def forget_mapping(session: Session, table: RosterTable) -> None:
    """Forget the mapping remembered for the header layout of ``table``."""
    layout = session.scalars(
        select(SheetLayout).where(
            SheetLayout.kind == ROSTER, SheetLayout.layout_key == table.layout_key
        )
    ).first()
    if layout is not None:
        session.delete(layout)
