"""Names copied as text, rewritten when the directory entry they name is merged into another.

A gift records its giver and its receiver, and a certificate its signatories,
as text (what was handed over, what is printed): ``gift.giver_organization``,
``gift.receiver_organization`` and ``signatory.organization`` hold an
organization's name, ``gift.giver``, ``gift.receiver`` and ``signatory.name``
a person's. When two entries are merged, each such text that names either of
them (compared by :func:`~coordinator.domain.text.search_key`, so case and
accents do not matter) takes the merged entry's name. Each rewrite is a logged
step, so the merge's undo puts the texts back exactly. A produced document's
``person_name`` says what was printed then and stays.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from coordinator.domain.text import search_key
from coordinator.services.reference_moves import StepLog, table_named

COPIES = {
    "organization": (("gift", "giver_organization"), ("gift", "receiver_organization"),
                     ("signatory", "organization")),
    "person": (("gift", "giver"), ("gift", "receiver"), ("signatory", "name")),
}  # fmt: skip
"""For each kind of entry, the (table, column) pairs that copy its name as text."""


def rewrite_copies(log: StepLog, kind: str, names: Iterable[str], merged: str) -> int:
    """Let every text copy of one of ``names`` read ``merged``; return how many changed."""
    keys = {search_key(name) for name in names} - {""}
    count = 0
    for table_name, column_name in COPIES[kind]:
        table = table_named(table_name)
        column = table.c[column_name]
        found = log.session.execute(select(table.c.id, column).where(column != "")).all()
        for row_id, text in found:
            if text != merged and search_key(text) in keys:
                log.update(table, {"id": row_id}, {column_name: merged})
                count += 1
    return count
