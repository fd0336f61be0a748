"""File ▸ Take program offline… and File ▸ Merge offline copy…: a program on the road and back.

Taking a program offline writes it to a new SQLite file of its own, off the
GUI thread with progress. Merging reads the copy into a plan (off the GUI
thread), shows it in the :class:`~coordinator.ui.merge_dialog.MergeDialog`,
applies what the coordinator checks in one service call and pushes one
undoable command (:class:`~coordinator.ui.offline_commands.MergeOfflineCommand`).
Both share the runner and the history of the imports: one long operation at a
time, and no undo while one runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtGui import QUndoStack

from coordinator.domain.merging import Choice
from coordinator.services.errors import ChangedSinceError, ServiceError
from coordinator.store import Database
from coordinator.ui.background_history import BackgroundHistory
from coordinator.ui.core_words import error_text
from coordinator.ui.main_window import MainWindow
from coordinator.ui.operations import Progress
from coordinator.ui.program_controller import ProgramController
from coordinator.ui.prompts import Prompts

if TYPE_CHECKING:
    # Only named here: the offline services (and cattrs) load on first use, not at start.
    from coordinator.services.offline_merge import (
        MergePlan,
        OfflineCopyRecord,
        OfflineMergeService,
    )
    from coordinator.services.record_edits import RecordEdit
    from coordinator.ui.merge_dialog import MergeDialog

FOLDER_SETTING = "offline/folder"
STATUS_TIMEOUT_MS = 20_000


class _CancelledError(Exception):
    """The user cancelled taking a program offline: the new file is removed."""


class OfflineController(QObject):
    """Answers File ▸ Take program offline… and File ▸ Merge offline copy….

    ``reload`` is called with a program's code after a merge, its undo or its
    redo: the program's views read it again.
    """

    def __init__(
        self,
        window: MainWindow,
        prompts: Prompts,
        settings: QSettings,
        programs: ProgramController,
        history: BackgroundHistory,
        undo_stack: QUndoStack,
        reload: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._settings = settings
        self._programs = programs
        self._history = history
        self._runner = history.runner
        self._stack = undo_stack
        self._reload = reload
        self._database: Database | None = None
        self._service: OfflineMergeService | None = None
        self.dialog: MergeDialog | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        actions = self._window.main_actions
        actions.take_offline.triggered.connect(self.take_offline)
        actions.merge_offline.triggered.connect(self.merge_offline)
        self._programs.program_changed.connect(self._update_actions)
        self._runner.started.connect(self._update_actions)
        self._runner.idle.connect(self._update_actions)

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on (``None``: none is open)."""
        if self.dialog is not None:
            self.dialog.reject()
        self._database = database
        self._service = None
        self._update_actions()

    def _merge_service(self) -> OfflineMergeService | None:
        """Return the merge service of the open database, made on first use."""
        if self._service is None and self._database is not None:
            from coordinator.services.offline_merge import OfflineMergeService  # noqa: PLC0415

            self._service = OfflineMergeService(self._database)
        return self._service

    def _update_actions(self, *_args: object) -> None:
        actions = self._window.main_actions
        idle = self._database is not None and not self._runner.busy()
        actions.take_offline.setEnabled(idle and self._programs.program is not None)
        actions.merge_offline.setEnabled(idle and self.dialog is None)

    def _folder(self) -> str:
        remembered = self._settings.value(FOLDER_SETTING)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        for folder in (remembered, documents):
            if isinstance(folder, str) and folder and Path(folder).is_dir():
                return folder
        return str(Path.home())

    # Taking a program offline

    def _ask_target(self, code: str) -> Path | None:
        """Ask for a new file for the copy; a file that exists is refused and asked again."""
        suggested = str(Path(self._folder()) / self.tr("{code} offline.sqlite").format(code=code))
        while True:
            answer = self._prompts.offline_copy_target(suggested)
            if not answer:
                return None
            path = Path(answer)
            if not path.exists():
                self._settings.setValue(FOLDER_SETTING, str(path.parent))
                return path
            self._prompts.error(
                self.tr("Take program offline"),
                self.tr(
                    "{file} exists already. An offline copy goes into a new file: "
                    "choose another name."
                ).format(file=path.name),
            )
            suggested = answer

    def take_offline(self) -> None:
        """Ask where to write the selected program's offline copy, then write it."""
        program, database = self._programs.program, self._database
        if program is None or database is None or self._runner.busy():
            return
        path = self._ask_target(program.code)
        if path is None:
            return
        code = program.code
        from coordinator.services.offline_copy import take_offline  # noqa: PLC0415

        def work(progress: Progress) -> OfflineCopyRecord:
            def report(done: int, total: int) -> None:
                if not progress(done, total):
                    raise _CancelledError

            return take_offline(database, code, path, report)

        self._runner.start(
            self.tr("Taking {program} offline to {file}…").format(program=code, file=path.name),
            work,
            on_success=lambda origin: self._taken(origin, path),
            on_failure=lambda error: self._take_failed(error, path),
            on_cancel=self._take_cancelled,
        )

    def _taken(self, origin: OfflineCopyRecord, path: Path) -> None:
        self._window.statusBar().showMessage(
            self.tr(
                "{program} is taken offline to {path}; File ▸ Merge offline copy… brings the "
                "work done on it back."
            ).format(program=origin.program_code, path=str(path)),
            STATUS_TIMEOUT_MS,
        )

    def _take_failed(self, error: Exception, path: Path) -> None:
        if isinstance(error, _CancelledError):
            self._take_cancelled()
            return
        title = self.tr("The program cannot be taken offline")
        if isinstance(error, ServiceError):
            self._prompts.error(title, error_text(error))
        elif isinstance(error, OSError):
            reason = error.strerror or error_text(error)
            message = self.tr("{file} cannot be written: {reason}")
            self._prompts.error(title, message.format(file=str(path), reason=reason))
        else:
            raise error

    def _take_cancelled(self) -> None:
        self._window.statusBar().showMessage(
            self.tr("Taking the program offline was cancelled; no file was written."),
            STATUS_TIMEOUT_MS,
        )

    # Merging a copy back

    def merge_offline(self) -> None:
        """Ask for an offline copy, read what changed on each side, and show it."""
        if self._database is None or self._runner.busy() or self.dialog is not None:
            return
        answer = self._prompts.offline_copy_source(self._folder())
        if not answer:
            return
        path = Path(answer)
        if not path.is_file():
            self._prompts.error(
                self.tr("The offline copy cannot be merged"),
                self.tr("{file} is not a file.").format(file=str(path)),
            )
            return
        self._settings.setValue(FOLDER_SETTING, str(path.parent))
        self._read_plan(path)

    def _read_plan(self, path: Path) -> None:
        service = self._merge_service()
        if service is None:
            return

        def work(progress: Progress) -> MergePlan:
            progress(0, 0)  # reading cannot say how far it is
            return service.plan(path)

        self._runner.start(
            self.tr("Reading the offline copy {file}…").format(file=path.name),
            work,
            on_success=self._show_plan,
            on_failure=self._plan_failed,
            dialog_parent=self.dialog,
        )

    def _show_plan(self, plan: MergePlan) -> None:
        dialog = self.dialog
        if dialog is None:
            from coordinator.ui.merge_dialog import MergeDialog  # noqa: PLC0415

            dialog = MergeDialog(self._window)
            dialog.merge_requested.connect(self._merge)
            dialog.reread_requested.connect(self._reread)
            dialog.finished.connect(self._dialog_closed)
            self.dialog = dialog
        dialog.show_plan(plan)
        if not dialog.isVisible():
            dialog.open()  # window-modal: nothing else changes the program meanwhile
        self._update_actions()

    def _plan_failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        title = self.tr("The offline copy cannot be merged")
        if self.dialog is not None:
            self.dialog.show_refusal(error_text(error), reread=False)
        else:
            self._prompts.error(title, error_text(error))

    def _reread(self) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.plan is not None and not self._runner.busy():
            self._read_plan(dialog.plan.path)

    def _merge(self, chosen: frozenset[Choice]) -> None:
        service, dialog = self._merge_service(), self.dialog
        if service is None or dialog is None or dialog.plan is None or self._runner.busy():
            return
        plan = dialog.plan
        self._runner.start(
            self.tr("Merging the offline copy of {program}…").format(
                program=plan.copy.program_code
            ),
            lambda _progress: service.merge(plan, chosen),
            on_success=lambda edits: self._merged(plan, chosen, edits),
            on_failure=self._merge_failed,
            dialog_parent=dialog,
        )

    def _merged(
        self, plan: MergePlan, chosen: frozenset[Choice], edits: tuple[RecordEdit, ...]
    ) -> None:
        from coordinator.ui.offline_commands import (  # noqa: PLC0415
            MergeContext,
            MergeOfflineCommand,
        )

        service = self._merge_service()
        assert service is not None
        code = plan.copy.program_code
        context = MergeContext(service, self._history, self._stepped, self._failed)
        self._stack.push(MergeOfflineCommand(context, code, edits))
        if self.dialog is not None:
            self.dialog.accept()
        self._reload(code)
        self._window.statusBar().showMessage(
            self.tr(
                "Merged the offline copy of {program}: %Ln change(s) taken. "
                "Edit ▸ Undo takes the merge back.",
                "",
                len(chosen),
            ).format(program=code),
            STATUS_TIMEOUT_MS,
        )

    def _merge_failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        from coordinator.ui.offline_commands import changed_since_sentence  # noqa: PLC0415

        dialog = self.dialog
        changed = isinstance(error, ChangedSinceError)
        if isinstance(error, ChangedSinceError):
            sentence = changed_since_sentence(error, self.tr("nothing was merged"))
        else:
            sentence = self.tr("The merge was refused, nothing was changed: {reason}").format(
                reason=error_text(error)
            )
        if dialog is not None:
            dialog.show_refusal(sentence, reread=changed)
        else:
            self._prompts.error(self.tr("The offline copy cannot be merged"), sentence)

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._update_actions()

    def _stepped(self, code: str) -> None:
        """Show the program as an undo or redo of the merge left it."""
        self._window.statusBar().clearMessage()  # "Edit ▸ Undo takes the merge back" no more
        self._reload(code)

    def _failed(self, message: str) -> None:
        self._prompts.error(self.tr("Undo"), message)
