"""A program taken offline, changed on the road and at the office, and merged back.

The team database is the test's store (SQLite, and PostgreSQL when a server is
given); the offline copy is always a SQLite file of its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator.domain.merging import ADDED, BOTH_ADDED, CHANGED, REMOVED, default_choices
from coordinator.domain.models import Base, Participant, Person
from coordinator.services.demo import DEMO_PROGRAM_CODE as CODE
from coordinator.services.demo import load_demo
from coordinator.services.errors import ChangedSinceError, InvalidInputError, NotFoundError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.offline_copy import copied_rows, take_offline
from coordinator.services.offline_merge import OfflineMergeService
from coordinator.services.offline_snapshot import read_snapshot
from coordinator.services.programs import ProgramService
from coordinator.services.records import ActivityInput, ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.store import Database, open_database


@pytest.fixture
def team(database: Database) -> Database:
    load_demo(database)
    return database


@pytest.fixture
def copy_path(team: Database, tmp_path: Path) -> Path:
    path = tmp_path / "on-the-road.sqlite"
    take_offline(team, CODE, path)
    return path


@pytest.fixture
def offline(copy_path: Path) -> Iterator[Database]:
    database = open_database(copy_path)
    yield database
    database.close()


def _snapshot(database: Database) -> object:
    with database.reading() as session:
        return read_snapshot(session, CODE)


def _person(database: Database, index: int) -> tuple[int, ParticipantInput]:
    record = RosterService(database).list_participants(CODE)[index]
    return record.id, record.as_input()


def _edit(database: Database, index: int, **values: object) -> None:
    participant_id, before = _person(database, index)
    after = dataclasses.replace(before, **values)  # type: ignore[arg-type]
    RosterService(database).update(participant_id, after, before)


def _fields(database: Database, index: int) -> ParticipantInput:
    return _person(database, index)[1]


def test_the_copy_holds_the_program_and_its_directory_but_no_other_roster(
    team: Database, tmp_path: Path
) -> None:
    ProgramService(team).create(
        ProgramInput("OTHER-2022", "Another visit", dt.date(2022, 5, 1), dt.date(2022, 5, 3))
    )
    RosterService(team).add("OTHER-2022", ParticipantInput(name="Someone Else"))
    path = tmp_path / "copy.sqlite"
    origin = take_offline(team, CODE, path)
    assert origin.program_code == CODE
    assert origin.taken_at.tzinfo is dt.UTC
    copy = open_database(path)
    try:
        assert [item.code for item in ProgramService(copy).list_programs()] == [CODE]
        assert _snapshot(copy) == _snapshot(team)
        with copy.reading() as session:
            names = set(session.scalars(select(Person.full_name)))
            count = session.scalar(select(func.count()).select_from(Participant))
        assert "Someone Else" not in names
        assert count == 8
    finally:
        copy.close()
    assert not list(tmp_path.glob("*.part")), "no temporary file is left beside the copy"
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_every_table_is_either_taken_offline_or_left_out_on_purpose() -> None:
    for table in Base.metadata.sorted_tables:
        copied_rows(table, 1)  # raises KeyError for a table nobody sorted in


def test_a_missing_program_is_refused_and_writes_no_file(team: Database, tmp_path: Path) -> None:
    target = tmp_path / "away" / "copy.sqlite"
    target.parent.mkdir()
    with pytest.raises(NotFoundError):
        take_offline(team, "NO-SUCH", target)
    assert list(target.parent.iterdir()) == []


def test_merge_applies_offline_changes_keeps_conflicts_and_undoes_exactly(
    team: Database, offline: Database, copy_path: Path
) -> None:
    _edit(offline, 0, room="512", dietary="Vegetarian")
    _edit(team, 0, dietary="Halal")
    _edit(team, 1, phone="+90 555 111 22 33")
    service = OfflineMergeService(team)
    plan = service.plan(copy_path)
    item, office_only = plan.items
    assert (item.kind, item.action, item.label) == ("participant", CHANGED, _fields(team, 0).name)
    assert [change.field for change in office_only.fields] == ["phone"]
    assert office_only.fields[0].changed_at_office
    assert not office_only.offered
    changes = {change.field: change for change in item.fields}
    assert set(changes) == {"room", "dietary"}
    assert changes["dietary"].conflict
    assert (changes["dietary"].team, changes["dietary"].offline) == ("Halal", "Vegetarian")
    assert not changes["room"].conflict
    before = _snapshot(team)
    undo = service.merge(plan, default_choices(list(plan.items)))
    merged = _fields(team, 0)
    assert (merged.room, merged.dietary) == ("512", "Halal")
    assert _fields(team, 1).phone == "+90 555 111 22 33"
    redo = service.apply(undo)
    assert _snapshot(team) == before
    service.apply(redo)
    assert _fields(team, 0).room == "512"


def test_a_conflict_chosen_takes_the_copys_value(
    team: Database, offline: Database, copy_path: Path
) -> None:
    _edit(offline, 0, dietary="Vegetarian")
    _edit(team, 0, dietary="Halal")
    service = OfflineMergeService(team)
    plan = service.plan(copy_path)
    (item,) = plan.items
    service.merge(plan, frozenset({("participant", item.key, "dietary")}))
    assert _fields(team, 0).dietary == "Vegetarian"


def test_additions_and_removals_offline_come_back_with_their_links(
    team: Database, offline: Database, copy_path: Path
) -> None:
    roster, itinerary = RosterService(offline), ItineraryService(offline)
    roster.add(
        CODE, ParticipantInput(name="Aigul Toktogulova", organization="Turkistan Municipality")
    )
    removed_id, removed = _person(offline, 2)
    roster.remove(removed_id)
    aigul = next(item for item in roster.list_participants(CODE) if item.name.startswith("Aigul"))
    first = itinerary.list_activities(CODE)[0]
    itinerary.add_activity(
        CODE,
        ActivityInput(day=first.day, start_time=dt.time(19, 0), end_time=dt.time(21, 0),
                      kind="meal", title="Dinner on the Bosphorus", venue="Sait Halim Paşa Yalısı",
                      attendees=(aigul.id,)),
        guides=[(1, "interpreter")],
    )  # fmt: skip
    last = itinerary.list_activities(CODE)[-1]
    itinerary.remove_activity(last.id)
    service = OfflineMergeService(team)
    plan = service.plan(copy_path)
    actions = {(item.kind, item.label): item.action for item in plan.items}
    assert actions[("participant", "Aigul Toktogulova")] == ADDED
    assert actions[("participant", removed.name)] == REMOVED
    assert actions[("activity", "Dinner on the Bosphorus")] == ADDED
    assert actions[("activity", last.title)] == REMOVED
    before = _snapshot(team)
    undo = service.merge(plan, default_choices(list(plan.items)))
    names = [item.name for item in RosterService(team).list_participants(CODE)]
    assert "Aigul Toktogulova" in names
    assert removed.name not in names
    activities = {item.title: item for item in ItineraryService(team).list_activities(CODE)}
    assert last.title not in activities
    dinner = activities["Dinner on the Bosphorus"]
    team_aigul = next(item for item in RosterService(team).list_participants(CODE)
                      if item.name == "Aigul Toktogulova")  # fmt: skip
    assert dinner.attendees == (team_aigul.id,)
    assert [(item.guide_id, item.role) for item in dinner.assignments] == [(1, "interpreter")]
    service.apply(undo)
    assert _snapshot(team) == before


def test_the_same_person_added_on_both_sides_is_not_added_twice(
    team: Database, offline: Database, copy_path: Path
) -> None:
    RosterService(offline).add(CODE, ParticipantInput(name="Aigul Toktogulova", room="7"))
    RosterService(team).add(CODE, ParticipantInput(name="Aigul Toktogulova", room="9"))
    service = OfflineMergeService(team)
    plan = service.plan(copy_path)
    (item,) = plan.items
    assert item.action == BOTH_ADDED
    assert [(change.field, change.team, change.offline) for change in item.fields] == [
        ("room", "9", "7")
    ]
    service.merge(plan, frozenset({("participant", item.key, "room")}))
    rooms = [item.room for item in RosterService(team).list_participants(CODE)
             if item.name == "Aigul Toktogulova"]  # fmt: skip
    assert rooms == ["7"]


def test_a_field_changed_at_the_office_after_the_plan_refuses_the_whole_merge(
    team: Database, offline: Database, copy_path: Path
) -> None:
    _edit(offline, 0, room="512")
    _edit(offline, 1, room="513")
    service = OfflineMergeService(team)
    plan = service.plan(copy_path)
    _edit(team, 1, room="100")
    before = _snapshot(team)
    with pytest.raises(ChangedSinceError):
        service.merge(plan, default_choices(list(plan.items)))
    assert _snapshot(team) == before


def test_new_program_days_offline_carry_the_activities_moved_into_them(
    team: Database, offline: Database, copy_path: Path
) -> None:
    program = ProgramService(offline).get(CODE).as_input()
    later = dataclasses.replace(
        program, first_day=dt.date(2021, 9, 1), last_day=dt.date(2021, 9, 6)
    )
    itinerary = ItineraryService(offline)
    activities = itinerary.list_activities(CODE)
    ProgramService(offline).update(CODE, dataclasses.replace(
        program, last_day=dt.date(2021, 9, 6)))  # fmt: skip
    for activity in activities:
        moved = activity.day + dt.timedelta(days=8)
        itinerary.move_activity(activity.id, moved)
    ProgramService(offline).update(CODE, later)
    service = OfflineMergeService(team)
    plan = service.plan(copy_path)
    undo = service.merge(plan, default_choices(list(plan.items)))
    assert ProgramService(team).get(CODE).first_day == dt.date(2021, 9, 1)
    assert _snapshot(team) == _snapshot(offline)
    service.apply(undo)
    assert ProgramService(team).get(CODE).first_day == dt.date(2021, 8, 24)


def test_nothing_changed_offline_plans_nothing(team: Database, copy_path: Path) -> None:
    _edit(team, 0, room="3")
    plan = OfflineMergeService(team).plan(copy_path)
    assert [(item.action, item.offered) for item in plan.items] == [(CHANGED, False)]


def test_files_that_are_no_offline_copy_are_refused(team: Database, tmp_path: Path) -> None:
    ordinary = tmp_path / "ordinary.sqlite"
    open_database(ordinary).close()
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"PK\x03\x04 this is a workbook, not a database" * 50)
    service = OfflineMergeService(team)
    for path in (ordinary, garbage):
        with pytest.raises(InvalidInputError, match=path.name):
            service.plan(path)
    if team.path is not None:
        with pytest.raises(InvalidInputError, match="open now"):
            service.plan(team.path)


def test_reading_a_file_that_is_no_copy_writes_nothing_into_it(
    team: Database, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.sqlite"
    service = OfflineMergeService(team)
    for path in (empty, missing):
        with pytest.raises(InvalidInputError, match="not an offline copy"):
            service.plan(path)
    assert empty.read_bytes() == b""
    assert not missing.exists()


def test_taking_offline_into_an_existing_file_is_refused(team: Database, tmp_path: Path) -> None:
    existing = tmp_path / "away.sqlite"
    existing.write_bytes(b"keep me")
    with pytest.raises(InvalidInputError, match="exists already"):
        take_offline(team, CODE, existing)
    assert existing.read_bytes() == b"keep me"


def test_a_progress_that_raises_cancels_and_leaves_no_file(team: Database, tmp_path: Path) -> None:
    target = tmp_path / "away" / "copy.sqlite"
    target.parent.mkdir()

    def cancel(done: int, _total: int) -> None:
        if done == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        take_offline(team, CODE, target, cancel)
    assert list(target.parent.iterdir()) == []
