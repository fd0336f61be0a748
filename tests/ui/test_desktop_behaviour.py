"""The main window behaves like a desktop application.

The tool bar follows the tab in front; undo and redo have short names on their
buttons; the window, its dividers and its table columns come back as the user
left them; columns can be hidden and moved; the timelines draw with a dark
palette's colours; controls have names for screen readers; the status bar says
what an edit did.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QUndoCommand
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from coordinator.ui.app import Launcher
from coordinator.ui.header_layout import settings_key
from coordinator.ui.timeline_painter import TimelinePainter, mark_colours, readable
from coordinator.ui.vehicle_timeline_painter import VehicleTimelinePainter
from tests.ui.conftest import launch, workspace_of
from tests.ui.planning import Plan, open_itinerary

ROSTER, ITINERARY, GUIDES, LOGISTICS = range(4)


class Edit(QUndoCommand):
    """A command that changes nothing, named like the roster's."""


def _tab(launcher: Launcher, index: int) -> None:
    launcher.window.workspace_view.program_view.tabs.setCurrentIndex(index)


def _shown_actions(launcher: Launcher) -> list[str]:
    bar = launcher.window.tool_bar
    return [action.iconText() for action in bar.actions() if action.isVisible() and action.text()]


def test_the_tool_bar_shows_the_actions_of_the_tab_in_front(launcher: Launcher) -> None:
    window = launcher.window
    actions = window.main_actions
    program = window.workspace_view.program_view
    common = {actions.open_database, actions.new_program, actions.undo, actions.redo}
    participants = [actions.add_participant, actions.edit_participant, actions.remove_participant]
    assert program.tabs.currentIndex() == ROSTER
    assert list(window.tool_bar.page_actions()) == participants
    _tab(launcher, ITINERARY)
    itinerary = program.itinerary_page
    assert window.tool_bar.page_actions() == (
        itinerary.add_action, itinerary.edit_action, itinerary.remove_action
    )  # fmt: skip
    assert actions.add_participant not in window.tool_bar.actions()
    _tab(launcher, GUIDES)
    guides = program.guides_page
    assert window.tool_bar.page_actions() == (guides.add_action, guides.edit_action)
    _tab(launcher, LOGISTICS)
    assert window.tool_bar.page_actions() == ()
    assert common <= set(window.tool_bar.actions())
    assert _shown_actions(launcher) == ["Open database", "New program", "Undo", "Redo"]
    _tab(launcher, ROSTER)
    assert list(window.tool_bar.page_actions()) == participants
    assert window.tool_bar.widgetForAction(actions.add_participant) is not None


def test_undo_has_a_short_label_on_its_button_and_the_full_one_in_the_menu(
    launcher: Launcher,
) -> None:
    window = launcher.window
    window.statusBar().clearMessage()  # the daily backup's message, if any
    launcher.undo_stack.push(Edit("Add participant Ayşe"))
    undo = window.main_actions.undo
    button = window.tool_bar.widgetForAction(undo)
    assert isinstance(button, QToolButton)
    assert undo.text() == "&Undo Add participant Ayşe"  # the Edit menu
    assert button.text() == "Undo"
    assert button.toolTip() == "Undo Add participant Ayşe"
    assert window.statusBar().currentMessage() == "Done: Add participant Ayşe"
    launcher.undo_stack.undo()
    redo_button = window.tool_bar.widgetForAction(window.main_actions.redo)
    assert isinstance(redo_button, QToolButton)
    assert redo_button.text() == "Redo"
    assert window.statusBar().currentMessage() == "Undone: Add participant Ayşe"
    launcher.undo_stack.redo()
    assert window.statusBar().currentMessage() == "Done: Add participant Ayşe"


def test_a_message_of_a_controller_is_not_replaced(launcher: Launcher) -> None:
    bar = launcher.window.statusBar()
    bar.showMessage("Exported 5 participants")
    launcher.undo_stack.push(Edit("Add participant Ayşe"))
    assert bar.currentMessage() == "Exported 5 participants"


def test_the_window_title_names_the_database(launcher: Launcher, filled_path: Path) -> None:
    assert launcher.window.windowTitle().startswith(filled_path.name)
    assert "Delegation Coordinator" in launcher.window.windowTitle()


def test_the_column_menu_hides_and_shows_columns_but_never_the_last(launcher: Launcher) -> None:
    roster = launcher.window.workspace_view.program_view.roster_view
    header = roster.table.horizontalHeader()
    model = roster.table.model()
    assert header.sectionsMovable()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    menu = roster.header_layout.column_menu()
    checks = [action for action in menu.actions() if action.isCheckable()]
    titles = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(len(checks))]
    assert [action.text().replace("&&", "&") for action in checks] == titles
    assert all(action.isChecked() for action in checks)
    checks[1].setChecked(False)
    assert header.isSectionHidden(1)
    for column in range(model.columnCount()):
        roster.header_layout.show_column(column, False)
    shown = [column for column in range(model.columnCount()) if not header.isSectionHidden(column)]
    assert len(shown) == 1
    last = roster.header_layout.column_menu()
    enabled = [action.isEnabled() for action in last.actions() if action.isCheckable()]
    assert enabled.count(False) == 1
    roster.header_layout.reset()
    assert not any(header.isSectionHidden(column) for column in range(model.columnCount()))


