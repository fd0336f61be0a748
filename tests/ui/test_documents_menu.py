"""The Documents menu: make a document off the GUI thread, preview it, list what is stale."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from coordinator.services.itinerary import ItineraryService
from coordinator.ui.app import Launcher
from coordinator.ui.document_dialog import DocumentChoice
from coordinator.ui.documents_controller import DocumentsController
from tests.ui.conftest import launch, prompts_of, workspace_of

TIMEOUT_MS = 30_000


@pytest.fixture
def demo(qtbot: QtBot, demo_path: Path, settings: QSettings) -> Iterator[Launcher]:
    """The application on the demo program."""
    launcher = launch(qtbot, str(demo_path), settings)
    yield launcher
    workspace_of(launcher).close()


def _controller(launcher: Launcher, monkeypatch: pytest.MonkeyPatch) -> DocumentsController:
    controller = workspace_of(launcher).documents
    choice = DocumentChoice(language="tr", paper="a4", person_key=None, badge_size="a7")
    monkeypatch.setattr(controller, "ask_choice", lambda _kind, _person: choice)
    return controller


def _wait(controller: DocumentsController, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not controller.runner.busy(), timeout=TIMEOUT_MS)


def test_the_menu_lists_every_kind_and_print(demo: Launcher) -> None:
    controller = workspace_of(demo).documents
    titles = [action.text() for action in controller.menu.actions() if action.text()]
    assert "&Certificates…" in titles
    assert "Produced &documents…" in titles
    assert len(controller.actions) == 9
    assert all(action.isEnabled() for action in controller.actions.values())
    menus = [action.text() for action in demo.window.menuBar().actions()]
    assert menus.index("&Documents") == menus.index("&Tools") - 1
    assert controller.print_action in demo.window.file_menu.actions()


def test_certificates_are_made_in_the_background_and_previewed(
    demo: Launcher, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = _controller(demo, monkeypatch)
    path = tmp_path / "certificates.pdf"
    prompts_of(demo).document_answers.append(str(path))
    controller.actions["certificates"].trigger()
    _wait(controller, qtbot)
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=TIMEOUT_MS)
    _wait(controller, qtbot)
    assert prompts_of(demo).errors == []
    pages = len(PdfReader(path).pages)
    assert pages == 8
    preview = controller.preview
    assert preview is not None
    assert len(preview.images) == pages
    # Landscape pages, previewed as the PDF has them.
    assert preview.images[0].width() > preview.images[0].height()
    assert preview.dialog.isVisible()
    assert "Katılım" in PdfReader(path).pages[0].extract_text()
    preview.dialog.close()


def test_the_status_dialog_names_the_stale_documents_and_makes_them_again(
    demo: Launcher, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = _controller(demo, monkeypatch)
    monkeypatch.setattr(controller, "show_preview", lambda _path: None)
    path = tmp_path / "guides.pdf"
    prompts_of(demo).document_answers.append(str(path))
    controller.make("guides")
    _wait(controller, qtbot)
    database = workspace_of(demo).databases.database
    assert database is not None
    itinerary = ItineraryService(database)
    guided = next(a for a in itinerary.list_activities("TURKISTAN-2021") if a.guides)
    moved = dataclasses.replace(guided.as_input(), start_time=dt.time(11, 5))
    itinerary.update_activity(guided.id, moved)
    controller.show_status()
    dialog = controller.status_dialog
    assert dialog is not None
    assert dialog.model.rowCount() == 2
    assert "Zekeriya Şanlıer" in dialog.summary.text()
    assert dialog.regenerate.isEnabled()
    dialog.regenerate.click()
    _wait(controller, qtbot)
    assert not dialog.regenerate.isEnabled()
    assert dialog.summary.text() == "Every document shows what the program records."
    dialog.close()


def test_a_refused_document_is_said_once(
    demo: Launcher, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = _controller(demo, monkeypatch)
    path = tmp_path / "missing" / "booklet.pdf"
    prompts_of(demo).document_answers.append(str(path))
    controller.make("booklet")
    _wait(controller, qtbot)
    errors = prompts_of(demo).errors
    assert len(errors) == 1
    assert errors[0][0] == "The document cannot be made"
    assert not path.exists()
