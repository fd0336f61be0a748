"""File ▸ Connect to server: the password goes to the keyring, never to the settings file."""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring

from coordinator.ui.app import Launcher
from coordinator.ui.server_dialog import ServerChoice, ServerDialog
from coordinator.ui.server_passwords import (
    forget_password,
    remember_password,
    remembered_password,
    with_password,
    without_password,
)
from tests.ui.conftest import prompts_of, workspace_of

ADDRESS = "postgresql+psycopg://aylin@db.office.example:5432/coordinator"
SECRET = "Kırmızı-Elma-7"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory, for the tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_an_address_is_kept_without_its_password() -> None:
    full = with_password(ADDRESS, SECRET)
    assert SECRET not in without_password(full)
    assert without_password(full) == ADDRESS
    assert with_password(without_password(full), SECRET) == full


def test_the_keyring_keeps_the_password_under_the_address(memory_keyring: MemoryKeyring) -> None:
    assert remember_password(with_password(ADDRESS, SECRET))
    assert remembered_password(ADDRESS) == SECRET
    assert list(memory_keyring.passwords) == [("Delegation Coordinator", ADDRESS)]
    forget_password(ADDRESS)
    assert remembered_password(ADDRESS) is None


def test_without_a_keyring_nothing_is_remembered_and_nothing_breaks() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert not remember_password(with_password(ADDRESS, SECRET))
        assert remembered_password(ADDRESS) is None
    finally:
        keyring.set_keyring(previous)


def test_the_dialog_builds_the_address(qtbot: object) -> None:
    dialog = ServerDialog(None, ADDRESS)
    assert dialog.host.text() == "db.office.example"
    assert dialog.user.text() == "aylin"
    dialog.password.setText(SECRET)
    dialog.remember.setChecked(True)
    assert dialog.choice() == ServerChoice(with_password(ADDRESS, SECRET), remember=True)
    dialog.host.clear()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_recent_server_without_a_remembered_password_asks_for_it(
    launcher: Launcher, memory_keyring: MemoryKeyring
) -> None:
    databases = workspace_of(launcher).databases
    before = databases.database
    databases.open(ADDRESS)  # as the recent list has it: no password
    assert prompts_of(launcher).server_asked == [ADDRESS]
    assert databases.database is before  # cancelled: the open database stays


def test_a_remembered_password_is_used_without_asking(
    launcher: Launcher, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password("Delegation Coordinator", ADDRESS, SECRET)
    servers = workspace_of(launcher).databases.servers
    assert servers.complete(ADDRESS) == with_password(ADDRESS, SECRET)
    assert prompts_of(launcher).server_asked == []


@pytest.mark.skipif(
    not os.environ.get("COORDINATOR_TEST_POSTGRESQL_URL"),
    reason="COORDINATOR_TEST_POSTGRESQL_URL is not set: no PostgreSQL server (.ci/run starts one)",
)
def test_connecting_to_a_server_keeps_its_password_out_of_the_settings(
    launcher: Launcher, memory_keyring: MemoryKeyring
) -> None:
    url = os.environ["COORDINATOR_TEST_POSTGRESQL_URL"]
    prompts_of(launcher).server_answers.append(ServerChoice(url, remember=True))
    databases = workspace_of(launcher).databases
    launcher.window.main_actions.connect_server.trigger()
    assert databases.database is not None
    assert databases.database.path is None
    recent = databases.recent_menu._recent.entries()
    assert recent[0] == without_password(url)
    assert all("@" not in entry or ":" not in entry.split("@")[0].split("//")[-1]
               for entry in recent)  # fmt: skip
