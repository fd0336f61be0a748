"""ProgramService.update with the fields as the editor read them: rename, and changes made since."""

from __future__ import annotations

import dataclasses

import pytest

from coordinator.services.demo import load_demo
from coordinator.services.errors import ChangedSinceError, InvalidInputError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.store import Database


def test_an_edit_with_before_renames_and_keeps_the_id(database: Database) -> None:
    demo = load_demo(database)
    programs = ProgramService(database)
    before = demo.as_input()
    after = dataclasses.replace(before, code="TURKISTAN-2021-A", notes="Revised")
    record = programs.update(demo.code, after, before=before)
    assert (record.id, record.code, record.notes) == (demo.id, "TURKISTAN-2021-A", "Revised")
    undone = programs.update(record.code, before, before=record.as_input())
    assert undone == demo


def test_an_edit_without_before_keeps_the_code(database: Database) -> None:
    demo = load_demo(database)
    changed = dataclasses.replace(demo.as_input(), code="OTHER", city="Bursa")
    record = ProgramService(database).update(demo.code, changed)
    assert (record.code, record.city) == (demo.code, "Bursa")


def test_a_rename_to_a_taken_code_is_refused(database: Database) -> None:
    demo = load_demo(database)
    programs = ProgramService(database)
    programs.create(
        ProgramInput(code="TAKEN", title="Taken", first_day=demo.first_day, last_day=demo.last_day)
    )
    before = demo.as_input()
    with pytest.raises(InvalidInputError) as refused:
        programs.update(demo.code, dataclasses.replace(before, code="TAKEN"), before=before)
    assert refused.value.field == "code"


def test_an_undo_over_a_field_changed_since_is_refused(database: Database) -> None:
    demo = load_demo(database)
    programs = ProgramService(database)
    before = demo.as_input()
    after = programs.update(
        demo.code, dataclasses.replace(before, city="Ankara"), before=before
    ).as_input()
    programs.update(demo.code, dataclasses.replace(after, city="Bursa"), before=after)
    with pytest.raises(ChangedSinceError):
        programs.update(demo.code, before, before=after)
