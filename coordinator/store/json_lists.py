"""Lists kept as JSON text in a column (a person's languages, the fields an import assumed)."""

from __future__ import annotations

import functools
import json


@functools.lru_cache(maxsize=1024)
def string_list(written: str | None) -> tuple[str, ...]:
    """Return the list ``written`` holds, as a tuple of strings; nothing for no text or ``null``.

    Few distinct lists repeat over thousands of rows: each is parsed once.

    Raises:
        ValueError: ``written`` is not JSON.
        TypeError: it is JSON, but not a list.
    """
    if not written:
        return ()
    loaded = json.loads(written)
    if loaded is None:
        return ()
    if not isinstance(loaded, list):
        raise TypeError(loaded)
    return tuple(str(item) for item in loaded)
