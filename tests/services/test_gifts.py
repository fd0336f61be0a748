"""The gift register: add, edit without losing a change, remove and restore, the yearly list."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator.services.errors import ChangedSinceError, InvalidInputError, NotFoundError
from coordinator.services.gift_records import GiftInput
from coordinator.services.gifts import GiftService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.store import Database
from tests.stores import AddDemo

CODE = "TURKISTAN-2021"
EBRU = GiftInput(
    description="Ebru painting of the Bosphorus",
    direction="given",
    day=dt.date(2021, 8, 25),
    giver="Hilmi Türkmen",
    giver_organization="Üsküdar Municipality",
    receiver="Zhandos Tasov",
    receiver_organization="Turkistan Municipality",
    value=Decimal("1250.5"),
    currency="tl",
)
DOMBRA = GiftInput(description="Dombra", direction="received", value=Decimal(300), currency="EUR")


@pytest.fixture
def service(database: Database, add_demo: AddDemo) -> GiftService:
    add_demo(database)
    return GiftService(database)


def test_a_gift_is_recorded_tidied(service: GiftService) -> None:
    gift = service.add(CODE, EBRU)
    assert (gift.value, gift.currency, gift.declared_day) == (
        Decimal("1250.50"),
        "TRY",
        dt.date(2021, 8, 25),
    )
    assert service.list_gifts(CODE) == [gift]


def test_an_update_keeps_another_windows_change_and_refuses_a_clash(service: GiftService) -> None:
    read = service.add(CODE, EBRU)
    service.update(read.id, dataclasses.replace(EBRU, kept_at="Showcase"), before=read.as_input())
    mine = dataclasses.replace(EBRU, value=Decimal(2000))
    updated = service.update(read.id, mine, before=read.as_input())
    assert (updated.kept_at, updated.value) == ("Showcase", Decimal("2000.00"))
    with pytest.raises(ChangedSinceError):
        service.update(
            read.id, dataclasses.replace(EBRU, kept_at="Archive"), before=read.as_input()
        )
    undone = service.update(read.id, read.as_input(), before=mine)
    assert (undone.kept_at, undone.value) == ("Showcase", Decimal("1250.50"))


def test_a_removed_gift_comes_back_under_its_id(service: GiftService) -> None:
    first = service.add(CODE, EBRU)
    second = service.add(CODE, DOMBRA)
    removed = service.remove(first.id)
    assert service.list_gifts(CODE) == [second]
    assert service.restore(removed) == first
    with pytest.raises(InvalidInputError):
        service.restore(removed)
    with pytest.raises(NotFoundError):
        service.remove(10**12)


def test_a_restored_gift_leaves_out_an_activity_removed_since(
    service: GiftService, database: Database
) -> None:
    itinerary = ItineraryService(database)
    activity = itinerary.list_activities(CODE)[0]
    gift = service.add(CODE, dataclasses.replace(EBRU, activity_id=activity.id))
    assert gift.activity == activity.title
    removed = service.remove(gift.id)
    itinerary.remove_activity(activity.id)
    assert service.restore(removed).activity_id is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"description": "  "}, "description"),
        ({"direction": "lent"}, "direction"),
        ({"currency": "lira"}, "currency"),
        ({"value": Decimal(-1)}, "value"),
        ({"value": Decimal("1e12")}, "value"),
    ],
)
def test_broken_gifts_are_refused(
    service: GiftService, change: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        service.add(CODE, dataclasses.replace(EBRU, **change))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert service.list_gifts(CODE) == []


def test_an_activity_of_another_program_is_refused(
    service: GiftService, database: Database
) -> None:
    ProgramService(database).create(
        ProgramInput("OTHER", "Another visit", dt.date(2022, 1, 10), dt.date(2022, 1, 12))
    )
    activity = ItineraryService(database).list_activities(CODE)[0]
    with pytest.raises(InvalidInputError) as refused:
        service.add("OTHER", dataclasses.replace(EBRU, activity_id=activity.id))
    assert refused.value.field == "activity"


def test_the_year_counts_a_gift_by_its_day_or_its_programs_first_day(
    service: GiftService, database: Database, tmp_path: Path
) -> None:
    ProgramService(database).create(
        ProgramInput("WINTER", "Winter visit", dt.date(2021, 12, 30), dt.date(2022, 1, 3))
    )
    ebru = service.add(CODE, EBRU)
    dombra = service.add(CODE, DOMBRA)  # no day: 24 August 2021, the program's first
    late = service.add("WINTER", dataclasses.replace(DOMBRA, day=dt.date(2022, 1, 2)))
    winter = service.add("WINTER", dataclasses.replace(EBRU, day=None, value=Decimal("49.5")))
    declared = service.year(2021)
    assert [gift.id for gift in declared.gifts] == [dombra.id, ebru.id, winter.id]
    assert [(t.currency, t.given, t.received, t.count) for t in declared.totals] == [
        ("EUR", 0, Decimal("300.00"), 1),
        ("TRY", Decimal("1300.00"), 0, 2),
    ]
    assert [gift.id for gift in service.year(2022).gifts] == [late.id]
    path = tmp_path / "gifts-2021.xlsx"
    assert service.export_year(2021, path, "tr").gifts == 3
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    header = next(i for i, row in enumerate(rows) if row[0].value == "Program")
    labels = [cell.value for cell in rows[header]]
    assert labels[:4] == ["Program", "Tarih", "Etkinlik", "Verilen / alınan"]
    value = labels.index("Tahmini değer")
    ebru_row = next(row for row in rows if row[labels.index("Hediye")].value == EBRU.description)
    assert (ebru_row[value].value, ebru_row[value].number_format) == (1250.5, "#,##0.00")
    assert ebru_row[value + 1].value == "TRY"
    assert ebru_row[labels.index("Verilen / alınan")].value == "Verilen"
    with pytest.raises(InvalidInputError):
        service.year(0)
