"""Exporting a roster, and the round trip: export then import gives back the same roster."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator.excel.roster_parsing import is_footer
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ParticipantRecord, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.services.roster_export import RosterExportService
from coordinator.services.roster_import import RosterImportService
from coordinator.store import Database
from tests.stores import Store

FULL = ParticipantInput(
    name="Zhandos Tasov",
    title="Deputy Mayor",
    organization="Turkistan Municipality",
    role="head",
    arrival=dt.datetime(2021, 8, 24, 14, 30),
    departure=dt.datetime(2021, 8, 29, 10, 5),
    room="0214",
    dietary="halal",
    needs="wheelchair\naccess",
    passport_number="N0123456",
    birth_date=dt.date(1978, 5, 3),
    email="z.tasov@example.kz",
    phone="+7 701 000 00 00",
    languages=("kk", "ru"),
    notes='=HYPERLINK("http://evil")',
)


def create(database: Database, code: str) -> None:
    ProgramService(database).create(
        ProgramInput(code=code, title=f"Study visit {code}", first_day=dt.date(2021, 8, 24),
                     last_day=dt.date(2021, 8, 29))
    )  # fmt: skip


def comparable(records: list[ParticipantRecord]) -> list[ParticipantInput]:
    return [record.as_input() for record in records]


def round_trip(database: Database, tmp_path: Path, inputs: list[ParticipantInput]) -> None:
    create(database, "FROM")
    create(database, "TO")
    for data in inputs:
        RosterService(database).add("FROM", data)
    path = tmp_path / "roster.xlsx"
    assert RosterExportService(database).export("FROM", path) == len(inputs)
    importer = RosterImportService(database)
    plan = importer.plan("TO", importer.read(path))
    assert plan.problems == ()
    importer.apply(plan)
    roster = RosterService(database)
    assert comparable(roster.list_participants("TO")) == comparable(
        roster.list_participants("FROM")
    )


def test_round_trip_gives_back_every_field(database: Database, tmp_path: Path) -> None:
    minimal = ParticipantInput(name="Gulzhamal Dahanova")
    other = dataclasses.replace(FULL, name="İsmail Işık", notes="-1", phone="")
    # Text that reads like an Excel error value is text, and comes back as written.
    errors = dataclasses.replace(FULL, name="Aigerim Sadykova", title="#N/A", notes="#DIV/0!")
    round_trip(database, tmp_path, [FULL, minimal, other, errors])


def test_export_refuses_other_formats_and_unknown_programs(
    database: Database, tmp_path: Path
) -> None:
    create(database, "KZ")
    with pytest.raises(InvalidInputError, match=r"\.xlsx"):
        RosterExportService(database).export("KZ", tmp_path / "roster.csv")
    with pytest.raises(NotFoundError):
        RosterExportService(database).export("NOPE", tmp_path / "roster.xlsx")
    with pytest.raises(InvalidInputError, match="cannot be written"):
        RosterExportService(database).export("KZ", tmp_path / "missing" / "roster.xlsx")


_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30
).map(str.strip)
# A name that reads as a sheet's footer ("Итого", "Total") with only a role beside it
# is taken for the footer by the reader, as it should be: not a name to round-trip.
_names = st.text(
    st.characters(codec="utf-8", categories=("L", "Nd")), min_size=1, max_size=20
).filter(lambda name: not is_footer((name, "member")))
_moments = st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2040, 1, 1)).map(
    lambda moment: moment.replace(second=0, microsecond=0)
)
_participants = st.builds(
    ParticipantInput,
    name=_names,
    title=_text,
    role=st.sampled_from(["head", "member", "staff"]),
    arrival=st.none() | _moments,
    room=_text.map(lambda text: text[:40].strip()),
    passport_number=st.from_regex(r"[A-Z0-9]{0,12}", fullmatch=True),
    birth_date=st.none() | st.dates(dt.date(1920, 1, 1), dt.date(2020, 1, 1)),
    languages=st.lists(st.sampled_from(["en", "tr", "ru", "kk"]), unique=True).map(tuple),
    notes=_text,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(participants=st.lists(_participants, max_size=4, unique_by=lambda p: p.name.casefold()))
def test_round_trip_of_random_rosters(
    tmp_path_factory: pytest.TempPathFactory,
    new_store: Callable[[], Store],
    participants: list[ParticipantInput],
) -> None:
    folder = tmp_path_factory.mktemp("round-trip")
    database = new_store().open()
    try:
        from coordinator.domain.text import search_key

        keys = [search_key(p.name) for p in participants]
        if len(set(keys)) != len(keys):
            return
        round_trip(database, folder, participants)
    finally:
        database.close()
