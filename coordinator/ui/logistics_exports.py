"""The Logistics tab's exports: manifest, rooming list, caterer's sheet, gift register.

Each asks where to write, then writes on the background runner in the
interface's language; success shows in the status bar, a refusal in a message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths

from coordinator.services.catering import CateringService
from coordinator.services.errors import ServiceError
from coordinator.services.gifts import GiftService
from coordinator.services.stays import StayService
from coordinator.ui.translation import interface_language

if TYPE_CHECKING:
    from coordinator.store import Database
    from coordinator.ui.logistics_controller import LogisticsController

STATUS_TIMEOUT_MS = 15_000
PDF_SUFFIX, XLSX_SUFFIX = ".pdf", ".xlsx"


class LogisticsExports(QObject):
    """Writes the logistics' files off the GUI thread and says how it went."""

    def __init__(self, controller: LogisticsController) -> None:
        super().__init__(controller)
        self._c = controller
        page = controller.page
        page.export_manifest.triggered.connect(self.export_manifest)
        page.export_rooming.triggered.connect(self.export_rooming)
        page.export_catering.triggered.connect(self.export_catering)
        page.export_gifts.triggered.connect(self.export_gifts)

    def _ask(self, title: str, name: str, filters: str, default_suffix: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        answer = self._c.prompts.document_path(title, str(Path(folder) / name), filters)
        if not answer:
            return None
        path = Path(answer)
        allowed = (PDF_SUFFIX, XLSX_SUFFIX) if default_suffix == PDF_SUFFIX else (XLSX_SUFFIX,)
        return (
            path if path.suffix.lower() in allowed else path.with_name(path.name + default_suffix)
        )

    def _start(self, label: str, work: Callable[[], object], done: str, title: str) -> None:
        self._c.runner.start(
            label,
            lambda _progress: work(),
            on_success=lambda _result: self._c.window.statusBar().showMessage(
                done, STATUS_TIMEOUT_MS
            ),
            on_failure=lambda error: self._failed(title, error),
        )

    def _failed(self, title: str, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        self._c.prompts.error(title, str(error))

    def export_manifest(self) -> None:
        """Write the transfers of the day shown (or of every day) as a PDF or a workbook."""
        # The manifest draws a PDF: fpdf2 loads when it is first asked for, not at start-up.
        from coordinator.services.manifests import ManifestService  # noqa: PLC0415

        program, database = self._c.program, self._c.database
        if program is None or database is None or self._c.runner.busy():
            return
        title = self.tr("Export manifest")
        path = self._ask(
            title,
            self.tr("{code} manifest.pdf").format(code=program.code),
            self.tr("PDF documents (*.pdf);;Excel workbooks (*.xlsx)"),
            PDF_SUFFIX,
        )
        if path is None:
            return
        code, day, language = program.code, self._c.chosen_day(), interface_language()
        self._start(
            self.tr("Writing the manifest to {file}…").format(file=path.name),
            lambda: ManifestService(database).export(code, path, day, language),
            self.tr("The manifest was written to {path}.").format(path=str(path)),
            title,
        )

    def export_rooming(self) -> None:
        """Write the rooming list for the hotels."""
        self._export_workbook(
            self.tr("Export rooming list"),
            self.tr("{code} rooming list.xlsx"),
            self.tr("Writing the rooming list to {file}…"),
            self.tr("The rooming list was written to {path}."),
            lambda database, code, path, language: StayService(database).export_rooming(
                code, path, language
            ),
        )

    def export_catering(self) -> None:
        """Write the caterer's sheet and, beside it, the head waiter's allergy list."""
        self._export_workbook(
            self.tr("Export caterer's sheet"),
            self.tr("{code} meals.xlsx"),
            self.tr("Writing the caterer's sheet to {file}…"),
            self.tr(
                "The caterer's sheet was written to {path}, the head waiter's allergy list "
                "beside it."
            ),
            lambda database, code, path, language: CateringService(database).export(
                code, path, language
            ),
        )

    def export_gifts(self) -> None:
        """Write the program's gift register."""
        self._export_workbook(
            self.tr("Export gift register"),
            self.tr("{code} gifts.xlsx"),
            self.tr("Writing the gift register to {file}…"),
            self.tr("The gift register was written to {path}."),
            lambda database, code, path, language: GiftService(database).export_program(
                code, path, language
            ),
        )

    def _export_workbook(
        self,
        title: str,
        file_name: str,
        writing: str,
        written: str,
        write: Callable[[Database, str, Path, str], object],
    ) -> None:
        """Ask where, then write one workbook of the program in the interface's language.

        ``file_name``, ``writing`` and ``written`` are translated sentences with
        ``{code}``, ``{file}`` and ``{path}`` to fill in.
        """
        program, database = self._c.program, self._c.database
        if program is None or database is None or self._c.runner.busy():
            return
        path = self._ask(
            title,
            file_name.format(code=program.code),
            self.tr("Excel workbooks (*.xlsx)"),
            XLSX_SUFFIX,
        )
        if path is None:
            return
        code, language = program.code, interface_language()
        self._start(
            writing.format(file=path.name),
            lambda: write(database, code, path, language),
            written.format(path=str(path)),
            title,
        )
