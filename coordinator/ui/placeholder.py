"""A sentence over an empty table or list: what it will show, and how to fill it.

::

    EmptyPlaceholder(view, self.tr("No participants yet. Add one with …"))

The sentence is a label laid over the view's viewport (a child of the view,
not of the viewport, so scrolling never moves it) and shown while the model
has no rows. When the model filters its rows (``total_count()`` of a
:class:`~coordinator.ui.record_table_model.RecordTableModel`) and holds some
that the filter hides, it says so instead. Mouse clicks go through it to the
view, so a file can still be dropped on an empty roster.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

MARGIN = 24


class EmptyPlaceholder(QObject):
    """Shows ``text`` over ``view`` while its model has no rows; owned by the view."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        self.label = QLabel(view)
        self.label.setObjectName("empty_placeholder")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMargin(MARGIN)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setEnabled(False)  # drawn in the palette's quieter colour, as hints are
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update)
        self.update()

    def set_text(self, text: str) -> None:
        """Say ``text`` from now on when the model is empty."""
        self._text = text
        self.update()

    def sentence(self) -> str:
        """Return the sentence said when the model is empty (shown or not)."""
        return self._text

    def text(self) -> str:
        """Return the sentence shown now ("" when the model has rows)."""
        return self.label.text() if not self.label.isHidden() else ""

    def update(self) -> None:
        """Show the sentence if the model is empty, else hide it."""
        model = self._view.model()
        if model.rowCount() > 0:
            self.label.hide()
            return
        total = getattr(model, "total_count", None)
        if callable(total) and total() > 0:
            self.label.setText(self.tr("Nothing matches the filter. Clear it to see every row."))
        else:
            self.label.setText(self._text)
        self._place()
        self.label.show()

    def _place(self) -> None:
        self.label.setGeometry(self._view.viewport().geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the viewport's size and position."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return super().eventFilter(watched, event)
