"""The Arrivals board's rules: order, and which transfer meets whom (with its boundaries)."""

from __future__ import annotations

import datetime as dt

from coordinator.domain.arrivals import (
    DROPOFF_BEFORE,
    PICKUP_AFTER,
    PICKUP_BEFORE,
    Journey,
    Transfer,
    arrivals_board,
    place_fit,
    transfer_for,
)

DAY = dt.date(2021, 8, 24)
LANDING = dt.datetime(2021, 8, 24, 14, 35)


def arrival(pid: int = 1, moment: dt.datetime = LANDING, **values: object) -> Journey:
    fields: dict[str, object] = {"place": "IST", "time_known": True} | values
    return Journey(pid, f"P{pid}", "arrival", moment, **fields)  # type: ignore[arg-type]


def pickup(start: dt.datetime, tid: int = 1, **values: object) -> Transfer:
    fields: dict[str, object] = {"from_place": "IST", "to_place": "Hotel"} | values
    return Transfer(tid, "pickup", start.date(), start.time(), **fields)  # type: ignore[arg-type]


def test_a_pickup_meets_a_landing_within_its_window_and_not_beyond() -> None:
    assert transfer_for(arrival(), [pickup(LANDING - PICKUP_BEFORE)]) is not None
    assert transfer_for(arrival(), [pickup(LANDING + PICKUP_AFTER)]) is not None
    minute = dt.timedelta(minutes=1)
    assert transfer_for(arrival(), [pickup(LANDING - PICKUP_BEFORE - minute)]) is None
    assert transfer_for(arrival(), [pickup(LANDING + PICKUP_AFTER + minute)]) is None


def test_a_dropoff_leaves_before_the_departure_not_after() -> None:
    leaving = Journey(1, "P1", "departure", LANDING, time_known=True, place="SAW")
    early = Transfer(1, "dropoff", DAY, (LANDING - DROPOFF_BEFORE).time(), "Hotel", "SAW")
    late = Transfer(2, "dropoff", DAY, (LANDING + dt.timedelta(minutes=1)).time(), "Hotel", "SAW")
    assert transfer_for(leaving, [early]) == early
    assert transfer_for(leaving, [late]) is None
    assert transfer_for(leaving, [Transfer(3, "dropoff", DAY, dt.time(12), "Hotel", "IST")]) is None


def test_listed_passengers_then_the_named_place_then_the_nearest_time_win() -> None:
    whole = pickup(LANDING + dt.timedelta(minutes=45), 1)
    others = pickup(LANDING + dt.timedelta(minutes=40), 2, passengers=frozenset({7}))
    listed = pickup(LANDING + dt.timedelta(hours=2), 3, passengers=frozenset({1}))
    unnamed = pickup(LANDING + dt.timedelta(minutes=10), 4, from_place="")
    assert transfer_for(arrival(), [whole, others, listed, unnamed]) == listed
    assert transfer_for(arrival(), [whole, others, unnamed]) == whole
    assert transfer_for(arrival(), [unnamed, others]) == unnamed
    assert transfer_for(arrival(), [pickup(LANDING, from_place="SAW")]) is None


def test_places_fit_by_their_words() -> None:
    assert place_fit("IST", "Istanbul Airport (IST)") is True
    assert place_fit("ist", "IST") is True
    assert place_fit("SAW", "Istanbul Airport (IST)") is None
    assert place_fit("", "IST") is False


def test_the_board_goes_by_day_then_time_then_place_with_times_not_known_last() -> None:
    untimed = arrival(1, dt.datetime(2021, 8, 24), time_known=False, place="SAW")
    late = arrival(2, dt.datetime(2021, 8, 24, 18, 0))
    early_saw = arrival(3, dt.datetime(2021, 8, 24, 9, 0), place="SAW")
    early_ist = arrival(4, dt.datetime(2021, 8, 24, 9, 0), place="IST")
    next_day = arrival(5, dt.datetime(2021, 8, 25, 6, 0))
    board = arrivals_board([next_day, untimed, late, early_saw, early_ist], [])
    assert [entry.journey.participant_id for entry in board] == [4, 3, 2, 1, 5]
    assert board[3].time is None
    assert all(entry.transfer is None for entry in board)


def test_a_time_not_known_is_met_by_a_pickup_of_its_day_at_its_place() -> None:
    untimed = arrival(1, dt.datetime(2021, 8, 24), time_known=False)
    morning = pickup(dt.datetime(2021, 8, 24, 9, 0), 1)
    evening = pickup(dt.datetime(2021, 8, 24, 20, 0), 2)
    other_day = pickup(dt.datetime(2021, 8, 25, 9, 0), 3)
    (entry,) = arrivals_board([untimed], [evening, other_day, morning])
    assert entry.transfer == morning
    assert entry.carrier == ""
