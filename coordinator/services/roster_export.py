"""Export a program's roster to an .xlsx file that imports back field for field.

The sheet is written in English or Turkish: headers, the sheet's name, roles
(``Heyet başkanı``) and ways of travel (``Uçak``) are words of that language,
never internal codes, and the roster reader takes either language back.

An arrival or departure is written as a date cell and a time cell, the time
empty when it is not known: a date alone never shows as 00:00, and a real
00:00 comes back as one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from coordinator.domain.enum_words import WORD_LANGUAGES, participant_role_word
from coordinator.excel import EXPORT_FIELDS, ReadCancelledError, RosterField, write_roster
from coordinator.excel.cell_parsing import CellValue
from coordinator.excel.travel_sheet import mode_word
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantRecord
from coordinator.services.roster import RosterService
from coordinator.store import Database

Progress = Callable[[int, int], bool]
_MOMENTS = {
    RosterField.ARRIVAL: "arrival",
    RosterField.ARRIVAL_TIME: "arrival",
    RosterField.DEPARTURE: "departure",
    RosterField.DEPARTURE_TIME: "departure",
}
"""The date and time columns, and the moment each shows a part of."""
_MODES = (RosterField.ARRIVAL_MODE, RosterField.DEPARTURE_MODE)


class ExportCancelledError(ServiceError):
    """The user cancelled the export; the previous file, if any, is untouched."""


class RosterExportService:
    """Rosters written to workbooks."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def export(
        self,
        program_code: str,
        path: Path,
        progress: Progress | None = None,
        language: str = "en",
    ) -> int:
        """Write the program's roster to ``path`` (.xlsx) and return how many rows it has.

        Args:
            program_code: the program.
            path: the workbook to write.
            progress: called with rows done and rows in all; ``False`` cancels.
            language: the language of the headers and words, ``en`` or ``tr``.

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``path`` is not an .xlsx file or cannot be written,
                or ``language`` is neither ``en`` nor ``tr``.
            ExportCancelledError: ``progress`` returned ``False``.
        """
        if path.suffix.lower() != ".xlsx":
            msg = f"{path.name}: a roster is exported as an Excel workbook ending in .xlsx"
            raise InvalidInputError(msg, "path")
        check_export_language(language)
        program = ProgramService(self._database).get(program_code)
        roster = RosterService(self._database).list_participants(program_code)
        rows = [roster_row(participant, language) for participant in roster]
        try:
            with full_disk_refused(f"{path.name} was not written", "path"):
                write_roster(path, program.title, rows, progress, language)
        except ReadCancelledError as error:
            raise ExportCancelledError(str(error)) from error
        except OSError as error:
            msg = f"{path} cannot be written: {error.strerror or error}"
            raise InvalidInputError(msg, "path") from error
        return len(rows)


def check_export_language(language: str) -> str:
    """Return ``language`` if workbooks are written in it.

    Raises:
        InvalidInputError: ``language`` is neither ``en`` nor ``tr``.
    """
    if language not in WORD_LANGUAGES:
        msg = f"{language!r} is not a language of exported workbooks (en or tr)"
        raise InvalidInputError(msg, "language")
    return language


def roster_row(participant: ParticipantRecord, language: str = "en") -> tuple[CellValue, ...]:
    """Return a participant's values in the order of the exported columns, words in ``language``."""
    return tuple(_value(participant, field, language) for field in EXPORT_FIELDS)


def _word(field: RosterField, code: str, language: str) -> str:
    """Return a role or a way of travel as a word of ``language`` (empty stays empty)."""
    if not code:
        return ""
    if field is RosterField.ROLE:
        return participant_role_word(code, language)
    return mode_word(code, language)


def _value(participant: ParticipantRecord, field: RosterField, language: str) -> CellValue:
    if field is RosterField.LANGUAGES:
        return ", ".join(participant.languages)
    if field is RosterField.ROLE or field in _MODES:
        return _word(field, getattr(participant, field.value), language)
    if field in _MOMENTS:
        moment: dt.datetime | None = getattr(participant, _MOMENTS[field])
        known = getattr(participant, f"{_MOMENTS[field]}_time_known")
        if moment is None:
            return None
        if field in (RosterField.ARRIVAL, RosterField.DEPARTURE):
            return moment.date()
        return moment.time() if known else None
    value: CellValue = getattr(participant, field.value)
    return value
