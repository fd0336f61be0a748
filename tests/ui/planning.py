"""A planned Ankara program for the timeline, dialog, conflicts and guides tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import (
    ActivityInput,
    ActivityRecord,
    GuideInput,
    UnavailabilityInput,
)
from coordinator.store import Database
from coordinator.ui.activity_dialog import ActivityDialog
from coordinator.ui.app import Launcher
from coordinator.ui.guides_controller import GuidesController
from coordinator.ui.guides_page import GuidesPage
from coordinator.ui.itinerary_controller import ItineraryController
from coordinator.ui.itinerary_page import ItineraryPage
from tests.ui.conftest import PROGRAM_CODE, workspace_of

MON, TUE, WED = dt.date(2026, 5, 4), dt.date(2026, 5, 5), dt.date(2026, 5, 6)
PROGRAM_DAYS = [MON + dt.timedelta(days=offset) for offset in range(5)]
SETTLE_MS = 10_000
"""How long a test waits for the itinerary or a dialog read off the GUI thread."""


def at(text: str) -> dt.time:
    """Return the time written ``HH:MM``."""
    return dt.time.fromisoformat(text)


@dataclass(frozen=True)
class Plan:
    """The ids of the planned activities and guides."""

    water_works: int  # Tue 10:00–11:30, a site visit
    mayor: int  # Tue 10:30–11:00, a courtesy visit overlapping the water works
    union: int  # Wed 14:00–15:00, a meeting
    dinner: int  # Mon, no time, a meal
    aylin: int  # speaks kk and tr, a guide
    bolat: int  # speaks kk and ru, an interpreter, away on Wednesday


def make_plan(database: Database) -> Plan:
    """Add four activities and two guides to the Ankara program."""
    itinerary = ItineraryService(database)

    def add(title: str, day: dt.date, start: str | None, end: str | None, kind: str) -> int:
        data = ActivityInput(
            day=day,
            start_time=at(start) if start else None,
            end_time=at(end) if end else None,
            kind=kind,
            title=title,
            venue="ASKİ Water Works" if kind == "site_visit" else "",
        )
        return itinerary.add_activity(PROGRAM_CODE, data).id

    guides = GuideService(database)
    aylin = guides.add_guide(
        GuideInput(name="Aylin Kaya", languages=("kk", "tr"), roles=("guide",))
    )
    bolat = guides.add_guide(
        GuideInput(name="Bolat Nurlanov", languages=("kk", "ru"), roles=("interpreter",))
    )
    guides.add_unavailability(bolat.id, UnavailabilityInput(WED, reason="Congress"))
    return Plan(
        water_works=add("Visit to the water works", TUE, "10:00", "11:30", "site_visit"),
        mayor=add("Courtesy visit to the Mayor", TUE, "10:30", "11:00", "courtesy_visit"),
        union=add("Meeting at the Union", WED, "14:00", "15:00", "meeting"),
        dinner=add("Welcome dinner", MON, None, None, "meal"),
        aylin=aylin.id,
        bolat=bolat.id,
    )


def database_of(launcher: Launcher) -> Database:
    """Return the launcher's open database."""
    database = workspace_of(launcher).databases.database
    assert database is not None
    return database


def activity(launcher: Launcher, activity_id: int) -> ActivityRecord:
    """Return an activity as the database has it now."""
    return ItineraryService(database_of(launcher)).get_activity(activity_id)


def activities(launcher: Launcher) -> list[ActivityRecord]:
    """Return the program's activities as the database has them now."""
    return ItineraryService(database_of(launcher)).list_activities(PROGRAM_CODE)


def settle_itinerary(launcher: Launcher, qtbot: QtBot) -> None:
    """Wait until the Itinerary tab shows what it was last asked to read.

    The tab reads off the GUI thread: after opening it, and after every edit,
    undo or redo, its models fill in a moment later.
    """
    controller = workspace_of(launcher).itinerary
    qtbot.waitUntil(lambda: not controller.loading(), timeout=SETTLE_MS)


def open_itinerary(launcher: Launcher, qtbot: QtBot) -> tuple[ItineraryController, ItineraryPage]:
    """Show the Itinerary tab, wait until it is read and return its controller and page."""
    launcher.window.workspace_view.program_view.tabs.setCurrentIndex(1)
    settle_itinerary(launcher, qtbot)
    controller = workspace_of(launcher).itinerary
    return controller, controller.page


def open_guides(launcher: Launcher, qtbot: QtBot) -> tuple[GuidesController, GuidesPage]:
    """Show the Guides tab, wait until its guides are read and return its controller and page."""
    launcher.window.workspace_view.program_view.tabs.setCurrentIndex(2)
    controller = workspace_of(launcher).guides
    qtbot.waitUntil(lambda: not controller.loading(), timeout=SETTLE_MS)
    return controller, controller.page


def settle_logistics(launcher: Launcher, qtbot: QtBot) -> None:
    """Wait until the Logistics tab shows what it was last asked to read (off the GUI thread)."""
    controller = workspace_of(launcher).logistics
    qtbot.waitUntil(lambda: not controller.loading(), timeout=SETTLE_MS)


def activity_dialog(
    controller: ItineraryController, qtbot: QtBot, action: Callable[[], object]
) -> ActivityDialog:
    """Do ``action`` and return the activity dialog it opens once its choices are read."""
    before = controller.dialog

    def opened() -> bool:
        dialog = controller.dialog
        return dialog is not before and isinstance(dialog, ActivityDialog) and dialog.isVisible()

    action()
    qtbot.waitUntil(opened, timeout=SETTLE_MS)
    assert isinstance(controller.dialog, ActivityDialog)
    return controller.dialog
