"""Stays of the demo program: pairs recorded on both, exact undo, edits that lose nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import ChangedSinceError, InvalidInputError, NotFoundError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.services.stay_records import StayInput, StayRecord
from coordinator.services.stays import StayService
from coordinator.store import Database
from tests.stores import AddDemo

CODE = "TURKISTAN-2021"
HOTEL = "Hilton Bomonti"


@pytest.fixture
def ids(database: Database, add_demo: AddDemo) -> dict[str, int]:
    """The demo program's participants by name."""
    add_demo(database)
    return {p.name: p.id for p in RosterService(database).list_participants(CODE)}


def _stays(database: Database) -> dict[str, StayRecord]:
    return {stay.participant: stay for stay in StayService(database).list_stays(CODE)}


def test_sharing_is_recorded_on_both_and_undone_exactly(
    database: Database, ids: dict[str, int]
) -> None:
    service = StayService(database)
    head, member = ids["Zhandos Tasov"], ids["Maksat Tangatarov"]
    change = service.set_stay(head, StayInput(HOTEL, "twin", member, requests="high floor"))
    stays = _stays(database)
    assert stays["Zhandos Tasov"].shares_with == "Maksat Tangatarov"
    assert stays["Maksat Tangatarov"].shares_with == "Zhandos Tasov"
    assert stays["Maksat Tangatarov"].room_type == "twin"
    assert stays["Maksat Tangatarov"].hotel == HOTEL
    assert (stays["Zhandos Tasov"].arrival, stays["Zhandos Tasov"].nights) == (
        dt.date(2021, 8, 24),
        5,
    )
    assert change.record == stays["Zhandos Tasov"]
    redo = service.undo(change)
    assert _stays(database) == {}
    service.undo(redo)
    assert _stays(database) == stays  # the same ids, the same fields


def test_taking_a_roommate_frees_the_former_ones(database: Database, ids: dict[str, int]) -> None:
    service = StayService(database)
    a, b, c = (ids[n] for n in ("Zhandos Tasov", "Maksat Tangatarov", "Zhamila Suleymanova"))
    service.set_stay(a, StayInput(HOTEL, "double", b))
    before = _stays(database)
    change = service.set_stay(c, StayInput(HOTEL, "twin", b))
    stays = _stays(database)
    assert (stays["Zhandos Tasov"].shares_with_id, stays["Maksat Tangatarov"].shares_with_id) == (
        None,
        c,
    )
    assert stays["Maksat Tangatarov"].room_type == "twin"
    assert len(change.before) == 3
    service.undo(change)
    assert _stays(database) == before


def test_an_update_writes_only_what_changed_and_refuses_a_clash(
    database: Database, ids: dict[str, int]
) -> None:
    service = StayService(database)
    head = ids["Zhandos Tasov"]
    read = service.set_stay(head, StayInput(HOTEL, "suite")).record
    assert read is not None
    other_window = dataclasses.replace(read.as_input(), requests="late check-in")
    service.update_stay(head, other_window, before=read.as_input())
    mine = dataclasses.replace(read.as_input(), check_out=dt.date(2021, 8, 28))
    change = service.update_stay(head, mine, before=read.as_input())
    assert change.record is not None
    assert (change.record.requests, change.record.nights) == ("late check-in", 4)
    clash = dataclasses.replace(read.as_input(), requests="nothing")
    with pytest.raises(ChangedSinceError):
        service.update_stay(head, clash, before=read.as_input())
    service.undo(change)
    stay = service.get(head)
    assert stay is not None
    assert (stay.requests, stay.check_out) == ("late check-in", None)


def test_an_undo_refuses_when_a_stay_changed_since(database: Database, ids: dict[str, int]) -> None:
    service = StayService(database)
    head = ids["Zhandos Tasov"]
    change = service.set_stay(head, StayInput(HOTEL, "single"))
    service.set_stay(head, StayInput(HOTEL, "suite"))
    with pytest.raises(ChangedSinceError):
        service.undo(change)
    assert _stays(database)["Zhandos Tasov"].room_type == "suite"


def test_an_update_of_a_stay_removed_since_is_refused(
    database: Database, ids: dict[str, int]
) -> None:
    service = StayService(database)
    head = ids["Zhandos Tasov"]
    read = service.set_stay(head, StayInput(HOTEL)).record
    assert read is not None
    service.remove_stay(head)
    with pytest.raises(ChangedSinceError):
        service.update_stay(head, StayInput(HOTEL, "suite"), before=read.as_input())