@pytest.fixture
def reopen(qtbot: QtBot, filled_path: Path, settings: QSettings) -> Iterator[list[Launcher]]:
    """Start the application again on the same database and settings, as often as asked."""
    started: list[Launcher] = []
    yield started
    for launcher in started:
        workspace_of(launcher).close()


def test_columns_dividers_and_window_come_back_as_left(
    qtbot: QtBot, filled_path: Path, settings: QSettings, reopen: list[Launcher]
) -> None:
    first = launch(qtbot, str(filled_path), settings)
    program = first.window.workspace_view.program_view
    header = program.roster_view.table.horizontalHeader()
    program.roster_view.header_layout.show_column(2, False)
    header.moveSection(header.visualIndex(3), 0)
    header.resizeSection(1, 333)
    _tab(first, ITINERARY)
    splitter = program.itinerary_page.splitter
    qtbot.waitUntil(lambda: splitter.isVisible() and splitter.height() > 300)
    splitter.setSizes([450, 100])  # far from the page's own division (3 to 2)
    qtbot.wait(20)
    sizes = splitter.sizes()
    first.window.close()
    workspace_of(first).close()  # the database is free for the next start
    assert settings.value(settings_key("roster")) is not None
    assert settings.value("window/state") is not None

    second = launch(qtbot, str(filled_path), settings)
    reopen.append(second)
    program = second.window.workspace_view.program_view
    header = program.roster_view.table.horizontalHeader()
    assert header.isSectionHidden(2)
    assert header.logicalIndex(0) == 3
    program.roster_view.fit_columns()  # the user's widths stay
    assert header.sectionSize(1) == 333
    assert header.sortIndicatorSection() == -1
    _tab(second, ITINERARY)
    restored = program.itinerary_page.splitter
    qtbot.waitUntil(lambda: restored.isVisible() and restored.height() > 300)

    def share(kept: list[int]) -> float:
        return kept[0] / sum(kept)

    def same_sizes() -> None:  # the same division, in a window a few pixels different
        assert share(restored.sizes()) == pytest.approx(share(sizes), abs=0.01)

    qtbot.waitUntil(same_sizes, timeout=2_000)
    # The offscreen screen is 800 pixels wide: only the height is kept as it was.
    assert second.window.size().height() == first.window.size().height()


def test_an_untouched_table_keeps_fitting_its_columns(
    launcher: Launcher, settings: QSettings
) -> None:
    roster = launcher.window.workspace_view.program_view.roster_view
    assert not roster.header_layout.customized
    launcher.window.close()
    assert settings.value(settings_key("roster")) is None


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#1b1b1d",
        QPalette.ColorRole.AlternateBase: "#26272a",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3d8ee6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#5f6368",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark_application(qapp: QApplication) -> Iterator[QPalette]:
    """The application in a dark palette, as the system in dark mode gives it."""
    before = qapp.palette()
    dark = _dark_palette()
    qapp.setPalette(dark)
    yield dark
    qapp.setPalette(before)


def test_the_painters_take_their_colours_from_a_dark_palette(
    dark_application: QPalette,
) -> None:
    palette = QApplication.palette()
    for painter in (
        TimelinePainter(QFont(), palette),
        VehicleTimelinePainter(QFont(), palette),
    ):
        colours = painter.colours
        highlight = dark_application.color(QPalette.ColorRole.Highlight)
        assert colours.selected == highlight
        assert colours.guide == dark_application.color(QPalette.ColorRole.Link)
        assert colours.ghost_fill.rgb() == highlight.rgb()
        assert colours.ghost_fill.alpha() < 255
        base = dark_application.color(QPalette.ColorRole.Base)
        for text in (colours.guide, colours.ghost_text, colours.conflict_text):
            assert abs(text.lightness() - base.lightness()) >= 100


def test_a_light_palette_keeps_its_own_colours() -> None:
    palette = QPalette(QColor("#efefef"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1f4e8c"))
    assert mark_colours(palette).guide == QColor("#1f4e8c")
    assert readable(QColor("#c0392b"), QColor("#ffffff")) == QColor("#c0392b")


def test_the_timeline_paints_in_the_dark_palette(
    planned: Launcher, plan: Plan, dark_application: QPalette, qtbot: QtBot
) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    timeline = page.timeline
    timeline.resize(900, 700)
    assert timeline._painter.colours.selected == dark_application.color(
        QPalette.ColorRole.Highlight
    )
    image = timeline.viewport().grab().toImage()
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    assert corner.lightness() < 80  # the dark base, not a white page


def test_controls_have_names_for_screen_readers(launcher: Launcher) -> None:
    window = launcher.window
    view = window.workspace_view
    program = view.program_view
    named = (
        view.program_list,
        program.tabs,
        program.roster_view.table,
        program.roster_view.filter_box,
        program.itinerary_view.table,
        program.guides_view.table,
        program.title_label,
        window.tool_bar,
        window.database_label,
        window.counts_label,
    )
    assert all(widget.accessibleName() for widget in named)
