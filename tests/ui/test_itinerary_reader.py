"""The Itinerary tab reads off the GUI thread, shows the newest read only, says why one failed."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from coordinator.services.itinerary import ItineraryService
from coordinator.services.program_rows import delete_program_rows
from coordinator.services.programs import program_by_code
from coordinator.services.records import ActivityInput, ActivityRecord
from coordinator.store import open_database
from coordinator.ui.app import Launcher
from coordinator.ui.itinerary_reader import ItineraryRead
from tests.ui.conftest import PROGRAM_CODE, add_program, launch, prompts_of, workspace_of
from tests.ui.planning import SETTLE_MS, Plan, at, database_of, open_itinerary, settle_itinerary

OTHER_CODE = "ISTANBUL-2026"
OTHER_TITLE = "Visit to the Istanbul Metro"


@pytest.fixture
def two_programs(
    qtbot: QtBot, filled_path: Path, plan: Plan, settings: QSettings
) -> Iterator[Launcher]:
    """The planned Ankara program and a second one with one activity of its own."""
    database = open_database(filled_path)
    add_program(database, OTHER_CODE)
    ItineraryService(database).add_activity(
        OTHER_CODE,
        ActivityInput(
            day=dt.date(2026, 5, 5),
            start_time=at("09:00"),
            end_time=at("10:00"),
            kind="site_visit",
            title=OTHER_TITLE,
        ),
    )
    database.close()
    launcher = launch(qtbot, str(filled_path), settings)
    yield launcher
    workspace_of(launcher).close()


def shown_titles(launcher: Launcher) -> list[str]:
    return [record.title for record in launcher.window.workspace_view.itinerary_model.records()]


def test_the_activities_are_read_on_a_worker_thread(
    planned: Launcher, plan: Plan, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    read = ItineraryService.list_activities

    def recording(service: ItineraryService, code: str) -> list[ActivityRecord]:
        threads.append(threading.current_thread())
        return read(service, code)

    monkeypatch.setattr(ItineraryService, "list_activities", recording)
    _controller, page = open_itinerary(planned, qtbot)
    assert threads
    assert threading.main_thread() not in threads
    assert "Visit to the water works" in shown_titles(planned)
    assert page.timeline.layout_.block_of(plan.water_works) is not None


def test_switching_programs_quickly_shows_only_the_last_one(
    two_programs: Launcher, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    programs = workspace_of(two_programs).programs
    assert programs.select_program(PROGRAM_CODE)
    controller, _page = open_itinerary(two_programs, qtbot)
    assert "Visit to the water works" in shown_titles(two_programs)
    read = ItineraryService.list_activities
    entered, release = threading.Event(), threading.Event()

    def held_for_the_other(service: ItineraryService, code: str) -> list[ActivityRecord]:
        if code == OTHER_CODE:
            entered.set()
            release.wait(SETTLE_MS / 1000)  # still running when Ankara is asked for
        return read(service, code)

    monkeypatch.setattr(ItineraryService, "list_activities", held_for_the_other)
    emitted: list[str] = []

    def record(result: ItineraryRead) -> None:
        emitted.append(result.request.program.code)

    controller.reader.read.connect(record)
    assert programs.select_program(OTHER_CODE)
    qtbot.waitUntil(entered.is_set, timeout=SETTLE_MS)  # the read starts a frame later
    assert programs.select_program(PROGRAM_CODE)  # asked for before the other's read ends
    assert controller.loading()
    release.set()
    settle_itinerary(two_programs, qtbot)
    assert emitted == [PROGRAM_CODE]  # the other program's result was dropped unseen
    titles = shown_titles(two_programs)
    assert "Visit to the water works" in titles
    assert OTHER_TITLE not in titles
    assert prompts_of(two_programs).errors == []


def test_a_program_deleted_meanwhile_says_so_instead_of_crashing(
    planned: Launcher, qtbot: QtBot
) -> None:
    controller, _page = open_itinerary(planned, qtbot)
    assert prompts_of(planned).errors == []
    with database_of(planned).transaction() as session:  # as another coordinator would
        delete_program_rows(session, program_by_code(session, PROGRAM_CODE).id)
    controller.load()
    assert controller.loading()
    settle_itinerary(planned, qtbot)
    errors = prompts_of(planned).errors
    assert len(errors) == 1
    assert errors[0][0] == "Itinerary"
    assert PROGRAM_CODE in errors[0][1]
