"""Find everywhere: one box that finds people, places and activities in every program.

Layout and keys only. The box filters the index it is given at every
keystroke (the index ranks and caps the hits in a few milliseconds); Up and
Down move through the hits without leaving the box, Enter or a double-click
goes to the chosen one, Esc closes. :class:`coordinator.ui.search_controller.SearchController`
builds the index and carries out the jump.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.search import DEFAULT_LIMIT, EMPTY_RESULT, SearchEntry, SearchIndex
from coordinator.ui.search_model import SearchModel

_MOVES = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -10,
    Qt.Key.Key_PageDown: 10,
}
"""The keys that move through the hits while the cursor stays in the box, and by how much."""


class SearchDialog(QDialog):
    """A search box above its hits, each with its kind and program.

    Signals:
        chosen(object): the user picked this :class:`SearchEntry` (Enter or a
            double-click); the dialog has closed.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, limit: int = DEFAULT_LIMIT) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find everywhere"))
        self._limit = limit
        self._index: SearchIndex | None = None
        self._reading = False
        self._failure = ""
        self._total = 0
        self._more = False
        self.model = SearchModel(self)
        self.query_box = QLineEdit(self)
        self.query_box.setPlaceholderText(
            self.tr("Participants, guides, hosts, venues, organizations, activities…")
        )
        self.query_box.setClearButtonEnabled(True)
        self.results = QTableView(self)
        self.results.setModel(self.model)
        self._configure_results()
        self.status_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status_label)
        self.resize(820, 460)
        self._connect_signals()
        self._update_status()

    def _configure_results(self) -> None:
        view = self.results
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the box
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _connect_signals(self) -> None:
        self.query_box.textChanged.connect(self._search)
        self.query_box.returnPressed.connect(self.choose_current)
        self.query_box.installEventFilter(self)
        self.results.doubleClicked.connect(lambda index: self._choose(index.row()))

    # The index

    def set_index(self, index: SearchIndex | None) -> None:
        """Search ``index`` from now on (``None``: nothing to search yet); search again."""
        self._index = index
        self._reading = False
        self._failure = ""
        self._search()

    def set_reading(self) -> None:
        """Say that the index is being read (the current one, if any, stays searchable)."""
        self._reading = True
        self._update_status()

    def set_failure(self, message: str) -> None:
        """Say that the index could not be read, and why."""
        self._reading = False
        self._failure = message
        self._update_status()

    def start(self) -> None:
        """Show the dialog with the last query selected, so that typing replaces it."""
        self.query_box.selectAll()
        self.query_box.setFocus()
        self.open()

    # Searching and choosing

    def _search(self) -> None:
        query = self.query_box.text()
        result = EMPTY_RESULT if self._index is None else self._index.search(query, self._limit)
        self.model.set_entries(result.entries)
        if result.entries:
            self.results.selectRow(0)
        self._total = result.total
        self._more = result.more
        self._update_status()

    def _update_status(self) -> None:
        shown = self.model.rowCount()
        total = self._total
        if self._failure:
            text = self.tr("The database could not be searched: {reason}").format(
                reason=self._failure
            )
        elif self._reading and self._index is None:
            text = self.tr("Reading the database…")
        elif not self.query_box.text().strip():
            text = self.tr("Type a name or a title.")
        elif self._more:
            text = self.tr("The best {shown} of more than {total} matches").format(
                shown=shown, total=total
            )
        elif total > shown:
            text = self.tr("The best {shown} of {total} matches").format(shown=shown, total=total)
        else:
            text = self.tr("%n match(es)", "", total)
        self.status_label.setText(text)

    def current_row(self) -> int | None:
        """Return the selected hit's row, if any."""
        rows = self.results.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def choose_current(self) -> None:
        """Go to the selected hit, if any (Enter in the box)."""
        row = self.current_row()
        if row is not None:
            self._choose(row)

    def _choose(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        entry: SearchEntry = self.model.entry(row)
        self.accept()
        self.chosen.emit(entry)

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        row = self.current_row()
        target = 0 if row is None else max(0, min(count - 1, row + step))
        self.results.selectRow(target)
        self.results.scrollTo(self.model.index(target, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Up, Down, Page Up and Page Down move through the hits from the box."""
        if watched is self.query_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = _MOVES.get(Qt.Key(event.key()))
            if step is not None:
                self._move(step)
                return True
        return super().eventFilter(watched, event)
