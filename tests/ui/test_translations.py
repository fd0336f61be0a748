"""The Turkish and English translations: complete, compiled and faithful."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from coordinator.resource_files import resource_path
from tests.conftest import REPOSITORY

TRANSLATIONS = resource_path("translations")
LANGUAGES = ("tr", "en")
PLACEHOLDER = re.compile(r"%n|%\d+|\{[A-Za-z_]+\}")


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install the test extra (PySide6 ships it)")
    return path


def _messages(language: str) -> list[tuple[str, str, list[str], bool]]:
    tree = ET.parse(TRANSLATIONS / f"coordinator_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            unfinished = translation.get("type") == "unfinished"
            found.append((name, message.findtext("source", ""), texts, unfinished))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translation_is_up_to_date(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"coordinator_{language}.qm"
    subprocess.run(
        [
            _tool("pyside6-lrelease"),
            str(TRANSLATIONS / f"coordinator_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    shipped = TRANSLATIONS / f"coordinator_{language}.qm"
    assert compiled.read_bytes() == shipped.read_bytes(), (
        f"run pyside6-lrelease on coordinator_{language}.ts and commit the .qm"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_file_holds_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"coordinator_{language}.ts"
    shutil.copy(TRANSLATIONS / fresh.name, fresh)
    sources = sorted(str(path) for path in (REPOSITORY / "coordinator" / "ui").glob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-ts",
            str(fresh),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert fresh.read_text(encoding="utf-8").count("<message") == (
        (TRANSLATIONS / fresh.name).read_text(encoding="utf-8").count("<message")
    ), "run pyside6-lupdate on coordinator/ui and translate the new strings"
    ET.parse(fresh)


def test_every_turkish_string_is_translated_and_keeps_its_placeholders() -> None:
    messages = _messages("tr")
    assert len(messages) > 100
    for context, source, texts, unfinished in messages:
        assert not unfinished, (context, source)
        for text in texts:
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
                text,
            )
            assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), (
                context,
                source,
                text,
            )


def test_english_plurals_keep_their_placeholders() -> None:
    for context, source, texts, _ in _messages("en"):
        if "%n" in source:
            assert len(texts) == 2, (context, source)
            assert all("%n" in text for text in texts), (context, source)


def test_turkish_words_are_spelled_with_turkish_letters() -> None:
    translator = QTranslator()
    assert translator.load("coordinator_tr", str(TRANSLATIONS))
    expected = {
        ("MainWindow", "&File"): "&Dosya",
        ("MainWindow", "&Edit"): "Dü&zen",
        ("MainActions", "&Undo"): "&Geri al",
        ("MainActions", "&Redo"): "&Yinele",
        ("RosterModel", "Name"): "Ad Soyad",
        ("ProgramView", "&Itinerary"): "Program akı&şı",
        ("ProgramView", "G&uides"): "&Rehberler",
        ("MainActions", "&Add participant…"): "Katılımcı &ekle…",
    }
    for (context, source), text in expected.items():
        assert translator.translate(context, source) == text
    letters = set("".join(text for _, _, texts, _ in _messages("tr") for text in texts))
    assert set("çğıöşüİ") <= letters


def test_turkish_brings_qts_own_dialog_words_and_the_turkish_locale(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from coordinator.ui.translation import install_translation

    application = QCoreApplication.instance()
    assert application is not None
    installed = install_translation(application, "tr")
    try:
        assert len(installed) == 2  # qtbase_tr and ours
        # The buttons of Qt's standard dialogs (QDialogButtonBox, QMessageBox).
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "İptal"
        assert QLocale().language() == QLocale.Language.Turkish
        assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    finally:
        for translator in installed:
            application.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_GB"))
