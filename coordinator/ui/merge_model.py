"""The merge of an offline copy as a tree: one row per record, under it one per field.

A record's row says what it is and what happened to it ("Participant:
Zhandos Tasov — changed offline"); its field rows show the field as it was
taken away, at the office now and in the copy. The check boxes are the
coordinator's choices (:data:`~coordinator.domain.merging.Choice`): one on
every field the copy offers, one on a record added or removed offline. A
conflict (both sides changed the field) is bold, marked and unchecked at
first; what changed only at the office, and a record the office removed, are
greyed and have no check box: they stay as the office has them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from coordinator.domain.merging import (
    ADDED,
    BOTH_ADDED,
    CHANGED,
    GONE,
    REMOVED,
    Choice,
    FieldChange,
    MergeItem,
)
from coordinator.ui.field_words import EMPTY, field_value, field_word
from coordinator.ui.icons import icon
from coordinator.ui.model_index import ROOT, AnyIndex

FIELD, TAKEN, OFFICE, COPY, NOTE = range(5)
_HEADING = 0
"""The internal id of a record's row; a field's row carries its record's row + 1."""
_ICONS = {
    CHANGED: "import-update",
    BOTH_ADDED: "import-uncertain",
    ADDED: "import-add",
    REMOVED: "participant-remove",
    GONE: "import-skip",
}

Role = Qt.ItemDataRole


