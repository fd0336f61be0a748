"""The Documents menu: make a program's documents off the GUI thread, preview and print them.

Each kind asks a few questions (:class:`~coordinator.ui.document_dialog.DocumentDialog`),
where to save, then runs :meth:`DocumentService.produce` as a background
operation with progress; a PDF opens in the print preview once its pages are
rendered (also in the background). File ▸ Print… previews any PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu

from coordinator.services.certificate_settings import (
    CertificateSettings,
    CertificateSettingsService,
)
from coordinator.services.document_records import DocumentRequest, ProducedFiles
from coordinator.services.documents import DocumentCancelledError, DocumentService
from coordinator.services.errors import ServiceError
from coordinator.store import Database
from coordinator.ui.certificate_settings_dialog import CertificateSettingsDialog
from coordinator.ui.core_words import error_text
from coordinator.ui.document_commands import CertificateContext, SetCertificateSettingsCommand
from coordinator.ui.document_dialog import DocumentChoice, DocumentDialog
from coordinator.ui.document_status_dialog import DocumentStatusDialog, DocumentWords
from coordinator.ui.main_window import MainWindow
from coordinator.ui.operations import OperationRunner
from coordinator.ui.pdf_preview import PdfPreview, PrintCancelledError, print_pdf, render_pages
from coordinator.ui.program_controller import ProgramController
from coordinator.ui.prompts import Prompts
from coordinator.ui.workspace_view import WorkspaceView

STATUS_TIMEOUT_MS = 15_000
PDF_KINDS = ("booklet", "programmes", "guides", "badges", "tents", "certificates")
LETTER_KINDS = ("invitation", "thanks")
PER_PARTICIPANT = ("programmes", "badges", "tents", "certificates", "invitation")


def default_language() -> str:
    """Return the language documents are made in at first: the interface's."""
    return "tr" if QLocale().language() == QLocale.Language.Turkish else "en"


