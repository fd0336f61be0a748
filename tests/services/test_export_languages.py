"""Workbooks written in Turkish or English read back as the same records, words never codes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest

from coordinator.domain.enums import ActivityKind, GuideRole, ParticipantRole
from coordinator.excel.program_fields import sheet_name
from coordinator.excel.sheet_kinds import SheetKind
from coordinator.services.catering import CateringService
from coordinator.services.errors import InvalidInputError
from coordinator.services.gifts import GiftService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.manifests import ManifestService
from coordinator.services.program_export import ProgramExportService
from coordinator.services.program_import import ProgramImportService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput, ProgramRecord
from coordinator.services.roster import RosterService
from coordinator.services.roster_export import RosterExportService
from coordinator.services.roster_import import RosterImportService
from coordinator.services.stays import StayService
from coordinator.store import Database
from tests.itinerary_support import CODE, activity_input, make_program
from tests.services.test_program_import import activities, guides, roster, venues
from tests.services.test_program_logistics import add_logistics, movements
from tests.services.test_program_rooms_gifts import add_rooms_and_gifts, gift_list, stay_list
from tests.services.test_roster_export import FULL, comparable, create
from tests.stores import AddDemo, Store

LANGUAGES = ("en", "tr")
CODES = {
    *(kind.value for kind in ActivityKind),
    *(kind.value.replace("_", " ") for kind in ActivityKind if "_" in kind.value),
    *(role.value for role in GuideRole),
    "host official",
    *(role.value for role in ParticipantRole),
    "pickup", "dropoff", "ride", "single", "double", "twin", "suite", "given", "received",
    "flight", "train",
}  # fmt: skip
"""What a cell never holds alone, nor in parentheses after a guide's name (a vehicle's
kind, ``car``, is the user's own text)."""
TURKISH_SHEETS = [
    "Program", "Katılımcılar", "Gezi programı", "Rehberler", "Görevlendirmeler", "Mekânlar",
    "İletişim", "Seyahat", "Araçlar", "Transferler", "Odalar", "Hediyeler",
]  # fmt: skip


def texts(path: Path) -> Iterator[tuple[str, str]]:
    """Yield every text cell of a workbook with its sheet's name."""
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                for value in row:
                    if isinstance(value, str):
                        yield sheet.title, value
    finally:
        book.close()


def codes_in(path: Path) -> list[tuple[str, str]]:
    found = []
    for sheet, text in texts(path):
        parts = [text, *(part.split("(")[-1].rstrip(")") for part in text.split("; "))]
        if any(part.strip() in CODES for part in parts):
            found.append((sheet, text))
    return found


