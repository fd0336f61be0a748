"""Writing a file whole or not at all: the old file survives a full disk or a crash.

The new content is written to a temporary file beside the destination,
flushed to the disk, and only then moved into place; the folder is flushed
too, so after a power cut the destination holds either the old file or the
new one, never a part. The new file gets the permissions an ordinary file
would (not the private ones of a temporary file).

A short write is noticed: when the writer returns a number of bytes (as
:meth:`pathlib.Path.write_bytes` does), a temporary file shorter than that
after flushing is refused, and so is a flush the system reports as failed.

**Leftovers of a killed writer.** A writer killed before it moves its
temporary file into place (a crash, a power cut, ``kill -9``) leaves that
file, named ``.<stem>-<8 letters or digits><suffix>.part``, beside the
destination. The next write to the *same* destination removes every such
leftover that no writer is still writing. A writer holds a lock on its
temporary file from creating it until it is in place (``flock`` on Linux and
macOS); the system releases the lock of a writer that ends, however it ends.
A leftover whose lock can be taken belongs to nobody and is deleted; one that
is locked is left alone. On Windows, where a file that a program holds open
cannot be deleted, deleting is simply attempted. Only names of exactly that
pattern are touched, so the leftovers of ``roster-2.xlsx`` are never taken
for those of ``roster.xlsx``. Where a lock does not reach (some network
folders shared by several computers), the worst a removal can do to a live
writer is make its write fail with an error: the destination is never harmed.

Every file the application writes for a user goes through here: workbooks,
calendars, PDFs, letters and reports.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

_WINDOWS = sys.platform == "win32"
if not _WINDOWS:
    import fcntl

_PART = ".part"
_RANDOM_LETTERS = "[a-z0-9_]{8}"
"""The random part of a temporary file's name; the earlier ``mkstemp`` names match too."""
_CREATE_FLAGS = (
    os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)
_ATTEMPTS = 100


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _flush_to_disk(path: Path, *, folder: bool = False) -> int:
    """Flush ``path`` to the disk and return its size once flushed."""
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if folder else 0)
    try:
        handle = os.open(path, flags)
    except OSError:
        if folder:  # some systems cannot open a folder to flush it; the file is flushed
            return 0
        raise
    try:
        os.fsync(handle)
        return os.fstat(handle).st_size
    except OSError:
        if not folder:
            raise
        return 0
    finally:
        os.close(handle)


def _lock(handle: int, *, wait: bool) -> bool:
    """Lock the open file ``handle`` for its writer; ``False`` if another holds it."""
    if _WINDOWS:
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks: a writer goes on unlocked, a cleaner waits
        return wait
    return True


def _leftover_pattern(path: Path) -> re.Pattern[str]:
    name = rf"\.{re.escape(path.stem)}-{_RANDOM_LETTERS}{re.escape(path.suffix + _PART)}"
    return re.compile(name)


def remove_leftovers(path: Path) -> list[Path]:
    """Delete the temporary files of writers of ``path`` that ended before finishing.

    Returns the files deleted. Never raises: a leftover that cannot be
    deleted stays for the next write.
    """
    pattern = _leftover_pattern(path)
    try:
        with os.scandir(path.parent) as entries:
            names = [
                entry.name
                for entry in entries
                if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
            ]
    except OSError:
        return []
    removed: list[Path] = []
    for name in names:
        leftover = path.parent / name
        with contextlib.suppress(OSError):
            if _remove_if_unused(leftover):
                removed.append(leftover)
    return removed


def _remove_if_unused(leftover: Path) -> bool:
    """Delete ``leftover`` unless a live writer holds it; ``True`` if deleted."""
    if _WINDOWS:  # deleting a file that a writer holds open fails there
        leftover.unlink()
        return True
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    handle = os.open(leftover, flags)
    try:
        if not _lock(handle, wait=False):
            return False
        leftover.unlink()
        return True
    finally:
        os.close(handle)


def _create_part(path: Path) -> tuple[int, Path]:
    """Create and lock a new temporary file beside ``path``; return its handle and path."""
    for _ in range(_ATTEMPTS):
        part = path.parent / f".{path.stem}-{secrets.token_hex(4)}{path.suffix}{_PART}"
        try:
            handle = os.open(part, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        _lock(handle, wait=True)
        try:
            if _WINDOWS or os.path.samestat(os.fstat(handle), part.stat()):
                return handle, part
        except FileNotFoundError:  # another writer's cleaning took it before it was locked
            pass
        os.close(handle)
    msg = f"No temporary file could be created beside {path.name}"
    raise FileExistsError(errno.EEXIST, msg)


def _check_length(written: object, size: int) -> None:
    """Refuse a file shorter than the number of bytes its writer says it wrote."""
    if isinstance(written, int) and not isinstance(written, bool) and size < written:
        msg = f"only {size} of the {written} bytes written reached the file (is the disk full?)"
        raise OSError(errno.EIO, msg)


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Call ``write`` on a temporary file beside ``path``, then move it into place.

    Leftovers of earlier writers of ``path`` that were killed are removed
    first (see the module's documentation). If ``write`` returns an ``int``,
    it is taken as the number of bytes it wrote, and a shorter file is
    refused.

    Raises:
        OSError: the folder cannot be written, the disk is full or the file
            came out shorter than written; ``path`` is left as it was.
    """
    remove_leftovers(path)
    handle, part = _create_part(path)
    try:
        try:
            written = write(part)
            # The temporary file is private (0600); an export is an ordinary file.
            part.chmod(0o666 & ~_current_umask())
            _check_length(written, _flush_to_disk(part))
            if _WINDOWS:  # Windows cannot rename a file this process holds open
                os.close(handle)
                handle = -1
            part.replace(path)
        finally:
            if handle >= 0:
                os.close(handle)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    _flush_to_disk(path.parent, folder=True)
