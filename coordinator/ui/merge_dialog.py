"""File ▸ Merge offline copy…: what changed on each side, and the choice of what to bring back.

Layout only: the offline controller reads the plan, runs the merge and says
what happened. The dialog stays open when the merge is refused, with the
reason in one sentence (and, when the office changed something meanwhile, a
button to read the copy again).

Signals are documented on the class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.merging import Choice, default_choices
from coordinator.ui.formatting import format_date_time
from coordinator.ui.icons import icon
from coordinator.ui.merge_model import COPY, FIELD, NOTE, TAKEN, MergeModel

if TYPE_CHECKING:
    from coordinator.services.offline_merge import MergePlan


VALUE_COLUMN_EMS = 16
"""The widest a value column starts, in widths of the letter M."""
COPY_COLUMN_EMS = 24
"""The widest the copy's column starts: its values are the ones to choose."""


class MergeDialog(QDialog):
    """The merge plan of one offline copy as a tree with check boxes.

    Signals:
        merge_requested(object): the user pressed Merge; the argument is the
            ``frozenset`` of :data:`~coordinator.domain.merging.Choice` checked.
        reread_requested(): the user asked to read the copy again (after the
            office changed a record since the plan was read).
    """

    merge_requested = Signal(object)
    reread_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: MergePlan | None = None
        self.resize(980, 620)
        self.setSizeGripEnabled(True)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.origin = QLabel(self)
        self.origin.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Checked values of the copy replace the office's. A conflict (both sides "
                "changed the field) is unchecked: the office's value stays unless you check it. "
                "Greyed rows changed only at the office and stay as they are."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.model = MergeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(True)
        self.empty = QLabel(self.tr("Nothing changed offline since the copy was taken."), self)
        self.empty.setWordWrap(True)
        self.left_out = QLabel(self)
        self.left_out.setWordWrap(True)
        self._build_refusal()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._lay_out()
        self._connect_signals()

    def _build_refusal(self) -> None:
        self.refusal = QWidget(self)
        symbol = QLabel(self.refusal)
        symbol.setPixmap(icon("import-problem").pixmap(16, 16))
        self.refusal_text = QLabel(self.refusal)
        self.refusal_text.setWordWrap(True)
        self.reread_button = QPushButton(self.tr("&Read the copy again"), self.refusal)
        row = QHBoxLayout(self.refusal)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(symbol)
        row.addWidget(self.refusal_text, 1)
        row.addWidget(self.reread_button)
        self.refusal.hide()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.origin)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.left_out)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self._merge_clicked)
        self.reread_button.clicked.connect(self.reread_requested)
        self.model.choices_changed.connect(self._update_merge_button)

    def show_plan(self, plan: MergePlan) -> None:
        """Show ``plan`` with the default choices checked (all but conflicts)."""
        self.plan = plan
        copy = plan.copy
        self.setWindowTitle(
            self.tr("Merge offline copy of {program}").format(program=copy.program_code)
        )
        self.heading.setText(
            self.tr("{code} — {title}").format(
                code=copy.program_code, title=plan.team.program.title
            )
        )
        self.origin.setText(
            self.tr(
                "The copy {file} was taken from {database} on {when} by {user}. Below is what "
                "changed on each side since then."
            ).format(
                file=plan.path.name,
                database=copy.source,
                when=format_date_time(copy.taken_at.astimezone()),
                user=copy.taken_by or "?",
            )
        )
        self.model.set_items(plan.items, default_choices(list(plan.items)))
        self._lay_out_tree()
        mergeable = any(item.offered for item in plan.items)
        self.tree.setVisible(bool(plan.items))
        self.hint.setVisible(mergeable)
        self.empty.setVisible(not mergeable)
        if plan.items and not mergeable:
            self.empty.setText(
                self.tr(
                    "Nothing of the copy can be merged: what is listed changed at the office, "
                    "or was removed there."
                )
            )
        self.left_out.setVisible(bool(plan.unknown_guides))
        self.left_out.setText(
            self.tr("Guides left out, not in this database's directory: {guides}").format(
                guides=", ".join(plan.unknown_guides)
            )
        )
        self.refusal.hide()
        self._update_merge_button()

    def _lay_out_tree(self) -> None:
        root = self.tree.rootIndex()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, root, True)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(FIELD, NOTE + 1):
            self.tree.resizeColumnToContents(column)
        # A long value (an activity's notes) shows in full in its tool tip.
        em = self.fontMetrics().horizontalAdvance("M")
        for column in range(TAKEN, NOTE):
            limit = em * (COPY_COLUMN_EMS if column == COPY else VALUE_COLUMN_EMS)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), limit))

    def show_refusal(self, sentence: str, *, reread: bool) -> None:
        """Say why the merge was refused; offer to read the copy again if ``reread``."""
        self.refusal_text.setText(sentence)
        self.reread_button.setVisible(reread)
        self.refusal.show()

    def chosen(self) -> frozenset[Choice]:
        """Return what is checked now."""
        return self.model.chosen()

    def _update_merge_button(self) -> None:
        self.merge_button.setEnabled(bool(self.model.chosen()))

    def _merge_clicked(self) -> None:
        chosen = self.model.chosen()
        if chosen:
            self.merge_requested.emit(chosen)