def copy_of(database: Database, program: ProgramRecord) -> None:
    ProgramService(database).create(
        ProgramInput(code="COPY", title="Copy", first_day=program.first_day,
                     last_day=program.last_day)
    )  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_roster_round_trips_in_each_language(
    database: Database, tmp_path: Path, language: str
) -> None:
    create(database, "FROM")
    create(database, "TO")
    staff = dataclasses.replace(FULL, name="İsmail Işık", role="staff", arrival_mode="train",
                                departure_mode="flight", arrival_number="YHT 81")  # fmt: skip
    for data in (FULL, staff, dataclasses.replace(FULL, name="Ayşe Öztürk", role="member")):
        RosterService(database).add("FROM", data)
    path = tmp_path / "roster.xlsx"
    assert RosterExportService(database).export("FROM", path, language=language) == 3
    book = openpyxl.load_workbook(path, read_only=True)
    [sheet] = book.worksheets
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    book.close()
    role_column = header.index("Rolü" if language == "tr" else "Role")
    if language == "tr":
        assert sheet.title == "Katılımcılar"
        assert header[:3] == ("Ad Soyad", "Unvanı", "Kurumu")
        assert [row[role_column] for row in rows] == [
            "Heyet başkanı", "Heyet personeli", "Heyet üyesi"
        ]  # fmt: skip
        assert "Tren" in rows[1]
    else:
        assert header[:3] == ("Name", "Title", "Organization")
        assert [row[role_column] for row in rows] == [
            "Head of delegation", "Delegation staff", "Delegate"
        ]  # fmt: skip
        assert "Train" in rows[1]
    assert codes_in(path) == []
    importer = RosterImportService(database)
    plan = importer.plan("TO", importer.read(path))
    assert plan.problems == ()
    importer.apply(plan)
    service = RosterService(database)
    assert comparable(service.list_participants("TO")) == comparable(
        service.list_participants("FROM")
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_program_round_trips_in_each_language(
    database: Database,
    tmp_path: Path,
    new_store: Callable[[], Store],
    add_demo: AddDemo,
    language: str,
) -> None:
    program = add_demo(database)
    add_logistics(database, program.code)
    add_rooms_and_gifts(database, program)
    path = tmp_path / "program.xlsx"
    counts = ProgramExportService(database).export_program(program.code, path, language)
    if language == "tr":
        assert list(counts) == TURKISH_SHEETS
        itinerary = openpyxl.load_workbook(path)["Gezi programı"]
        assert [cell.value for cell in itinerary[1]][:5] == [
            "Tarih", "Başlangıç", "Bitiş", "Etkinlik", "Tür"
        ]  # fmt: skip
    assert codes_in(path) == []
    other = new_store().open()
    try:
        copy_of(other, program)
        service = ProgramImportService(other)
        plan = service.plan("COPY", path)
        assert plan.problems == ()
        itinerary_sheet = sheet_name(SheetKind.ITINERARY, language)
        assert plan.sheets[itinerary_sheet].added == program.activity_count
        service.apply(plan)
        assert activities(other, "COPY") == activities(database, program.code)
        assert guides(other, "COPY") == guides(database, program.code)
        assert roster(other, "COPY") == roster(database, program.code)
        assert movements(other, "COPY") == movements(database, program.code)
        assert stay_list(other, "COPY") == stay_list(database, program.code)
        assert gift_list(other, "COPY") == gift_list(database, program.code)
        used = {a[5] for a in activities(database, program.code)}
        # The hotels of the Rooms sheet are venues too.
        assert [v for v in venues(other) if v[0] in used] == [
            v for v in venues(database) if v[0] in used
        ]
        again = service.plan("COPY", path)
        assert (again.added, again.problems) == (0, ())
    finally:
        other.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_itinerary_round_trips_in_each_language(
    database: Database, tmp_path: Path, add_demo: AddDemo, language: str
) -> None:
    program = add_demo(database)
    path = tmp_path / "itinerary.xlsx"
    service = ProgramExportService(database)
    assert service.export_itinerary(program.code, path, language) == program.activity_count
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == [sheet_name(SheetKind.ITINERARY, language)]
    book.close()
    assert codes_in(path) == []
    # Into another program of the same database: its guides and venues are known.
    copy_of(database, program)
    importer = ProgramImportService(database)
    plan = importer.plan("COPY", path, itinerary_only=True)
    assert plan.problems == ()
    importer.apply(plan)
    assert activities(database, "COPY") == activities(database, program.code)


def test_turkish_words_are_written(database: Database, tmp_path: Path, add_demo: AddDemo) -> None:
    program = add_demo(database)
    add_logistics(database, program.code)
    add_rooms_and_gifts(database, program)
    path = tmp_path / "program.xlsx"
    ProgramExportService(database).export_program(program.code, path, "tr")
    cells = {text for _sheet, text in texts(path)}
    assert {"Karşılama", "Ara transfer", "İki yataklı", "Tek kişilik", "Verilen", "Alınan",
            "Alan", "Değer", "Program kodu", "İlk gün"} <= cells  # fmt: skip
    kinds = {text for sheet, text in texts(path) if sheet == "Gezi programı"}
    assert kinds & {"Nezaket ziyareti", "Toplantı", "Yerinde inceleme", "Kültür gezisi"}


def test_other_languages_are_refused(database: Database, tmp_path: Path) -> None:
    create(database, "KZ")
    with pytest.raises(InvalidInputError, match="en or tr"):
        RosterExportService(database).export("KZ", tmp_path / "roster.xlsx", language="ru")
    with pytest.raises(InvalidInputError, match="en or tr"):
        ProgramExportService(database).export_program("KZ", tmp_path / "program.xlsx", "de")
    assert not list(tmp_path.glob("*.xlsx"))


def test_a_date_of_the_round_trip_is_still_a_date(database: Database, tmp_path: Path) -> None:
    create(database, "KZ")
    RosterService(database).add("KZ", FULL)
    path = tmp_path / "roster.xlsx"
    RosterExportService(database).export("KZ", path, language="tr")
    sheet = openpyxl.load_workbook(path)["Katılımcılar"]
    birth = [cell.value for cell in sheet[1]].index("Doğum tarihi")
    assert sheet.cell(2, birth + 1).value == dt.datetime(1978, 5, 3)


@pytest.mark.parametrize("language", LANGUAGES)
def test_gift_register_reads_back_as_a_gifts_sheet(
    database: Database, tmp_path: Path, add_demo: AddDemo, language: str
) -> None:
    program = add_demo(database)
    add_rooms_and_gifts(database, program)
    register = tmp_path / "gifts.xlsx"
    assert GiftService(database).export_program(program.code, register, language).gifts == 2
    assert codes_in(register) == []
    # The gifts name their activities: the copy gets the itinerary first.
    itinerary = tmp_path / "itinerary.xlsx"
    ProgramExportService(database).export_itinerary(program.code, itinerary, language)
    copy_of(database, program)
    importer = ProgramImportService(database)
    importer.apply(importer.plan("COPY", itinerary, itinerary_only=True))
    plan = importer.plan("COPY", register)
    assert plan.problems == ()
    assert plan.sheets[sheet_name(SheetKind.GIFTS, language)].added == 2
    importer.apply(plan)
    assert gift_list(database, "COPY") == gift_list(database, program.code)


@pytest.mark.parametrize("language", LANGUAGES)
def test_rooming_catering_and_manifest_are_words_of_the_language(
    database: Database, tmp_path: Path, add_demo: AddDemo, language: str
) -> None:
    program = add_demo(database)
    add_logistics(database, program.code)
    add_rooms_and_gifts(database, program)
    rooming, catering, manifest = (tmp_path / f"{name}.xlsx" for name in
                                   ("rooming", "catering", "manifest"))  # fmt: skip
    StayService(database).export_rooming(program.code, rooming, language)
    written = CateringService(database).export(program.code, catering, language)
    ManifestService(database).export(program.code, manifest, language=language)
    files = [rooming, written.catering, written.allergies, manifest]
    assert [codes_in(path) for path in files] == [[]] * len(files)
    words = {text for path in files for _sheet, text in texts(path)}
    expected = {
        "tr": {"İki yataklı", "Tek kişilik", "Oda tipi", "Karşılama", "Ara transfer", "Şoför"},
        "en": {"Twin", "Single", "Room type", "Pickup", "Ride", "Driver"},
    }
    assert expected[language] <= words


def test_formula_looking_text_stays_text_in_turkish(database: Database, tmp_path: Path) -> None:
    make_program(database)
    ItineraryService(database).add_activity(CODE, activity_input('=HYPERLINK("x")'))
    path = tmp_path / "itinerary.xlsx"
    assert ProgramExportService(database).export_itinerary(CODE, path, "tr") == 1
    cell = openpyxl.load_workbook(path)["Gezi programı"]["D2"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == ('=HYPERLINK("x")', "s", True)
