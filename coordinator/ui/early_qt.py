"""Ways to set up the first screen's widgets without naming PySide6's ``Qt`` namespace.

PySide6 builds the Python enums of the whole ``Qt`` namespace (well over a
hundred of them) the first time any code names ``Qt``: about 15 ms, a tenth
of a bare window's start. ``QAction.setShortcut`` does it too, whatever it is
given, while it picks among its overloads. The modules of the first paint
therefore never import ``Qt`` by name: they reach it as ``QtCore.Qt`` inside
the functions that run later, give actions their keys with :func:`set_keys`,
and set the values the first paint needs through the widgets' Qt
properties, with Qt's own numbers. A test keeps each number equal to the enum
value it stands for, and another that the window is painted before ``Qt`` is built.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar

ALIGN_CENTER = 0x0084
"""``Qt.AlignmentFlag.AlignCenter``: centred across and down."""

TOOL_BUTTON_TEXT_BESIDE_ICON = 2
"""``Qt.ToolButtonStyle.ToolButtonTextBesideIcon``."""

APPLICATION_SHORTCUT = 2
"""``Qt.ShortcutContext.ApplicationShortcut``: the keys work in every window."""


def center_text(label: QLabel) -> None:
    """Centre ``label``'s text."""
    label.setProperty("alignment", ALIGN_CENTER)


def text_beside_icons(bar: QToolBar) -> None:
    """Show each of ``bar``'s buttons with its text beside its icon."""
    bar.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)


def in_every_window(action: QAction) -> None:
    """Let ``action``'s keys work in every window of the application (the Directory too)."""
    action.setProperty("shortcutContext", APPLICATION_SHORTCUT)


def set_keys(
    action: QAction, keys: QKeySequence.StandardKey | str, fallback: str | None = None
) -> None:
    """Give ``action`` its keys: every binding of a standard key on this platform, or one.

    A standard key may have several bindings (Redo is both Ctrl+Shift+Z and
    Ctrl+Y on some desktops); the first is the one menus show. Some platforms
    bind none to some keys (Quit on Windows): ``fallback`` is the key then.
    """
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(keys)
        if fallback is not None and not action.shortcuts():
            action.setShortcuts([QKeySequence(fallback)])
    else:
        action.setShortcuts([QKeySequence(keys)])
