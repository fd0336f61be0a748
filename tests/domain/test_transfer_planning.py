"""The transfer planning rules on plain data: grouping, timing, vehicles, drivers, duplicates."""

from __future__ import annotations

import datetime as dt

from coordinator.domain.planning import Absence, TravelTimes
from coordinator.domain.transfer_fleet import choose_vehicles
from coordinator.domain.transfer_planning import (
    Busy,
    FleetDriver,
    FleetVehicle,
    PlanningRules,
    Situation,
    TransferProposal,
    Traveller,
    TripActivity,
    propose_transfers,
)

DAY = dt.date(2021, 8, 24)
ONLY_PICKUPS = PlanningRules(ride_from_hotel=False, ride_back=False)
MINIBUS = FleetVehicle(1, "34 ABC 123", 16)
CAR = FleetVehicle(2, "34 XY 1", 4)
COACH = FleetVehicle(3, "34 BUS 9", 45)
DRIVER = FleetDriver(7, "Mehmet Şoför")


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def landing(pid: int, when: dt.datetime, place: str = "IST", **fields: object) -> Traveller:
    values: dict[str, object] = {"arrival_mode": "flight"} | fields
    return Traveller(pid, f"P{pid}", arrival=when, arrival_place=place, **values)  # type: ignore[arg-type]


def leaving(pid: int, when: dt.datetime, place: str = "IST") -> Traveller:
    return Traveller(pid, f"P{pid}", departure=when, departure_place=place, departure_mode="flight")


def plan(situation: Situation, rules: PlanningRules = ONLY_PICKUPS) -> list[TransferProposal]:
    return propose_transfers(situation, rules)


def fleet(**fields: object) -> Situation:
    values: dict[str, object] = {"vehicles": (MINIBUS,), "drivers": (DRIVER,)} | fields
    return Situation(**values)  # type: ignore[arg-type]


def test_arrivals_within_the_window_share_a_pickup_at_the_last_landing_plus_baggage() -> None:
    travellers = (landing(1, at(10)), landing(2, at(10, 40)), landing(3, at(11)))
    [pickup] = plan(fleet(travellers=travellers))
    assert pickup.kind == "pickup"
    assert (pickup.from_place, pickup.to_place) == ("IST", "Hotel")
    assert pickup.begins == at(11, 45)
    assert pickup.ends == at(12, 45)  # an hour to the hotel when the directory does not know
    assert pickup.passengers == (1, 2, 3)
    assert (pickup.vehicle_ids, pickup.driver_id) == ((1,), 7)


def test_an_arrival_just_past_the_window_gets_its_own_pickup() -> None:
    travellers = (landing(1, at(10)), landing(2, at(11, 1)))
    first, second = plan(fleet(travellers=travellers, vehicles=(MINIBUS, CAR)))
    assert (first.passengers, first.begins) == ((1,), at(10, 45))
    assert (second.passengers, second.begins) == ((2,), at(11, 46))


def test_the_window_is_adjustable() -> None:
    travellers = (landing(1, at(10)), landing(2, at(10, 30)))
    rules = PlanningRules(window=20, baggage=30, ride_from_hotel=False, ride_back=False)
    first, second = plan(fleet(travellers=travellers, vehicles=(MINIBUS, CAR)), rules)
    assert (first.begins, second.begins) == (at(10, 30), at(11))


def test_different_airports_are_different_pickups() -> None:
    travellers = (landing(1, at(10)), landing(2, at(10), place="SAW"))
    places = {proposal.from_place for proposal in plan(fleet(travellers=travellers))}
    assert places == {"IST", "SAW"}


def test_an_arrival_whose_time_is_not_known_is_not_guessed_at() -> None:
    travellers = (landing(1, at(0), arrival_known=False), landing(2, at(14)))
    [pickup] = plan(fleet(travellers=travellers))
    assert pickup.passengers == (2,)


