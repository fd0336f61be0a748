"""Travel in roster sheets: header synonyms, a flight and its time in one cell, dates alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator.excel import RosterField, parse_roster, read_roster_table
from coordinator.excel.header_detection import automatic_mapping
from coordinator.excel.roster_fields import field_for_header
from coordinator.excel.roster_records import ProblemEffect
from coordinator.excel.travel_cells import (
    TravelCell,
    parse_moment_cell,
    parse_number_cell,
    parse_time_cell,
)
from tests.excel.workbooks import write_xlsx

AUGUST_24 = dt.date(2021, 8, 24)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Flight", RosterField.ARRIVAL_NUMBER),
        ("Flight number", RosterField.ARRIVAL_NUMBER),
        ("Uçuş", RosterField.ARRIVAL_NUMBER),
        ("Uçuş No", RosterField.ARRIVAL_NUMBER),
        ("Sefer", RosterField.ARRIVAL_NUMBER),
        ("Рейс", RosterField.ARRIVAL_NUMBER),
        ("Номер рейса", RosterField.ARRIVAL_NUMBER),
        ("Arrival flight", RosterField.ARRIVAL_NUMBER),
        ("Geliş uçuşu", RosterField.ARRIVAL_NUMBER),
        ("Рейс прибытия", RosterField.ARRIVAL_NUMBER),
        ("Departure flight", RosterField.DEPARTURE_NUMBER),
        ("Dönüş Uçuşu", RosterField.DEPARTURE_NUMBER),
        ("Рейс вылета", RosterField.DEPARTURE_NUMBER),
        ("Arrival time", RosterField.ARRIVAL_TIME),
        ("Varış saati", RosterField.ARRIVAL_TIME),
        ("Geliş Saati", RosterField.ARRIVAL_TIME),
        ("Время прибытия", RosterField.ARRIVAL_TIME),
        ("Departure time", RosterField.DEPARTURE_TIME),
        ("Dönüş saati", RosterField.DEPARTURE_TIME),
        ("Время вылета", RosterField.DEPARTURE_TIME),
        ("Время отъезда", RosterField.DEPARTURE_TIME),
        ("Airport", RosterField.ARRIVAL_PLACE),
        ("Havalimanı", RosterField.ARRIVAL_PLACE),
        ("Havaalanı", RosterField.ARRIVAL_PLACE),
        ("Аэропорт", RosterField.ARRIVAL_PLACE),
        ("Terminal", RosterField.ARRIVAL_TERMINAL),
        ("Терминал", RosterField.ARRIVAL_TERMINAL),
        ("From", RosterField.ARRIVAL_FROM),
        ("Nereden", RosterField.ARRIVAL_FROM),
        ("Откуда", RosterField.ARRIVAL_FROM),
        ("Mode", RosterField.ARRIVAL_MODE),
        ("Transport", RosterField.ARRIVAL_MODE),
        ("Ulaşım", RosterField.ARRIVAL_MODE),
        ("Транспорт", RosterField.ARRIVAL_MODE),
        ("Arrival date", RosterField.ARRIVAL),
        ("Geliş tarihi", RosterField.ARRIVAL),
        ("Дата отъезда", RosterField.DEPARTURE),
    ],
)
def test_travel_headers_in_three_languages(header: str, field: RosterField) -> None:
    assert field_for_header(header) is field


def test_a_second_flight_column_after_the_first_is_the_departures() -> None:
    headers = ["ФИО", "Дата прибытия", "Рейс", "Терминал", "Дата отъезда", "Рейс", "Терминал"]
    mapping = automatic_mapping(headers)
    assert mapping[RosterField.ARRIVAL_NUMBER] == 2
    assert mapping[RosterField.ARRIVAL_TERMINAL] == 3
    assert mapping[RosterField.DEPARTURE_NUMBER] == 5
    assert mapping[RosterField.DEPARTURE_TERMINAL] == 6


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("TK351 24.08 14:35", TravelCell("TK 351", None, (24, 8), dt.time(14, 35))),
        ("TK 351 / 24.08.2021 14:35", TravelCell("TK 351", AUGUST_24, None, dt.time(14, 35))),
        ("PC 1234 14:35", TravelCell("PC 1234", None, None, dt.time(14, 35))),
        ("kc-911, 24.08.2021, 06:10", TravelCell("KC 911", AUGUST_24, None, dt.time(6, 10))),
        ("tk351", TravelCell("TK 351")),
        ("Sapsan 752A", TravelCell("Sapsan 752A")),
    ],
)
def test_a_flight_number_with_its_date_and_time_in_one_cell(text: str, cell: TravelCell) -> None:
    assert parse_number_cell(text) == cell


def test_dates_and_times_of_their_own_columns() -> None:
    assert parse_moment_cell(dt.datetime(2021, 8, 24)) == TravelCell(day=AUGUST_24)
    assert parse_moment_cell("24.08.2021") == TravelCell(day=AUGUST_24)
    assert parse_moment_cell("24.08.2021 00:00") == TravelCell(day=AUGUST_24, time=dt.time(0, 0))
    assert parse_time_cell(dt.time(14, 35)) == TravelCell(time=dt.time(14, 35))
    assert parse_time_cell("14.35") == TravelCell(time=dt.time(14, 35))
    assert parse_time_cell(0.5) == TravelCell(time=dt.time(12, 0))


def test_a_roster_with_travel_columns(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["Adı Soyadı", "Geliş tarihi", "Uçuş", "Havalimanı", "Terminal", "Nereden",
         "Dönüş tarihi", "Dönüş saati", "Dönüş uçuşu", "Ulaşım"],
        ["Zhandos Tasov", dt.datetime(2021, 8, 24), "TK351 14:35", "ist", "T1", "Turkistan",
         dt.datetime(2021, 8, 29), dt.time(10, 5), "TK 352", ""],
        ["Aliya Bekova", dt.datetime(2021, 8, 25), "", "saw", "", "Almaty",
         dt.datetime(2021, 8, 29), "", "", "Tren"],
    ])  # fmt: skip
    reading = parse_roster(read_roster_table(path))
    assert reading.problems == []
    zhandos, aliya = reading.entries
    assert zhandos.arrival == dt.datetime(2021, 8, 24, 14, 35)
    assert zhandos.arrival_time_known
    assert (zhandos.arrival_number, zhandos.arrival_mode) == ("TK 351", "flight")
    assert (zhandos.arrival_place, zhandos.arrival_terminal) == ("IST", "T1")
    assert zhandos.arrival_from == "Turkistan"
    assert zhandos.departure == dt.datetime(2021, 8, 29, 10, 5)
    assert (zhandos.departure_number, zhandos.departure_mode) == ("TK 352", "flight")
    # A date alone stays a date: its time is not known (never 00:00).
    assert aliya.arrival == dt.datetime(2021, 8, 25)
    assert not aliya.arrival_time_known
    assert "arrival_time_known" in aliya.filled
    assert (aliya.arrival_place, aliya.arrival_mode, aliya.departure_time_known) == (
        "SAW", "train", False,
    )  # fmt: skip


def test_a_day_and_month_take_the_visits_year(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["Name", "Flight"],
        ["Zhandos Tasov", "TK351 24.08 14:35"],
    ])  # fmt: skip
    table = read_roster_table(path)
    (entry,) = parse_roster(table, around=dt.date(2021, 8, 24)).entries
    assert entry.arrival == dt.datetime(2021, 8, 24, 14, 35)
    assert entry.arrival_number == "TK 351"
    without_visit = parse_roster(table)
    (entry,) = without_visit.entries
    assert (entry.arrival, entry.arrival_number) == (None, "TK 351")
    (problem,) = without_visit.problems
    assert (problem.row, problem.column, problem.field) == (2, "B", RosterField.ARRIVAL_NUMBER)
    assert "no year" in problem.message


def test_bad_travel_values_are_problems_of_their_cells(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["Name", "Arrival date", "Arrival time", "Flight", "Transport"],
        ["Zhandos Tasov", dt.datetime(2021, 8, 24), "25:99", "TK351 24.08.2021 14:99", "camel"],
        ["Aliya Bekova", "", "14:35", "", ""],
    ])  # fmt: skip
    reading = parse_roster(read_roster_table(path))
    zhandos, aliya = reading.entries  # both imported, without the values that do not read
    problems = [(p.sheet, p.row, p.column, p.field, p.effect) for p in reading.problems]
    sheet = reading.table.sheet
    assert problems == [
        (sheet, 2, "C", RosterField.ARRIVAL_TIME, ProblemEffect.VALUE_LEFT_OUT),
        (sheet, 2, "D", RosterField.ARRIVAL_NUMBER, ProblemEffect.VALUE_LEFT_OUT),
        (sheet, 2, "E", RosterField.ARRIVAL_MODE, ProblemEffect.VALUE_LEFT_OUT),
        (sheet, 3, "C", RosterField.ARRIVAL_TIME, ProblemEffect.VALUE_LEFT_OUT),
    ]
    assert (zhandos.arrival, zhandos.arrival_time_known) == (dt.datetime(2021, 8, 24), False)
    assert aliya.arrival is None
    assert "time without a date" in reading.problems[-1].message