class DocumentsController(QObject):
    """Owns the Documents menu and File ▸ Print…, one operation at a time."""

    def __init__(
        self,
        window: MainWindow,
        view: WorkspaceView,
        prompts: Prompts,
        programs: ProgramController,
        undo_stack: QUndoStack,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._prompts = prompts
        self._programs = programs
        self._stack = undo_stack
        self._service: DocumentService | None = None
        self._certificates: CertificateContext | None = None
        self.certificate_dialog: CertificateSettingsDialog | None = None
        self.words = DocumentWords(self)
        self.runner = OperationRunner(window)
        self.preview: PdfPreview | None = None
        self.status_dialog: DocumentStatusDialog | None = None
        self.language = default_language()
        self.menu = QMenu(self.tr("&Documents"), window)
        self.actions: dict[str, QAction] = {}
        self._build_menu()
        self._connect_signals()
        self._update_actions()

    def _build_menu(self) -> None:
        texts = {
            "booklet": self.tr("Program &booklet…"),
            "programmes": self.tr("&Personal programmes…"),
            "guides": self.tr("&Guide and driver sheets…"),
            "badges": self.tr("Name &badges…"),
            "tents": self.tr("Name &tents…"),
            "certificates": self.tr("&Certificates…"),
            "invitation": self.tr("&Invitation letters…"),
            "thanks": self.tr("T&hank-you letters…"),
            "report": self.tr("&Report…"),
        }
        for kind, text in texts.items():
            action = QAction(text, self._window)
            action.triggered.connect(lambda _checked=False, kind=kind: self.make(kind))
            self.actions[kind] = action
            self.menu.addAction(action)
            if kind == "certificates":
                self.settings_action = QAction(self.tr("Certificate &settings…"), self._window)
                self.settings_action.setStatusTip(
                    self.tr("Choose who signs the certificates and their background")
                )
                self.menu.addAction(self.settings_action)
            if kind in ("certificates", "thanks"):
                self.menu.addSeparator()
        self.menu.addSeparator()
        self.status_action = QAction(self.tr("Produced &documents…"), self._window)
        self.status_action.setStatusTip(
            self.tr("Which documents were made, and which are out of date")
        )
        self.menu.addAction(self.status_action)
        window = self._window
        window.menuBar().insertMenu(window.tools_menu.menuAction(), self.menu)
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(self.tr("Preview and print a PDF document"))
        window.file_menu.insertAction(window.main_actions.quit, self.print_action)
        window.file_menu.insertSeparator(window.main_actions.quit)

    def _connect_signals(self) -> None:
        self.status_action.triggered.connect(self.show_status)
        self.settings_action.triggered.connect(self.edit_certificate_settings)
        self.print_action.triggered.connect(self.print_file)
        self._programs.program_changed.connect(self._update_actions)
        self.runner.started.connect(self._update_actions)
        self.runner.idle.connect(self._update_actions)

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on (``None``: none is open)."""
        self.runner.close()
        self._service = None if database is None else DocumentService(database)
        self._certificates = (
            None
            if database is None
            else CertificateContext(
                CertificateSettingsService(database), self._certificates_changed, self._undo_failed
            )
        )
        if self.certificate_dialog is not None:
            self.certificate_dialog.reject()
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        enabled = (
            self._service is not None
            and self._programs.program is not None
            and not self.runner.busy()
        )
        for action in (*self.actions.values(), self.status_action, self.settings_action):
            action.setEnabled(enabled)
        self.print_action.setEnabled(not self.runner.busy())

    def _selected_person(self) -> tuple[str, str] | None:
        row = self._view.program_view.roster_view.current_row()
        if row is None:
            return None
        record = self._view.roster_model.record(row)
        return (f"participant:{record.id}", record.name)

    def make(self, kind: str, path: Path | None = None) -> None:
        """Ask how and where, then make the document ``kind`` of the selected program."""
        program = self._programs.program
        if self._service is None or program is None:
            return
        person = self._selected_person() if kind in PER_PARTICIPANT else None
        choice = self.ask_choice(kind, person)
        if choice is None:
            return
        self.language = choice.language
        out = path or self._ask_path(kind, program.code)
        if out is None:
            return
        request = DocumentRequest(
            program_code=program.code, kind=kind, out=out, language=choice.language,
            paper=choice.paper, person_keys=(choice.person_key,) if choice.person_key else (),
            badge_size=choice.badge_size,
        )  # fmt: skip
        self.produce(request)

    def ask_choice(self, kind: str, person: tuple[str, str] | None) -> DocumentChoice | None:
        """Ask the document's language, paper and whom it is for; ``None`` if cancelled."""
        dialog = DocumentDialog(
            self.actions[kind].text().replace("&", "").rstrip("…"),
            self.language,
            person,
            self._window,
            badges=kind == "badges",
            paper=kind not in LETTER_KINDS,
        )
        if dialog.exec() != DocumentDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def _ask_path(self, kind: str, code: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.words.kind(kind)
        if kind in LETTER_KINDS:
            chosen = self._prompts.document_folder(folder)
            return Path(chosen) if chosen else None
        if kind == "report":
            filters = self.tr("Word document (*.docx);;Markdown (*.md);;PDF (*.pdf)")
            suggested = str(Path(folder) / f"{code} {name}.docx")
        else:
            filters = self.tr("PDF documents (*.pdf)")
            suggested = str(Path(folder) / f"{code} {name}.pdf")
        chosen = self._prompts.document_path(name, suggested, filters)
        return Path(chosen) if chosen else None

    def produce(self, request: DocumentRequest) -> None:
        """Make ``request`` in the background; a PDF opens in the preview when done."""
        if self._service is None:
            return
        service = self._service
        self.runner.start(
            self.tr("Making the {document}…").format(document=self.words.kind(request.kind)),
            lambda progress: service.produce(request, progress),
            on_success=lambda produced: self._produced(request, produced),
            on_failure=self._failed,
            on_cancel=self._cancelled,
        )

    def _produced(self, request: DocumentRequest, produced: ProducedFiles) -> None:
        count = len(produced.files)
        self._window.statusBar().showMessage(
            self.tr("Wrote %n file(s) to {place}.", "", count).format(place=str(request.out)),
            STATUS_TIMEOUT_MS,
        )
        if request.kind in PDF_KINDS or request.out.suffix.lower() == ".pdf":
            self.show_preview(request.out)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, DocumentCancelledError | PrintCancelledError):
            self._cancelled()
            return
        self._prompts.refusal(self.tr("The document cannot be made"), error)

    def _cancelled(self) -> None:
        self._window.statusBar().showMessage(
            self.tr("Cancelled; no file was changed."), STATUS_TIMEOUT_MS
        )

    def show_preview(self, path: Path) -> None:
        """Render the PDF's pages in the background, then open the print preview."""
        self.runner.start(
            self.tr("Preparing the preview of {file}…").format(file=path.name),
            lambda progress: render_pages(path, progress),
            on_success=lambda images: self._open_preview(path, images),
            on_failure=self._preview_failed,
            on_cancel=self._cancelled,
        )

    def _open_preview(self, path: Path, images: list[object]) -> None:
        self.preview = PdfPreview(path, images, self._window, self.print_on)  # type: ignore[arg-type]
        self.preview.open()

    def _preview_failed(self, error: Exception) -> None:
        if isinstance(error, PrintCancelledError):
            self._cancelled()
            return
        self._prompts.error(self.tr("The document cannot be shown"), error_text(error))

    def print_on(self, printer: QPrinter, path: Path) -> None:
        """Print the PDF at ``path`` on ``printer`` in the background."""
        self.runner.start(
            self.tr("Printing {file}…").format(file=path.name),
            lambda progress: print_pdf(printer, path, progress),
            on_success=lambda pages: self._window.statusBar().showMessage(
                self.tr("Sent %n page(s) to the printer.", "", pages), STATUS_TIMEOUT_MS
            ),
            on_failure=self._preview_failed,
            on_cancel=self._cancelled,
        )

    def print_file(self) -> None:
        """File ▸ Print…: choose a PDF, preview it, print it."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = self._prompts.pdf_to_print(folder)
        if chosen:
            self.show_preview(Path(chosen))

    def show_status(self) -> None:
        """Show which documents were made and which are out of date."""
        program = self._programs.program
        if self._service is None or program is None:
            return
        if self.status_dialog is None:
            self.status_dialog = DocumentStatusDialog(self.words, self._window)
            self.status_dialog.regenerate_requested.connect(self.regenerate)
        try:
            self.status_dialog.set_statuses(self._service.status(program.code))
        except ServiceError as error:
            self._prompts.error(self.tr("Produced documents"), error_text(error))
            return
        self.status_dialog.show()
        self.status_dialog.raise_()

    def edit_certificate_settings(self) -> None:
        """Open the dialog that chooses the program's signatories and background."""
        program, context = self._programs.program, self._certificates
        if program is None or context is None:
            return
        try:
            current = context.settings.get(program.code)
        except ServiceError as error:
            self._prompts.error(self.tr("Certificate settings"), error_text(error))
            return
        code = program.code

        def submit(settings: CertificateSettings) -> None:
            command = SetCertificateSettingsCommand(context, code, settings)
            command.execute()  # raises if refused: nothing is pushed
            self._stack.push(command)

        dialog = CertificateSettingsDialog(
            program.code, current, submit, self._prompts, self._window
        )
        dialog.finished.connect(self._certificate_dialog_closed)
        self.certificate_dialog = dialog
        dialog.open()

    def _certificate_dialog_closed(self) -> None:
        self.certificate_dialog = None

    def _certificates_changed(self, _code: str) -> None:
        self._window.statusBar().showMessage(
            self.tr("Certificate settings saved."), STATUS_TIMEOUT_MS
        )
        if self.status_dialog is not None and self.status_dialog.isVisible():
            self.show_status()

    def _undo_failed(self, message: str) -> None:
        self._prompts.error(self.tr("Undo"), message)

    def regenerate(self, ids: list[int]) -> None:
        """Make the documents ``ids`` again from today's program, in the background."""
        program = self._programs.program
        if self._service is None or program is None:
            return
        service, code = self._service, program.code
        self.runner.start(
            self.tr("Making the out-of-date documents again…"),
            lambda progress: service.regenerate(code, ids, progress),
            on_success=lambda _made: self.show_status(),
            on_failure=self._failed,
            on_cancel=self._cancelled,
        )
