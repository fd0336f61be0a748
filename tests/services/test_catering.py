"""The caterer's sheet and the head waiter's list of the demo program."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator.domain.dietary import DietaryNeed
from coordinator.excel.catering_writer import allergy_path
from coordinator.services.catering import CateringService
from coordinator.services.demo import DEMO_PROGRAM_CODE, load_demo
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import ActivityInput, ActivityRecord
from coordinator.services.roster import RosterService
from coordinator.store import Database

CODE = DEMO_PROGRAM_CODE
DIETARY = {
    "Zhandos Tasov": "Halal",
    "Maksat Tangatarov": "helal; без глютена",
    "Zhamila Suleymanova": "Vejetaryen ve fıstık alerjisi",
    "Nursultan Zhusipbayev": "вегетарианец",
    "Gulzhamal Dahanova": "no spicy food",
}


def _set_dietary(database: Database) -> dict[str, int]:
    roster = RosterService(database)
    ids = {}
    for participant in roster.list_participants(CODE):
        ids[participant.name] = participant.id
        if participant.name in DIETARY:
            data = dataclasses.replace(participant.as_input(), dietary=DIETARY[participant.name])
            roster.update(participant.id, data)
    return ids


def _add_meal(
    database: Database, title: str, attendees: tuple[int, ...] = (), kind: str = "meal"
) -> ActivityRecord:
    data = ActivityInput(
        day=dt.date(2021, 8, 25),
        start_time=dt.time(12, 30),
        end_time=dt.time(13, 30),
        kind=kind,
        title=title,
        venue="Tebessüm Coffeehouse",
        attendees=attendees,
    )
    return ItineraryService(database).add_activity(CODE, data)


@pytest.fixture
def demo(database: Database) -> dict[str, int]:
    load_demo(database)
    return _set_dietary(database)


def test_the_demo_has_no_meals_until_one_is_added(database: Database) -> None:
    load_demo(database)
    assert CateringService(database).meals(CODE) == []


def test_a_meal_of_the_whole_delegation(database: Database, demo: dict[str, int]) -> None:
    _add_meal(database, "Lunch with the Mayor of Üsküdar")
    [meal] = CateringService(database).meals(CODE)
    assert (meal.title, meal.day, meal.start, meal.venue) == (
        "Lunch with the Mayor of Üsküdar",
        dt.date(2021, 8, 25),
        dt.time(12, 30),
        "Tebessüm Coffeehouse",
    )
    assert meal.guests == 8  # the eight of the delegation; hosts and guides are not counted
    assert meal.standard == 3
    assert dict(meal.needs) == {
        DietaryNeed.VEGETARIAN: 2,
        DietaryNeed.HALAL: 2,
        DietaryNeed.GLUTEN_FREE: 1,
        DietaryNeed.NUT_ALLERGY: 1,
        DietaryNeed.OTHER: 1,
    }
    assert [(entry.name, entry.need, entry.text) for entry in meal.allergies] == [
        ("Zhamila Suleymanova", DietaryNeed.NUT_ALLERGY, "Vejetaryen ve fıstık alerjisi")
    ]


def test_a_meal_of_some_participants(database: Database, demo: dict[str, int]) -> None:
    guests = (demo["Zhandos Tasov"], demo["Zhamila Suleymanova"], demo["Timur Akhmetov"])
    _add_meal(database, "Dinner", guests, kind="dinner")
    [meal] = CateringService(database).meals(CODE)
    assert (meal.guests, meal.standard) == (3, 1)
    assert dict(meal.needs) == {
        DietaryNeed.VEGETARIAN: 1,
        DietaryNeed.HALAL: 1,
        DietaryNeed.NUT_ALLERGY: 1,
    }


def test_meals_in_itinerary_order_and_other_kinds_left_out(
    database: Database, demo: dict[str, int]
) -> None:
    _add_meal(database, "Lunch")
    later = ActivityInput(
        day=dt.date(2021, 8, 26),
        start_time=dt.time(19, 0),
        end_time=None,
        kind="Akşam yemeği",
        title="Dinner at the Union",
    )
    ItineraryService(database).add_activity(CODE, later)
    titles = [meal.title for meal in CateringService(database).meals(CODE)]
    assert titles == ["Lunch", "Dinner at the Union"]


def test_export_writes_two_files(database: Database, demo: dict[str, int], tmp_path: Path) -> None:
    _add_meal(database, "Lunch")
    path = tmp_path / "catering.xlsx"
    written = CateringService(database).export(CODE, path, "tr")
    assert (written.catering, written.allergies) == (path, tmp_path / "catering-allergies.xlsx")
    assert (written.meals, written.allergy_count) == (1, 1)
    caterer = [
        value
        for row in load_workbook(path).active.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    assert "Zhamila Suleymanova" not in caterer  # the caterer gets no names
    assert {"Vejetaryen", "Helal", "Glütensiz", "Misafir sayısı", 8} <= set(caterer)
    waiter = load_workbook(allergy_path(path)).active
    assert waiter.title == "Alerjiler"
    assert "şef garson" in str(waiter["A1"].value)
    rows = list(waiter.iter_rows(min_row=4, values_only=True))
    assert rows[1][3:] == (
        "Zhamila Suleymanova",
        "Kuruyemiş / fıstık alerjisi",
        "Vejetaryen ve fıstık alerjisi",
    )


def test_export_refuses_what_is_not_xlsx(database: Database, tmp_path: Path) -> None:
    load_demo(database)
    with pytest.raises(InvalidInputError, match=r"\.xlsx"):
        CateringService(database).export(CODE, tmp_path / "catering.csv")
    with pytest.raises(InvalidInputError, match="en or tr"):
        CateringService(database).export(CODE, tmp_path / "catering.xlsx", "de")
    assert list(tmp_path.glob("*.xlsx")) == []


def test_an_unknown_program(database: Database) -> None:
    with pytest.raises(NotFoundError):
        CateringService(database).meals("NOPE")
