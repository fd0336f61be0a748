"""Travel on the roster: kept, edited, checked, exported and imported back the same."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from coordinator.excel import EXPORT_FIELDS, FIELD_LABELS, RosterField
from coordinator.services.errors import InvalidInputError
from coordinator.services.records import ParticipantInput
from coordinator.services.roster import RosterService
from coordinator.services.roster_export import RosterExportService
from coordinator.services.roster_import import RosterImportService
from coordinator.store import Database
from tests.excel.workbooks import write_xlsx
from tests.services.test_roster_export import create, round_trip

FLYING = ParticipantInput(
    name="Zhandos Tasov",
    arrival=dt.datetime(2021, 8, 24, 14, 35),
    arrival_mode="flight",
    arrival_number="tk351",
    arrival_from="Turkistan",
    arrival_place="ist",
    arrival_terminal="International",
    departure=dt.datetime(2021, 8, 29, 0, 0),
    departure_mode="flight",
    departure_number="TK 352",
    departure_to="Almaty",
    departure_place="IST",
)
DATE_ONLY = ParticipantInput(
    name="Aliya Bekova",
    arrival=dt.datetime(2021, 8, 25),
    arrival_time_known=False,
    arrival_mode="train",
    arrival_number="Doğu Ekspresi",
    arrival_place="Haydarpaşa",
    departure=dt.datetime(2021, 8, 29),
    departure_time_known=False,
)


def test_travel_is_kept_written_one_way(database: Database) -> None:
    create(database, "KZ")
    record = RosterService(database).add("KZ", FLYING)
    assert (record.arrival_number, record.arrival_place) == ("TK 351", "IST")
    assert (record.arrival_mode, record.arrival_from, record.arrival_terminal) == (
        "flight", "Turkistan", "International",
    )  # fmt: skip
    assert record.departure == dt.datetime(2021, 8, 29, 0, 0)
    assert record.departure_time_known  # a real 00:00, not a date alone
    untimed = RosterService(database).add(
        "KZ", dataclasses.replace(DATE_ONLY, arrival=dt.datetime(2021, 8, 25, 9, 30))
    )
    assert (untimed.arrival, untimed.arrival_time_known) == (dt.datetime(2021, 8, 25), False)


def test_an_edit_of_other_fields_keeps_the_travel(database: Database) -> None:
    create(database, "KZ")
    roster = RosterService(database)
    record = roster.add("KZ", FLYING)
    before = record.as_input()
    after = roster.update(record.id, dataclasses.replace(before, room="214"), before=before)
    assert after.arrival_number == "TK 351"
    assert after.as_input() == dataclasses.replace(before, room="214")
    undone = roster.update(record.id, before, before=after.as_input())
    assert undone.as_input() == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"arrival_mode": "camel"}, "arrival_mode"),
        ({"departure_mode": "Flight"}, "departure_mode"),
        ({"arrival_number": "X" * 41}, "arrival_number"),
        ({"departure_place": "P" * 121}, "departure_place"),
        ({"departure": dt.datetime(2021, 8, 24, 12, 0)}, "departure"),
    ],
)
def test_nonsense_is_refused_with_its_field(
    database: Database, change: dict[str, object], field: str
) -> None:
    create(database, "KZ")
    with pytest.raises(InvalidInputError) as refused:
        RosterService(database).add("KZ", dataclasses.replace(FLYING, **change))  # type: ignore[arg-type]
    assert refused.value.field == field


def test_a_date_without_a_time_is_exported_without_00_00(
    database: Database, tmp_path: Path
) -> None:
    create(database, "KZ")
    RosterService(database).add("KZ", DATE_ONLY)
    path = tmp_path / "roster.xlsx"
    RosterExportService(database).export("KZ", path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    headers = [cell.value for cell in sheet[1]]
    assert headers == [FIELD_LABELS[field] for field in EXPORT_FIELDS]
    row = dict(zip(headers, sheet[2], strict=True))
    assert row["Arrival"].value == dt.datetime(2021, 8, 25)
    assert row["Arrival"].number_format == "dd.mm.yyyy"
    assert row["Arrival time"].value is None
    assert row[FIELD_LABELS[RosterField.ARRIVAL_MODE]].value == "Train"  # a word, not a code


def test_round_trip_gives_back_the_travel(database: Database, tmp_path: Path) -> None:
    round_trip(database, tmp_path, [FLYING, DATE_ONLY, ParticipantInput(name="Marat Seitov")])


def test_an_import_adds_and_updates_travel(database: Database, tmp_path: Path) -> None:
    create(database, "KZ")
    roster = RosterService(database)
    roster.add("KZ", ParticipantInput(name="Zhandos Tasov", room="214"))
    path = write_xlsx(tmp_path / "travel.xlsx", [
        ["Ф.И.О.", "Дата прибытия", "Рейс", "Аэропорт", "Терминал", "Дата отъезда",
         "Время вылета", "Рейс"],
        ["Zhandos Tasov", dt.datetime(2021, 8, 24), "KC 911 06:10", "ist", "",
         dt.datetime(2021, 8, 29), dt.time(18, 45), "KC912"],
        ["Aliya Bekova", dt.datetime(2021, 8, 25), "", "SAW", "2", dt.datetime(2021, 8, 29),
         "", ""],
    ])  # fmt: skip
    importer = RosterImportService(database)
    plan = importer.plan("KZ", importer.read(path))
    assert plan.problems == ()
    importer.apply(plan)
    zhandos, aliya = roster.list_participants("KZ")
    assert zhandos.room == "214"
    assert (zhandos.arrival, zhandos.arrival_number, zhandos.arrival_mode) == (
        dt.datetime(2021, 8, 24, 6, 10), "KC 911", "flight",
    )  # fmt: skip
    assert (zhandos.departure, zhandos.departure_number) == (
        dt.datetime(2021, 8, 29, 18, 45), "KC 912",
    )  # fmt: skip
    assert (aliya.arrival, aliya.arrival_time_known, aliya.arrival_place) == (
        dt.datetime(2021, 8, 25), False, "SAW",
    )  # fmt: skip
    assert aliya.arrival_terminal == "2"


def test_the_program_workbook_carries_the_travel(database: Database, tmp_path: Path) -> None:
    from coordinator.services.program_export import ProgramExportService
    from coordinator.services.program_import import ProgramImportService

    create(database, "KZ")
    create(database, "COPY")
    roster = RosterService(database)
    for data in (FLYING, DATE_ONLY):
        roster.add("KZ", data)
    path = tmp_path / "program.xlsx"
    ProgramExportService(database).export_program("KZ", path)
    service = ProgramImportService(database)
    plan = service.plan("COPY", path)
    assert plan.problems == ()
    service.apply(plan)
    copied = [record.as_input() for record in roster.list_participants("COPY")]
    assert copied == [record.as_input() for record in roster.list_participants("KZ")]


def test_a_file_with_the_date_alone_keeps_the_known_time(
    database: Database, tmp_path: Path
) -> None:
    create(database, "KZ")
    roster = RosterService(database)
    roster.add("KZ", FLYING)
    path = write_xlsx(tmp_path / "dates.xlsx", [
        ["Name", "Arrival", "Departure"],
        ["Zhandos Tasov", dt.datetime(2021, 8, 24), dt.datetime(2021, 8, 30)],
    ])  # fmt: skip
    importer = RosterImportService(database)
    importer.apply(importer.plan("KZ", importer.read(path)))
    (zhandos,) = roster.list_participants("KZ")
    assert (zhandos.arrival, zhandos.arrival_time_known) == (dt.datetime(2021, 8, 24, 14, 35), True)
    assert (zhandos.departure, zhandos.departure_time_known) == (dt.datetime(2021, 8, 30), False)