def test_a_car_arrival_needs_no_pickup() -> None:
    assert plan(fleet(travellers=(landing(1, at(10), arrival_mode="car"),))) == []


def test_a_train_is_met_with_the_station_buffer() -> None:
    [pickup] = plan(fleet(travellers=(landing(1, at(10), "Haydarpaşa", arrival_mode="train"),)))
    assert pickup.begins == at(10, 15)


def test_a_known_travel_time_from_the_airport_venue_is_used() -> None:
    travellers = (landing(1, at(10)),)
    situation = fleet(
        travellers=travellers,
        venue_ids={"ist": 50},
        hotel="Grand Hotel",
        hotel_venue_id=60,
        travel=TravelTimes({(50, 60): 35}),
    )
    [pickup] = plan(situation)
    assert (pickup.to_place, pickup.ends - pickup.begins) == (
        "Grand Hotel",
        dt.timedelta(minutes=35),
    )
    assert (pickup.from_venue_id, pickup.to_venue_id) == (50, 60)


def test_participants_of_different_hotels_are_picked_up_apart() -> None:
    travellers = (landing(1, at(10), hotel="Hilton"), landing(2, at(10)))
    places = sorted(proposal.to_place for proposal in plan(fleet(travellers=travellers)))
    assert places == ["Hilton", "Hotel"]


def test_a_drop_off_leaves_in_time_for_the_groups_earliest_flight() -> None:
    travellers = (leaving(1, at(15)), leaving(2, at(15, 50)))
    [dropoff] = plan(fleet(travellers=travellers))
    assert dropoff.kind == "dropoff"
    assert (dropoff.from_place, dropoff.to_place) == ("Hotel", "IST")
    assert dropoff.begins == at(12)  # 15:00 - 120 min check-in - 60 min travel
    assert dropoff.ends == at(13)


def test_an_early_flight_leaves_the_hotel_the_night_before() -> None:
    [dropoff] = plan(fleet(travellers=(leaving(1, at(1, 30)),)))
    assert dropoff.begins == at(22, 30, DAY - dt.timedelta(days=1))
    assert dropoff.end is None or dropoff.ends.date() == dropoff.day


def test_capacity_splits_the_group_into_two_vehicles() -> None:
    travellers = tuple(landing(pid, at(10)) for pid in range(1, 19))
    [pickup] = plan(fleet(travellers=travellers, vehicles=(CAR, MINIBUS)))
    assert sorted(pickup.vehicle_ids) == [1, 2]
    assert (pickup.seats, pickup.short_of_seats) == (18, False)


def test_the_smallest_vehicle_that_seats_everybody_is_chosen() -> None:
    assert choose_vehicles(3, (COACH, MINIBUS, CAR)) == ((2,), False)
    assert choose_vehicles(10, (COACH, MINIBUS, CAR)) == ((1,), False)
    assert choose_vehicles(50, (COACH, MINIBUS, CAR)) == ((3, 1), False)
    assert choose_vehicles(48, (COACH, MINIBUS, CAR)) == ((3, 2), False)
    assert choose_vehicles(70, (COACH, MINIBUS, CAR)) == ((3, 1, 2), True)
    assert choose_vehicles(2, (FleetVehicle(9, "0 SEAT", 0),)) == ((), True)


def test_a_busy_vehicle_and_driver_are_skipped() -> None:
    other = FleetDriver(8, "Ali Sürücü")
    busy = Busy(at(11, 30), at(12, 30), vehicle_ids=(1,), driver_id=7, movement=True)
    situation = fleet(
        travellers=(landing(1, at(11)),),
        vehicles=(MINIBUS, CAR),
        drivers=(DRIVER, other),
        busy=(busy,),
    )
    [pickup] = plan(situation)
    assert (pickup.vehicle_ids, pickup.driver_id) == ((2,), 8)


