"""A team server's password: in the system's keyring, never in the settings file.

The recent list and the settings hold a server's address without its
password (``postgresql+psycopg://aylin@db.office/coordinator``); the password
is kept by the operating system's keyring (Windows Credential Manager, macOS
Keychain, the Secret Service on Linux) under the address, when the user asks
for it to be remembered.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError
from sqlalchemy.engine import URL, make_url

SERVICE = "Delegation Coordinator"


def _with(url: str | URL, password: str | None) -> str:
    parsed = make_url(url)
    rebuilt = URL.create(
        parsed.drivername, parsed.username, password or None, parsed.host, parsed.port,
        parsed.database, parsed.query,
    )  # fmt: skip
    return rebuilt.render_as_string(hide_password=False)


def without_password(url: str | URL) -> str:
    """Return ``url`` as text without its password (for lists, titles and settings)."""
    return _with(url, None)


def with_password(url: str | URL, password: str) -> str:
    """Return ``url`` as text with ``password`` (to connect; never to keep)."""
    return _with(url, password)


def remember_password(url: str | URL) -> bool:
    """Keep the password of ``url`` in the keyring; tell whether the keyring took it."""
    parsed = make_url(url)
    if not parsed.password:
        return False
    try:
        keyring.set_password(SERVICE, without_password(parsed), str(parsed.password))
    except KeyringError:
        return False
    return True


def remembered_password(url: str | URL) -> str | None:
    """Return the password the keyring keeps for ``url`` (given without it), if any."""
    try:
        return keyring.get_password(SERVICE, without_password(url))
    except KeyringError:
        return None


def forget_password(url: str | URL) -> None:
    """Take the password of ``url`` out of the keyring, if it is there."""
    try:
        keyring.delete_password(SERVICE, without_password(url))
    except KeyringError:
        return
