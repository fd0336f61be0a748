"""The Guides tab: each guide's week, adding and editing guides with their absences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coordinator.services.guides import GuideService
from coordinator.services.records import GuideRecord, HostInput
from coordinator.ui.activity_parts import AssignmentTableModel, HostListModel
from coordinator.ui.app import Launcher
from coordinator.ui.guide_dialog import GuideDialog
from coordinator.ui.guide_list_model import GuideListModel
from tests.ui.planning import (
    PROGRAM_DAYS,
    TUE,
    WED,
    Plan,
    database_of,
    open_guides,
    open_itinerary,
)


def select_guide(launcher: Launcher, qtbot: QtBot, name: str) -> None:
    _controller, page = open_guides(launcher, qtbot)
    model = launcher.window.workspace_view.guides_model
    row = model.row_of(lambda record: record.name == name)
    assert row is not None
    page.table.select_row(row)


def press_ok(dialog: GuideDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def test_the_guides_tab_lists_every_guide_with_the_programs_first(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    itinerary, _page = open_itinerary(planned, qtbot)
    itinerary.assign(plan.water_works, plan.bolat)
    open_guides(planned, qtbot)
    model = planned.window.workspace_view.guides_model
    assert [model.record(row).name for row in range(model.rowCount())] == [
        "Bolat Nurlanov",
        "Aylin Kaya",
    ]
    assert planned.window.workspace_view.program_view.tabs.tabText(2).endswith("(2)")


def test_a_guides_week_shows_their_activities_and_absences(
    planned: Launcher, plan: Plan, qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    itinerary, _ = open_itinerary(planned, qtbot)
    itinerary.assign(plan.water_works, plan.bolat)
    _controller, page = open_guides(planned, qtbot)
    select_guide(planned, qtbot, "Bolat Nurlanov")
    week = page.week_model.week()
    assert [row.day for row in week] == PROGRAM_DAYS
    tuesday = week[1]
    assert tuesday.day == TUE
    assert [item.title for item, _role in tuesday.activities] == ["Visit to the water works"]
    model = page.week_model
    assert "Visit to the water works" in model.data(model.index(1, 1))
    assert model.data(model.index(1, 2)) == "1 h 30 min"
    wednesday = week[2]
    assert wednesday.day == WED
    assert wednesday.absences
    assert "Congress" in model.data(model.index(2, 3))
    assert model.data(model.index(2, 0), 8) is not None  # the away day is tinted
    assert "Bolat Nurlanov" in page.week_title.text()
    qtmodeltester.check(model, force_py=True)


def test_add_a_guide_with_an_absence_then_undo(planned: Launcher, qtbot: QtBot) -> None:
    controller, page = open_guides(planned, qtbot)
    page.add_action.trigger()
    dialog = controller.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Cemile Demir")
    qtbot.keyClicks(dialog.languages, "ru, tr")
    dialog.roles["interpreter"].setChecked(True)
    dialog.max_hours.setValue(6)
    dialog.absence_from.set_value(None)
    dialog.add_absence.click()
    assert dialog.absence_model.rowCount() == 1
    press_ok(dialog)
    assert not dialog.isVisible()
    guides = GuideService(database_of(planned))
    added = guides.find("Cemile Demir")
    assert added.languages == ("ru", "tr")
    assert set(added.roles) == {"guide", "interpreter"}
    assert added.max_hours_per_day == 6
    assert [item.day for item in guides.unavailability(added.id)] == [PROGRAM_DAYS[0]]
    _itinerary, itinerary_page = open_itinerary(planned, qtbot)
    assert "Cemile Demir" in [guide.name for guide in itinerary_page.guide_model.guides()]
    planned.undo_stack.undo()
    assert [guide.name for guide in guides.list_guides()] == ["Aylin Kaya", "Bolat Nurlanov"]
    planned.undo_stack.redo()
    assert guides.find("Cemile Demir").max_hours_per_day == 6


def test_edit_a_guide_then_undo(planned: Launcher, plan: Plan, qtbot: QtBot) -> None:
    controller, page = open_guides(planned, qtbot)
    select_guide(planned, qtbot, "Bolat Nurlanov")
    page.edit_action.trigger()
    dialog = controller.dialog
    assert dialog is not None
    assert dialog.languages.text() == "kk, ru"
    assert dialog.absence_model.rowCount() == 1
    dialog.languages.setText("kk, ru, en")
    dialog.absence_table.selectRow(0)
    dialog.remove_absence.click()
    press_ok(dialog)
    guides = GuideService(database_of(planned))
    assert guides.get(plan.bolat).languages == ("kk", "ru", "en")
    assert guides.unavailability(plan.bolat) == []
    planned.undo_stack.undo()
    assert guides.get(plan.bolat).languages == ("kk", "ru")
    assert [item.reason for item in guides.unavailability(plan.bolat)] == ["Congress"]


def test_bad_languages_keep_the_guide_dialog_open(planned: Launcher, qtbot: QtBot) -> None:
    controller, page = open_guides(planned, qtbot)
    page.add_action.trigger()
    dialog = controller.dialog
    assert dialog is not None
    dialog.name.setText("Deniz Ak")
    dialog.languages.setText("Russian language")
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("languages")
    dialog.reject()


def guide(number: int, name: str) -> GuideRecord:
    return GuideRecord(
        id=number,
        person_id=number,
        name=name,
        title="",
        organization="",
        languages=("kk",),
        roles=("guide",),
        unavailable=(),
    )


def test_the_small_models_pass_qt_checks(qtmodeltester: ModelTester) -> None:
    guides = GuideListModel()
    guides.set_guides([guide(1, "Aylin Kaya"), guide(2, "Bolat Nurlanov")])
    qtmodeltester.check(guides, force_py=True)
    hosts = HostListModel()
    hosts.set_hosts([HostInput("Mansur Yavaş", "Mayor", "Ankara Metropolitan Municipality")])
    hosts.add(HostInput("Fahri Solak"))
    qtmodeltester.check(hosts, force_py=True)
    assignments = AssignmentTableModel()
    assignments.set_assignments([(1, "Aylin Kaya", "guide")])
    assignments.add(2, "Bolat Nurlanov", "interpreter")
    qtmodeltester.check(assignments, force_py=True)
    assert assignments.assignments() == ((1, "guide"), (2, "interpreter"))


def test_export_the_selected_guides_schedule_in_the_background(
    planned: Launcher, plan: Plan, qtbot: QtBot, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from coordinator.services.guide_schedule import HEADERS
    from tests.ui.conftest import prompts_of

    controller, page = open_guides(planned, qtbot)
    assert not page.export_schedule_action.isEnabled()  # no guide selected yet
    select_guide(planned, qtbot, "Aylin Kaya")
    assert page.export_schedule_action.isEnabled()
    prompts_of(planned).document_answers.append(str(tmp_path / "aylin"))
    page.export_schedule_action.trigger()
    runner = controller.schedule_export.runner
    qtbot.waitUntil(lambda: not runner.busy(), timeout=30_000)
    assert prompts_of(planned).errors == []
    written = tmp_path / "aylin.xlsx"  # the workbook's suffix added
    book = load_workbook(written, read_only=True)
    rows = [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert tuple(HEADERS["en"]) in rows
    assert "aylin.xlsx" in planned.window.statusBar().currentMessage()
