"""The first screen's settings made without naming the Qt namespace mean what Qt's enums say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar
from pytestqt.qtbot import QtBot

from coordinator.ui import early_qt


def test_the_numbers_are_those_of_the_enums() -> None:
    assert Qt.AlignmentFlag.AlignCenter.value == early_qt.ALIGN_CENTER
    assert (
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon.value == early_qt.TOOL_BUTTON_TEXT_BESIDE_ICON
    )
    assert Qt.ShortcutContext.ApplicationShortcut.value == early_qt.APPLICATION_SHORTCUT


def test_a_centred_label_and_a_tool_bar_with_text_beside_its_icons(qtbot: QtBot) -> None:
    label = QLabel("Opening the database…")
    qtbot.addWidget(label)
    bar = QToolBar()
    qtbot.addWidget(bar)
    early_qt.center_text(label)
    early_qt.text_beside_icons(bar)
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_keys_of_a_standard_key_and_of_a_sequence(qtbot: QtBot) -> None:
    action = QAction("Redo")
    early_qt.set_keys(action, QKeySequence.StandardKey.Redo)
    assert action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    early_qt.set_keys(action, "Ctrl+Shift+D")
    assert action.shortcuts() == [QKeySequence("Ctrl+Shift+D")]
    early_qt.in_every_window(action)
    assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    early_qt.set_keys(action, QKeySequence.StandardKey.Quit, "Ctrl+Q")
    # Quit has no binding on Windows (nor offscreen): the fallback stands in.
    assert action.shortcuts() == (quit_keys or [QKeySequence("Ctrl+Q")])
