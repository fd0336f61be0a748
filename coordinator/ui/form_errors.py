"""Mark the field a validation error names, with the reason right beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from coordinator.ui.core_words import translated

_INVALID_STYLE = "border: 1px solid #c0392b;"


class FormErrors:
    """The error labels of a form, one per field, hidden until needed."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._labels: dict[str, str] = {}

    def label_for(self, field: str, widget: QWidget, parent: QWidget) -> QLabel:
        """Register ``widget`` as ``field`` and return its (hidden) error label."""
        label = QLabel(parent)
        label.setObjectName(f"{field}_error")
        label.setWordWrap(True)
        label.setStyleSheet("color: #c0392b;")
        label.hide()
        self._fields[field] = (widget, label)
        return label

    def add_row(self, form: QFormLayout, text: str, field: str, widget: QWidget) -> None:
        """Add ``widget`` to ``form`` as ``field``, with its error label on the row below."""
        form.addRow(text, widget)
        form.addRow("", self.label_for(field, widget, form.parentWidget() or widget))
        self._labels[field] = text

    def label(self, field: str) -> str:
        """Return the form's label of ``field`` as added (``""`` if it has none)."""
        return self._labels.get(field, "")

    def show(self, field: str | None, message: str) -> bool:
        """Show ``message`` beside ``field`` and focus it; ``False`` if unknown."""
        self.clear()
        if field not in self._fields:
            return False
        widget, label = self._fields[field]
        label.setText(translated(message))
        label.show()
        widget.setStyleSheet(_INVALID_STYLE)
        widget.setProperty("invalid", True)
        widget.setFocus()
        return True

    def say(self, field: str | None, message: str, general: QLabel) -> None:
        """Show ``message`` beside ``field``, or in ``general`` when the form has no such field."""
        if not self.show(field, message):
            general.setText(translated(message))
            general.show()

    def clear(self) -> None:
        """Hide every error."""
        for widget, label in self._fields.values():
            label.hide()
            label.clear()
            if widget.property("invalid"):
                widget.setStyleSheet("")
                widget.setProperty("invalid", False)

    def message(self, field: str) -> str:
        """Return the error shown beside ``field`` (``""`` if none)."""
        return self._fields[field][1].text() if field in self._fields else ""
