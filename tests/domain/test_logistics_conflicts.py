"""The logistics rules: vehicles, seats, arrivals and drivers, as pure functions."""

from __future__ import annotations

import datetime as dt

from coordinator.domain.conflicts import ConflictKind
from coordinator.domain.logistics_conflicts import (
    LogisticsActivity,
    LogisticsMovement,
    LogisticsPlan,
    LogisticsTraveller,
    LogisticsVehicle,
    find_logistics_conflicts,
)

DAY = dt.date(2021, 8, 24)


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def movement(
    number: int,
    start: str,
    end: str | None = None,
    *,
    kind: str = "ride",
    places: tuple[str, str] = ("Hotel", "Üsküdar"),
    vehicles: tuple[int, ...] = (),
    driver: int | None = None,
    passengers: tuple[int, ...] = (),
    day: dt.date = DAY,
) -> LogisticsMovement:
    return LogisticsMovement(
        number, day, _time(start), None if end is None else _time(end), kind, places[0],
        places[1], vehicles, driver, passengers,
    )  # fmt: skip


def traveller(
    number: int,
    arrival: str | None = None,
    departure: str | None = None,
    *,
    arrival_time_known: bool = True,
    departure_time_known: bool = True,
) -> LogisticsTraveller:
    def moment(text: str | None) -> dt.datetime | None:
        return None if text is None else dt.datetime.fromisoformat(text)

    return LogisticsTraveller(number, f"Delegate {number}", moment(arrival), arrival_time_known,
                              moment(departure), departure_time_known)  # fmt: skip


MINIBUS = LogisticsVehicle(1, "34 ABC 123", 14)
CAR = LogisticsVehicle(2, "34 XY 9", 3)


def findings(**parts: object) -> list:
    return find_logistics_conflicts(LogisticsPlan(**parts))  # type: ignore[arg-type]


def test_nothing_recorded_finds_nothing() -> None:
    assert findings() == []


def test_a_vehicle_on_two_overlapping_movements() -> None:
    (found,) = findings(
        movements=[movement(1, "09:00", "10:00", vehicles=(1,)),
                   movement(2, "09:30", "10:30", vehicles=(1,))],
        vehicles=[MINIBUS],
    )  # fmt: skip
    assert (found.kind, found.detail, found.vehicles) == (ConflictKind.VEHICLE, "overlap",
                                                          ("34 ABC 123",))  # fmt: skip
    assert found.movement_ids == (1, 2)
    assert "34 ABC 123" in found.message


def test_back_to_back_from_where_it_stopped_is_fine_but_elsewhere_needs_the_ride_back() -> None:
    there = movement(1, "09:00", "10:00", vehicles=(1,), places=("Hotel", "Üsküdar"))
    onward = movement(2, "10:00", "10:30", vehicles=(1,), places=("Üsküdar", "Beykoz"))
    assert findings(movements=[there, onward], vehicles=[MINIBUS]) == []
    elsewhere = movement(3, "10:30", "11:00", vehicles=(1,), places=("IST", "Hotel"))
    (found,) = findings(movements=[there, elsewhere], vehicles=[MINIBUS])
    assert found.detail == "not_back"
    later = movement(4, "11:00", "11:30", vehicles=(1,), places=("IST", "Hotel"))
    assert findings(movements=[there, later], vehicles=[MINIBUS]) == []


def test_more_passengers_than_seats() -> None:
    people = [traveller(number) for number in range(1, 5)]
    (found,) = findings(movements=[movement(1, "09:00", vehicles=(2,))], vehicles=[CAR],
                        travellers=people)  # fmt: skip
    assert (found.kind, found.detail) == (ConflictKind.CAPACITY, "4/3")
    assert findings(movements=[movement(1, "09:00", vehicles=(1, 2))], vehicles=[MINIBUS, CAR],
                    travellers=people) == []  # fmt: skip
    assert findings(movements=[movement(1, "09:00", vehicles=(2,), passengers=(1, 2))],
                    vehicles=[CAR], travellers=people) == []  # fmt: skip


def test_an_activity_before_landing_or_after_leaving() -> None:
    late = traveller(1, "2021-08-24T11:00", "2021-08-29T12:00")
    visit = LogisticsActivity(7, "Courtesy visit", DAY, _time("09:00"), _time("10:00"))
    (found,) = findings(travellers=[late], activities=[visit])
    assert (found.kind, found.detail, found.people) == (ConflictKind.ARRIVAL, "before_arrival",
                                                        ("Delegate 1",))  # fmt: skip
    assert found.activity_ids == (7,)
    farewell = LogisticsActivity(8, "Dinner", dt.date(2021, 8, 29), _time("19:00"), _time("21:00"))
    (found,) = findings(travellers=[late], activities=[farewell])
    assert found.detail == "after_departure"
    elsewhere = LogisticsActivity(9, "Meeting", DAY, _time("09:00"), attendee_ids=(2,))
    assert findings(travellers=[late], activities=[elsewhere]) == []


