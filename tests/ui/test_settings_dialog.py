"""Tools ▸ Settings…: typed preferences with defaults, the dialog, and the pages that read them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTime
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from coordinator.domain.transfer_planning import PlanningRules
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.transfer_planning import TransferPlanningService
from coordinator.services.transfers import TransferService
from coordinator.store import open_database
from coordinator.store.backups import back_up, list_backups
from coordinator.ui.app import Launcher
from coordinator.ui.app_settings import (
    ACTIVITY_MINUTES_SETTING,
    ACTIVITY_START_SETTING,
    BAGGAGE_SETTING,
    ActivityDefaults,
    AppSettings,
    TransferDefaults,
)
from coordinator.ui.logistics_page import TRANSFERS_PAGE
from coordinator.ui.settings_dialog import SettingsDialog
from coordinator.ui.transfer_plan_dialog import TransferPlanDialog
from coordinator.ui.translation import LANGUAGE_SETTING, chosen_language
from tests.ui.conftest import launch, workspace_of
from tests.ui.languages import interface_in
from tests.ui.logistics_data import add_logistics
from tests.ui.planning import activity_dialog, database_of, open_itinerary

LOGISTICS_TAB = 3


def test_every_preference_has_its_default(settings: QSettings) -> None:
    app = AppSettings(settings)
    assert app.language() == ""
    assert app.activity_defaults() == ActivityDefaults(dt.time(10), 60)
    assert app.transfer_defaults() == TransferDefaults(baggage=45, check_in=120, window=60)
    assert app.transfer_defaults().rules() == PlanningRules()
    assert app.backups_folder() is None


def test_a_value_that_cannot_be_read_gives_the_default(settings: QSettings) -> None:
    settings.setValue(ACTIVITY_START_SETTING, "half past ten")
    settings.setValue(ACTIVITY_MINUTES_SETTING, "-30")
    settings.setValue(BAGGAGE_SETTING, "a lot")
    settings.setValue(LANGUAGE_SETTING, "kk")
    app = AppSettings(settings)
    assert app.activity_defaults() == ActivityDefaults()
    assert app.transfer_defaults().baggage == 45
    assert app.language() == ""


def test_values_survive_the_settings_file(tmp_path: Path) -> None:
    file = str(tmp_path / "kept.ini")
    app = AppSettings(QSettings(file, QSettings.Format.IniFormat))
    app.set_language("tr")
    app.set_activity_defaults(ActivityDefaults(dt.time(9, 30), 90))
    app.set_transfer_defaults(TransferDefaults(baggage=30, check_in=150, window=40))
    app.set_backups_folder(tmp_path / "Yedekler")
    app.settings.sync()
    again = AppSettings(QSettings(file, QSettings.Format.IniFormat))
    assert again.language() == "tr"
    assert chosen_language(again.settings) == "tr"
    assert again.activity_defaults() == ActivityDefaults(dt.time(9, 30), 90)
    assert again.transfer_defaults() == TransferDefaults(30, 150, 40)
    assert again.transfer_defaults().rules().baggage == 30
    assert again.backups_folder() == tmp_path / "Yedekler"
    again.set_language("")
    again.set_backups_folder(None)
    assert not again.settings.contains(LANGUAGE_SETTING)
    assert again.backups_folder() is None


def test_the_dialog_shows_the_settings_and_ok_saves_them(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    app = AppSettings(settings)
    asked: list[str] = []

    def ask(folder: str) -> str:
        asked.append(folder)
        return str(tmp_path / "backups elsewhere")

    dialog = SettingsDialog(app, ask_folder=ask)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""
    assert [dialog.language.itemText(i) for i in (1, 2)] == ["Türkçe", "English"]
    assert "next start" in dialog.language_note.text()
    assert dialog.activity_start.time() == QTime(10, 0)
    assert dialog.baggage.value() == 45
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.activity_start.setTime(QTime(14, 30))
    dialog.activity_minutes.setValue(90)
    dialog.baggage.setValue(20)
    dialog.check_in.setValue(180)
    dialog.arrival_window.setValue(30)
    dialog.choose_folder.click()
    assert len(asked) == 1
    dialog.accept()
    assert app.language() == "en"
    assert app.activity_defaults() == ActivityDefaults(dt.time(14, 30), 90)
    assert app.transfer_defaults() == TransferDefaults(20, 180, 30)
    assert app.backups_folder() == tmp_path / "backups elsewhere"


def test_cancel_saves_nothing_and_the_folder_can_go_back_beside_the_database(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    app = AppSettings(settings)
    app.set_backups_folder(tmp_path)
    dialog = SettingsDialog(app, ask_folder=lambda _folder: None)
    qtbot.addWidget(dialog)
    dialog.baggage.setValue(5)
    dialog.reject()
    assert app.transfer_defaults().baggage == 45
    dialog = SettingsDialog(app, ask_folder=lambda _folder: None)
    qtbot.addWidget(dialog)
    assert dialog.backups_folder.text() == str(tmp_path)
    dialog.choose_folder.click()  # cancelled: unchanged
    assert dialog.backups_folder.text() == str(tmp_path)
    dialog.default_folder.click()
    dialog.accept()
    assert app.backups_folder() is None


def test_tools_settings_opens_the_dialog(launcher: Launcher) -> None:
    action = launcher.window.main_actions.settings
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action in launcher.window.tools_menu.actions()
    action.trigger()
    dialog = launcher.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.isVisible()
    dialog.reject()


def test_a_new_activity_starts_at_the_chosen_time_and_lasts_as_long(
    planned: Launcher, settings: QSettings, qtbot: QtBot
) -> None:
    AppSettings(settings).set_activity_defaults(ActivityDefaults(dt.time(14, 30), 90))
    controller, page = open_itinerary(planned, qtbot)
    dialog = activity_dialog(controller, qtbot, page.add_action.trigger)
    assert dialog.start.value() == dt.time(14, 30)
    assert dialog.end.value() == dt.time(16, 0)
    dialog.reject()


@pytest.fixture
def demo(qtbot: QtBot, demo_path: Path, settings: QSettings) -> Iterator[Launcher]:
    database = open_database(demo_path)
    added = add_logistics(database)
    TransferService(database).remove(added.pickup)  # the arrival then needs a pickup
    database.close()
    launcher = launch(qtbot, str(demo_path), settings)
    yield launcher
    workspace_of(launcher).close()


def test_plan_transfers_counts_with_the_chosen_baggage_and_check_in(
    demo: Launcher, qtbot: QtBot, settings: QSettings
) -> None:
    AppSettings(settings).set_transfer_defaults(TransferDefaults(baggage=10, check_in=60))
    planning = TransferPlanningService(database_of(demo))
    chosen = planning.plan(DEMO_PROGRAM_CODE, replace(PlanningRules(), baggage=10, check_in=60))
    assert chosen != planning.plan(DEMO_PROGRAM_CODE)  # the numbers change the proposals
    controller = workspace_of(demo).logistics
    controller.page.pages.setCurrentIndex(TRANSFERS_PAGE)
    demo.window.workspace_view.program_view.tabs.setCurrentIndex(LOGISTICS_TAB)
    controller.page.plan_transfers.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.transfer_actions.dialog, TransferPlanDialog))
    dialog = controller.transfer_actions.dialog
    assert isinstance(dialog, TransferPlanDialog)
    assert dialog.model.accepted() == tuple(item.as_input() for item in chosen)
    assert "10 min" in dialog.rules_note.text()
    assert "60 min" in dialog.rules_note.text()
    dialog.reject()


def test_backups_go_to_the_chosen_folder(
    qtbot: QtBot, filled_path: Path, settings: QSettings, tmp_path: Path
) -> None:
    chosen = tmp_path / "usb stick" / "Yedekler"  # made when the first backup is taken
    AppSettings(settings).set_backups_folder(chosen)
    launcher = launch(qtbot, str(filled_path), settings)
    databases = workspace_of(launcher).databases
    database = databases.database
    assert database is not None
    assert database.backups_folder == chosen
    qtbot.waitUntil(lambda: any(chosen.glob("* daily.sqlite")), timeout=10_000)
    assert not (filled_path.parent / "backups").exists()
    imported = back_up(database, "import")  # what every import begins with
    assert imported is not None
    assert imported.file.parent == chosen
    assert {backup.reason for backup in list_backups(filled_path, chosen)} == {"import", "daily"}
    workspace_of(launcher).close()


@pytest.mark.parametrize("language", ["en", "tr"])
def test_the_folder_box_shows_its_placeholder_whole(
    qtbot: QtBot, settings: QSettings, language: str
) -> None:
    with interface_in(language):
        _check_placeholder(qtbot, settings)


def _check_placeholder(qtbot: QtBot, settings: QSettings) -> None:
    dialog = SettingsDialog(AppSettings(settings), ask_folder=lambda folder: folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.backups_folder
    assert box.text() == ""
    needed = box.fontMetrics().horizontalAdvance(box.placeholderText())
    assert box.width() > needed
