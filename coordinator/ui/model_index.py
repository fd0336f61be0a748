"""The index types every item model of the GUI takes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex
"""What Qt passes as an index: a plain or a persistent one."""

ROOT = QModelIndex()
"""The invalid index: the parent of a table's or list's rows."""
