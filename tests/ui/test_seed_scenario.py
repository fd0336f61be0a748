"""The seed's visit, planned with the window only, in Turkish and in English.

An eight-person delegation from Turkistan, six days: the coordinator creates
the program, imports the roster from the partner's workbook, adds the days'
activities (courtesy visits to mayors, a site visit, the cultural tour, the
closing certification ceremony), adds a guide, assigns them, resolves the
conflict that is left and makes the certificates. Every step goes through the
dialogs, menus and actions a coordinator uses; the database is only read to
check what the steps did.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.domain.conflicts import ConflictKind
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ActivityRecord
from coordinator.services.roster import RosterService
from coordinator.store import open_database
from coordinator.ui.app import Launcher
from coordinator.ui.document_dialog import DocumentChoice
from coordinator.ui.suggestion_dialog import SuggestionDialog
from tests.ui.conftest import launch, prompts_of, workspace_of
from tests.ui.import_support import import_all
from tests.ui.languages import interface_in
from tests.ui.planning import activity_dialog, database_of, open_itinerary, settle_itinerary

CODE = "TURKISTAN-2026"
FIRST = dt.date(2026, 8, 24)
DELEGATION = (
    ("Nurlan Ospanov", "Mayor's Adviser", "head"),
    ("Aigul Toktogulova", "Head of Foreign Relations", "member"),
    ("Yerlan Sadykov", "Chief Architect", "member"),
    ("Dana Seitkali", "Tourism Expert", "member"),
    ("Bolat Nurlanov", "Water Utility Engineer", "member"),
    ("Gulnara Abenova", "Social Services Expert", "member"),
    ("Zhandos Tasov", "Deputy Mayor", "member"),
    ("Aigerim Nurlanqyzy", "Interpreter", "staff"),
)
TIMEOUT_MS = 30_000


@pytest.fixture(params=["en", "tr"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    """The interface language of the run, with its translation installed as at start-up."""
    with interface_in(request.param) as chosen:
        yield chosen


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, settings: QSettings, language: str) -> Iterator[Launcher]:
    """The application on an empty database, as on the first day."""
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    launcher = launch(qtbot, str(path), settings)
    yield launcher
    workspace_of(launcher).close()


def activities(launcher: Launcher) -> list[ActivityRecord]:
    """Return the visit's activities as the database has them now."""
    return ItineraryService(database_of(launcher)).list_activities(CODE)


def _roster_workbook(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Heyet"
    sheet.append(["Türkistan Belediyesi Heyeti"])
    sheet.append([])
    sheet.append(["Sıra", "Adı Soyadı", "Unvanı", "Kurumu", "Görevi"])
    for number, (name, title, _role) in enumerate(DELEGATION, start=1):
        sheet.append([number, name, title, "Türkistan Belediyesi", ""])
    workbook.save(path)
    return path


def _ok(buttons: QDialogButtonBox) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def _create_program(launcher: Launcher, qtbot: QtBot) -> None:
    launcher.window.main_actions.new_program.trigger()
    dialog = workspace_of(launcher).programs.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.code, CODE)
    dialog.title.insert("Turkistan Municipality Information and Experience Sharing Program")
    dialog.first_day.setDate(QDate(FIRST.year, FIRST.month, FIRST.day))
    dialog.last_day.setDate(QDate(2026, 8, 29))
    dialog.city.insert("İstanbul")
    dialog.organizer.insert("Union of Turkish World Municipalities")
    dialog.partners.setPlainText("Üsküdar Municipality\nBeykoz Municipality\n")
    qtbot.keyClicks(dialog.languages, "kk, ru, tr")
    _ok(dialog.buttons)
    assert not dialog.isVisible()


def _add_activity(
    launcher: Launcher,
    qtbot: QtBot,
    day: int,
    hours: tuple[dt.time, dt.time],
    kind: str,
    title: str,
    host: str = "",
) -> None:
    controller, page = open_itinerary(launcher, qtbot)
    dialog = activity_dialog(controller, qtbot, page.add_action.trigger)
    dialog.day.setCurrentIndex(day)
    dialog.start.set_value(hours[0])
    dialog.end.set_value(hours[1])
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.title.insert(title)
    if host:
        dialog.host_name.insert(host)
        dialog.add_host.click()
    _ok(dialog.buttons)
    assert not dialog.isVisible(), dialog.general_error.text()
    settle_itinerary(launcher, qtbot)