def test_a_removal_is_restored_under_its_own_id_with_the_pair(
    database: Database, ids: dict[str, int]
) -> None:
    service = StayService(database)
    head, member = ids["Zhandos Tasov"], ids["Maksat Tangatarov"]
    service.set_stay(head, StayInput(HOTEL, "double", member))
    before = _stays(database)
    removed = service.remove_stay(head)
    assert set(_stays(database)) == {"Maksat Tangatarov"}
    assert _stays(database)["Maksat Tangatarov"].shares_with_id is None
    service.restore(removed)
    assert _stays(database) == before
    with pytest.raises(NotFoundError):
        service.remove_stay(ids["Berik Baibolov"])


def test_a_hotel_is_found_by_its_search_key_or_added_as_a_hotel(
    database: Database, ids: dict[str, int]
) -> None:
    service = StayService(database)
    service.set_stay(ids["Zhandos Tasov"], StayInput("HİLTON  BOMONTİ"))
    service.set_stay(ids["Maksat Tangatarov"], StayInput("hilton bomonti"))
    hotels = [venue for venue in DirectoryService(database).venues() if venue.kind == "hotel"]
    assert [venue.name for venue in hotels] == ["HİLTON BOMONTİ"]
    service.set_stay(ids["Berik Baibolov"], StayInput("Tebessüm Coffeehouse"))
    assert _stays(database)["Berik Baibolov"].hotel == "Tebessüm Coffeehouse"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (StayInput(HOTEL, "penthouse"), "room_type"),
        (StayInput(HOTEL, "single", shares_with=-1), "room_type"),
        (StayInput(HOTEL, "double", check_in=dt.date(2021, 8, 29)), "check_in"),
        (
            StayInput(
                HOTEL, "double", check_in=dt.date(2021, 8, 26), check_out=dt.date(2021, 8, 25)
            ),
            "check_out",
        ),
    ],
)
def test_broken_stays_are_refused(
    database: Database, ids: dict[str, int], data: StayInput, field: str
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        StayService(database).set_stay(ids["Zhandos Tasov"], data)
    assert refused.value.field == field
    assert _stays(database) == {}


def test_a_roommate_must_be_someone_else_of_the_same_program(
    database: Database, ids: dict[str, int]
) -> None:
    service = StayService(database)
    head = ids["Zhandos Tasov"]
    with pytest.raises(InvalidInputError, match="themselves"):
        service.set_stay(head, StayInput(HOTEL, "double", head))
    ProgramService(database).create(
        ProgramInput("OTHER", "Another visit", dt.date(2022, 5, 1), dt.date(2022, 5, 3))
    )
    stranger = RosterService(database).add("OTHER", ParticipantInput("Aigerim Nurlanova"))
    with pytest.raises(InvalidInputError, match="not on this program"):
        service.set_stay(head, StayInput(HOTEL, "double", stranger.id))


def test_the_stay_follows_the_arrival(database: Database, ids: dict[str, int]) -> None:
    roster = RosterService(database)
    head = next(p for p in roster.list_participants(CODE) if p.name == "Zhandos Tasov")
    arrival = dt.datetime(2021, 8, 25, 14, 35)
    roster.update(head.id, dataclasses.replace(head.as_input(), arrival=arrival))
    record = StayService(database).set_stay(head.id, StayInput(HOTEL)).record
    assert record is not None
    assert (record.check_in, record.arrival, record.departure, record.nights) == (
        None,
        dt.date(2021, 8, 25),
        dt.date(2021, 8, 29),
        4,
    )


def test_findings_and_the_rooming_list(
    database: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    service = StayService(database)
    names = list(ids)
    for first, second in zip(names[0:8:2], names[1:8:2], strict=True):
        service.set_stay(ids[first], StayInput(HOTEL, "twin", ids[second]))
    assert service.findings(CODE) == []
    service.remove_stay(ids[names[-1]])
    [finding] = {(f.kind, f.participants) for f in service.findings(CODE)}
    assert finding == ("no_room", (names[-1],))
    rooming = service.rooming_list(CODE)
    assert [hotel.hotel for hotel in rooming.hotels] == [HOTEL]
    surnames = [room.names[0].split()[-1] for room in rooming.rooms if room.room_type == "twin"]
    assert surnames == sorted(surnames)
    path = tmp_path / "rooming.xlsx"
    written = service.export_rooming(CODE, path, "tr")
    assert (written.hotels, written.rooms) == (1, len(rooming.rooms))
    sheet = load_workbook(path)[HOTEL]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows.index(("Oda tipi", "Misafirler", "Giriş", "Çıkış", "Gece", "İstekler"))
    assert rows[header + 1][0] in {"Tek kişilik", "İki yataklı"}
    with pytest.raises(InvalidInputError):
        service.export_rooming(CODE, tmp_path / "rooming.csv")
    with pytest.raises(NotFoundError):
        service.rooming_list("NOPE")
