"""Two windows editing one participant lose nothing: an edit writes only the fields it changed.

Each "window" is its own open database on the same store (a SQLite file, or a
database on the PostgreSQL server), as two coordinators on one database would
be. An edit carries the fields as its editor read them; a field someone else
changed since is never overwritten silently.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coordinator.services.errors import ChangedSinceError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.store import Database
from coordinator.ui.roster_commands import EditParticipantCommand, RosterContext
from tests.stores import Store

CODE = "KZ-2021"


@pytest.fixture
def windows(store: Store) -> tuple[RosterService, RosterService]:
    first = store.open()
    ProgramService(first).create(
        ProgramInput(CODE, "Turkistan Municipality Study Visit", dt.date(2021, 8, 24),
                     dt.date(2021, 8, 29))
    )  # fmt: skip
    second = store.open()
    yield RosterService(first), RosterService(second)
    first.close()
    second.close()


def test_edits_of_different_fields_are_both_kept(
    windows: tuple[RosterService, RosterService],
) -> None:
    one, two = windows
    seen = one.add(CODE, ParticipantInput(name="Berik Baibolov", title="Director"))
    read = seen.as_input()  # both windows show the same row
    one.update(seen.id, dataclasses.replace(read, room="214"), before=read)
    two.update(seen.id, dataclasses.replace(read, title="Museum Director"), before=read)
    (now,) = two.list_participants(CODE)
    assert (now.room, now.title) == ("214", "Museum Director")


def test_an_edit_of_a_field_changed_since_is_refused_and_the_first_kept(
    windows: tuple[RosterService, RosterService],
) -> None:
    one, two = windows
    seen = one.add(CODE, ParticipantInput(name="Berik Baibolov", room="101"))
    read = seen.as_input()
    one.update(seen.id, dataclasses.replace(read, room="214"), before=read)
    with pytest.raises(ChangedSinceError) as refused:
        two.update(seen.id, dataclasses.replace(read, room="305"), before=read)
    assert refused.value.fields == ("room",)
    assert "Berik Baibolov was changed by someone else" in str(refused.value)
    assert one.list_participants(CODE)[0].room == "214"


def test_the_same_change_made_twice_is_no_clash(
    windows: tuple[RosterService, RosterService],
) -> None:
    one, two = windows
    seen = one.add(CODE, ParticipantInput(name="Berik Baibolov"))
    read = seen.as_input()
    one.update(seen.id, dataclasses.replace(read, room="214"), before=read)
    two.update(seen.id, dataclasses.replace(read, room="214"), before=read)
    assert one.list_participants(CODE)[0].room == "214"


def test_undo_reverts_only_its_own_fields_and_keeps_another_windows_change(
    windows: tuple[RosterService, RosterService], qtbot: QtBot
) -> None:
    one, two = windows
    failures: list[str] = []
    context = RosterContext(one, lambda _code, _id: None, failures.append)
    seen = one.add(CODE, ParticipantInput(name="Berik Baibolov", title="Director"))
    stack = QUndoStack()
    edit = EditParticipantCommand(context, seen, dataclasses.replace(seen.as_input(), room="214"))
    edit.execute()
    stack.push(edit)
    other = two.list_participants(CODE)[0]
    two.update(other.id, dataclasses.replace(other.as_input(), title="Museum Director"),
               before=other.as_input())  # fmt: skip
    stack.undo()
    (now,) = one.list_participants(CODE)
    assert (now.room, now.title) == ("", "Museum Director")
    assert failures == []


def test_undo_of_a_field_someone_changed_since_is_refused_and_said(
    windows: tuple[RosterService, RosterService], qtbot: QtBot
) -> None:
    one, two = windows
    failures: list[str] = []
    context = RosterContext(one, lambda _code, _id: None, failures.append)
    seen = one.add(CODE, ParticipantInput(name="Berik Baibolov"))
    stack = QUndoStack()
    edit = EditParticipantCommand(context, seen, dataclasses.replace(seen.as_input(), room="214"))
    edit.execute()
    stack.push(edit)
    other = two.list_participants(CODE)[0]
    two.update(other.id, dataclasses.replace(other.as_input(), room="305"),
               before=other.as_input())  # fmt: skip
    stack.undo()
    assert one.list_participants(CODE)[0].room == "305"
    (message,) = failures
    assert "changed by someone else" in message


def test_an_edit_without_what_was_read_writes_every_field(database: Database) -> None:
    ProgramService(database).create(
        ProgramInput(CODE, "Visit", dt.date(2021, 8, 24), dt.date(2021, 8, 29))
    )
    roster = RosterService(database)
    seen = roster.add(CODE, ParticipantInput(name="Berik Baibolov", room="101"))
    roster.update(seen.id, ParticipantInput(name="Berik Baibolov", title="Director"))
    assert (roster.list_participants(CODE)[0].room, roster.list_participants(CODE)[0].title) == (
        "",
        "Director",
    )


def test_a_write_over_a_row_written_meanwhile_is_refused_by_its_version(
    windows: tuple[RosterService, RosterService], store: Store
) -> None:
    """What a server allows (two writers at once) is caught by the row's version."""
    from coordinator.domain.programs import Participant
    from coordinator.services.edits import written_alone

    one, two = windows
    seen = one.add(CODE, ParticipantInput(name="Berik Baibolov"))
    database = store.open()
    try:
        with database.reading() as session:
            stale = session.get(Participant, seen.id)
            assert stale is not None
            assert stale.version == 1
            session.expunge(stale)
        two.update(seen.id, dataclasses.replace(seen.as_input(), room="214"))
        stale.room = "305"
        with (
            pytest.raises(
                ChangedSinceError, match="was changed by someone else since it was read;"
            ),
            written_alone("The participant"),
            database.transaction() as session,
        ):
            session.add(stale)
        (now,) = one.list_participants(CODE)
        assert now.room == "214"
    finally:
        database.close()
