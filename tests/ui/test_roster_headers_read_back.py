"""A roster copied from the window into Excel comes back: its column titles are read as fields."""

from __future__ import annotations

import pytest

from coordinator.excel.roster_fields import RosterField, field_for_header
from coordinator.ui.program_tables import roster_columns
from tests.ui.languages import interface_in

SHOWN_AS = [
    RosterField.NAME, RosterField.TITLE, RosterField.ORGANIZATION, RosterField.ROLE,
    RosterField.ARRIVAL, RosterField.DEPARTURE, RosterField.ROOM, RosterField.DIETARY,
    RosterField.LANGUAGES, RosterField.EMAIL, RosterField.PHONE,
]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "tr"])
def test_the_rosters_column_titles_are_read_as_the_fields_they_show(
    qapp: object, language: str
) -> None:
    with interface_in(language):
        headers = [column.header for column in roster_columns()]
    assert [field_for_header(header) for header in headers] == SHOWN_AS, headers