def test_a_date_without_a_time_counts_by_the_day_only() -> None:
    someone = traveller(1, "2021-08-24T00:00", arrival_time_known=False)
    morning = LogisticsActivity(7, "Courtesy visit", DAY, _time("09:00"), _time("10:00"))
    assert findings(travellers=[someone], activities=[morning]) == []
    day_before = LogisticsActivity(8, "Welcome", DAY - dt.timedelta(days=1), _time("20:00"))
    (found,) = findings(travellers=[someone], activities=[day_before])
    assert found.detail == "before_arrival"


def test_a_pickup_before_the_flight_lands() -> None:
    people = [traveller(1, "2021-08-24T14:35"), traveller(2, "2021-08-24T12:00")]
    early = movement(1, "14:00", "15:00", kind="pickup", places=("IST", "Hotel"))
    (found,) = findings(movements=[early], travellers=people)
    assert (found.detail, found.people) == ("pickup_early", ("Delegate 1",))
    assert "lands" in found.message


def test_a_drop_off_too_late_for_check_in() -> None:
    people = [traveller(1, None, "2021-08-29T12:00")]
    late = movement(1, "09:30", "10:30", kind="dropoff", places=("Hotel", "IST"),
                    day=dt.date(2021, 8, 29))  # fmt: skip
    (found,) = findings(movements=[late], travellers=people, check_in_minutes=120)
    assert found.detail == "dropoff_late"
    in_time = movement(2, "08:30", "09:30", kind="dropoff", places=("Hotel", "IST"),
                       day=dt.date(2021, 8, 29))  # fmt: skip
    assert findings(movements=[in_time], travellers=people, check_in_minutes=120) == []


def test_a_ride_on_a_day_the_participant_is_not_there() -> None:
    someone = traveller(1, "2021-08-25T10:00")
    (found,) = findings(movements=[movement(1, "09:00", passengers=(1,))], travellers=[someone])
    assert (found.kind, found.detail) == (ConflictKind.ARRIVAL, "before_arrival")


def test_a_driver_on_two_movements_or_on_an_activity_at_the_same_time() -> None:
    drivers = {5: "Murat Yılmaz"}
    both = [movement(1, "09:00", "10:00", driver=5), movement(2, "09:45", "10:30", driver=5)]
    (found,) = findings(movements=both, drivers=drivers)
    assert found.kind == ConflictKind.OVERLAP
    assert (found.guides, found.movement_ids) == (("Murat Yılmaz",), (1, 2))
    tour = LogisticsActivity(3, "Cultural tour", DAY, _time("09:30"), _time("12:00"),
                             guide_ids=(5,))  # fmt: skip
    (found,) = findings(movements=[movement(1, "09:00", "10:00", driver=5)], activities=[tour],
                        drivers=drivers)  # fmt: skip
    assert (found.kind, found.activity_ids, found.movement_ids) == (ConflictKind.OVERLAP, (3,),
                                                                    (1,))  # fmt: skip


def test_boundaries_a_pickup_at_landing_and_a_movement_ending_as_the_next_starts() -> None:
    someone = [traveller(1, "2021-08-24T14:35")]
    at_landing = movement(1, "14:35", "15:35", kind="pickup", places=("IST", "Hotel"))
    after_baggage = movement(2, "15:20", "16:20", kind="pickup", places=("IST", "Hotel"))
    assert findings(movements=[at_landing], travellers=someone) == []
    assert findings(movements=[after_baggage], travellers=someone) == []
    a_minute_early = movement(3, "14:34", "15:34", kind="pickup", places=("IST", "Hotel"))
    assert [item.detail for item in findings(movements=[a_minute_early], travellers=someone)] == [
        "pickup_early"
    ]
    first = movement(4, "09:00", "10:00", vehicles=(1,), driver=5, places=("Hotel", "Üsküdar"))
    then = movement(5, "10:00", "11:00", vehicles=(1,), driver=5, places=("Üsküdar", "Beykoz"))
    assert findings(movements=[first, then], vehicles=[MINIBUS], drivers={5: "Murat"}) == []


def test_a_ride_back_is_not_assumed_where_the_places_are_not_said() -> None:
    first = movement(1, "09:00", "10:00", vehicles=(1,), places=("Hotel", ""))
    then = movement(2, "10:15", "11:00", vehicles=(1,), places=("IST", "Hotel"))
    assert findings(movements=[first, then], vehicles=[MINIBUS]) == []
