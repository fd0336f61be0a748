"""The lists inside the activity dialog: its hosts, and its guides with their roles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coordinator.domain.enums import GuideRole
from coordinator.domain.planning import NON_GUIDING_ROLES
from coordinator.services.records import ActivityRecord, GuideRecord, HostInput
from coordinator.ui.formatting import guide_role_label
from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.titled_table_model import TitledTableModel

GuideRows = tuple[tuple[int, str, str], ...]
"""The guides of an activity as shown: (guide id, name, role) each."""


def guide_rows(record: ActivityRecord) -> GuideRows:
    """Return the guides of ``record`` as the dialog shows them."""
    return tuple((item.guide_id, item.guide, item.role) for item in record.assignments)


def completer(names: Sequence[str], parent: QWidget) -> QCompleter:
    """Return a completer of ``names`` that finds any part of a name, in any case."""
    found = QCompleter(sorted(set(names)), parent)
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setFilterMode(Qt.MatchFlag.MatchContains)
    return found


def usual_role(guide: GuideRecord) -> str:
    """Return the role a guide takes unless told otherwise: their first guiding one."""
    for role in guide.roles:
        if role not in NON_GUIDING_ROLES:
            return role
    return guide.roles[0] if guide.roles else GuideRole.GUIDE.value


class HostListModel(QAbstractListModel):
    """The hosts of an activity: name, with the title and organization of that day."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hosts: list[HostInput] = []

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of hosts."""
        return 0 if parent.isValid() else len(self._hosts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return ``Name, Title (Organization)``."""
        if not index.isValid() or not 0 <= index.row() < len(self._hosts):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            host = self._hosts[index.row()]
            text = ", ".join(part for part in (host.name, host.title) if part)
            return f"{text} ({host.organization})" if host.organization else text
        return None

    def set_hosts(self, hosts: Sequence[HostInput]) -> None:
        """Replace the hosts."""
        self.beginResetModel()
        self._hosts = list(hosts)
        self.endResetModel()

    def hosts(self) -> tuple[HostInput, ...]:
        """Return the hosts in their order."""
        return tuple(self._hosts)

    def add(self, host: HostInput) -> None:
        """Add a host at the end, unless a host of that name is already there."""
        if any(item.name.casefold() == host.name.casefold() for item in self._hosts):
            return
        row = len(self._hosts)
        self.beginInsertRows(QModelIndex(), row, row)
        self._hosts.append(host)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Remove the host in ``row``."""
        if 0 <= row < len(self._hosts):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._hosts[row]
            self.endRemoveRows()


class AssignmentTableModel(TitledTableModel):
    """The guides of an activity and their roles; the role is edited in place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Guide"), self.tr("Role")), parent)
        self._rows: list[tuple[int, str, str]] = []  # guide id, name, role

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of guides."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the guide's name, or the role's label (its value for editing)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        _guide_id, name, guide_role = self._rows[index.row()]
        if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return name
        if index.column() == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return guide_role_label(guide_role)
            if role == Qt.ItemDataRole.EditRole:
                return guide_role
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Double-click to change the role")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Let the role be edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Change a guide's role to ``value`` (a role's stored value)."""
        if (
            not index.isValid()
            or index.column() != 1
            or role != Qt.ItemDataRole.EditRole
            or value not in {item.value for item in GuideRole}
        ):
            return False
        guide_id, name, _ = self._rows[index.row()]
        self._rows[index.row()] = (guide_id, name, str(value))
        self.dataChanged.emit(index, index)
        return True

    def set_assignments(self, rows: Sequence[tuple[int, str, str]]) -> None:
        """Replace the rows: (guide id, name, role) each."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add(self, guide_id: int, name: str, role: str) -> bool:
        """Add a guide in ``role``; ``False`` if they are already listed."""
        if any(row[0] == guide_id for row in self._rows):
            return False
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append((guide_id, name, role))
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        """Take the guide in ``row`` off the activity."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rows(self) -> GuideRows:
        """Return the rows: (guide id, name, role) each."""
        return tuple(self._rows)

    def assignments(self) -> tuple[tuple[int, str], ...]:
        """Return the (guide id, role) pairs."""
        return tuple((guide_id, role) for guide_id, _name, role in self._rows)


class RoleDelegate(QStyledItemDelegate):
    """Edits a guide's role with a list of the roles there are."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        """Return a combo box of the roles."""
        editor = QComboBox(parent)
        for role in GuideRole:
            editor.addItem(guide_role_label(role.value), role.value)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        """Show the current role."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        """Store the chosen role."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
