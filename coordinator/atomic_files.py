"""Writing a file whole or not at all: the old file survives a full disk or a crash.

The new content is written to a temporary file beside the destination,
flushed to the disk, and only then moved into place; the folder is flushed
too, so after a power cut the destination holds either the old file or the
new one, never a part. The new file gets the permissions an ordinary file
would (not the private ones of a temporary file).

Every file the application writes for a user goes through here: workbooks,
calendars, PDFs, letters and reports.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _flush_to_disk(path: Path, *, folder: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if folder else 0)
    try:
        handle = os.open(path, flags)
    except OSError:
        if folder:  # some systems cannot open a folder to flush it; the file is flushed
            return
        raise
    try:
        os.fsync(handle)
    except OSError:
        if not folder:
            raise
    finally:
        os.close(handle)


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Call ``write`` on a temporary file beside ``path``, then move it into place.

    Raises:
        OSError: the folder cannot be written or the disk is full; ``path`` is
            left as it was.
    """
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=f"{path.suffix}.part", dir=path.parent
    )
    os.close(handle)
    part = Path(temporary)
    try:
        write(part)
        # mkstemp makes the file private (0600); an export is an ordinary file.
        part.chmod(0o666 & ~_current_umask())
        _flush_to_disk(part)
        part.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    _flush_to_disk(path.parent, folder=True)
