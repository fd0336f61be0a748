"""The rooming rules: nights, rooms of sharers, the hotels' order, and the room findings."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.domain.enums import RoomType
from coordinator.domain.rooming import (
    ROOM_CAPACITY,
    Guest,
    Room,
    RoomProblem,
    StayFacts,
    Visit,
    effective_dates,
    nights_between,
    nights_without_room,
    room_findings,
    rooms_of,
    rooms_over_capacity,
)

FIRST, LAST = dt.date(2021, 8, 24), dt.date(2021, 8, 29)
HOTEL = "Hilton Bomonti"


def day(number: int) -> dt.date:
    return dt.date(2021, 8, number)


def visit(pid: int, name: str, arrival: int | None = None, departure: int | None = None) -> Visit:
    return Visit(
        pid,
        name,
        day(arrival) if arrival else None,
        day(departure) if departure else None,
        position=pid,
    )


def stay(
    pid: int,
    room_type: str = "single",
    shares: int | None = None,
    hotel: str = HOTEL,
    check_in: int | None = None,
    check_out: int | None = None,
    requests: str = "",
) -> StayFacts:
    return StayFacts(
        pid,
        hotel,
        room_type,
        shares,
        day(check_in) if check_in else None,
        day(check_out) if check_out else None,
        requests,
    )


def test_nights_run_from_check_in_to_the_night_before_check_out() -> None:
    assert nights_between(day(24), day(29)) == tuple(day(n) for n in range(24, 29))
    assert nights_between(day(24), day(25)) == (day(24),)
    assert nights_between(day(24), day(24)) == ()
    assert nights_between(day(25), day(24)) == ()
    assert nights_between(None, day(24)) == ()


def test_dates_follow_the_visit_then_the_program() -> None:
    assert effective_dates(stay(1), visit(1, "A", 25, 27), FIRST, LAST) == (day(25), day(27))
    assert effective_dates(stay(1), visit(1, "A"), FIRST, LAST) == (FIRST, LAST)
    recorded = stay(1, check_in=26)
    assert effective_dates(recorded, visit(1, "A", 25, 27), FIRST, LAST) == (day(26), day(27))


def test_capacity_of_each_room_type() -> None:
    assert ROOM_CAPACITY == {
        RoomType.SINGLE: 1,
        RoomType.DOUBLE: 2,
        RoomType.TWIN: 2,
        RoomType.SUITE: 2,
    }


def test_sharers_are_one_room_in_roster_order() -> None:
    visits = [visit(1, "Zhandos Tasov"), visit(2, "Maksat Tangatarov"), visit(3, "Berik Baibolov")]
    stays = [stay(2, "twin", 1), stay(1, "twin", 2, requests="quiet room"), stay(3)]
    rooms = rooms_of(stays, visits, FIRST, LAST)
    single, twin = rooms  # the same arrival: singles before twins
    assert single.names == ("Berik Baibolov",)
    assert twin.names == ("Zhandos Tasov", "Maksat Tangatarov")
    assert (twin.arrival, twin.departure, twin.nights, twin.requests) == (
        FIRST,
        LAST,
        5,
        "quiet room",
    )


def test_a_chain_of_sharers_is_one_room_over_capacity() -> None:
    visits = [visit(1, "A One"), visit(2, "B Two"), visit(3, "C Three")]
    stays = [stay(1, "double", 2), stay(2, "double", 1), stay(3, "double", 2)]
    [room] = rooms_of(stays, visits, FIRST, LAST)
    assert room.names == ("A One", "B Two", "C Three")
    [finding] = rooms_over_capacity([room])
    assert finding.kind is RoomProblem.OVER_CAPACITY
    assert (finding.participants, finding.night, finding.hotel) == (room.names, FIRST, HOTEL)


def test_sharers_in_different_hotels_are_different_rooms() -> None:
    visits = [visit(1, "A One"), visit(2, "B Two")]
    stays = [stay(1, "double", 2), stay(2, "double", 1, hotel="Pera Palace")]
    assert len(rooms_of(stays, visits, FIRST, LAST)) == 2


def test_rooms_go_by_arrival_then_type_then_surname() -> None:
    visits = [
        visit(1, "Zeynep Cem", 25, 27),
        visit(2, "Ali Çakır", 24, 27),
        visit(3, "Ayşe Ünal", 24, 27),
        visit(4, "Mehmet Acar", 24, 27),
        visit(5, "Oya Baysal", 24, 27),
    ]
    stays = [stay(1), stay(2), stay(3), stay(4, "suite"), stay(5, "double")]
    rooms = rooms_of(stays, visits, FIRST, LAST)
    assert [room.names[0] for room in rooms] == [
        "Ali Çakır",  # 24th, single
        "Ayşe Ünal",
        "Oya Baysal",  # 24th, double
        "Mehmet Acar",  # 24th, suite
        "Zeynep Cem",  # 25th
    ]


def test_the_collation_orders_surnames() -> None:
    visits = [
        visit(1, "Ali Çakır"),
        visit(2, "Zeynep Cem"),
        visit(3, "Can Işık"),
        visit(4, "Ece İnce"),
    ]
    stays = [stay(pid) for pid in (1, 2, 3, 4)]
    turkish = "abcçdefgğhıijklmnoöprsştuüvyz"

    def collate(text: str) -> tuple[int, ...]:
        return tuple(
            turkish.find(char) for char in text.replace("I", "ı").replace("İ", "i").lower()
        )

    rooms = rooms_of(stays, visits, FIRST, LAST, collate)
    assert [room.names[0] for room in rooms] == ["Zeynep Cem", "Ali Çakır", "Can Işık", "Ece İnce"]


def test_every_participant_sleeps_in_exactly_one_room_each_night() -> None:
    visits = [visit(pid, f"Guest {pid}", 24 + pid % 2, 29 - pid % 3) for pid in range(1, 9)]
    stays = [stay(1, "double", 2), stay(2, "double", 1), stay(3, "twin", 4), stay(4, "twin", 3)]
    stays += [stay(pid) for pid in range(5, 9)]
    rooms = rooms_of(stays, visits, FIRST, LAST)
    for v in visits:
        arrival, departure = v.arrival or FIRST, v.departure or LAST
        for night in nights_between(arrival, departure):
            holders = [
                room
                for room in rooms
                for guest in room.guests
                if guest.participant_id == v.participant_id and night in guest.nights
            ]
            assert len(holders) == 1
    assert nights_without_room(visits, stays, FIRST, LAST) == []
    assert rooms_over_capacity(rooms) == []


def test_nights_without_a_room_name_everyone_concerned_night_by_night() -> None:
    visits = [visit(1, "A One", 24, 27), visit(2, "B Two", 24, 27), visit(3, "C Three", 24, 27)]
    stays = [stay(1, check_out=26), stay(2, hotel=""), stay(3)]
    findings = nights_without_room(visits, stays, FIRST, LAST)
    assert [(f.kind, f.night, f.participants) for f in findings] == [
        (RoomProblem.NO_ROOM, day(24), ("B Two",)),
        (RoomProblem.NO_ROOM, day(25), ("B Two",)),
        (RoomProblem.NO_ROOM, day(26), ("A One", "B Two")),
    ]


def test_a_day_visit_needs_no_room() -> None:
    assert nights_without_room([visit(1, "A One", 25, 25)], [], FIRST, LAST) == []


def test_a_guest_leaving_as_the_next_arrives_does_not_overfill_a_double() -> None:
    visits = [visit(1, "A One", 24, 26), visit(2, "B Two", 24, 29), visit(3, "C Three", 26, 29)]
    stays = [stay(1, "double", 2), stay(2, "double", 3), stay(3, "double", 2)]
    [room] = rooms_of(stays, visits, FIRST, LAST)
    assert len(room.guests) == 3
    assert rooms_over_capacity([room]) == []
    late = [visit(1, "A One", 24, 27), *visits[1:]]
    [room] = rooms_of(stays, late, FIRST, LAST)
    [finding] = rooms_over_capacity([room])
    assert finding.night == day(26)


@pytest.mark.parametrize(
    ("room_type", "guests", "over"), [("single", 2, True), ("suite", 2, False)]
)
def test_a_room_without_known_nights_is_counted_by_its_guests(
    room_type: str, guests: int, over: bool
) -> None:
    room = Room(HOTEL, room_type, tuple(Guest(n, f"G {n}", None, None, "") for n in range(guests)))
    findings = rooms_over_capacity([room])
    assert bool(findings) is over
    assert all(finding.night is None for finding in findings)


def test_room_findings_bring_both_checks_together() -> None:
    visits = [visit(1, "A One", 24, 25), visit(2, "B Two", 24, 25), visit(3, "C Three", 24, 25)]
    stays = [stay(1, "single", 2), stay(2, "single", 1)]
    kinds = [finding.kind for finding in room_findings(visits, stays, FIRST, LAST)]
    assert kinds == [RoomProblem.NO_ROOM, RoomProblem.OVER_CAPACITY]
