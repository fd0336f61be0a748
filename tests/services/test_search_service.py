"""The search index of a database: the demo program, a second program and the directory."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from coordinator.domain.directory import Person
from coordinator.domain.search import EntryKind, SearchEntry, SearchIndex
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.guides import GuideService
from coordinator.services.records import GuideInput, HostInput, ParticipantInput
from coordinator.services.roster import RosterService
from coordinator.services.search import SearchCancelledError, SearchService
from coordinator.store import Database
from tests.itinerary_support import CODE, add_activity, make_program
from tests.stores import AddDemo


@pytest.fixture
def demo(database: Database, add_demo: AddDemo) -> Database:
    add_demo(database)
    return database


def _hits(index: SearchIndex, query: str) -> list[tuple[str, str, str]]:
    return [
        (entry.kind.value, entry.label, entry.program_code) for entry in index.search(query).entries
    ]


def _of_kind(index: SearchIndex, kind: EntryKind) -> list[SearchEntry]:
    return [entry for entry in index.entries if entry.kind == kind]


def test_the_demo_program_is_indexed_by_kind(demo: Database) -> None:
    index = SearchService(demo).build_index()
    counts = {kind: len(_of_kind(index, kind)) for kind in EntryKind}
    assert counts == {
        EntryKind.PROGRAM: 1,
        EntryKind.PARTICIPANT: 8,
        EntryKind.ACTIVITY: 18,
        EntryKind.HOST: 7,  # eight hosts of activities, one of them twice
        EntryKind.GUIDE: 2,
        EntryKind.VENUE: 11,
        EntryKind.ORGANIZATION: 7,
        EntryKind.PERSON: 0,  # everyone in the directory is on the program
    }
    assert all(entry.key for entry in index.entries)


def test_turkish_letters_are_found_without_them(demo: Database) -> None:
    index = SearchService(demo).build_index()
    assert _hits(index, "sanlier") == [
        ("guide", "Zekeriya Şanlıer", DEMO_PROGRAM_CODE),
        ("host", "Zekeriya Şanlıer", DEMO_PROGRAM_CODE),
    ]
    assert _hits(index, "ARISOY") == [
        ("host", "Ömer Arısoy", DEMO_PROGRAM_CODE),
        ("activity", "Courtesy visit to the Mayor of Zeytinburnu, Ömer Arısoy", DEMO_PROGRAM_CODE),
    ]
    assert _hits(index, "uskudar municipality") == [("organization", "Üsküdar Municipality", "")]


def test_a_participant_carries_the_title_and_program_of_that_visit(demo: Database) -> None:
    index = SearchService(demo).build_index()
    [entry] = index.search("zhandos tasov").entries
    roster = RosterService(demo).list_participants(DEMO_PROGRAM_CODE)
    [record] = [record for record in roster if record.name == "Zhandos Tasov"]
    assert entry.kind == EntryKind.PARTICIPANT
    assert entry.id == record.id
    assert entry.detail == "Deputy Mayor · Turkistan Municipality"
    assert entry.program_title.startswith("Turkistan (Kazakhstan)")


def test_a_host_leads_to_the_first_activity_they_host(demo: Database) -> None:
    index = SearchService(demo).build_index()
    [host] = [entry for entry in index.search("Hilmi Türkmen").entries if entry.kind == "host"]
    [activity] = index.search("courtesy visit mayor uskudar").entries
    assert host.id == activity.id
    assert host.detail == "Mayor · Courtesy visit to the Mayor of Üsküdar, Hilmi Türkmen"


def test_people_are_found_in_every_program_they_are_on(demo: Database) -> None:
    make_program(demo)
    RosterService(demo).add(CODE, ParticipantInput(name="Zhandos Tasov", title="Mayor"))
    RosterService(demo).add(CODE, ParticipantInput(name="İsmail Şırnaklı"))
    add_activity(demo, "Visit to Şırnak", hosts=(HostInput("Hilmi Türkmen", "Mayor"),))
    index = SearchService(demo).build_index()
    assert _hits(index, "zhandos") == [
        ("participant", "Zhandos Tasov", CODE),  # the newer program first
        ("participant", "Zhandos Tasov", DEMO_PROGRAM_CODE),
    ]
    assert _hits(index, "sirnak") == [
        ("participant", "İsmail Şırnaklı", CODE),
        ("activity", "Visit to Şırnak", CODE),
    ]
    assert ("host", "Hilmi Türkmen", CODE) in _hits(index, "turkmen")


def test_a_guide_on_no_program_and_a_person_on_none_are_directory_entries(
    demo: Database,
) -> None:
    GuideService(demo).add_guide(GuideInput(name="Aigerim Nurlanovna", languages=("kk",)))
    with demo.transaction() as session:
        session.add(Person(full_name="Ayşe Işık", title="Protocol Officer"))
    index = SearchService(demo).build_index()
    [guide] = index.search("aigerim").entries
    assert (guide.kind, guide.program_code) == (EntryKind.GUIDE, "")
    [person] = index.search("isik").entries
    assert (person.kind, person.program_code, person.detail) == (
        EntryKind.PERSON,
        "",
        "Protocol Officer",
    )


def test_the_index_is_read_in_a_few_queries(demo: Database) -> None:
    statements: list[str] = []

    def remember(*args: Any) -> None:
        statements.append(args[2])

    event.listen(demo.engine, "before_cursor_execute", remember)
    try:
        SearchService(demo).build_index()
    finally:
        event.remove(demo.engine, "before_cursor_execute", remember)
    selects = [statement for statement in statements if statement.lstrip().startswith("SELECT")]
    assert len(selects) <= 10


def test_building_stops_when_asked(demo: Database) -> None:
    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        steps.append((done, total))
        return done < 3

    with pytest.raises(SearchCancelledError):
        SearchService(demo).build_index(progress)
    assert steps == [(1, 7), (2, 7), (3, 7)]


def test_an_empty_database_has_an_empty_index(database: Database) -> None:
    index = SearchService(database).build_index()
    assert len(index) == 0
    assert index.search("a").total == 0
