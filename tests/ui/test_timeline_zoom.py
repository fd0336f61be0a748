"""The timeline at the default window size: the working day in view, zoom in time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.ui.app import Launcher
from coordinator.ui.timeline_view import TimelineView
from coordinator.ui.timeline_zoom import LARGEST, SMALLEST
from tests.ui.conftest import launch, workspace_of
from tests.ui.planning import Plan, open_itinerary


def _hours_in_view(timeline: TimelineView) -> float:
    layout = timeline.layout_
    height = timeline.viewport().height() - layout.metrics.header_height - layout.band_height
    return height / layout.metrics.hour_height


def _wheel(timeline: TimelineView, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    viewport = timeline.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_the_working_day_fills_the_timeline_of_the_default_window(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    planned.window.resize(1200, 760)
    QApplication.processEvents()
    timeline = page.timeline
    assert timeline.zoom.fitted
    # 08:00 to 18:00 in view without scrolling, not four hours of it.
    assert _hours_in_view(timeline) >= 9.9
    assert timeline.layout_.metrics.hour_height >= SMALLEST
    assert timeline.verticalScrollBar().value() == 0 or timeline.layout_.first_hour < 8
    assert timeline.layout_.block_of(plan.union) is not None


def test_ctrl_wheel_and_keys_zoom_in_time_and_ctrl_0_fits_the_day_again(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    timeline = page.timeline
    timeline.resize(900, 500)
    QApplication.processEvents()
    fitted = timeline.layout_.metrics.hour_height
    _wheel(timeline, 120, Qt.KeyboardModifier.ControlModifier)
    taller = timeline.layout_.metrics.hour_height
    assert taller > fitted
    assert not timeline.zoom.fitted
    union = timeline.layout_.block_of(plan.union)
    assert union is not None
    assert union.rect.height() == pytest.approx(taller, abs=6)  # one hour, at the new height
    # A plain wheel scrolls and leaves the zoom alone.
    _wheel(timeline, -120, Qt.KeyboardModifier.NoModifier)
    assert timeline.layout_.metrics.hour_height == taller
    timeline.setFocus()
    QTest.keyClick(timeline, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(timeline, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert timeline.layout_.metrics.hour_height < taller
    for _ in range(20):
        QTest.keyClick(timeline, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert timeline.layout_.metrics.hour_height == LARGEST
    QTest.keyClick(timeline, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert timeline.zoom.fitted
    assert timeline.layout_.metrics.hour_height == fitted


def test_the_itinerary_tool_bar_zooms_the_timeline(planned: Launcher, qtbot: QtBot) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    timeline = page.timeline
    timeline.resize(900, 500)
    QApplication.processEvents()
    fitted = timeline.layout_.metrics.hour_height
    page.zoom_in_action.trigger()
    assert timeline.layout_.metrics.hour_height > fitted
    page.zoom_out_action.trigger()
    page.zoom_out_action.trigger()
    assert timeline.layout_.metrics.hour_height < fitted or fitted == SMALLEST
    page.fit_day_action.trigger()
    assert timeline.layout_.metrics.hour_height == fitted


def test_the_first_activitys_hour_is_at_the_top_with_its_label_in_full(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    launcher = launch(qtbot, str(demo_path), settings)  # no activity without a time
    try:
        launcher.window.resize(1200, 760)
        launcher.window.show()
        qtbot.waitExposed(launcher.window)
        _controller, page = open_itinerary(launcher, qtbot)
        timeline = page.timeline
        timeline.zoom.zoom_in()  # fewer hours than the day: the view scrolls
        timeline.zoom.zoom_in()
        QApplication.processEvents()
        timeline.scroll_to_earliest()
        layout = timeline.layout_
        assert layout.band_height == 0
        first = min(block.rect.top() for block in layout.blocks if block.timed)
        hour = layout.minutes_at(first, snap=1) // 60
        line = layout.y_of(hour * 60)
        bar = timeline.verticalScrollBar()
        assert 0 < bar.value() == min(bar.maximum(), int(line - 2))
        assert line <= first  # the block starts at or below its hour's line
    finally:
        workspace_of(launcher).close()
