"""Suggested guides: the proposed assignments to accept or reject, and why the rest stay open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.suggestions import Proposal, Suggestions, Unfilled
from coordinator.ui.formatting import format_date, format_time_range, guide_role_label
from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.ticked_rows_model import TickedRowsModel
from coordinator.ui.titled_table_model import TitledTableModel

translate = QCoreApplication.translate
Accept = Callable[[tuple[Proposal, ...]], object]


def reason_text(code: str, names: Sequence[str]) -> str:
    """Return one reason why no guide fits, naming the guides it rules out."""
    who = ", ".join(names)
    texts = {
        "away": translate("SuggestionDialog", "away then: {names}"),
        "busy": translate("SuggestionDialog", "busy elsewhere or too far away: {names}"),
        "hours": translate("SuggestionDialog", "over their daily hours: {names}"),
        "language": translate(
            "SuggestionDialog", "speak none of the delegation's languages: {names}"
        ),
        "host_elsewhere": translate(
            "SuggestionDialog", "host officials of another organization: {names}"
        ),
        "drives": translate("SuggestionDialog", "only drive: {names}"),
        "untimed": translate("SuggestionDialog", "the activity has no time yet"),
        "no_guides": translate("SuggestionDialog", "there are no guides in the directory"),
        "all_on_it": translate("SuggestionDialog", "every guide is already on it"),
    }
    return texts.get(code, code).format(names=who)


def unfilled_text(item: Unfilled) -> str:
    """Return why nobody fits an activity, as one translated line."""
    return "; ".join(reason_text(code, names) for code, names in item.reasons)


class _Table(TitledTableModel):
    """A read-only table of rows of text with column titles."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class ProposalTableModel(TickedRowsModel[Proposal]):
    """The proposed assignments, each with a check box: ticked ones are accepted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("When"), self.tr("Activity"), self.tr("Guide"), self.tr("Role")), parent
        )

    def row_of(self, item: Proposal) -> tuple[str, ...]:
        """Return the proposal's day and hours, activity, guide and role."""
        return (
            f"{format_date(item.day)} {format_time_range(item.start, item.end)}",
            item.activity,
            item.guide,
            guide_role_label(item.role),
        )

    def tip_of(self, item: Proposal) -> str:
        """Return why the guide is proposed."""
        return item.message

    def accepted(self) -> tuple[Proposal, ...]:
        """Return the ticked proposals."""
        return tuple(self.ticked())


class UnfilledTableModel(_Table):
    """The activities no guide fits, with the reasons."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("When"), self.tr("Activity"), self.tr("Why nobody fits")), parent)

    def set_unfilled(self, unfilled: Sequence[Unfilled]) -> None:
        """Show ``unfilled``."""
        self.set_rows(
            [
                (
                    f"{format_date(item.day)} {format_time_range(item.start, item.end)}",
                    item.activity,
                    unfilled_text(item),
                )
                for item in unfilled
            ]
        )


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class SuggestionDialog(QDialog):
    """Shows the proposals; Accept makes the ticked ones (one undoable step), Reject none."""

    def __init__(
        self, suggestions: Suggestions, accept: Accept, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._accept = accept
        self.setWindowTitle(self.tr("Suggested guides"))
        self.proposals = ProposalTableModel(self)
        self.proposals.set_items(suggestions.proposals)
        self.unfilled = UnfilledTableModel(self)
        self.unfilled.set_unfilled(suggestions.unfilled)
        intro = QLabel(self)
        intro.setWordWrap(True)
        if suggestions.proposals:
            intro.setText(
                self.tr(
                    "These guides are free, speak the delegation's languages and spread the "
                    "hours evenly. Untick any you do not want, then accept: Edit ▸ Undo takes "
                    "them all back."
                )
            )
        else:
            intro.setText(self.tr("No guide can be proposed without creating a conflict."))
        self.proposal_table = _table(self.proposals, self)
        self.unfilled_label = QLabel(self.tr("<b>Still without a guide</b>"), self)
        self.unfilled_table = _table(self.unfilled, self)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            self.tr("&Accept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setEnabled(bool(suggestions.proposals))
        self.buttons.addButton(self.tr("&Reject"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.proposal_table, 2)
        layout.addWidget(self.unfilled_label)
        layout.addWidget(self.unfilled_table, 1)
        layout.addWidget(self.buttons)
        has_unfilled = bool(suggestions.unfilled)
        self.unfilled_label.setVisible(has_unfilled)
        self.unfilled_table.setVisible(has_unfilled)
        for table in (self.proposal_table, self.unfilled_table):
            table.resizeColumnsToContents()
            header = table.horizontalHeader()
            for section in range(header.count() - 1):
                header.resizeSection(section, min(header.sectionSize(section), 320))
        self.resize(900, 520)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        """Make the ticked assignments, then close."""
        chosen = self.proposals.accepted()
        if chosen:
            self._accept(chosen)
        super().accept()
