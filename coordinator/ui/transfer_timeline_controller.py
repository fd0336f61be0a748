"""The vehicle timeline of the Transfers page at work: moves and drops as undoable edits.

The timeline shows the transfers the page has just read (of the day in the
Day box, or the program's first day when every day is listed), so showing
it costs no query but the directory's vehicles and drivers and the
program's conflicts, each one short query. Every drag or drop is one
:class:`EditTransferCommand` whose new values differ from the read ones
only in what was dragged, so its undo puts back exactly that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coordinator.domain.conflicts import Finding
from coordinator.services.conflicts import ConflictService
from coordinator.services.transfer_records import (
    DriverRecord,
    MovementInput,
    MovementRecord,
    VehicleRecord,
)
from coordinator.services.vehicles import VehicleService
from coordinator.store import Database
from coordinator.ui.finding_words import finding_sentence
from coordinator.ui.formatting import format_date
from coordinator.ui.logistics_commands import EditTransferCommand
from coordinator.ui.logistics_page import TRANSFERS_PAGE
from coordinator.ui.newest_read import NewestRead
from coordinator.ui.vehicle_timeline_layout import minutes_of, span_of, time_of

if TYPE_CHECKING:
    from coordinator.ui.logistics_controller import LogisticsController


@dataclass(frozen=True)
class _TimelineRead:
    """What the timeline shows beside the page's transfers, as read for a program's day."""

    code: str
    day: dt.date
    vehicles: list[VehicleRecord]
    drivers: list[DriverRecord]
    findings: list[Finding]


class TransferTimelineController(QObject):
    """Fills the vehicle timeline and turns what is done on it into commands."""

    def __init__(self, controller: LogisticsController) -> None:
        super().__init__(controller)
        self._c = controller
        page = controller.page
        self.panel = page.timeline_panel
        self.timeline = page.timeline_panel.timeline
        page.show_timeline.toggled.connect(self._on_toggled)
        self.timeline.movement_clicked.connect(self._select_in_table)
        self.timeline.movement_activated.connect(self._edit)
        self.timeline.move_requested.connect(self.move)
        self.timeline.vehicle_dropped.connect(self.set_vehicle)
        self.timeline.driver_dropped.connect(self.set_driver)
        self._highlight: tuple[dt.date, tuple[int, ...]] | None = None
        self.reads = NewestRead(controller.window)

    def set_database(self, database: Database | None) -> None:
        """Read from ``database`` from now on."""
        self.reads.set_database(database)

    def shown(self) -> bool:
        """Tell whether the timeline is shown instead of the table."""
        return self._c.page.show_timeline.isChecked()

    def day(self) -> dt.date | None:
        """The day the timeline shows: the one chosen, else the program's first."""
        program = self._c.program
        if program is None:
            return None
        return self._c.chosen_day() or program.first_day

    def _on_toggled(self, shown: bool) -> None:
        if shown:
            self.load()

    def load(self) -> None:
        """Show the day's transfers as the page last read them (when the timeline is shown).

        The vehicles, the drivers and the program's conflicts are read off the
        GUI thread; the transfers are the page's when they arrive.
        """
        program, day = self._c.program, self.day()
        if not self.shown() or self._c.context is None or program is None:
            return
        assert day is not None
        code = program.code

        def work(database: Database) -> _TimelineRead:
            vehicles = VehicleService(database)
            findings = ConflictService(database).list_conflicts(code)
            return _TimelineRead(code, day, vehicles.list_vehicles(), vehicles.drivers(), findings)

        self.reads.request(self.tr("Reading the vehicles…"), work, self._show, self._failed)

    def loading(self) -> bool:
        """Tell whether the timeline's vehicles and conflicts are being read."""
        return self.reads.busy()

    def close(self) -> None:
        """Drop what is being read (before the database closes)."""
        self.set_database(None)

    def _failed(self, error: Exception) -> None:
        self._c.prompts.refusal(self.tr("Transfers"), error)

    def _show(self, read: _TimelineRead) -> None:
        program, day = self._c.program, read.day
        if program is None or program.code != read.code or day != self.day():
            return  # read for another program or day: a newer read follows
        if self._c.chosen_day() is None:
            self.panel.note.setText(
                self.tr(
                    "Showing the first day, {day}. Choose a day in the Day box to see its "
                    "transfers by vehicle."
                ).format(day=format_date(day))
            )
        else:
            self.panel.note.setText(
                self.tr("Transfers of {day} by vehicle").format(day=format_date(day))
            )
        movements = [m for m in self._c.page.transfers.model.records() if m.day == day]
        self.timeline.set_content(read.vehicles, movements)
        self.timeline.set_conflicted(_sentences(read.findings, {m.id for m in movements}))
        if self._highlight is not None and self._highlight[0] == day:
            self.timeline.set_highlighted(self._highlight[1])
        else:
            self.timeline.set_highlighted(())
        self.panel.vehicle_list.set_items(
            [(v.id, f"{v.plate} · {v.seats}", v.kind or v.company) for v in read.vehicles]
        )
        self.panel.driver_list.set_items([(d.guide_id, d.name, d.phone) for d in read.drivers])

    def show_finding(self, finding: Finding | None) -> None:
        """Show a transfer finding's day on the timeline with its blocks highlighted.

        A finding about activities only is the itinerary's (nothing changes here);
        ``None`` takes the highlight away.
        """
        if finding is None or not finding.movement_ids:
            self._highlight = None
            self.timeline.set_highlighted(())
            return
        self._highlight = (finding.day, finding.movement_ids)
        if finding.activity_ids:
            return  # the itinerary's timeline shows it; highlighted here when looked at
        from coordinator.ui.logistics_controller import LOGISTICS_TAB  # noqa: PLC0415 (a cycle)

        c = self._c
        page = c.page
        choice = page.day_choice
        index = next((n for n in range(choice.count()) if choice.itemData(n) == finding.day), -1)
        page.show_timeline.setChecked(True)
        if index >= 0 and index != choice.currentIndex():
            choice.setCurrentIndex(index)
        page.pages.setCurrentIndex(TRANSFERS_PAGE)
        c.window.workspace_view.program_view.tabs.setCurrentIndex(LOGISTICS_TAB)
        self.load()

    # What the user does on the timeline

    def _record(self, movement_id: int) -> MovementRecord | None:
        records = self._c.page.transfers.model.records()
        return next((m for m in records if m.id == movement_id), None)

    def _run(self, record: MovementRecord, data: MovementInput, title: str) -> None:
        context = self._c.context
        if context is None or data == record.as_input():
            return
        self._c.try_run(EditTransferCommand(context, record, data), title)

    def move(
        self, movement_id: int, from_vehicle: int | None, to_vehicle: int | None, minutes: int
    ) -> None:
        """Move a transfer to start at ``minutes``, keeping its length, in another row perhaps."""
        record = self._record(movement_id)
        if record is None:
            return
        before = record.as_input()
        start, end = span_of(record)
        minutes = max(0, min(minutes, 24 * 60 - 1 - (end - start)))
        end_time = None if record.end_time is None else time_of(minutes + end - start)
        if record.end_time is not None and minutes_of(record.end_time) <= minutes_of(
            record.start_time
        ):
            end_time = record.end_time  # an odd end is kept as it was
        vehicles = list(before.vehicles)
        if to_vehicle != from_vehicle:
            if from_vehicle in vehicles:
                vehicles.remove(from_vehicle)
            if to_vehicle is not None and to_vehicle not in vehicles:
                vehicles.append(to_vehicle)
        data = replace(
            before, start_time=time_of(minutes), end_time=end_time, vehicles=tuple(vehicles)
        )
        self._run(record, data, self.tr("Move transfer"))

    def set_vehicle(self, movement_id: int, vehicle_id: int) -> None:
        """Add a vehicle to a transfer's vehicles (nothing if it has it already)."""
        record = self._record(movement_id)
        if record is None:
            return
        before = record.as_input()
        if vehicle_id in before.vehicles:
            return
        data = replace(before, vehicles=(*before.vehicles, vehicle_id))
        self._run(record, data, self.tr("Give the transfer a vehicle"))

    def set_driver(self, movement_id: int, driver_id: int) -> None:
        """Make ``driver_id`` (a guide) a transfer's driver."""
        record = self._record(movement_id)
        if record is None:
            return
        data = replace(record.as_input(), driver_id=driver_id)
        self._run(record, data, self.tr("Give the transfer a driver"))

    def _select_in_table(self, movement_id: int) -> None:
        section = self._c.page.transfers
        row = section.model.row_of(lambda m: m.id == movement_id)
        if row is not None:
            section.table.select_row(row)

    def _edit(self, movement_id: int) -> None:
        self._select_in_table(movement_id)
        self._c.transfer_actions.edit()


def _sentences(findings: list[Finding], shown: set[int]) -> dict[int, tuple[str, ...]]:
    """Return, for each transfer shown, the sentences of the findings naming it."""
    sentences: dict[int, list[str]] = {}
    for finding in findings:
        for movement_id in finding.movement_ids:
            if movement_id in shown:
                sentences.setdefault(movement_id, []).append(finding_sentence(finding))
    return {key: tuple(value) for key, value in sentences.items()}
