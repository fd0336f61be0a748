"""What a problem of a roster row does: leave one value out, or the whole row; corrected cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coordinator.excel import RosterField, parse_roster, read_roster_table
from coordinator.excel.roster_records import CellAddress, ProblemEffect
from tests.excel.workbooks import write_xlsx

HEADER = ["Name", "Organization", "Birth date", "Arrival", "Languages"]


def test_a_value_that_does_not_read_leaves_only_its_field_empty(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [
        HEADER,
        ["Zhandos Tasov", "Turkistan", "31.02.1978", "24.08.2021 14:30", "kk, ru"],
        ["Aliya Bekova", "Turkistan", "12.03.1985", "sometime", "Klingon"],
    ])  # fmt: skip
    reading = parse_roster(read_roster_table(path))
    zhandos, aliya = reading.entries
    assert zhandos.birth_date is None
    assert "birth_date" not in zhandos.filled
    assert (zhandos.organization, zhandos.arrival) == (
        "Turkistan",
        dt.datetime(2021, 8, 24, 14, 30),
    )
    assert (aliya.arrival, aliya.languages, aliya.birth_date) == (None, (), dt.date(1985, 3, 12))
    problems = [(p.row, p.column, p.field, p.effect) for p in reading.problems]
    assert problems == [
        (2, "C", RosterField.BIRTH_DATE, ProblemEffect.VALUE_LEFT_OUT),
        (3, "D", RosterField.ARRIVAL, ProblemEffect.VALUE_LEFT_OUT),
        (3, "E", RosterField.LANGUAGES, ProblemEffect.VALUE_LEFT_OUT),
    ]
    assert zhandos.problems == (reading.problems[0],)
    assert not any(problem.row_left_out for problem in reading.problems)


def test_a_row_without_a_name_and_a_second_row_of_a_person_are_left_out(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["First name", "Last name", "Organization", "Birth date"],
        ["Zhandos", "Tasov", "Turkistan", "03.05.1978"],
        [None, None, "Turkistan", "01.01.1980"],
        ["ZHANDOS", "TASOV", "Turkistan", "03.05.1978", "a note"],
        ["Zhandos", "Tasov", "Turkistan", "30.02.1978"],
    ])  # fmt: skip
    reading = parse_roster(read_roster_table(path))
    assert [entry.row for entry in reading.entries] == [2, 4, 5]
    problems = [(p.row, p.column, p.field, p.effect) for p in reading.problems]
    assert problems == [
        (3, "B", RosterField.LAST_NAME, ProblemEffect.ROW_LEFT_OUT),
        (4, "B", RosterField.LAST_NAME, ProblemEffect.ROW_LEFT_OUT),
        # A birth date that does not read makes row 5 a namesake, not the same person.
        (5, "D", RosterField.BIRTH_DATE, ProblemEffect.VALUE_LEFT_OUT),
    ]
    assert "also on row 2" in reading.problems[1].message


def test_the_problems_of_a_second_row_of_a_person_leave_it_out(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [
        HEADER,
        ["Zhandos Tasov", "Turkistan", "03.05.1978", None, "kk"],
        ["Zhandos Tasov", "Turkistan", "03.05.1978", "sometime", "ru"],
    ])  # fmt: skip
    reading = parse_roster(read_roster_table(path))
    second = reading.entries[1]
    assert [(p.column, p.effect) for p in second.problems] == [
        ("D", ProblemEffect.ROW_LEFT_OUT), ("A", ProblemEffect.ROW_LEFT_OUT),
    ]  # fmt: skip
    assert reading.problems == list(second.problems)


def test_a_corrected_cell_is_parsed_as_the_file_s_would_be(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [
        HEADER,
        ["Zhandos Tasov", "Turkistan", "31.02.1978", None, None],
        [None, "TDBB", None, None, None],
        ["Aliya Bekova", "Turkistan", None, None, None],
    ])  # fmt: skip
    table = read_roster_table(path)
    corrected = table.corrected(
        {CellAddress(2, 2): "28.02.1978", CellAddress(3, 0): "  Ahmet Arısoy ",
         CellAddress(4, 3): "25.08.2021 9:15"}
    )  # fmt: skip
    assert table.values_at(2) == ("Zhandos Tasov", "Turkistan", "31.02.1978", None, None)
    assert corrected.values_at(2) == ("Zhandos Tasov", "Turkistan", "28.02.1978", None, None)
    assert corrected.values_at(1) is None
    assert len(corrected.corrections) == 3
    reading = parse_roster(corrected)
    assert reading.problems == []
    zhandos, ahmet, aliya = reading.entries
    assert zhandos.birth_date == dt.date(1978, 2, 28)
    assert (ahmet.name, ahmet.organization) == ("Ahmet Arısoy", "TDBB")
    assert aliya.arrival == dt.datetime(2021, 8, 25, 9, 15)
    # A correction that does not read either is the problem of the new value.
    [problem] = parse_roster(corrected.corrected({CellAddress(4, 3): "tomorrow"})).problems
    assert (problem.row, problem.column, problem.effect) == (4, "D", ProblemEffect.VALUE_LEFT_OUT)
    assert problem.message.startswith("Arrival: 'tomorrow' is not a date")
