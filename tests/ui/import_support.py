"""Driving the import wizard from the GUI tests: open it, go on, import, wait."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWizard
from pytestqt.qtbot import QtBot

from coordinator.services.records import ParticipantRecord
from coordinator.services.roster import RosterService
from coordinator.ui.app import Launcher
from coordinator.ui.import_controller import ImportSession
from coordinator.ui.import_wizard import PREVIEW_PAGE, ImportWizard
from coordinator.ui.roster_transfer import RosterTransferController
from tests.ui.conftest import PROGRAM_CODE, prompts_of, workspace_of

TIMEOUT_MS = 10_000


def transfers_of(launcher: Launcher) -> RosterTransferController:
    return workspace_of(launcher).transfers


def roster(launcher: Launcher) -> list[ParticipantRecord]:
    database = workspace_of(launcher).databases.database
    assert database is not None
    return RosterService(database).list_participants(PROGRAM_CODE)


def shown_names(launcher: Launcher) -> list[str]:
    return [record.name for record in launcher.window.workspace_view.roster_model.records()]


def wait_idle(launcher: Launcher, qtbot: QtBot) -> None:
    transfers = transfers_of(launcher)
    qtbot.waitUntil(lambda: not transfers.runner.busy(), timeout=TIMEOUT_MS)


def session_of(launcher: Launcher) -> ImportSession:
    session = transfers_of(launcher).session
    assert session is not None
    return session


def open_wizard(launcher: Launcher, qtbot: QtBot, path: Path) -> ImportWizard:
    """Choose ``path`` in File ▸ Import roster… and wait for the wizard."""
    prompts_of(launcher).import_answers.append(str(path))
    launcher.window.main_actions.import_roster.trigger()
    transfers = transfers_of(launcher)

    def shown() -> bool:
        session = transfers.session
        return session is not None and session.wizard is not None and session.wizard.isVisible()

    qtbot.waitUntil(shown, timeout=TIMEOUT_MS)
    wizard = session_of(launcher).wizard
    assert wizard is not None
    return wizard


def go_to_preview(launcher: Launcher, qtbot: QtBot, wizard: ImportWizard) -> None:
    """Press Next and wait until the plan is shown."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=TIMEOUT_MS)
    wait_idle(launcher, qtbot)


def press_import(wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert isinstance(button, QPushButton)
    assert button.isEnabled()
    button.click()


def import_all(launcher: Launcher, qtbot: QtBot, path: Path) -> None:
    """Import ``path`` as the wizard proposes and wait until it is applied."""
    wizard = open_wizard(launcher, qtbot, path)
    go_to_preview(launcher, qtbot, wizard)
    press_import(wizard)
    qtbot.waitUntil(lambda: transfers_of(launcher).session is None, timeout=TIMEOUT_MS)
