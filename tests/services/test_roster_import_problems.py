"""Planning an import of rows with bad values: only the value is left out, and it can be corrected.

A mistyped e-mail, a phone that is not one or an impossible date leaves that
field empty and the rest of the row imported, with the problem listed against
its cell; a row is left out only when it has no usable name or cannot be told
apart from another row. A corrected cell is read as the file's would be.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator.excel.roster_records import CellAddress, ProblemEffect
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.services.roster_import import ImportPlan, RosterImportService
from coordinator.store import Database
from tests.excel.workbooks import write_xlsx

CODE = "KZ-2021"
HEADER = ["Adı Soyadı", "Görevi", "Kurumu", "Doğum Tarihi", "E-posta", "Telefon"]
E_MAIL, PHONE, BIRTH_DATE = 4, 5, 3
ROWS = [
    ["Aliya Bekova", "Expert", "Turkistan Municipality", "12.03.1985", "aliya-at-example.kz",
     "+7 701 000 00 11"],
    ["Nurlan Abenov", "Adviser", "Turkistan Municipality", "01.02.1979", "nurlan@example.kz",
     "call the hotel"],
    ["Saule Omarova", "Deputy Mayor", "Turkistan Municipality", "31.02.1980", "saule@example.kz",
     "+7 701 000 00 13"],
    [None, "Driver", "Turkistan Municipality", None, "driver@example.kz", None],
    ["Marat Seitov", "Expert", "Turkistan Municipality", "05.06.1990", "marat@example.kz",
     "+7 701 000 00 14"],
]  # fmt: skip
LEFT_OUT, VALUE = ProblemEffect.ROW_LEFT_OUT, ProblemEffect.VALUE_LEFT_OUT


@pytest.fixture
def service(database: Database) -> RosterImportService:
    ProgramService(database).create(
        ProgramInput(code=CODE, title="Turkistan Municipality Study Visit",
                     first_day=dt.date(2021, 8, 24), last_day=dt.date(2021, 8, 29))
    )  # fmt: skip
    return RosterImportService(database)


@pytest.fixture
def plan(service: RosterImportService, tmp_path: Path) -> ImportPlan:
    # A title row above the header: the people are on rows 3 to 7.
    path = write_xlsx(tmp_path / "heyet.xlsx", [HEADER, *ROWS], sheet="Heyet", title="HEYET")
    return service.plan(CODE, service.read(path))


def where(plan: ImportPlan) -> list[tuple[str, int | None, str | None, ProblemEffect]]:
    return [(p.sheet, p.row, p.column, p.effect) for p in plan.problems]


def test_a_bad_value_leaves_only_its_field_empty_and_is_listed_with_its_cell(
    service: RosterImportService, database: Database, plan: ImportPlan
) -> None:
    assert [item.entry.name for item in plan.additions] == [
        "Aliya Bekova", "Nurlan Abenov", "Saule Omarova", "Marat Seitov",
    ]  # fmt: skip
    assert where(plan) == [
        ("Heyet", 3, "E", VALUE),
        ("Heyet", 4, "F", VALUE),
        ("Heyet", 5, "D", VALUE),
        ("Heyet", 6, "A", LEFT_OUT),
    ]
    email, phone, birth, nameless = plan.problems
    assert "'aliya-at-example.kz' is not an e-mail address" in email.message
    assert "'call the hotel' is not a phone number" in phone.message
    assert birth.message.startswith("Doğum Tarihi: ")
    assert "The name is missing" in nameless.message
    assert [p.field.value if p.field else None for p in plan.problems] == [
        "email", "phone", "birth_date", "name",
    ]  # fmt: skip
    assert (plan.rows_left_out, plan.values_left_out) == (1, 3)
    service.apply(plan)
    stored = {p.name: p for p in RosterService(database).list_participants(CODE)}
    assert set(stored) == {"Aliya Bekova", "Nurlan Abenov", "Saule Omarova", "Marat Seitov"}
    aliya, nurlan, saule = stored["Aliya Bekova"], stored["Nurlan Abenov"], stored["Saule Omarova"]
    assert (aliya.email, aliya.phone, aliya.birth_date) == ("", "+7 701 000 00 11",
                                                            dt.date(1985, 3, 12))  # fmt: skip
    assert (nurlan.email, nurlan.phone, nurlan.title) == ("nurlan@example.kz", "", "Adviser")
    assert (saule.birth_date, saule.email) == (None, "saule@example.kz")


def test_a_corrected_cell_is_read_as_the_file_s_and_its_problem_goes(
    service: RosterImportService, database: Database, plan: ImportPlan
) -> None:
    corrected = service.plan(
        CODE, plan.table.corrected({CellAddress(3, E_MAIL): " aliya@example.kz "}), plan.mapping
    )
    assert [p.row for p in corrected.problems] == [4, 5, 6]
    assert corrected.additions[0].data.email == "aliya@example.kz"
    assert corrected.table.corrections == {(3, E_MAIL): " aliya@example.kz "}
    # The file's own rows are untouched: the first plan still has its problem.
    assert plan.table.values_at(3) == tuple(ROWS[0])
    # A correction that still does not fit is a problem again, with its new value.
    again = service.plan(
        CODE,
        corrected.table.corrected(
            {CellAddress(4, PHONE): "still no number", CellAddress(5, BIRTH_DATE): "30.01.1980"}
        ),
        corrected.mapping,
    )
    assert where(again) == [("Heyet", 4, "F", VALUE), ("Heyet", 6, "A", LEFT_OUT)]
    assert "'still no number' is not a phone number" in again.problems[0].message
    assert again.table.corrections.keys() == {(3, E_MAIL), (4, PHONE), (5, BIRTH_DATE)}
    service.apply(again)
    stored = {p.name: p for p in RosterService(database).list_participants(CODE)}
    assert stored["Aliya Bekova"].email == "aliya@example.kz"
    assert stored["Saule Omarova"].birth_date == dt.date(1980, 1, 30)


def test_an_emptied_cell_imports_no_value_and_a_named_row_comes_in(
    service: RosterImportService, plan: ImportPlan
) -> None:
    corrected = service.plan(
        CODE,
        plan.table.corrected({CellAddress(4, PHONE): "", CellAddress(6, 0): "Yerlan Dosov"}),
        plan.mapping,
    )
    assert [p.row for p in corrected.problems] == [3, 5]
    names = [item.entry.name for item in corrected.additions]
    assert names == ["Aliya Bekova", "Nurlan Abenov", "Saule Omarova", "Yerlan Dosov",
                     "Marat Seitov"]  # fmt: skip
    assert corrected.additions[3].data.title == "Driver"


def test_a_cell_outside_the_table_cannot_be_corrected(plan: ImportPlan) -> None:
    with pytest.raises(ValueError, match="no row 99"):
        plan.table.corrected({CellAddress(99, 0): "A"})
    with pytest.raises(ValueError, match="Column 7"):
        plan.table.corrected({CellAddress(3, 6): "A"})
    assert plan.table.corrected({}) is plan.table


def test_an_update_keeps_the_roster_s_value_where_the_file_s_does_not_fit(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    RosterService(database).add(
        CODE, ParticipantInput(name="Aliya Bekova", title="Expert", email="aliya@tdbb.org")
    )
    path = write_xlsx(
        tmp_path / "a.xlsx", [HEADER, ["ALIYA BEKOVA", "Adviser", "", "", "nope", ""]]
    )
    plan = service.plan(CODE, service.read(path))
    [update] = plan.updates
    assert (update.data.title, update.data.email) == ("Adviser", "aliya@tdbb.org")
    assert where(plan) == [("Sheet1", 2, "E", VALUE)]
    result = service.apply(plan)
    [participant] = RosterService(database).list_participants(CODE)
    assert (participant.title, participant.email) == ("Adviser", "aliya@tdbb.org")
    service.undo(result)
    [participant] = RosterService(database).list_participants(CODE)
    assert participant.title == "Expert"


def test_a_departure_before_the_arrival_leaves_out_the_value_that_breaks_the_rule(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    header = ["Name", "Title", "Arrival", "Departure"]
    RosterService(database).add(
        CODE, ParticipantInput(name="Marat Seitov", departure=dt.datetime(2021, 8, 26, 10, 0))
    )
    path = write_xlsx(tmp_path / "dates.xlsx", [
        header,
        ["Aliya Bekova", "Expert", dt.datetime(2021, 8, 25, 9, 0), dt.datetime(2021, 8, 24, 9, 0)],
        # The roster says Marat leaves on the 26th: the file's arrival cannot be after it.
        ["Marat Seitov", "Adviser", dt.datetime(2021, 8, 27, 9, 0), None],
    ])  # fmt: skip
    plan = service.plan(CODE, service.read(path))
    assert where(plan) == [("Sheet1", 2, "D", VALUE), ("Sheet1", 3, "C", VALUE)]
    [addition] = plan.additions
    assert (addition.data.arrival, addition.data.departure) == (dt.datetime(2021, 8, 25, 9), None)
    [update] = plan.updates
    assert (update.data.title, update.data.arrival) == ("Adviser", None)
    assert update.data.departure == dt.datetime(2021, 8, 26, 10, 0)


def test_rows_that_cannot_be_told_apart_are_left_out_with_all_their_problems(
    service: RosterImportService, database: Database, tmp_path: Path
) -> None:
    namesakes = write_xlsx(tmp_path / "namesakes.xlsx", [
        HEADER,
        ["Ali Yılmaz", "", "Beykoz", "", "", ""],
        ["Ali Yılmaz", "", "Eyüp", "01.01.1970", "", ""],
    ])  # fmt: skip
    service.apply(service.plan(CODE, service.read(namesakes)))
    path = write_xlsx(tmp_path / "twice.xlsx", [
        HEADER,
        ["Aliya Bekova", "Expert", "TDBB", "", "aliya@example.kz", ""],
        # The same person again with other details: which row is right is not known.
        ["Aliya Bekova", "Adviser", "TDBB", "", "not-an-address", ""],
        # Two participants of this name on the roster, and no organization to choose.
        ["Ali Yilmaz", "Mayor", "", "", "ali-at-example", ""],
    ])  # fmt: skip
    plan = service.plan(CODE, service.read(path))
    assert [item.entry.row for item in plan.additions] == [2]
    assert plan.additions[0].data.title == "Expert"
    assert where(plan) == [
        ("Sheet1", 3, "A", LEFT_OUT),
        ("Sheet1", 3, "E", LEFT_OUT),
        ("Sheet1", 4, "A", LEFT_OUT),
        ("Sheet1", 4, "E", LEFT_OUT),
    ]
    assert "also on row 2, with different details" in plan.problems[0].message
    assert "matches several participants" in plan.problems[2].message
    assert (plan.rows_left_out, plan.values_left_out) == (2, 0)
    # Filling the organization tells the namesakes apart: the row updates one of them.
    table = plan.table.corrected({CellAddress(4, 2): "Eyüp"})
    corrected = service.plan(CODE, table, plan.mapping)
    [update] = corrected.updates
    assert (update.before.organization, update.data.title, update.data.email) == (
        "Eyüp", "Mayor", "",
    )  # fmt: skip
    assert ("Sheet1", 4, "E", VALUE) in where(corrected)
