"""Documents ▸ Certificate settings…: signatories and background chosen once, undoable."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from coordinator.services.certificate_settings import (
    CertificateSettings,
    CertificateSettingsService,
    SignatoryInput,
)
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.store import open_database
from coordinator.ui.app import Launcher
from coordinator.ui.certificate_settings_dialog import CertificateSettingsDialog
from coordinator.ui.documents_controller import DocumentsController, default_language
from tests.ui.conftest import launch, prompts_of, workspace_of

TIMEOUT_MS = 30_000


@pytest.fixture
def demo(qtbot: QtBot, demo_path: Path, settings: QSettings) -> Iterator[Launcher]:
    launcher = launch(qtbot, str(demo_path), settings)
    yield launcher
    workspace_of(launcher).close()


def letterhead(path: Path, size: tuple[int, int] = (600, 424)) -> Path:
    output = io.BytesIO()
    Image.new("RGB", size, (210, 225, 245)).save(output, format="PNG")
    path.write_bytes(output.getvalue())
    return path


def saved(demo_path: Path) -> CertificateSettings:
    database = open_database(demo_path)
    try:
        return CertificateSettingsService(database).get(DEMO_PROGRAM_CODE)
    finally:
        database.close()


def open_dialog(controller: DocumentsController, qtbot: QtBot) -> CertificateSettingsDialog:
    controller.settings_action.trigger()
    dialog = controller.certificate_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.runner.busy(), timeout=TIMEOUT_MS)
    return dialog


def fill(dialog: CertificateSettingsDialog, row: int, *values: str) -> None:
    for edit, value in zip(dialog.rows[row], values, strict=False):
        edit.setText(value)


def test_the_menu_offers_the_settings_after_the_certificates(demo: Launcher) -> None:
    controller = workspace_of(demo).documents
    titles = [action.text() for action in controller.menu.actions()]
    assert titles.index("Certificate &settings…") == titles.index("&Certificates…") + 1
    assert controller.settings_action.isEnabled()


def test_signatories_and_a_background_are_saved_in_one_undoable_action(
    demo: Launcher, qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    controller = workspace_of(demo).documents
    dialog = open_dialog(controller, qtbot)
    assert dialog.settings() == CertificateSettings()
    assert dialog.preview.text() == "No background"
    assert not dialog.remove_button.isEnabled()
    fill(dialog, 0, "Fatma Şahin", "President", "Union of Turkish World Municipalities")
    fill(dialog, 2, "Mehmet Duman", "Secretary General")
    prompts_of(demo).document_answers.append(str(letterhead(tmp_path / "letterhead.png")))
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: not dialog.runner.busy(), timeout=TIMEOUT_MS)
    assert not dialog.preview.pixmap().isNull()
    assert dialog.preview.pixmap().width() <= dialog.preview.width()
    assert dialog.file_label.text() == "letterhead.png"
    stack = demo.undo_stack
    before = stack.count()
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert stack.count() == before + 1
    assert stack.undoText() == "Change the certificate settings"
    chosen = saved(demo_path)
    assert [item.name for item in chosen.signatories] == ["Fatma Şahin", "Mehmet Duman"]
    assert chosen.background_name == "letterhead.png"
    stack.undo()
    assert saved(demo_path) == CertificateSettings()
    stack.redo()
    assert saved(demo_path) == chosen


def test_the_dialog_opens_with_what_was_chosen(
    demo: Launcher, qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    database = open_database(demo_path)
    background = letterhead(tmp_path / "emblem.png").read_bytes()
    signatories = (SignatoryInput("Fatma Şahin", "President"),)
    CertificateSettingsService(database).replace(
        DEMO_PROGRAM_CODE, CertificateSettings(signatories, background, "emblem.png")
    )
    database.close()
    dialog = open_dialog(workspace_of(demo).documents, qtbot)
    assert dialog.rows[0][0].text() == "Fatma Şahin"
    assert dialog.rows[0][1].text() == "President"
    assert dialog.file_label.text() == "emblem.png"
    assert not dialog.preview.pixmap().isNull()
    dialog.remove_background()
    assert dialog.settings() == CertificateSettings(signatories)
    dialog.reject()


def test_a_file_that_is_not_an_image_is_refused_in_the_dialog(
    demo: Launcher, qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    dialog = open_dialog(workspace_of(demo).documents, qtbot)
    fake = tmp_path / "letterhead.png"
    fake.write_bytes(b"%PDF-1.7 not an image")
    prompts_of(demo).document_answers.append(str(fake))
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: not dialog.runner.busy(), timeout=TIMEOUT_MS)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("letterhead.png: ")
    assert dialog.settings().background is None
    dialog.reject()
    assert saved(demo_path) == CertificateSettings()


def test_a_signatory_without_a_name_keeps_the_dialog_open(
    demo: Launcher, qtbot: QtBot, demo_path: Path
) -> None:
    stack = demo.undo_stack
    before = stack.count()
    dialog = open_dialog(workspace_of(demo).documents, qtbot)
    fill(dialog, 0, "", "Mayor")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "has no name" in dialog.error_label.text()
    assert stack.count() == before
    dialog.reject()
    assert saved(demo_path) == CertificateSettings()


def test_documents_are_made_in_the_interface_language_at_first(qtbot: QtBot) -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
        assert default_language() == "tr"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert default_language() == "en"
    finally:
        QLocale.setDefault(previous)
