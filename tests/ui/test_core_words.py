"""The core's sentences reach the Turkish window in Turkish, values and all."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

from coordinator.domain.messages import Said, said, said_of
from coordinator.resource_files import resource_path
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.store import Database
from coordinator.ui.core_words import error_text, translated
from coordinator.ui.form_errors import FormErrors
from tests.conftest import REPOSITORY


@pytest.fixture
def turkish(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("coordinator_tr", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_said_sentence_is_its_english_text_and_remembers_its_template() -> None:
    sentence = said("{name} is already on the roster", name="Ayşe Çakır")
    assert sentence == "Ayşe Çakır is already on the roster"
    assert sentence.template == "{name} is already on the roster"
    assert dict(sentence.values) == {"name": "Ayşe Çakır"}
    copied = pickle.loads(pickle.dumps(sentence))
    assert isinstance(copied, Said)
    assert copied.template == sentence.template


def test_a_service_error_keeps_the_sentence_it_was_raised_with() -> None:
    error = InvalidInputError(said("The name is required"), "name")
    assert isinstance(str(error), Said)
    assert str(error) == "The name is required"
    wrapped = ValueError(said("{value} is not a phone number", value="'x'"))
    assert isinstance(said_of(wrapped), Said)


@pytest.mark.usefixtures("turkish")
def test_the_turkish_window_says_a_service_refusal_in_turkish(database: Database) -> None:
    ProgramService(database).create(
        ProgramInput("ANK-26", "Ankara", dt.date(2026, 5, 4), dt.date(2026, 5, 9))
    )
    RosterService(database).add("ANK-26", ParticipantInput(name="Ayşe Çakır"))
    with pytest.raises(InvalidInputError) as raised:
        RosterService(database).add("ANK-26", ParticipantInput(name="Ayşe Çakır"))
    assert error_text(raised.value) == "Ayşe Çakır zaten listede"
    with pytest.raises(InvalidInputError) as raised:
        RosterService(database).add("ANK-26", ParticipantInput(name=" "))
    assert error_text(raised.value) == "Ad gerekli"


@pytest.mark.usefixtures("turkish")
def test_values_that_are_sentences_are_translated_too_and_plain_text_stays() -> None:
    inner = said("The name is required")
    outer = said("{sheet}, row {row}: {error}", sheet="Liste", row=4, error=inner)
    assert translated(outer) == "Liste, satır 4: Ad gerekli"
    assert translated("plain words") == "plain words"
    assert error_text(NotFoundError("no template")) == "no template"


@pytest.mark.usefixtures("turkish")
def test_a_form_shows_the_refusal_beside_its_field_in_turkish(qapp: QApplication) -> None:
    form_widget = QWidget()
    form = QFormLayout(form_widget)
    errors = FormErrors()
    errors.add_row(form, "Ad", "name", QLineEdit())
    assert errors.show("name", str(InvalidInputError(said("The name is required"), "name")))
    assert errors.message("name") == "Ad gerekli"


def test_the_catalog_of_core_sentences_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(REPOSITORY / "packaging" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.usefixtures("turkish")
def test_a_directory_dialog_says_its_refusal_in_turkish(qapp: QApplication) -> None:
    from coordinator.ui.entry_dialog import refusal_text

    refused = InvalidInputError(said("The organization needs a name"), "name")
    assert refusal_text(refused, {"name": "&Ad:"}, "TDBB") == "Kurumun bir adı olmalı"
