"""Reads off the GUI thread where only the newest request counts, and the tabs that use them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coordinator.services.arrivals import ArrivalsService
from coordinator.services.errors import NotFoundError
from coordinator.services.guides import GuideService
from coordinator.services.records import GuideRecord
from coordinator.store import Database, open_database
from coordinator.ui.app import Launcher
from coordinator.ui.logistics_controller import LOGISTICS_TAB
from coordinator.ui.newest_read import NewestRead
from tests.ui.conftest import prompts_of, workspace_of
from tests.ui.planning import SETTLE_MS, open_guides, settle_logistics

WAIT_S = SETTLE_MS / 1000


@pytest.fixture
def database(database_path: Path) -> Iterator[Database]:
    opened = open_database(database_path)
    yield opened
    opened.close()


@pytest.fixture
def reads(qtbot: QtBot, database: Database) -> NewestRead:
    parent = QWidget()
    qtbot.addWidget(parent)
    reader = NewestRead(parent)
    reader.set_database(database)
    return reader


def test_a_read_runs_on_a_worker_thread_and_hands_its_result_to_the_gui_thread(
    reads: NewestRead, database: Database, qtbot: QtBot
) -> None:
    threads: list[threading.Thread] = []
    results: list[tuple[str, threading.Thread]] = []

    def work(given: Database) -> str:
        threads.append(threading.current_thread())
        assert given is database
        return "read"

    reads.request(
        "Reading", work, lambda r: results.append((r, threading.current_thread())), [].append
    )
    assert reads.busy()
    qtbot.waitUntil(lambda: not reads.busy(), timeout=SETTLE_MS)
    assert threads
    assert threads[0] is not threading.main_thread()
    assert results == [("read", threading.main_thread())]


def test_only_the_newest_of_several_requests_is_handed_over(
    reads: NewestRead, qtbot: QtBot
) -> None:
    entered, release = threading.Event(), threading.Event()
    ran: list[str] = []
    handed: list[str] = []

    def held(_database: Database) -> str:
        entered.set()
        release.wait(WAIT_S)
        ran.append("first")
        return "first"

    def named(name: str) -> object:
        def work(_database: Database) -> str:
            ran.append(name)
            return name

        return work

    reads.request("Reading", held, handed.append, [].append)
    qtbot.waitUntil(entered.is_set, timeout=SETTLE_MS)  # the read starts a frame later
    reads.request("Reading", named("second"), handed.append, [].append)  # waits, then dropped
    reads.request("Reading", named("third"), handed.append, [].append)  # the newest
    release.set()
    qtbot.waitUntil(lambda: not reads.busy(), timeout=SETTLE_MS)
    assert ran == ["first", "third"]  # the second never ran: the third replaced it
    assert handed == ["third"]


def test_another_database_drops_what_the_old_one_was_reading(
    reads: NewestRead, qtbot: QtBot, tmp_path: Path
) -> None:
    entered, release = threading.Event(), threading.Event()
    handed: list[str] = []

    def held(_database: Database) -> str:
        entered.set()
        release.wait(WAIT_S)
        return "old"

    reads.request("Reading", held, handed.append, [].append)
    qtbot.waitUntil(entered.is_set, timeout=SETTLE_MS)  # the read starts a frame later
    release.set()
    other = open_database(tmp_path / "other.sqlite")
    try:
        reads.set_database(other)  # waits for the old read to end, then forgets it
        qtbot.waitUntil(lambda: not reads.busy(), timeout=SETTLE_MS)
        assert handed == []
    finally:
        other.close()


def test_a_failure_goes_to_the_failure_callback(reads: NewestRead, qtbot: QtBot) -> None:
    failures: list[Exception] = []

    def refused(_database: Database) -> str:
        raise NotFoundError("nothing there")

    reads.request("Reading", refused, lambda _r: pytest.fail("no result"), failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=SETTLE_MS)
    assert isinstance(failures[0], NotFoundError)


def test_requests_made_before_the_read_starts_make_one_read(
    reads: NewestRead, qtbot: QtBot
) -> None:
    ran: list[int] = []
    handed: list[int] = []
    for number in range(3):  # e.g. a tab opened and an entry to select, in one turn

        def work(_database: Database, number: int = number) -> int:
            ran.append(number)
            return number

        reads.request("Reading", work, handed.append, [].append)
    qtbot.waitUntil(lambda: not reads.busy(), timeout=SETTLE_MS)
    assert ran == [2]
    assert handed == [2]


def test_without_a_database_nothing_is_read(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    reads = NewestRead(parent)
    reads.request("Reading", lambda _d: pytest.fail("read"), [].append, [].append)
    assert not reads.busy()


def test_the_guides_tab_reads_on_a_worker_thread(
    planned: Launcher, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    listing = GuideService.list_guides

    def recording(service: GuideService, text: str = "") -> list[GuideRecord]:
        threads.append(threading.current_thread())
        return listing(service, text)

    monkeypatch.setattr(GuideService, "list_guides", recording)
    open_guides(planned, qtbot)
    assert threads
    assert threading.main_thread() not in threads
    model = planned.window.workspace_view.guides_model
    assert {model.record(row).name for row in range(model.rowCount())} == {
        "Aylin Kaya",
        "Bolat Nurlanov",
    }
    assert prompts_of(planned).errors == []


def test_the_logistics_tab_reads_on_a_worker_thread_and_says_nothing_empty_meanwhile(
    planned: Launcher, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    entered, release = threading.Event(), threading.Event()
    board = ArrivalsService.board
    threads: list[threading.Thread] = []

    def held(service: ArrivalsService, code: str) -> object:
        threads.append(threading.current_thread())
        entered.set()
        release.wait(WAIT_S)
        return board(service, code)

    monkeypatch.setattr(ArrivalsService, "board", held)
    page = workspace_of(planned).logistics.page
    planned.window.workspace_view.program_view.tabs.setCurrentIndex(LOGISTICS_TAB)
    qtbot.waitUntil(entered.is_set, timeout=SETTLE_MS)  # the read starts a frame later
    assert not page.arrivals.empty_label.isVisibleTo(page)  # not "nothing yet" while reading
    release.set()
    settle_logistics(planned, qtbot)
    assert threading.main_thread() not in threads
    assert page.arrivals.model.total_count() == page.arrivals.model.rowCount()
    assert prompts_of(planned).errors == []
