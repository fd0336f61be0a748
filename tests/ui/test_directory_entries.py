"""The directory's organizations and people: edited, found twice and merged, all undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.domain.directory import Organization, Person
from coordinator.domain.programs import Participant
from coordinator.services.directory_records import OrganizationRecord
from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import InvalidInputError
from coordinator.ui.app import Launcher
from coordinator.ui.directory_controller import DirectoryController
from coordinator.ui.directory_entries import DirectoryEntries
from coordinator.ui.directory_window import DUPLICATES_TAB, DirectoryWindow
from coordinator.ui.merge_records_dialog import MergeField, MergeRecordsDialog
from coordinator.ui.organization_dialog import OrganizationDialog
from coordinator.ui.person_dialog import PersonDialog
from tests.ui.conftest import launch, workspace_of
from tests.ui.planning import database_of


@pytest.fixture
def demo(qtbot: QtBot, demo_path: Path, settings: QSettings) -> Iterator[Launcher]:
    """The application on the demo database, with the twins an import leaves."""
    launcher = launch(qtbot, str(demo_path), settings)
    with database_of(launcher).transaction() as session:
        twin = Organization(name="Türkistan Belediyesi", country="Kazakistan", notes="Imported")
        session.add_all([twin, Organization(name="TDBB")])
        zhandos = session.scalars(select(Participant).where(Participant.position == 0)).one()
        zhandos.organization = twin
        session.add(Person(full_name="Жандос Тасов", phone="+7 701 000 00 00", organization=twin))
    yield launcher
    workspace_of(launcher).close()


def open_directory(
    qtbot: QtBot, launcher: Launcher
) -> tuple[DirectoryController, DirectoryWindow, DirectoryEntries]:
    controller = workspace_of(launcher).directory
    launcher.window.main_actions.directory.trigger()
    assert controller.window is not None
    assert controller.entries is not None
    qtbot.waitUntil(lambda: not controller.loading())
    return controller, controller.window, controller.entries


def press_ok(dialog: OrganizationDialog | PersonDialog | MergeRecordsDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def select_organization(window: DirectoryWindow, name: str) -> None:
    row = window.organization_model.row_of(lambda record: record.name == name)
    assert row is not None
    window.organizations.select_row(row)


def organization(launcher: Launcher, name: str) -> OrganizationRecord:
    found = DirectoryService(database_of(launcher)).organizations(name)
    return next(item for item in found if item.name == name)


def organization_names(launcher: Launcher) -> set[str]:
    return {item.name for item in DirectoryService(database_of(launcher)).organizations()}


def test_editing_an_organization_is_undoable(qtbot: QtBot, demo: Launcher) -> None:
    controller, window, entries = open_directory(qtbot, demo)
    assert not window.edit_organization_action.isEnabled()
    select_organization(window, "TDBB")
    assert window.edit_organization_action.isEnabled()
    window.edit_organization_action.trigger()
    dialog = entries.dialog
    assert isinstance(dialog, OrganizationDialog)
    assert dialog.name_edit.text() == "TDBB"
    dialog.kind_edit.setText("union")
    dialog.country_edit.setText("Türkiye")
    press_ok(dialog)
    assert not dialog.isVisible()
    tdbb = organization(demo, "TDBB")
    assert (tdbb.name, tdbb.kind, tdbb.country) == ("TDBB", "union", "Türkiye")
    qtbot.waitUntil(lambda: not controller.loading())
    selected = entries.selected_organization()
    assert selected is not None
    assert (selected.id, selected.kind) == (tdbb.id, "union")  # read again, still selected
    demo.undo_stack.undo()
    tdbb = organization(demo, "TDBB")
    assert (tdbb.kind, tdbb.country) == ("", "")
    demo.undo_stack.redo()
    tdbb = organization(demo, "TDBB")
    assert tdbb.country == "Türkiye"


def test_a_refused_organization_edit_keeps_the_dialog_open(qtbot: QtBot, demo: Launcher) -> None:
    _controller, window, entries = open_directory(qtbot, demo)
    select_organization(window, "TDBB")
    window.edit_organization_action.trigger()
    dialog = entries.dialog
    assert isinstance(dialog, OrganizationDialog)
    dialog.name_edit.setText("beykoz municipality")
    press_ok(dialog)
    assert dialog.isVisible()
    assert "merge the two" in dialog.error_label.text()
    assert demo.undo_stack.count() == 0
    dialog.reject()


def test_editing_a_person_is_undoable(qtbot: QtBot, demo: Launcher) -> None:
    controller, window, entries = open_directory(qtbot, demo)
    window.tabs.setCurrentIndex(2)
    window.persons.filter_box.setText("arisoy")
    window.persons.select_row(0)
    window.edit_person_action.trigger()
    dialog = entries.dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.name_edit.text() == "Ömer Arısoy"
    dialog.title_edit.setText("Former Mayor")
    dialog.languages_edit.setText("TR, en")
    dialog.email_edit.setText("omer@example.org")
    press_ok(dialog)
    assert not dialog.isVisible()
    [omer] = DirectoryService(database_of(demo)).persons("arisoy")
    assert (omer.title, omer.languages, omer.email) == (
        "Former Mayor",
        ("tr", "en"),
        "omer@example.org",
    )
    assert omer.organization == "Zeytinburnu Municipality"
    demo.undo_stack.undo()
    [omer] = DirectoryService(database_of(demo)).persons("arisoy")
    assert (omer.title, omer.languages, omer.email) == ("Mayor", (), "")
    qtbot.waitUntil(lambda: not controller.loading())
    assert window.person_model.record(0).title == "Mayor"


def find_duplicates(qtbot: QtBot, window: DirectoryWindow, entries: DirectoryEntries) -> None:
    window.tabs.setCurrentIndex(DUPLICATES_TAB)
    window.find_duplicates_action.trigger()
    qtbot.waitUntil(lambda: not entries.searching())


def pairs(window: DirectoryWindow) -> list[tuple[str, str]]:
    model = window.duplicate_model
    return [(model.record(row).first_name, model.record(row).second_name)
            for row in range(model.rowCount())]  # fmt: skip


def select_pair(window: DirectoryWindow, names: set[str]) -> None:
    model = window.duplicate_model
    row = model.row_of(lambda pair: {pair.first_name, pair.second_name} == names)
    assert row is not None
    window.duplicates.select_row(row)


def test_possible_duplicates_are_listed_never_merged(qtbot: QtBot, demo: Launcher) -> None:
    _controller, window, entries = open_directory(qtbot, demo)
    assert not window.merge_action.isEnabled()
    before = organization_names(demo)
    find_duplicates(qtbot, window, entries)
    found = {frozenset(pair) for pair in pairs(window)}
    assert frozenset(("Turkistan Municipality", "Türkistan Belediyesi")) in found
    assert frozenset(("Union of Turkish World Municipalities (TDBB)", "TDBB")) in found
    assert frozenset(("Zhandos Tasov", "Жандос Тасов")) in found
    assert "possible duplicate" in window.duplicates_label.text()
    assert organization_names(demo) == before
    assert demo.undo_stack.count() == 0


def test_merging_two_organizations_is_undoable(qtbot: QtBot, demo: Launcher) -> None:
    workspace_of(demo).roster.refresh()  # the twin was made after the roster was read
    roster = demo.window.workspace_view.roster_model
    assert roster.record(0).organization == "Türkistan Belediyesi"
    controller, window, entries = open_directory(qtbot, demo)
    find_duplicates(qtbot, window, entries)
    select_pair(window, {"Turkistan Municipality", "Türkistan Belediyesi"})
    assert window.merge_action.isEnabled()
    window.merge_action.trigger()
    dialog = entries.dialog
    assert isinstance(dialog, MergeRecordsDialog)
    dialog.set_keep_first(dialog.names[0] == "Turkistan Municipality")
    # The kept entry's values win, but where it has none (notes) the other's is taken.
    assert dialog.chosen()["country"] == "Kazakhstan"
    assert dialog.chosen()["notes"] == "Imported"
    assert dialog.chosen()["name"] == "Turkistan Municipality"
    press_ok(dialog)
    assert not dialog.isVisible()
    names = organization_names(demo)
    assert "Türkistan Belediyesi" not in names
    [kept] = DirectoryService(database_of(demo)).organizations("turkistan")
    assert (kept.country, kept.notes) == ("Kazakhstan", "Imported")
    [zhandos] = DirectoryService(database_of(demo)).persons("Жандос")
    assert zhandos.organization == "Turkistan Municipality"
    assert roster.record(0).organization == "Turkistan Municipality"  # the roster follows
    assert ("Turkistan Municipality", "Türkistan Belediyesi") not in pairs(window)
    assert ("Türkistan Belediyesi", "Turkistan Municipality") not in pairs(window)
    qtbot.waitUntil(lambda: not controller.loading())
    demo.undo_stack.undo()
    assert "Türkistan Belediyesi" in organization_names(demo)
    [zhandos] = DirectoryService(database_of(demo)).persons("Жандос")
    assert zhandos.organization == "Türkistan Belediyesi"
    qtbot.waitUntil(lambda: not controller.loading())
    assert window.organization_model.row_of(lambda r: r.name == "Türkistan Belediyesi") is not None
    demo.undo_stack.redo()
    assert "Türkistan Belediyesi" not in organization_names(demo)


def test_merging_two_people_keeps_the_chosen_values(qtbot: QtBot, demo: Launcher) -> None:
    _controller, window, entries = open_directory(qtbot, demo)
    find_duplicates(qtbot, window, entries)
    select_pair(window, {"Zhandos Tasov", "Жандос Тасов"})
    window.merge_action.trigger()
    dialog = entries.dialog
    assert isinstance(dialog, MergeRecordsDialog)
    latin_first = dialog.names[0] == "Zhandos Tasov"
    dialog.set_keep_first(latin_first)
    dialog.choose("name", first=latin_first)
    dialog.choose("organization", first=not latin_first)  # the Cyrillic entry's
    press_ok(dialog)
    directory = DirectoryService(database_of(demo))
    assert directory.persons("Жандос") == []
    [zhandos] = directory.persons("zhandos")
    assert (zhandos.organization, zhandos.phone) == ("Türkistan Belediyesi", "+7 701 000 00 00")
    demo.undo_stack.undo()
    assert [item.name for item in directory.persons("Жандос")] == ["Жандос Тасов"]
    assert directory.persons("zhandos")[0].phone == ""


def test_two_organizations_selected_in_the_list_can_be_merged(qtbot: QtBot, demo: Launcher) -> None:
    controller, window, entries = open_directory(qtbot, demo)
    window.tabs.setCurrentIndex(1)
    window.organizations.filter_box.setText("turkistan")
    model = window.organization_model
    assert not window.merge_organizations_action.isEnabled()
    selection = window.organizations.table.selectionModel()
    for name in ("Turkistan Municipality", "Türkistan Belediyesi"):
        row = model.row_of(lambda record, name=name: record.name == name)
        assert row is not None
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(model.index(row, 0), flags)
    assert window.merge_organizations_action.isEnabled()
    window.merge_organizations_action.trigger()
    dialog = entries.dialog
    assert isinstance(dialog, MergeRecordsDialog)
    dialog.set_keep_first(dialog.names[0] == "Turkistan Municipality")
    press_ok(dialog)
    assert "Türkistan Belediyesi" not in organization_names(demo)
    qtbot.waitUntil(lambda: not controller.loading())
    shown = [model.record(row).name for row in range(model.rowCount())]
    assert "Turkistan Municipality" in shown
    assert "Türkistan Belediyesi" not in shown
    demo.undo_stack.undo()
    assert "Türkistan Belediyesi" in organization_names(demo)


def test_a_search_hit_is_selected_once_the_lists_are_read(qtbot: QtBot, demo: Launcher) -> None:
    controller = workspace_of(demo).directory
    tdbb = organization(demo, "TDBB")
    controller.show_entry("organization", tdbb.id)
    assert controller.entries is not None
    qtbot.waitUntil(lambda: not controller.loading())
    selected = controller.entries.selected_organization()
    assert selected is not None
    assert selected.id == tdbb.id


def test_the_merge_dialog_shows_both_and_takes_the_kept_ones_values(qtbot: QtBot) -> None:
    fields = [
        MergeField("name", "Name", ("TDBB", "Union (TDBB)"), ("TDBB", "Union (TDBB)")),
        MergeField("city", "City", ("", "İstanbul"), ("", "İstanbul")),
        MergeField("country", "Country", ("Türkiye", "Türkiye"), ("Türkiye", "Türkiye")),
    ]
    submitted: list[tuple[bool, dict[str, object]]] = []

    def submit(keep_first: bool, values: dict[str, object]) -> None:
        if values["name"] == "TDBB":
            raise InvalidInputError("The name is taken", "name")
        submitted.append((keep_first, values))

    dialog = MergeRecordsDialog("Merge", ("TDBB", "Union (TDBB)"), fields, submit)
    qtbot.addWidget(dialog)
    assert dialog.keeps_first()
    assert "country" not in dialog.field_buttons  # both agree: nothing to choose
    assert dialog.chosen() == {"name": "TDBB", "city": "İstanbul", "country": "Türkiye"}
    assert "Union (TDBB) will be removed" in dialog.summary_label.text()
    dialog.open()
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The name is taken"
    dialog.set_keep_first(False)
    assert dialog.chosen()["name"] == "Union (TDBB)"
    dialog.choose("city", first=True)
    press_ok(dialog)
    assert not dialog.isVisible()
    assert submitted == [(False, {"name": "Union (TDBB)", "city": "", "country": "Türkiye"})]


def test_empty_lists_say_they_are_being_read_until_they_arrive(
    qtbot: QtBot, demo: Launcher
) -> None:
    controller = workspace_of(demo).directory
    controller.open()
    window = controller.window
    assert window is not None
    if controller.loading():
        assert window.person_placeholder.sentence().startswith("Reading the organizations")
    qtbot.waitUntil(lambda: not controller.loading())
    assert window.person_placeholder.sentence().startswith("No people yet")
    assert window.organization_placeholder.sentence().startswith("No organizations yet")
    assert window.person_placeholder.text() == ""  # the demo's people are listed
