"""Find everywhere: type, press Enter, land on the row in the right program and tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coordinator.domain.search import EntryKind
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.store import open_database
from coordinator.ui.app import Launcher
from coordinator.ui.program_controller import GUIDES_TAB, ITINERARY_TAB, ROSTER_TAB
from coordinator.ui.search_dialog import SearchDialog
from tests.ui.conftest import PROGRAM_CODE, add_program, launch, workspace_of
from tests.ui.planning import settle_itinerary


@pytest.fixture
def two_programs(demo_path: Path) -> Path:
    """The demo program (2021) and the Ankara program (2026), shown first."""
    database = open_database(demo_path)
    add_program(database)
    database.close()
    return demo_path


@pytest.fixture
def app(qtbot: QtBot, two_programs: Path, settings: QSettings) -> Iterator[Launcher]:
    launcher = launch(qtbot, str(two_programs), settings)
    yield launcher
    workspace_of(launcher).close()


def _open(qtbot: QtBot, app: Launcher) -> SearchDialog:
    """Open the search box as Ctrl+K does and wait until its index is read."""
    workspace = workspace_of(app)
    app.window.main_actions.find_everywhere.trigger()
    dialog = workspace.search.dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.waitUntil(
        lambda: workspace.search.index is not None and not workspace.search.runner.busy(),
        timeout=10_000,
    )
    return dialog


def _find(qtbot: QtBot, dialog: SearchDialog, query: str) -> list[tuple[str, str]]:
    dialog.query_box.clear()
    qtbot.keyClicks(dialog.query_box, query)
    model = dialog.model
    return [
        (model.kind_text(model.entry(row)), model.entry(row).label)
        for row in range(model.rowCount())
    ]


def _selected_name(app: Launcher) -> str:
    view = app.window.workspace_view
    row = view.program_view.roster_view.current_row()
    assert row is not None
    return view.roster_model.record(row).name


def test_the_action_is_in_the_edit_menu_with_ctrl_k(app: Launcher) -> None:
    action = app.window.main_actions.find_everywhere
    assert action.shortcut() == QKeySequence("Ctrl+K")
    assert action.isEnabled()
    edit_menu = next(
        menu.menu() for menu in app.window.menuBar().actions() if menu.text() == "&Edit"
    )
    assert edit_menu is not None
    assert action in edit_menu.actions()


def test_enter_goes_to_a_participant_of_another_program(qtbot: QtBot, app: Launcher) -> None:
    workspace = workspace_of(app)
    assert workspace.programs.program is not None
    assert workspace.programs.program.code == PROGRAM_CODE
    dialog = _open(qtbot, app)
    assert _find(qtbot, dialog, "TASOV") == [("Participant", "Zhandos Tasov")]
    assert dialog.model.data(dialog.model.index(0, 3)).startswith("Turkistan (Kazakhstan)")
    qtbot.keyClick(dialog.query_box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert workspace.programs.program is not None
    assert workspace.programs.program.code == DEMO_PROGRAM_CODE
    view = app.window.workspace_view.program_view
    assert view.tabs.currentIndex() == ROSTER_TAB
    assert _selected_name(app) == "Zhandos Tasov"


def test_turkish_letters_lead_to_the_right_program(qtbot: QtBot, app: Launcher) -> None:
    workspace = workspace_of(app)
    dialog = _open(qtbot, app)
    hits = _find(qtbot, dialog, "ismail arisoy")
    assert hits == [("Participant", "İsmail Arısoy")]
    qtbot.keyClick(dialog.query_box, Qt.Key.Key_Return)
    assert workspace.programs.program is not None
    assert workspace.programs.program.code == PROGRAM_CODE
    assert _selected_name(app) == "İsmail Arısoy"


def test_down_then_enter_goes_to_the_activity_in_the_itinerary(qtbot: QtBot, app: Launcher) -> None:
    workspace = workspace_of(app)
    dialog = _open(qtbot, app)
    assert _find(qtbot, dialog, "tebessum") == [
        ("Venue", "Tebessüm Coffeehouse"),
        ("Activity", "Visit to Tebessüm Coffeehouse, Üsküdar"),
    ]
    qtbot.keyClick(dialog.query_box, Qt.Key.Key_Down)
    assert dialog.current_row() == 1
    qtbot.keyClick(dialog.query_box, Qt.Key.Key_Return)
    settle_itinerary(app, qtbot)
    view = app.window.workspace_view.program_view
    assert view.tabs.currentIndex() == ITINERARY_TAB
    selected = workspace.itinerary.selected()
    assert selected is not None
    assert selected.title == "Visit to Tebessüm Coffeehouse, Üsküdar"
    assert selected.program_code == DEMO_PROGRAM_CODE


def test_a_guide_is_selected_in_the_guides_tab(qtbot: QtBot, app: Launcher) -> None:
    dialog = _open(qtbot, app)
    assert _find(qtbot, dialog, "sanlier") == [
        ("Guide", "Zekeriya Şanlıer"),
        ("Host", "Zekeriya Şanlıer"),
    ]
    qtbot.keyClick(dialog.query_box, Qt.Key.Key_Return)
    view = app.window.workspace_view
    assert view.program_view.tabs.currentIndex() == GUIDES_TAB
    guides = workspace_of(app).guides
    qtbot.waitUntil(lambda: not guides.loading())
    row = view.program_view.guides_view.current_row()
    assert row is not None
    assert view.guides_model.record(row).name == "Zekeriya Şanlıer"


def test_a_venue_is_selected_in_the_directory(qtbot: QtBot, app: Launcher) -> None:
    workspace = workspace_of(app)
    dialog = _open(qtbot, app)
    _find(qtbot, dialog, "tebessum")
    assert dialog.model.entry(0).kind == EntryKind.VENUE
    dialog.results.doubleClicked.emit(dialog.model.index(0, 0))
    directory = workspace.directory.window
    assert directory is not None
    assert directory.isVisible()
    assert directory.tabs.currentIndex() == 0
    selected = workspace.directory.selected_venue()
    assert selected is not None
    assert selected.name == "Tebessüm Coffeehouse"
    directory.close()


def test_escape_closes_without_going_anywhere(qtbot: QtBot, app: Launcher) -> None:
    workspace = workspace_of(app)
    dialog = _open(qtbot, app)
    _find(qtbot, dialog, "tasov")
    qtbot.keyClick(dialog.query_box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert workspace.programs.program is not None
    assert workspace.programs.program.code == PROGRAM_CODE


def test_an_undoable_change_is_searched_once_the_box_opens_again(
    qtbot: QtBot, app: Launcher
) -> None:
    workspace = workspace_of(app)
    dialog = _open(qtbot, app)
    _find(qtbot, dialog, "murat ince")
    qtbot.keyClick(dialog.query_box, Qt.Key.Key_Return)
    assert _selected_name(app) == "Murat İnce"
    before = workspace.search.index
    app.window.main_actions.remove_participant.trigger()
    dialog = _open(qtbot, app)
    qtbot.waitUntil(lambda: workspace.search.index is not before, timeout=10_000)
    # Off the roster, still in the directory.
    assert _find(qtbot, dialog, "murat ince") == [("Person", "Murat İnce")]
    assert dialog.status_label.text().startswith("1 match")  # "1 match(es)" until translated
    dialog.reject()
    app.undo_stack.undo()
    dialog = _open(qtbot, app)
    qtbot.waitUntil(lambda: bool(_find(qtbot, dialog, "murat ince")), timeout=10_000)
    assert _find(qtbot, dialog, "murat ince") == [("Participant", "Murat İnce")]


def test_the_status_line_counts_the_matches(qtbot: QtBot, app: Launcher) -> None:
    dialog = _open(qtbot, app)
    assert dialog.status_label.text() == "Type a name or a title."
    hits = _find(qtbot, dialog, "site visit")
    assert len(hits) == 8
    assert {kind for kind, _label in hits} == {"Activity"}
    assert dialog.status_label.text().startswith("8 match")


def test_the_hits_model_keeps_qts_rules(
    qtbot: QtBot, app: Launcher, qtmodeltester: ModelTester
) -> None:
    dialog = _open(qtbot, app)
    _find(qtbot, dialog, "municipality")
    assert dialog.model.rowCount() > 5
    qtmodeltester.check(dialog.model, force_py=True)
