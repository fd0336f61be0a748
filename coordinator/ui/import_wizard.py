"""The import wizard: sheet and columns, then the preview, then Import.

The wizard holds what the user sees and chooses (the table read, the mapping,
the plan); the long steps (reading, planning, applying) are the controller's,
asked for with signals and answered with :meth:`ImportWizard.show_table`,
:meth:`ImportWizard.show_plan`, :meth:`ImportWizard.show_corrected_plan` and
:meth:`ImportWizard.finish`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from coordinator.ui.import_mapping_page import ImportMappingPage
from coordinator.ui.import_preview_page import ImportPreviewPage

if TYPE_CHECKING:
    from coordinator.excel import RosterField, RosterTable
    from coordinator.services.roster_import import ImportPlan
    from coordinator.services.roster_mapping_review import MappingReview

MAPPING_PAGE, PREVIEW_PAGE = 0, 1


class ImportWizard(QWizard):
    """Import a roster file into the selected program, in two pages.

    Next on the first page asks for a plan of the current mapping (unless the
    wizard already holds one); Import on the second page asks for the plan to
    be applied. The wizard moves on once the controller answers.

    Signals:
        file_requested(): the user wants to choose another file.
        sheet_requested(str): the user chose another sheet; read it.
        mapping_changed(object): the user changed the mapping (``dict[RosterField, int]``);
            review it.
        plan_requested(object): plan the import with this mapping.
        correction_requested(object): plan the current plan again with these cells of
            its table corrected (``dict[CellAddress, str]``, the text typed).
        apply_requested(object): carry out this :class:`ImportPlan`.
    """

    file_requested = Signal()
    sheet_requested = Signal(str)
    mapping_changed = Signal(object)
    plan_requested = Signal(object)
    correction_requested = Signal(object)
    apply_requested = Signal(object)

    def __init__(self, program_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a roster into {program}").format(program=program_title))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.mapping_page = ImportMappingPage(self)
        self.preview_page = ImportPreviewPage(self)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setStartId(MAPPING_PAGE)
        self.resize(1040, 760)
        self.table: RosterTable | None = None
        self.plan: ImportPlan | None = None
        self._applied = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        page = self.mapping_page
        page.file_requested.connect(self.file_requested)
        page.sheet_chosen.connect(self.sheet_requested)
        page.mapping_changed.connect(self._on_mapping_changed)
        self.preview_page.correction_requested.connect(self.correction_requested)

    def mapping(self) -> dict[RosterField, int]:
        """Return the mapping the user chose on the first page."""
        return self.mapping_page.mapping()

    def show_table(self, table: RosterTable, review: MappingReview) -> None:
        """Start again on the first page with a table just read."""
        self.table = table
        self.plan = None
        if self.currentId() == PREVIEW_PAGE:
            self.restart()
        self.mapping_page.show_table(table, review)

    def show_review(self, review: MappingReview) -> None:
        """Show the review of the mapping the user just chose."""
        self.mapping_page.show_review(review)

    def show_plan(self, plan: ImportPlan) -> None:
        """Take the plan of the current mapping and show the preview."""
        self.plan = plan
        self.preview_page.show_plan(plan)
        if self.currentId() == MAPPING_PAGE:
            self.next()

    def show_corrected_plan(self, plan: ImportPlan, row: int) -> None:
        """Take the plan made with a corrected cell of the file's row ``row`` and show it there.

        Its table, which holds the corrections, becomes the wizard's: a plan with
        another mapping keeps them.
        """
        self.table = plan.table
        self.plan = plan
        self.preview_page.show_plan(plan)
        self.preview_page.select_row(row)

    def forget_plan(self) -> None:
        """Drop the plan (e.g. the roster changed since): Next plans again."""
        self.plan = None
        if self.currentId() == PREVIEW_PAGE:
            self.back()

    def finish(self) -> None:
        """Close the wizard once the plan was applied."""
        self._applied = True
        self.accept()

    def _on_mapping_changed(self, mapping: dict[RosterField, int]) -> None:
        self.plan = None
        self.mapping_changed.emit(mapping)

    def _plan_is_current(self) -> bool:
        return (
            self.plan is not None
            and self.plan.table is self.table
            and self.plan.mapping == self.mapping()
        )

    def validateCurrentPage(self) -> bool:
        """Go on once the controller answered: with a plan, or with the import applied."""
        if self.currentId() == MAPPING_PAGE:
            if self._plan_is_current():
                return True
            self.plan_requested.emit(self.mapping())
            return False
        if self.currentId() == PREVIEW_PAGE and not self._applied:
            if self.plan is not None:
                self.apply_requested.emit(self.plan)
            return False
        return super().validateCurrentPage()
