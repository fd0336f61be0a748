"""Places where a SQLite database is not safe: synced folders and network drives.

SQLite's locking relies on the file system: a folder that a sync client
(OneDrive, Dropbox, Google Drive, iCloud…) copies behind the application's
back, or a network share whose locks are not honoured, can tear a database
apart or bring back an old copy of it. :func:`risky_place` says whether a
database file lies in such a place and why, for the window to warn.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

SYNCED_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "box": "Box",
    "box sync": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "yandex.disk": "Yandex Disk",
    "pcloud drive": "pCloud",
    "mega": "MEGA",
}
"""Folder names (lower case) that sync clients create, with the client's name."""

NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "afs", "ceph", "glusterfs", "davfs",
     "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse"}
)  # fmt: skip
"""File system types (as ``/proc/mounts`` names them) that live on another computer."""


@dataclass(frozen=True)
class RiskyPlace:
    """Why a folder is unsafe for a database: ``kind`` is ``synced`` or ``network``.

    ``name`` is the sync client (``OneDrive``) or the kind of share (``cifs``,
    or the server and share of a Windows network path).
    """

    kind: str
    name: str


def risky_place(path: Path, mounts: str | None = None) -> RiskyPlace | None:
    """Return why ``path`` (a database file) is in an unsafe place, or ``None``.

    ``mounts`` is the text of ``/proc/mounts`` (read from the system when
    ``None`` and there is one).
    """
    absolute = Path(os.path.abspath(path))  # noqa: PTH100 - no resolving of links needed
    text = str(absolute)
    if text.startswith(("\\\\", "//")):
        share = PureWindowsPath(text).anchor.rstrip("\\/")
        return RiskyPlace("network", share or text)
    for part in absolute.parts[:-1]:
        folder = part.casefold()
        name = SYNCED_FOLDERS.get(folder) or ("OneDrive" if folder.startswith("onedrive") else None)
        if name is not None:
            return RiskyPlace("synced", name)
    if mounts is None:
        mounts = _system_mounts()
    kind = _file_system_of(text, mounts)
    if kind in NETWORK_FILE_SYSTEMS:
        return RiskyPlace("network", kind)
    return None


def _system_mounts() -> str:
    if not sys.platform.startswith("linux"):
        return ""
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _file_system_of(path: str, mounts: str) -> str:
    """Return the type of the file system that holds ``path`` (the longest mount point)."""
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind
