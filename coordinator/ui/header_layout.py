"""Columns the user hides, moves and sizes, remembered for the next start.

A table's header gets a context menu with a check per column and sections
that can be dragged into another order. Once :meth:`HeaderLayout.remember` names
the table's settings key, the layout is restored from ``QSettings`` and saved
again a moment after every change the user makes, so a crash loses nothing.
Until the user changes something, nothing is kept and the table goes on
fitting its columns to their contents. The sort is not part of the layout: a
table opens unsorted, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QHeaderView, QMenu

SAVE_DELAY_MS = 400


def settings_key(table: str) -> str:
    """Return the settings key under which ``table``'s header layout is kept."""
    return f"tables/{table}/header"


class HeaderLayout(QObject):
    """The column menu and the remembered layout of one table's horizontal header.

    Attributes:
        customized: whether the layout is the user's own: put back from the
            settings, or changed since (the table then keeps it instead of
            fitting the columns to their contents).
    """

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self._header = header
        self._settings: QSettings | None = None
        self._key = ""
        self.customized = False
        self._pressed = False  # the left button is down on the header itself
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._header.customContextMenuRequested.connect(self._show_menu)
        self._save_timer.timeout.connect(self.save)
        self._header.sectionMoved.connect(self._changed)
        self._header.sectionResized.connect(self._resized)
        self._header.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the left button on the header: only its drags size the columns."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._pressed = event.button() == Qt.MouseButton.LeftButton
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return super().eventFilter(watched, event)

    def remember(self, settings: QSettings, table: str) -> bool:
        """Keep the layout in ``settings`` under ``table``; put back the one kept, if any.

        Returns whether a kept layout was put back.
        """
        self._settings = settings
        self._key = settings_key(table)
        restored = self.restore()
        self.customized = self.customized or restored
        return restored

    def restore(self) -> bool:
        """Put back the kept layout; ``False`` if none, or one made for other columns."""
        if self._settings is None:
            return False
        state = self._settings.value(self._key)
        count = self._settings.value(f"{self._key}-columns")
        columns = self._column_count()
        if state is None or str(count) != str(columns) or columns == 0:
            return False
        if not self._header.restoreState(state):
            return False
        self._header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        if all(self._header.isSectionHidden(column) for column in range(columns)):
            self._header.showSection(0)  # a damaged setting must not hide the whole table
        return True

    def save(self) -> None:
        """Write the layout to the settings now (changes are otherwise saved shortly after)."""
        self._save_timer.stop()
        if self._settings is None or not self.customized or self._column_count() == 0:
            return
        self._settings.setValue(self._key, self._header.saveState())
        self._settings.setValue(f"{self._key}-columns", self._column_count())

    def column_menu(self) -> QMenu:
        """Return the menu of the columns, in the order shown, each checked while shown."""
        menu = QMenu(self._header)
        model = self._header.model()
        shown = [column for column in range(self._column_count()) if self._is_shown(column)]
        for visual in range(self._column_count()):
            column = self._header.logicalIndex(visual)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = QAction(title.replace("&", "&&"), menu)
            action.setCheckable(True)
            action.setChecked(self._is_shown(column))
            action.setEnabled(shown != [column])  # the last column shown stays
            action.toggled.connect(lambda checked, column=column: self.show_column(column, checked))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Show every column in its first place"))
        reset.triggered.connect(self.reset)
        return menu

    def show_column(self, column: int, shown: bool) -> None:
        """Show or hide ``column``; the last column shown is never hidden."""
        others = [item for item in range(self._column_count()) if item != column]
        if not shown and not any(self._is_shown(item) for item in others):
            return
        self._header.setSectionHidden(column, not shown)
        self._changed()

    def reset(self) -> None:
        """Show every column, in the model's own order."""
        for column in range(self._column_count()):
            self._header.showSection(column)
            visual = self._header.visualIndex(column)
            if visual != column:
                self._header.moveSection(visual, column)
        self._changed()

    def _show_menu(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self._header.mapToGlobal(position))

    def _is_shown(self, column: int) -> bool:
        return not self._header.isSectionHidden(column)

    def _column_count(self) -> int:
        model = self._header.model()
        return model.columnCount() if model is not None else 0

    def _changed(self) -> None:
        self.customized = True
        if self._settings is not None:
            self._save_timer.start()

    def _resized(self) -> None:
        # Qt resizes sections too (the last one stretches with the window, a tab
        # clicked open lays its table out): only a drag on the header makes the
        # widths the user's own.
        if self._pressed:
            self.customized = True
        if self.customized and self._settings is not None:
            self._save_timer.start()
