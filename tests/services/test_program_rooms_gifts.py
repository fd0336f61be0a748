"""The Rooms and Gifts sheets of a program workbook: export, import, re-import, problems."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl

from coordinator.services.gift_records import GiftInput, GiftRecord
from coordinator.services.gifts import GiftService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.program_export import ProgramExportService
from coordinator.services.program_import import ProgramImportService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput, ProgramRecord
from coordinator.services.roster import RosterService
from coordinator.services.stay_records import StayInput, StayRecord
from coordinator.services.stays import StayService
from coordinator.store import Database
from tests.stores import AddDemo, Store


def add_rooms_and_gifts(database: Database, program: ProgramRecord) -> None:
    """A shared twin, a single with dates and a formula-looking request; two gifts."""
    first, second, third = RosterService(database).list_participants(program.code)[:3]
    stays = StayService(database)
    stays.set_stay(first.id, StayInput("Hotel Süleymaniye", "twin", shares_with=second.id))
    stays.set_stay(third.id, StayInput("Pera Palace", "single", None, program.first_day,
                                       program.first_day + dt.timedelta(days=2),
                                       "=SUM(A1) quiet room"))  # fmt: skip
    activity = ItineraryService(database).list_activities(program.code)[0]
    gifts = GiftService(database)
    gifts.add(program.code, GiftInput("Iznik tile plate", "given", activity.day, activity.id,
                                      "Delegation head", "", "Mayor", "Üsküdar Municipality",
                                      Decimal("1250.50"), "TRY"))  # fmt: skip
    gifts.add(program.code, GiftInput("Silk scarf", "received", program.first_day, None,
                                      "Host", "Ministry", kept_at="Office showcase"))  # fmt: skip


def stay_list(database: Database, code: str) -> list[StayRecord]:
    return [
        dataclasses.replace(s, id=0, participant_id=0, hotel_id=None, program_code="",
                            shares_with_id=None)
        for s in StayService(database).list_stays(code)
    ]  # fmt: skip


def gift_list(database: Database, code: str) -> list[GiftRecord]:
    return [
        dataclasses.replace(g, id=0, program_code="", activity_id=None)
        for g in GiftService(database).list_gifts(code)
    ]


def copy_program(database: Database, program: ProgramRecord) -> None:
    ProgramService(database).create(ProgramInput(code="COPY", title="Copy",
                                                 first_day=program.first_day,
                                                 last_day=program.last_day))  # fmt: skip


def test_rooms_and_gifts_round_trip_into_an_empty_database(
    database: Database, tmp_path: Path, new_store: Callable[[], Store], add_demo: AddDemo
) -> None:
    program = add_demo(database)
    add_rooms_and_gifts(database, program)
    path = tmp_path / "program.xlsx"
    counts = ProgramExportService(database).export_program(program.code, path)
    assert (counts["Rooms"], counts["Gifts"]) == (3, 2)
    book = openpyxl.load_workbook(path)
    rooms = book["Rooms"]
    assert [cell.value for cell in rooms[1]] == ["Participant", "Hotel", "Room type",
                                                 "Shares with", "Check-in", "Check-out",
                                                 "Requests"]  # fmt: skip
    assert rooms["C2"].value == "Twin"
    assert rooms["G4"].data_type == "s"  # formula-looking text written as text
    assert {book["Gifts"]["C2"].value, book["Gifts"]["C3"].value} == {"Given", "Received"}
    other = new_store().open()
    try:
        copy_program(other, program)
        service = ProgramImportService(other)
        plan = service.plan("COPY", path)
        assert plan.problems == ()
        assert (plan.sheets["Rooms"].added, plan.sheets["Gifts"].added) == (3, 2)
        service.apply(plan)
        assert stay_list(other, "COPY") == stay_list(database, program.code)
        assert gift_list(other, "COPY") == gift_list(database, program.code)
        assert stay_list(other, "COPY")[2].requests == "=SUM(A1) quiet room"
        again = service.plan("COPY", path)
        assert (again.sheets["Rooms"].added, again.sheets["Rooms"].updated) == (0, 3)
        assert (again.sheets["Gifts"].added, again.sheets["Gifts"].updated) == (0, 2)
        service.apply(again)
        assert stay_list(other, "COPY") == stay_list(database, program.code)
        assert gift_list(other, "COPY") == gift_list(database, program.code)
    finally:
        other.close()


def test_hand_drafted_turkish_rooms_and_gifts_with_problems_at_their_cells(
    database: Database, tmp_path: Path, add_demo: AddDemo
) -> None:
    program = add_demo(database)
    first, second, third = (p.name for p in RosterService(database).list_participants(
        program.code)[:3])  # fmt: skip
    activity = ItineraryService(database).list_activities(program.code)[0]
    book = openpyxl.Workbook()
    rooms = book.active
    assert rooms is not None
    rooms.title = "Odalar"
    rooms.append(["Katılımcı", "Otel", "Oda tipi", "Oda arkadaşı", "Giriş", "Çıkış", "İstekler"])
    rooms.append([first.upper(), "Otel Kaya", "İki yataklı", second, "", "", "Sigarasız"])
    rooms.append([third, "Otel Kaya", "Çift kişilik", "Kimse Bilinmez", "", "", ""])
    rooms.append([second, "Otel Kaya", "Kral dairesi", "", "", "", ""])
    gifts = book.create_sheet("Hediyeler")
    gifts.append(["Tarih", "Etkinlik", "Yön", "Veren", "Alan", "Hediye", "Değer", "Para birimi"])
    gifts.append([activity.day.strftime("%d.%m.%Y"), activity.title.upper(), "Verilen",
                  "Heyet başkanı", "Vali", "Çini tabak", "1.250,50", "TL"])  # fmt: skip
    gifts.append([activity.day.strftime("%d.%m.%Y"), "Olmayan ziyaret", "Alınan", "", "",
                  "Kitap", "", ""])  # fmt: skip
    gifts.append(["", "", "Alınan", "", "", "Halı", "çok", "TRY"])
    path = tmp_path / "konaklama.xlsx"
    book.save(path)
    service = ProgramImportService(database)
    plan = service.plan(program.code, path)
    where = {(p.sheet, p.row, p.column) for p in plan.problems}
    assert where == {("Odalar", 3, "D"), ("Odalar", 4, "C"), ("Hediyeler", 3, "B"),
                     ("Hediyeler", 4, "G")}  # fmt: skip
    assert (plan.sheets["Odalar"].added, plan.sheets["Odalar"].skipped) == (1, 2)
    assert (plan.sheets["Hediyeler"].added, plan.sheets["Hediyeler"].skipped) == (1, 2)
    service.apply(plan)
    stays = StayService(database).list_stays(program.code)
    assert [(s.participant, s.room_type, s.shares_with) for s in stays] == [
        (first, "twin", second), (second, "twin", first)
    ]  # fmt: skip
    assert stays[0].requests == "Sigarasız"
    [gift] = GiftService(database).list_gifts(program.code)
    assert (gift.activity_id, gift.value, gift.currency) == (activity.id, Decimal("1250.50"),
                                                            "TRY")  # fmt: skip
