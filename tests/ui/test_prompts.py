"""What the window says when a service refuses a request, and what it lets through."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coordinator.domain.messages import said
from coordinator.services.errors import NotFoundError
from tests.ui.conftest import FakePrompts


def test_a_refusal_is_said_and_any_other_error_goes_on_up(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    prompts = FakePrompts(window)
    prompts.refusal("Guides", NotFoundError(said("No program {code}", code="P-0001")))
    assert prompts.errors == [("Guides", "No program P-0001")]
    bug = KeyError("a bug, not a refusal")
    with pytest.raises(KeyError) as raised:
        prompts.refusal("Guides", bug)
    assert raised.value is bug
    assert len(prompts.errors) == 1
