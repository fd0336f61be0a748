"""The Conflicts panel and suggested guides: findings listed, blocks highlighted, undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coordinator.domain.conflicts import ConflictKind, Finding
from coordinator.ui.app import Launcher
from coordinator.ui.conflicts_panel import ConflictTableModel
from coordinator.ui.suggestion_dialog import SuggestionDialog
from tests.ui.planning import Plan, activity, open_itinerary, settle_itinerary


def kinds(launcher: Launcher, qtbot: QtBot) -> list[ConflictKind]:
    _controller, page = open_itinerary(launcher, qtbot)
    return [finding.kind for finding in page.conflicts.model.findings()]


def test_an_overlap_is_listed_and_choosing_it_highlights_both_blocks(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    controller, page = open_itinerary(planned, qtbot)
    assert kinds(planned, qtbot) == [ConflictKind.UNGUIDED]  # the water works need a guide
    controller.assign(plan.water_works, plan.aylin)
    assert kinds(planned, qtbot) == []
    assert "(0)" in page.bottom.tabText(1)
    controller.assign(plan.mayor, plan.aylin)  # 10:30, during the water works
    assert kinds(planned, qtbot) == [ConflictKind.OVERLAP]
    assert "(1)" in page.bottom.tabText(1)
    assert "1" in page.conflicts_button.text()
    assert set(page.timeline.marks.conflicted) == {plan.water_works, plan.mayor}
    model = page.conflicts.model
    assert model.data(model.index(0, 2)) == "Aylin Kaya"
    assert "Aylin Kaya" in model.data(model.index(0, 4))
    page.conflicts_button.click()
    assert page.bottom.currentWidget() is page.conflicts
    page.conflicts.select_row(0)
    assert page.timeline.marks.highlighted == {plan.water_works, plan.mayor}
    planned.undo_stack.undo()
    settle_itinerary(planned, qtbot)
    assert kinds(planned, qtbot) == []
    assert page.timeline.marks.highlighted == frozenset()


def test_a_guide_away_that_day_is_listed(planned: Launcher, plan: Plan, qtbot: QtBot) -> None:
    controller, _page = open_itinerary(planned, qtbot)
    controller.assign(plan.union, plan.bolat)  # Bolat is away on Wednesday
    assert ConflictKind.UNAVAILABLE in kinds(planned, qtbot)


def test_suggestions_accepted_in_one_step_and_undone(
    planned: Launcher, plan: Plan, qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    controller, page = open_itinerary(planned, qtbot)
    page.suggest_action.trigger()
    dialog = controller.dialog
    assert isinstance(dialog, SuggestionDialog)
    assert dialog.proposals.rowCount() == 1
    assert dialog.proposals.accepted()[0].activity_id == plan.water_works
    qtmodeltester.check(dialog.proposals, force_py=True)
    dialog.accept_button.click()
    assert not dialog.isVisible()
    assert activity(planned, plan.water_works).guides
    assert kinds(planned, qtbot) == []
    assert planned.undo_stack.count() == 1
    planned.undo_stack.undo()
    assert activity(planned, plan.water_works).guides == ()
    assert kinds(planned, qtbot) == [ConflictKind.UNGUIDED]
    planned.undo_stack.redo()
    assert activity(planned, plan.water_works).guides


def test_rejecting_suggestions_changes_nothing(planned: Launcher, plan: Plan, qtbot: QtBot) -> None:
    controller, page = open_itinerary(planned, qtbot)
    page.suggest_action.trigger()
    dialog = controller.dialog
    assert isinstance(dialog, SuggestionDialog)
    dialog.reject()
    assert activity(planned, plan.water_works).guides == ()
    assert not planned.undo_stack.canUndo()


def test_unticked_proposals_are_not_made(planned: Launcher, plan: Plan, qtbot: QtBot) -> None:
    controller, page = open_itinerary(planned, qtbot)
    page.suggest_action.trigger()
    dialog = controller.dialog
    assert isinstance(dialog, SuggestionDialog)
    model = dialog.proposals
    assert model.setData(model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    dialog.accept_button.click()
    assert activity(planned, plan.water_works).guides == ()
    assert not planned.undo_stack.canUndo()


def test_the_conflict_model_passes_qt_checks(qtmodeltester: ModelTester) -> None:
    model = ConflictTableModel()
    model.set_findings(
        [
            Finding(
                kind=ConflictKind.OVERLAP,
                day=dt.date(2026, 5, 5),
                activity_ids=(1, 2),
                activities=("Water works", "Mayor"),
                message="Aylin Kaya is on two activities at once",
                guide_ids=(7,),
                guides=("Aylin Kaya",),
                start=dt.time(10),
            ),
            Finding(
                kind=ConflictKind.UNGUIDED,
                day=dt.date(2026, 5, 6),
                activity_ids=(3,),
                activities=("Tour",),
                message="'Tour' needs a guide and has none",
            ),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(1, 2)) == "—"
    assert "Tour" in model.data(model.index(1, 4))
