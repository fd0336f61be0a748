"""Alt keys: no two controls on screen answer the same one, in Turkish and in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenuBar, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from coordinator.ui.app import Launcher
from tests.ui.conftest import launch, workspace_of
from tests.ui.languages import interface_in
from tests.ui.planning import settle_itinerary, settle_logistics


@pytest.fixture(params=["en", "tr"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    """The interface language, with its translation installed as at start-up."""
    with interface_in(request.param) as chosen:
        yield chosen


def mnemonic(text: str) -> str | None:
    """Return the Alt key Qt gives ``text`` (the letter after ``&``), as Qt writes it."""
    key = QKeySequence.mnemonic(text)
    return None if key.isEmpty() else key.toString()


def _texts(window: QWidget) -> Iterator[str]:
    """Yield the texts of ``window``'s menus and of its controls on screen now."""
    for menu_bar in window.findChildren(QMenuBar):
        yield from (action.text() for action in menu_bar.actions())
    for bar in window.findChildren(QTabBar):
        shown = range(bar.count()) if bar.isVisible() else range(0)
        yield from (bar.tabText(i) for i in shown if bar.isTabVisible(i) and bar.isTabEnabled(i))
    yield from (
        button.text() for button in window.findChildren(QAbstractButton) if button.isVisible()
    )
    labels = window.findChildren(QLabel)
    yield from (label.text() for label in labels if label.isVisible() and label.buddy() is not None)


def alt_keys(window: QWidget) -> dict[str, list[str]]:
    """Return who answers each Alt key in ``window`` now: its menus and visible controls."""
    owners: dict[str, list[str]] = {}
    for text in _texts(window):
        key = mnemonic(text)
        if key is not None:
            owners.setdefault(key, []).append(text)
    return owners


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Return the Alt keys that more than one control of ``window`` answers now."""
    return {key: texts for key, texts in alt_keys(window).items() if len(texts) > 1}


def test_no_two_controls_of_a_tab_share_an_alt_key(
    qtbot: QtBot, demo_path: Path, settings: QSettings, language: str
) -> None:
    launcher: Launcher = launch(qtbot, str(demo_path), settings)
    try:
        window = launcher.window
        window.resize(1200, 760)
        window.show()
        qtbot.waitExposed(window)
        program = window.workspace_view.program_view
        found: dict[str, dict[str, list[str]]] = {}
        for index in range(program.tabs.count()):
            program.tabs.setCurrentIndex(index)
            if index == 1:
                settle_itinerary(launcher, qtbot)
            if index == 3:
                settle_logistics(launcher, qtbot)
            QApplication.processEvents()
            found[program.tabs.tabText(index)] = clashes(window)
        assert found == {tab: {} for tab in found}
    finally:
        workspace_of(launcher).close()