def test_a_movement_that_ends_as_the_next_starts_leaves_its_vehicle_free() -> None:
    busy = Busy(at(10, 45), at(11, 45), vehicle_ids=(1,), driver_id=7, movement=True)
    [pickup] = plan(fleet(travellers=(landing(1, at(11)),), busy=(busy,)))
    assert (pickup.vehicle_ids, pickup.driver_id) == ((1,), 7)


def test_an_absent_driver_or_one_on_an_activity_is_not_chosen() -> None:
    travellers = (landing(1, at(10)),)
    away = Absence(7, DAY, dt.time(10), dt.time(12))
    [pickup] = plan(fleet(travellers=travellers, absences=(away,)))
    assert pickup.driver_id is None
    duty = Busy(at(11), at(13), driver_id=7)
    [pickup] = plan(fleet(travellers=travellers, busy=(duty,)))
    assert pickup.driver_id is None
    whole_day = Absence(7, DAY)
    assert plan(fleet(travellers=travellers, absences=(whole_day,)))[0].driver_id is None


def test_two_pickups_at_once_do_not_share_a_vehicle_or_a_driver() -> None:
    travellers = (landing(1, at(10)), landing(2, at(10), place="SAW"))
    first, second = plan(fleet(travellers=travellers, vehicles=(MINIBUS, CAR)))
    assert set(first.vehicle_ids).isdisjoint(second.vehicle_ids)
    assert {first.driver_id, second.driver_id} == {7, None}


def test_a_recorded_movement_is_not_proposed_again() -> None:
    travellers = (landing(1, at(10)),)
    recorded = Busy(
        at(11), at(12), kind="pickup", from_place="ist", to_place="HOTEL", movement=True
    )
    assert plan(fleet(travellers=travellers, busy=(recorded,))) == []
    far = Busy(at(14), at(15), kind="pickup", from_place="IST", to_place="Hotel", movement=True)
    assert len(plan(fleet(travellers=travellers, busy=(far,)))) == 1


def test_rides_between_venues_arrive_as_the_next_activity_starts() -> None:
    visit = TripActivity(1, "Visit", DAY, dt.time(9), dt.time(10), 11, "Town hall")
    tour = TripActivity(2, "Tour", DAY, dt.time(11), dt.time(12), 12, "Museum", attendees=(5, 6))
    lunch = TripActivity(3, "Lunch", DAY, dt.time(12, 30), None, 12, "Museum")
    situation = fleet(
        activities=(lunch, tour, visit),
        travel=TravelTimes({(11, 12): 25}),
        hotel="Grand Hotel",
        hotel_venue_id=60,
        delegation_size=8,
    )
    morning, ride, back = plan(situation, PlanningRules())
    assert (morning.from_place, morning.to_place, morning.ends) == (
        "Grand Hotel",
        "Town hall",
        at(9),
    )
    assert morning.begins == at(8, 30)  # the default between venues
    assert (ride.from_place, ride.to_place, ride.begins, ride.ends) == (
        "Town hall", "Museum", at(10, 35), at(11),
    )  # fmt: skip
    assert (ride.activity_id, ride.passengers, ride.seats) == (2, (5, 6), 2)
    assert (back.from_place, back.to_place, back.begins) == ("Museum", "Grand Hotel", at(13, 30))
    assert (back.passengers, back.seats) == ((), 8)


def test_a_day_at_the_hotel_needs_no_ride() -> None:
    meeting = TripActivity(1, "Meeting", DAY, dt.time(9), dt.time(10), 60, "Grand Hotel")
    situation = fleet(activities=(meeting,), hotel="Grand Hotel", hotel_venue_id=60)
    assert plan(situation, PlanningRules()) == []


def test_rides_can_be_turned_off() -> None:
    visit = TripActivity(1, "Visit", DAY, dt.time(9), dt.time(10), 11, "Town hall")
    assert plan(fleet(activities=(visit,)), PlanningRules(ride_from_hotel=False)) != []
    assert plan(fleet(activities=(visit,)), ONLY_PICKUPS) == []
