"""Reads a program's itinerary off the GUI thread: its activities, conflicts and guides.

On ten years of data the three reads take longer than the GUI thread may be
busy, so the Itinerary tab asks for them here and shows them when they arrive;
only the newest request counts (:mod:`coordinator.ui.newest_read`). The
activity dialog's choices are read here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from coordinator.domain.conflicts import Finding
from coordinator.services.conflicts import ConflictService
from coordinator.services.directory_service import DirectoryService
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import ActivityRecord, GuideRecord, ProgramRecord
from coordinator.store import Database
from coordinator.ui.activity_dialog import ActivityChoices
from coordinator.ui.newest_read import NewestRead
from coordinator.ui.operations import OperationRunner, Progress


def program_days(program: ProgramRecord) -> list[dt.date]:
    """Return every day of ``program``, first to last."""
    count = (program.last_day - program.first_day).days + 1
    return [program.first_day + dt.timedelta(days=offset) for offset in range(count)]


@dataclass(frozen=True)
class ItineraryRequest:
    """What to read: the program and the activity to select."""

    program: ProgramRecord
    select: int | None


@dataclass(frozen=True)
class ItineraryRead:
    """What was read for a request, as frozen records."""

    request: ItineraryRequest
    activities: list[ActivityRecord]
    keys: list[str]  # the activities' search keys, computed on the worker thread
    findings: list[Finding]
    guides: list[GuideRecord]


class ItineraryReader(QObject):
    """Runs the itinerary's reads on the worker thread, the newest request only.

    Signals:
        read(object): an :class:`ItineraryRead` that is still wanted.
        failed(object): the exception a wanted read raised.
    """

    read = Signal(object)
    failed = Signal(object)

    def __init__(
        self, parent: QWidget, activity_keys: Callable[[list[ActivityRecord]], list[str]]
    ) -> None:
        """``activity_keys`` computes the list's search keys of activities (on the worker)."""
        super().__init__(parent)
        self._activity_keys = activity_keys
        self._reads = NewestRead(parent)  # fills in place
        self.choices = OperationRunner(parent)  # says so if the directory takes a while
        self._database: Database | None = None

    def set_database(self, database: Database | None) -> None:
        """Read from ``database`` from now on; what the old one still reads is dropped."""
        if self.choices.busy():
            self.choices.close()  # the old database's read ends before it may close
        self._reads.set_database(database)
        self._database = database

    def busy(self) -> bool:
        """Tell whether a read is running or waiting."""
        return self._reads.busy()

    def request(self, wanted: ItineraryRequest) -> None:
        """Read ``wanted``, after the read now running if there is one."""
        code = wanted.program.code

        def work(database: Database) -> ItineraryRead:
            activities = ItineraryService(database).list_activities(code)
            keys = self._activity_keys(activities)
            findings = ConflictService(database).list_conflicts(code)
            guides = GuideService(database).list_guides()  # the tab's filter keeps some
            return ItineraryRead(wanted, activities, keys, findings, guides)

        self._reads.request(
            self.tr("Reading the itinerary…"), work, self.read.emit, self.failed.emit
        )

    def read_choices(self, ready: Callable[[ActivityChoices], None]) -> None:
        """Read what the activity dialog offers, then call ``ready`` with it.

        The hosts come from the whole directory: on ten years of data that is
        18,000 people, too many to read on the GUI thread.
        """
        database = self._database
        if database is None or self.choices.busy():
            return  # the dialog asked for first opens; a second click adds nothing

        def work(_progress: Progress) -> ActivityChoices:
            directory = DirectoryService(database)
            return ActivityChoices(
                kinds=ItineraryService(database).activity_kinds(),
                venues=[venue.name for venue in directory.venues()],
                persons=directory.persons(),
                guides=GuideService(database).list_guides(),
            )

        def read(choices: ActivityChoices) -> None:
            if self._database is database:  # not when another database opened meanwhile
                ready(choices)

        self.choices.start(
            self.tr("Reading the directory…"), work, on_success=read, on_failure=self.failed.emit
        )
