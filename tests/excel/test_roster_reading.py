"""Finding the header and reading rosters laid out the way partner offices send them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator.excel import RosterField, parse_roster, read_roster_table
from tests.excel.workbooks import ROSTER_HEADER, ROSTER_ROWS, write_csv, write_xlsx


def test_english_header_under_a_merged_title_row(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "roster.xlsx",
        [[], ROSTER_HEADER, *ROSTER_ROWS],
        title="TURKISTAN MUNICIPALITY DELEGATION, 24-29 AUGUST 2021",
    )
    table = read_roster_table(path)
    assert (table.sheet, table.header_row) == ("Sheet1", 3)
    assert table.mapping == {
        RosterField.NAME: 0,
        RosterField.TITLE: 1,
        RosterField.ORGANIZATION: 2,
        RosterField.BIRTH_DATE: 3,
        RosterField.EMAIL: 4,
    }
    reading = parse_roster(table)
    assert [entry.name for entry in reading.entries] == ["Zhandos Tasov", "Gulzhamal Dahanova"]
    assert reading.entries[0].birth_date == dt.date(1978, 5, 3)
    assert reading.problems == []


def test_turkish_header_with_the_name_split_in_two(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        [
            ["Sıra", "ADI", "SOYADI", "GÖREVİ / UNVANI", "KURUMU", "DOĞUM TARİHİ", "E-POSTA"],
            [1, "  Zhandos ", "Tasov", "Belediye Başkan Yardımcısı", "Türkistan Belediyesi",
             dt.datetime(1978, 5, 3), "z@example.kz"],
        ],
    )  # fmt: skip
    reading = parse_roster(read_roster_table(path))
    [entry] = reading.entries
    assert entry.name == "Zhandos Tasov"
    assert entry.title == "Belediye Başkan Yardımcısı"
    assert entry.organization == "Türkistan Belediyesi"
    assert entry.birth_date == dt.date(1978, 5, 3)
    assert reading.table.mapping[RosterField.FIRST_NAME] == 1


def test_russian_header_with_surname_name_and_patronymic(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "список.xlsx",
        [
            ["№", "Фамилия", "Имя", "Отчество", "Должность", "Организация", "Дата рождения"],
            [1, "Тасов", "Жандос", "Серикович", "Заместитель акима", "Акимат города Туркестан",
             "03.05.1978"],
        ],
    )  # fmt: skip
    [entry] = parse_roster(read_roster_table(path)).entries
    assert entry.name == "Жандос Серикович Тасов"
    assert entry.title == "Заместитель акима"
    assert entry.birth_date == dt.date(1978, 5, 3)


def test_full_name_column_in_russian(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [["Ф.И.О.", "Телефон"], ["Тасов  Жандос", "+7 701"]])
    [entry] = parse_roster(read_roster_table(path)).entries
    assert (entry.name, entry.phone) == ("Тасов Жандос", "+7 701")


def test_name_beside_surname_is_the_given_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [["Name", "Surname"], ["Zhandos", "Tasov"]])
    [entry] = parse_roster(read_roster_table(path)).entries
    assert entry.name == "Zhandos Tasov"


def test_the_sheet_with_the_roster_is_found_among_others(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [ROSTER_HEADER, *ROSTER_ROWS],
        sheet="Delegation",
        extra_sheets={"Program": [["Day", "Activity"], ["24.08", "Arrival"]]},
    )
    table = read_roster_table(path)
    assert table.sheet == "Delegation"
    assert [sheet.name for sheet in table.sheets] == ["Program", "Delegation"]
    assert table.sheets[0].header_row is None


def test_blank_rows_duplicates_and_footer_are_skipped(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            ROSTER_HEADER,
            ROSTER_ROWS[0],
            [],
            [],
            ROSTER_ROWS[1],
            ROSTER_ROWS[0],
            [None, None, "Total: 2 persons"],
            [],
            ["Prepared by the Foreign Relations Office"],
        ],
    )
    reading = parse_roster(read_roster_table(path))
    assert [entry.row for entry in reading.entries] == [2, 5]
    skipped = [(s.row, s.reason, s.count) for s in reading.skipped]
    assert skipped == [(3, "blank", 2), (6, "duplicate", 1), (7, "footer", 1), (8, "blank", 1),
                       (9, "footer", 1)]  # fmt: skip
    assert reading.problems == []


def test_a_row_without_a_name_inside_the_list_is_a_problem(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [ROSTER_HEADER, ROSTER_ROWS[0], [None, "Interpreter", "TDBB"], ROSTER_ROWS[1]],
    )
    reading = parse_roster(read_roster_table(path))
    [problem] = reading.problems
    assert (problem.sheet, problem.row, problem.column) == ("Sheet1", 3, "A")
    assert "name is missing" in problem.message


def test_same_person_twice_with_different_details_is_a_problem(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [ROSTER_HEADER, ROSTER_ROWS[0], ["ZHANDOS TASOV", "Mayor", "Turkistan Municipality",
                                         "03.05.1978"]],
    )  # fmt: skip
    [problem] = parse_roster(read_roster_table(path)).problems
    assert problem.row == 3
    assert "also on row 2" in problem.message


def test_text_dates_and_an_ambiguous_one(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            ["Name", "Arrival", "Departure", "Birth date"],
            ["A", "24.08.2021 14:30", "2021-08-29T10:00", "1978-05-03"],
            ["B", "24/08/2021", "29.08.2021", "01/05/1978"],
        ],
    )
    reading = parse_roster(read_roster_table(path))
    first, second = reading.entries
    assert first.arrival == dt.datetime(2021, 8, 24, 14, 30)
    assert first.departure == dt.datetime(2021, 8, 29, 10, 0)
    assert second.arrival == dt.datetime(2021, 8, 24)
    [problem] = reading.problems
    assert (problem.row, problem.column) == (3, "D")
    assert "ambiguous" in problem.message


def test_date_serials_in_a_1904_workbook(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "mac.xlsx",
        [["Name", "Birth date", "Arrival"], ["A", 27029, dt.datetime(2021, 8, 24, 9, 0)]],
        epoch_1904=True,
    )
    [entry] = parse_roster(read_roster_table(path)).entries
    assert entry.birth_date == dt.date(1978, 1, 1)
    assert entry.arrival == dt.datetime(2021, 8, 24, 9, 0)


def test_numbers_where_text_was_meant_keep_their_digits(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [["Name", "Passport No", "Phone", "Room"], ["A", "012345", 905321234567, 214.0]],
    )
    [entry] = parse_roster(read_roster_table(path)).entries
    assert (entry.passport_number, entry.phone, entry.room) == ("012345", "905321234567", "214")


def test_roles_and_languages_in_any_language(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [["Adı Soyadı", "Rolü", "Diller"], ["A", "Heyet Başkanı", "Rusça, Kazakça, en"],
         ["B", "член делегации", "ru"], ["C", "chairman", "Klingon"]],
    )  # fmt: skip
    reading = parse_roster(read_roster_table(path))
    roles = [(entry.role, entry.languages) for entry in reading.entries]
    assert roles == [("head", ("ru", "kk", "en")), ("member", ("ru",)), ("member", ())]
    assert [(p.row, p.column) for p in reading.problems] == [(4, "B"), (4, "C")]


def test_a_corrected_mapping_is_used(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [["Name", "Unknown", "Org"], ["A", "Mayor", "TDBB"]])
    table = read_roster_table(path)
    assert table.mapping == {RosterField.NAME: 0}
    mapping = {RosterField.NAME: 0, RosterField.TITLE: 1, RosterField.ORGANIZATION: 2}
    [entry] = parse_roster(table, mapping).entries
    assert (entry.title, entry.organization) == ("Mayor", "TDBB")
    with pytest.raises(ValueError, match="no header"):
        parse_roster(table, {RosterField.NAME: 7})
    with pytest.raises(ValueError, match="name"):
        parse_roster(table, {RosterField.TITLE: 1})


def test_a_named_sheet_is_read(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx", [ROSTER_HEADER, ROSTER_ROWS[0]], sheet="B",
        extra_sheets={"A": [ROSTER_HEADER, *ROSTER_ROWS]},
    )  # fmt: skip
    assert read_roster_table(path).sheet == "A"
    assert len(read_roster_table(path, "B").rows) == 1


def test_the_same_layout_has_the_same_key(tmp_path: Path) -> None:
    first = write_xlsx(tmp_path / "a.xlsx", [["Adı Soyadı", "Kurumu"], ["A", "B"]])
    second = write_xlsx(tmp_path / "b.xlsx", [[], ["ADI SOYADI", "kurumu"], ["C", "D"]])
    third = write_xlsx(tmp_path / "c.xlsx", [["Adı Soyadı", "Görevi"], ["A", "B"]])
    keys = [read_roster_table(path).layout_key for path in (first, second, third)]
    assert keys[0] == keys[1] != keys[2]


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("utf-8", ",", False), ("utf-8", ";", True), ("cp1254", ";", False), ("utf-16", "\t", False)],
)
def test_csv_as_excel_saves_it(tmp_path: Path, encoding: str, delimiter: str, bom: bool) -> None:
    lines = [
        delimiter.join(["Adı Soyadı", "Görevi", "Kurumu", "Doğum Tarihi"]),
        delimiter.join(
            ["İsmail Işık", "Müdür", '"Üsküdar Belediyesi; Dış İlişkiler"', "03.05.1978"]
        ),
        delimiter.join(["Çağrı Öztürk", "Uzman", "Zeytinburnu", ""]),
    ]  # fmt: skip
    path = write_csv(tmp_path / "liste.csv", lines, "utf-8-sig" if bom else encoding)
    reading = parse_roster(read_roster_table(path))
    first, second = reading.entries
    assert first.name == "İsmail Işık"
    assert first.organization == "Üsküdar Belediyesi; Dış İlişkiler"
    assert first.birth_date == dt.date(1978, 5, 3)
    assert second.name == "Çağrı Öztürk"
    assert reading.table.sheet == "liste.csv"


def test_progress_is_reported_and_can_cancel(tmp_path: Path) -> None:
    from coordinator.excel import ReadCancelledError

    rows = [[f"Person {index}", "Member"] for index in range(5000)]
    path = write_xlsx(tmp_path / "long.xlsx", [["Name", "Title"], *rows])
    calls: list[tuple[int, int]] = []
    table = read_roster_table(
        path, progress=lambda done, total: calls.append((done, total)) or True
    )
    assert calls[-1] == (5000, 5000)
    with pytest.raises(ReadCancelledError):
        parse_roster(table, progress=lambda done, total: done < 2000)


def test_text_cells_are_trimmed_and_an_overlong_one_is_a_problem(tmp_path: Path) -> None:
    long_title = "Deputy " * 1_500
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [["Name", "Title", "Organization", "Room"], ["A", "  Mayor ", "   ", 214],
         ["B", long_title, "TDBB", "12"]],
    )  # fmt: skip
    reading = parse_roster(read_roster_table(path))
    [first, second] = reading.entries
    assert (first.title, first.organization, first.room) == ("Mayor", "", "214")
    assert first.filled == ("title", "room")
    assert (second.title, second.organization) == ("", "TDBB")
    [problem] = reading.problems
    assert (problem.row, problem.column) == (3, "B")
    assert problem.message == "Title: longer than 10,000 characters"
