"""A full disk (or a file too large for it) is a refusal the user can read, not a crash.

SQLite reports it as "database or disk is full" (or, under a file size limit,
"disk I/O error"); the operating system as ``ENOSPC`` or ``EFBIG``; openpyxl,
which writes its sheets with lxml, as lxml's ``SerialisationError``. Whatever
was being written is rolled back or left aside by then: the message says so.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError

from coordinator.domain.messages import said
from coordinator.services.errors import InvalidInputError

_FULL = (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC))
_SQLITE_FULL = ("database or disk is full", "disk i/o error")


@contextmanager
def full_disk_refused(what: str, field: str | None = None) -> Iterator[None]:
    """Turn a full disk met inside the block into ``InvalidInputError`` naming ``what``.

    ``what`` ends the sentence "The disk is full: …", e.g. "nothing was imported".
    """
    try:
        yield
    except OperationalError as error:
        if not any(text in str(error.orig).lower() for text in _SQLITE_FULL):
            raise
        raise InvalidInputError(said("The disk is full: {what}", what=what), field) from error
    except OSError as error:
        if error.errno not in _FULL:
            raise
        raise InvalidInputError(said("The disk is full: {what}", what=what), field) from error
    except Exception as error:
        if not _is_lxml_write_error(error):
            raise
        raise InvalidInputError(
            said("The disk is full or cannot be written: {what}", what=what), field
        ) from error


def _is_lxml_write_error(error: Exception) -> bool:
    kind = type(error)
    return kind.__module__.startswith("lxml") and kind.__name__ == "SerialisationError"
