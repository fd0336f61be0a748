"""Help ▸ User guide: the guide ships in both languages and opens with F1."""

from __future__ import annotations

import html
import re
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from coordinator.resource_files import resource_path
from coordinator.ui.app import Launcher
from coordinator.ui.help_dialog import GUIDE_LANGUAGES, HelpDialog, guide_path

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("start", "roster", "days", "guides", "logistics", "documents", "backups", "settings")


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        href = values.get("href")
        if tag == "a" and href and href.startswith("#"):
            self.links.add(href[1:])

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(language: str) -> _Anchors:
    parser = _Anchors()
    parser.feed(guide_path(language).read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_each_guide_covers_every_part_and_its_links_lead_somewhere(language: str) -> None:
    guide = _read(language)
    assert set(SECTIONS) <= guide.ids
    assert guide.links <= guide.ids
    assert len(" ".join(guide.text).split()) > 700  # a real guide, not a stub


def test_the_turkish_guide_is_written_in_turkish_letters() -> None:
    text = " ".join(_read("tr").text)
    for letter in "şğıİöüçÇ":
        assert letter in text, letter
    assert "Katılımcı listesini içe aktar" in text  # the menu's own words
    assert not re.search(r"\b(the|and|roster)\b", text)  # nothing left in English


def test_a_language_without_a_guide_falls_back_to_english() -> None:
    assert guide_path("kk") == guide_path("en")
    assert guide_path("tr").name == "guide_tr.html"


def test_the_guide_is_found_where_the_wheel_puts_the_resources() -> None:
    assert resource_path("help", "guide_en.html").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["resources"] == "coordinator/resources"  # resources/help goes with it


def test_f1_opens_the_guide_beside_the_window(launcher: Launcher) -> None:
    action = launcher.window.main_actions.user_guide
    assert action.shortcut() == QKeySequence("F1")
    assert action in launcher.window.menuBar().actions()[-1].menu().actions()  # Help menu
    action.trigger()
    dialog = launcher.help_dialog
    assert isinstance(dialog, HelpDialog)
    assert dialog.isVisible()
    assert not dialog.isModal()
    assert "Importing a roster" in dialog.browser.toPlainText()
    action.trigger()
    assert launcher.help_dialog is dialog  # one window, raised again
    dialog.close()


def test_the_guide_opens_in_turkish(qtbot: QtBot) -> None:
    dialog = HelpDialog("tr")
    assert "Katılımcı listesini içe aktarmak" in dialog.browser.toPlainText()
    dialog.deleteLater()


def _command_words(language: str) -> set[str]:
    """Every text of the interface in ``language``, as a menu shows it (no ``&``, no ``…``)."""
    catalogue = resource_path("translations", f"coordinator_{language}.ts")
    tag = "source" if language == "en" else "translation"
    found = re.findall(rf"<{tag}>(.*?)</{tag}>", catalogue.read_text(encoding="utf-8"), re.S)
    return {_as_shown(html.unescape(text).replace("&", "")) for text in found}


def _as_shown(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip("…")


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_the_menu_paths_the_guide_names_are_the_menus_own_words(language: str) -> None:
    guide = guide_path(language).read_text(encoding="utf-8")
    paths = re.findall(r"<b>([^<]*▸[^<]*)</b>", guide)
    assert len(paths) >= 10  # Dosya ▸ Veritabanı aç… and the others
    words = _command_words(language)
    missing = [
        part for path in paths for part in map(_as_shown, path.split("▸")) if part not in words
    ]
    assert missing == []
    title = "Heyet Koordinatörü" if language == "tr" else "Delegation Coordinator"
    assert f"<h1>{title} –" in guide  # the application's name in the guide's language
