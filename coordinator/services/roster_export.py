"""Export a program's roster to an .xlsx file that imports back field for field.

An arrival or departure is written as a date cell and a time cell, the time
empty when it is not known: a date alone never shows as 00:00, and a real
00:00 comes back as one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from coordinator.excel import EXPORT_FIELDS, ReadCancelledError, RosterField, write_roster
from coordinator.excel.cell_parsing import CellValue
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


class ExportCancelledError(ServiceError):
    """The user cancelled the export; the previous file, if any, is untouched."""


class RosterExportService:
    """Rosters written to workbooks."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def export(self, program_code: str, path: Path, progress: Progress | None = None) -> int:
        """Write the program's roster to ``path`` (.xlsx) and return how many rows it has.

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``path`` is not an .xlsx file or cannot be written.
            ExportCancelledError: ``progress`` returned ``False``.
        """
        if path.suffix.lower() != ".xlsx":
            msg = f"{path.name}: a roster is exported as an Excel workbook ending in .xlsx"
            raise InvalidInputError(msg, "path")
        program = ProgramService(self._database).get(program_code)
        roster = RosterService(self._database).list_participants(program_code)
        rows = [roster_row(participant) for participant in roster]
        try:
            with full_disk_refused(f"{path.name} was not written", "path"):
                write_roster(path, program.title, rows, progress)
        except ReadCancelledError as error:
            raise ExportCancelledError(str(error)) from error
        except OSError as error:
            msg = f"{path} cannot be written: {error.strerror or error}"
            raise InvalidInputError(msg, "path") from error
        return len(rows)


def roster_row(participant: ParticipantRecord) -> tuple[CellValue, ...]:
    """Return a participant's values in the order of the exported columns."""
    return tuple(_value(participant, field) for field in EXPORT_FIELDS)


def _value(participant: ParticipantRecord, field: RosterField) -> CellValue:
    if field is RosterField.LANGUAGES:
        return ", ".join(participant.languages)
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