class MergeModel(QAbstractItemModel):
    """What changed on each side, with the coordinator's choices as check states.

    Signals:
        choices_changed(): a check box was checked or unchecked.
    """

    choices_changed = QtSignal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[MergeItem, ...] = ()
        self._fields: tuple[tuple[FieldChange, ...], ...] = ()
        self._chosen: set[Choice] = set()

    def set_items(self, items: tuple[MergeItem, ...], chosen: frozenset[Choice]) -> None:
        """Show ``items`` with ``chosen`` checked."""
        self.beginResetModel()
        self._items = items
        self._fields = tuple(_shown_fields(item) for item in items)
        self._chosen = set(chosen)
        self.endResetModel()
        self.choices_changed.emit()

    def chosen(self) -> frozenset[Choice]:
        """Return what is checked now."""
        return frozenset(self._chosen)

    def item(self, row: int) -> MergeItem:
        """Return the record shown in the top-level row ``row``."""
        return self._items[row]

    def fields(self, row: int) -> tuple[FieldChange, ...]:
        """Return the fields shown under the record of row ``row``, in their order."""
        return self._fields[row]

    # The tree

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        """Return the index of a record's row (no parent) or of a field's row."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _HEADING)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        """Return the record's row of a field's row; nothing for a record's row."""
        if not index.isValid() or index.internalId() == _HEADING:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _HEADING)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of records, or of the fields of one record."""
        if not parent.isValid():
            return len(self._items)
        if parent.internalId() == _HEADING and parent.column() == 0:
            return len(self._fields[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the five columns: field, when taken, at the office, in the copy, note."""
        return 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        titles = (
            self.tr("Field"),
            self.tr("When taken"),
            self.tr("At the office now"),
            self.tr("In the copy"),
            self.tr("Note"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def _place(self, index: AnyIndex) -> tuple[MergeItem, FieldChange | None]:
        if index.internalId() == _HEADING:
            return self._items[index.row()], None
        row = index.internalId() - 1
        return self._items[row], self._fields[row][index.row()]

    # Check boxes

    def _choice(self, item: MergeItem, change: FieldChange | None) -> Choice | None:
        """Return the choice a row's check box stands for, if it has one."""
        if change is None:
            return (item.kind, item.key, "") if item.action in (ADDED, REMOVED) else None
        if item.action in (CHANGED, BOTH_ADDED) and change.offered:
            return (item.kind, item.key, change.field)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows are selectable; a row with a choice is checkable in its first column."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == FIELD and self._choice(*self._place(index)) is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Role.EditRole) -> bool:
        """Check or uncheck a choice."""
        if not index.isValid() or role != Role.CheckStateRole or index.column() != FIELD:
            return False
        item, change = self._place(index)
        choice = self._choice(item, change)
        if choice is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (choice in self._chosen):
            return True
        if checked:
            self._chosen.add(choice)
        else:
            self._chosen.discard(choice)
        self.dataChanged.emit(index, index.sibling(index.row(), NOTE))
        shown = self._fields[index.row()]
        if change is None and shown:  # an addition's values follow its check box
            first = self.index(0, FIELD, index)
            last = self.index(len(shown) - 1, NOTE, index)
            self.dataChanged.emit(first, last)
        self.choices_changed.emit()
        return True

    # What a cell shows

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        """Return a cell's text, check state, look and explanation."""
        if not index.isValid():
            return None
        item, change = self._place(index)
        if change is None:
            return self._heading_data(item, index.column(), role)
        return self._field_data(item, change, index.column(), role)

    def _heading_data(self, item: MergeItem, column: int, role: int) -> Any:
        if column != FIELD:
            return None
        if role == Role.DisplayRole:
            return self.heading(item)
        if role == Role.CheckStateRole:
            return self._check_state(self._choice(item, None))
        if role == Role.DecorationRole:
            return icon(_ICONS.get(item.action, "import-update"))
        if role == Role.ToolTipRole:
            return self._explanation(item)
        return self._look(role, bold=True, greyed=not item.offered)

    def _field_data(self, item: MergeItem, change: FieldChange, column: int, role: int) -> Any:
        conflict = self._is_conflict(item, change)
        if role == Role.DisplayRole:
            return self._cell(item, change, column)
        if role == Role.ToolTipRole:  # a value in full, else what the row means
            if column in (TAKEN, OFFICE, COPY):
                return self._cell(item, change, column)
            return self._field_explanation(item, change)
        if column == FIELD and role == Role.CheckStateRole:
            return self._check_state(self._choice(item, change))
        if column == FIELD and role == Role.DecorationRole and conflict:
            return icon("import-problem")
        return self._look(role, bold=conflict, greyed=not self._live(item, change))

    def _look(self, role: int, *, bold: bool, greyed: bool) -> QFont | QBrush | None:
        if role == Role.FontRole and bold:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Role.ForegroundRole and greyed:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _check_state(self, choice: Choice | None) -> Qt.CheckState | None:
        if choice is None:
            return None
        return Qt.CheckState.Checked if choice in self._chosen else Qt.CheckState.Unchecked

    def _is_conflict(self, item: MergeItem, change: FieldChange) -> bool:
        return item.action in (CHANGED, BOTH_ADDED) and change.conflict

    def _live(self, item: MergeItem, change: FieldChange) -> bool:
        """Tell whether the row stands for something that can still be merged."""
        if item.action == ADDED:
            return (item.kind, item.key, "") in self._chosen
        return item.action in (CHANGED, BOTH_ADDED) and change.offered

    def _cell(self, item: MergeItem, change: FieldChange, column: int) -> str:
        if column == FIELD:
            return field_word(change.field, item.kind)
        if column == NOTE:
            return self._note(item, change)
        missing = {  # the side on which the record is not (or was not yet) there
            ADDED: (TAKEN, OFFICE),
            BOTH_ADDED: (TAKEN,),
            REMOVED: (COPY,),
            GONE: (OFFICE,),
        }.get(item.action, ())
        if column in missing:
            return self.tr("removed") if item.action in (REMOVED, GONE) else EMPTY
        value = {TAKEN: change.base, OFFICE: change.team, COPY: change.offline}[column]
        return field_value(change.field, value)

    def _note(self, item: MergeItem, change: FieldChange) -> str:
        if item.action in (CHANGED, BOTH_ADDED):
            if change.conflict:
                return self.tr("Conflict")
            if not change.offered:
                return self.tr("changed at the office")
        elif item.action == REMOVED and change.changed_at_office:
            return self.tr("changed at the office")
        return ""

    # Words

    def kind_word(self, kind: str) -> str:
        """Return the word of a record's kind: Program, Participant, Activity."""
        words = {
            "program": self.tr("Program"),
            "participant": self.tr("Participant"),
            "activity": self.tr("Activity"),
        }
        return words.get(kind, kind)

    def action_words(self, item: MergeItem) -> str:
        """Return what happened to a record, e.g. "changed offline"."""
        if item.action == CHANGED and not item.offered:
            return self.tr("changed at the office")
        words = {
            CHANGED: self.tr("changed offline"),
            ADDED: self.tr("added offline"),
            REMOVED: self.tr("removed offline"),
            BOTH_ADDED: self.tr("added on both sides"),
            GONE: self.tr("removed at the office"),
        }
        return words.get(item.action, item.action)

    def heading(self, item: MergeItem) -> str:
        """Return a record's row: its kind, name and what happened to it."""
        return self.tr("{kind}: {name} — {action}").format(
            kind=self.kind_word(item.kind), name=item.label, action=self.action_words(item)
        )

    def _explanation(self, item: MergeItem) -> str:
        if item.action == GONE:
            return self.tr(
                "Changed offline, but removed at the office meanwhile: nothing to merge."
            )
        if item.action == REMOVED and item.fields:
            return self.tr(
                "Removed offline, but changed at the office meanwhile: check it to remove it all "
                "the same."
            )
        if item.action == BOTH_ADDED:
            return self.tr(
                "Added offline and at the office as the same record: where the two differ, "
                "check the values of the copy to take them."
            )
        if item.action == CHANGED and not item.offered:
            return self.tr("Changed only at the office: it stays as it is.")
        return self.heading(item)

    def _field_explanation(self, item: MergeItem, change: FieldChange) -> str:
        if self._is_conflict(item, change):
            return self.tr(
                "Both sides changed this field. The office's value stays unless you check it."
            )
        if item.action in (GONE, REMOVED):
            return self._explanation(item)
        if item.action != ADDED and not change.offered:
            return self.tr("Changed only at the office: it stays as it is.")
        return field_word(change.field, item.kind)


def _shown_fields(item: MergeItem) -> tuple[FieldChange, ...]:
    """Return the fields to show of ``item``: of a new record only those it fills in."""
    if item.action != ADDED:
        return item.fields
    return tuple(
        change
        for change in item.fields
        if change.offline not in (None, "")
        and (change.offline != () or change.field == "attendees")
    )
