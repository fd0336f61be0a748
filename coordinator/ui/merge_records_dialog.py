"""The dialog that merges two directory entries: both side by side, the user picks.

Which entry stays (its id, and everything that named the other moves to it)
and, field by field, whose value the merged entry takes. A field where both
agree offers no choice. By default the kept entry's values win, except where
it has none and the other has one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.errors import ServiceError
from coordinator.ui.core_words import error_text
from coordinator.ui.entry_dialog import ERROR_STYLE

FIRST, SECOND = 0, 1


@dataclass(frozen=True)
class MergeField:
    """One field of the two entries, as shown and as given back.

    Attributes:
        name: the field's name in the entry's input (``title``, ``city``…).
        label: the translated label.
        values: the first entry's value and the second's.
        texts: how each value is shown.
    """

    name: str
    label: str
    values: tuple[object, object]
    texts: tuple[str, str]


SubmitMerge = Callable[[bool, dict[str, object]], None]
"""Carries out the merge: ``(keep the first?, chosen values by field)``; raises
:class:`ServiceError` when the merge is refused."""


class MergeRecordsDialog(QDialog):
    """Two entries side by side: which stays, and whose value each field keeps."""

    def __init__(
        self,
        title: str,
        names: tuple[str, str],
        fields: Sequence[MergeField],
        submit: SubmitMerge,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._names = names
        self._fields = tuple(fields)
        self._submit = submit
        self.keep_buttons = QButtonGroup(self)
        self.field_buttons: dict[str, QButtonGroup] = {}
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("&Merge"))
        self._build_layout()
        self.keep_buttons.idClicked.connect(self._on_keep_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.set_keep_first(True)

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Keep:"), self), 0, 0)
        for side in (FIRST, SECOND):
            button = QRadioButton(self._names[side], self)
            self.keep_buttons.addButton(button, side)
            grid.addWidget(button, 0, side + 1)
        for row, field in enumerate(self._fields, start=1):
            grid.addWidget(QLabel(field.label, self), row, 0, Qt.AlignmentFlag.AlignTop)
            if field.values[FIRST] == field.values[SECOND]:
                same = QLabel(field.texts[FIRST], self)
                same.setWordWrap(True)
                grid.addWidget(same, row, 1, 1, 2)
                continue
            group = QButtonGroup(self)
            for side in (FIRST, SECOND):
                text = field.texts[side] or self.tr("(empty)")
                button = QRadioButton(text, self)
                group.addButton(button, side)
                grid.addWidget(button, row, side + 1)
            self.field_buttons[field.name] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(720, 120 + 34 * len(self._fields))

    @property
    def names(self) -> tuple[str, str]:
        """The two entries' names, first and second."""
        return self._names

    def set_keep_first(self, first: bool) -> None:
        """Keep the first entry (or the second), its values chosen where it has them."""
        button = self.keep_buttons.button(FIRST if first else SECOND)
        button.setChecked(True)
        self._on_keep_changed(FIRST if first else SECOND)

    def keeps_first(self) -> bool:
        """Tell whether the first entry is the one that stays."""
        return self.keep_buttons.checkedId() == FIRST

    def choose(self, name: str, first: bool) -> None:
        """Take the first entry's value of field ``name`` (or the second's)."""
        self.field_buttons[name].button(FIRST if first else SECOND).setChecked(True)

    def chosen(self) -> dict[str, object]:
        """Return the value each field takes."""
        values: dict[str, object] = {}
        for field in self._fields:
            group = self.field_buttons.get(field.name)
            side = FIRST if group is None else max(group.checkedId(), FIRST)
            values[field.name] = field.values[side]
        return values

    def _on_keep_changed(self, kept: int) -> None:
        other = SECOND if kept == FIRST else FIRST
        for field in self._fields:
            group = self.field_buttons.get(field.name)
            if group is None:
                continue
            side = other if not field.texts[kept] and field.texts[other] else kept
            group.button(side).setChecked(True)
        self.summary_label.setText(
            self.tr(
                "{removed} will be removed: everything that named it (people, rosters, "
                "hosts, guides, venues, programs, documents) will name {kept}. "
                "Undo puts it back."
            ).format(removed=self._names[other], kept=self._names[kept])
        )

    def accept(self) -> None:
        """Merge; stay open with the reason when the merge is refused."""
        try:
            self._submit(self.keeps_first(), self.chosen())
        except ServiceError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        super().accept()