def _add_guide(launcher: Launcher, qtbot: QtBot, name: str) -> int:
    launcher.window.workspace_view.program_view.tabs.setCurrentIndex(2)
    controller = workspace_of(launcher).guides
    controller.page.add_action.trigger()
    dialog = controller.dialog
    assert dialog is not None
    dialog.name.insert(name)
    qtbot.keyClicks(dialog.languages, "kk, ru, tr")
    dialog.roles["interpreter"].setChecked(True)
    _ok(dialog.buttons)
    assert not dialog.isVisible()
    return GuideService(database_of(launcher)).find(name).id


def _make_certificates(
    launcher: Launcher, qtbot: QtBot, path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = workspace_of(launcher).documents
    choice = DocumentChoice(language=language, paper="a4", person_key=None, badge_size="a7")
    monkeypatch.setattr(controller, "ask_choice", lambda _kind, _person: choice)
    prompts_of(launcher).document_answers.append(str(path))
    controller.actions["certificates"].trigger()
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not controller.runner.busy(), timeout=TIMEOUT_MS)
    preview = controller.preview
    assert preview is not None
    preview.dialog.close()


def test_the_seed_visit_planned_with_the_window_only(
    window: Launcher,
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tabs = window.window.workspace_view.program_view.tabs
    # The window speaks the chosen language.
    menus = [action.text() for action in window.window.menuBar().actions()]
    assert ("&Dosya" if language == "tr" else "&File") in menus

    _create_program(window, qtbot)
    database = database_of(window)
    assert ProgramService(database).get(CODE).first_day == FIRST

    import_all(window, qtbot, _roster_workbook(tmp_path / "heyet.xlsx"))
    delegation = RosterService(database).list_participants(CODE)
    assert [person.name for person in delegation] == [name for name, _, _ in DELEGATION]
    assert tabs.tabText(0).endswith("(8)")

    morning, noon = (dt.time(10), dt.time(11)), (dt.time(11, 30), dt.time(13))
    _add_activity(
        window,
        qtbot,
        1,
        morning,
        "courtesy_visit",
        "Courtesy visit to the Mayor of Üsküdar",
        "Hilmi Türkmen",
    )
    _add_activity(window, qtbot, 1, noon, "site_visit", "Site visit to the Üsküdar Water Works")
    _add_activity(
        window, qtbot, 2, morning, "courtesy_visit", "Courtesy visit to the Mayor of Beykoz"
    )
    _add_activity(
        window,
        qtbot,
        4,
        (dt.time(9, 30), dt.time(12, 30)),
        "cultural_tour",
        "Cultural tour of the Historical Peninsula",
    )
    ceremony = (dt.time(15), dt.time(16))
    _add_activity(window, qtbot, 5, ceremony, "ceremony", "Certification ceremony")
    planned = activities(window)
    assert len(planned) == 5
    assert tabs.tabText(1).endswith("(5)")

    guide = _add_guide(window, qtbot, "Muhammed Çakır")
    site_visit = next(item for item in planned if item.kind == "site_visit")
    _controller, page = open_itinerary(window, qtbot)
    # The guide dragged from the list onto the site visit's block.
    page.timeline.guide_dropped.emit(site_visit.id, guide)
    settle_itinerary(window, qtbot)
    assert "Muhammed Çakır" in next(a for a in activities(window) if a.id == site_visit.id).guides

    # The cultural tour still needs a guide: the Conflicts panel says so.
    findings = page.conflicts.model.findings()
    assert [finding.kind for finding in findings] == [ConflictKind.UNGUIDED]
    page.conflicts_button.click()
    assert page.bottom.currentWidget() is page.conflicts
    # Resolved with the suggested guide, in one step.
    page.suggest_action.trigger()
    suggestion = _controller.dialog
    assert isinstance(suggestion, SuggestionDialog)
    suggestion.accept_button.click()
    settle_itinerary(window, qtbot)
    assert page.conflicts.model.findings() == []
    assert page.conflicts_button.text() == (
        "✓ Çakışma yok" if language == "tr" else "✓ No conflicts"
    )
    tour = next(a for a in activities(window) if a.kind == "cultural_tour")
    assert tour.guides == ("Muhammed Çakır",)

    certificates = tmp_path / "certificates.pdf"
    _make_certificates(window, qtbot, certificates, language, monkeypatch)
    assert prompts_of(window).errors == []
    pages = PdfReader(certificates).pages
    assert len(pages) == len(DELEGATION)
    first = pages[0].extract_text()
    assert "Nurlan Ospanov" in first
    assert ("Katılım" if language == "tr" else "Certificate") in first
