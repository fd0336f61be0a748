"""Guides ▸ Export schedule…: the selected guide's assignments in a program, for them to keep.

A workbook (``.xlsx``) to print or e-mail, or a calendar (``.ics``) for a
phone, in the interface's language, written on the background runner; success
shows in the status bar, a refusal in a message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QMainWindow

from coordinator.ui.operations import OperationRunner
from coordinator.ui.translation import interface_language

if TYPE_CHECKING:
    from coordinator.services.records import GuideRecord
    from coordinator.store import Database
    from coordinator.ui.prompts import Prompts

STATUS_TIMEOUT_MS = 15_000
SUFFIXES = (".xlsx", ".ics")

Target = tuple["Database", str]
"""The open database and the code of the program shown."""


class GuideScheduleExport(QObject):
    """Writes the selected guide's schedule off the GUI thread."""

    def __init__(
        self,
        window: QMainWindow,
        prompts: Prompts,
        selected: Callable[[], GuideRecord | None],
        target: Callable[[], Target | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._selected = selected
        self._target = target
        self.runner = OperationRunner(window)

    def export(self) -> None:
        """Ask where, then write the selected guide's schedule in the program shown."""
        guide, target = self._selected(), self._target()
        if guide is None or target is None or self.runner.busy():
            return
        database, code = target
        title = self.tr("Export schedule")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = self.tr("{name} schedule {code}.xlsx").format(name=guide.name, code=code)
        answer = self._prompts.document_path(
            title,
            str(Path(folder) / suggested),
            self.tr("Excel workbooks (*.xlsx);;Calendars for phones (*.ics)"),
        )
        if not answer:
            return
        path = Path(answer)
        if path.suffix.lower() not in SUFFIXES:
            path = path.with_name(path.name + ".xlsx")
        language, guide_id = interface_language(), guide.id

        def write(_progress: object) -> object:
            # The schedule's workbook needs openpyxl: loaded with the first export.
            from coordinator.services.guide_schedule import GuideScheduleService  # noqa: PLC0415

            return GuideScheduleService(database).write(guide_id, code, path, language=language)

        done = self.tr("The schedule of {name} was written to {path}.").format(
            name=guide.name, path=str(path)
        )
        self.runner.start(
            self.tr("Writing the schedule of {name}…").format(name=guide.name),
            write,
            on_success=lambda _result: self._window.statusBar().showMessage(
                done, STATUS_TIMEOUT_MS
            ),
            on_failure=lambda error: self._failed(title, error),
        )

    def _failed(self, title: str, error: Exception) -> None:
        self._prompts.refusal(title, error)
