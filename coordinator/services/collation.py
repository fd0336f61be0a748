"""Sorting names the way their readers expect, with Qt's collator.

Python's ``sorted`` puts ``Çakır`` after ``Zeynep`` and ``İnce`` before
``Işık``; the Turkish collation puts ``Çakır`` after ``Cem`` and ``Işık``
before ``İnce`` and sorts Cyrillic and Latin names sensibly together.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt


@lru_cache(maxsize=4)
def _collator(locale_name: str) -> QCollator:
    collator = QCollator(QLocale(locale_name))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


def sort_key_function(locale_name: str = "tr_TR") -> Callable[[str], QCollatorSortKey]:
    """Return a key function for ``sorted`` that orders text for ``locale_name``.

    Keys are computed once per item, so sorting a large table stays fast.
    """
    collator = _collator(locale_name)
    return collator.sortKey


def sorted_names(names: list[str], locale_name: str = "tr_TR") -> list[str]:
    """Return ``names`` in the order of ``locale_name`` (Turkish by default)."""
    return sorted(names, key=sort_key_function(locale_name))
