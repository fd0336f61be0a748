"""How sure a column mapping is: the fields the import wizard marks for a look."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from coordinator.excel import RosterField, RosterTable, read_roster_table
from coordinator.services.roster_mapping_review import (
    DoubtKind,
    FieldSource,
    review_mapping,
)
from tests.excel.workbooks import write_xlsx


def table_of(tmp_path: Path, rows: list[list[object]]) -> RosterTable:
    return read_roster_table(write_xlsx(tmp_path / "roster.xlsx", rows, title="Heyet listesi"))


def test_headers_that_name_their_fields_are_certain(tmp_path: Path) -> None:
    table = table_of(
        tmp_path,
        [["Adı Soyadı", "Unvanı", "Kurumu"], ["Zhandos Tasov", "Başkan Yardımcısı", "Türkistan"]],
    )
    review = review_mapping(table, table.mapping)
    assert review.error is None
    assert review.uncertain_fields == ()
    assert review.field(RosterField.NAME).source is FieldSource.HEADER
    assert review.field(RosterField.ROOM).source is FieldSource.NONE
    assert [column.fields for column in review.columns] == [
        (RosterField.NAME,),
        (RosterField.TITLE,),
        (RosterField.ORGANIZATION,),
    ]
    assert [column.letter for column in review.columns] == ["A", "B", "C"]


def test_a_second_column_naming_the_same_field_is_a_doubt(tmp_path: Path) -> None:
    table = table_of(tmp_path, [["Ad Soyad", "Telefon", "Cep telefonu"], ["Dana", "1", "2"]])
    review = review_mapping(table, table.mapping)
    phone = review.field(RosterField.PHONE)
    assert phone.column == 1
    assert [(doubt.kind, doubt.column) for doubt in phone.doubts] == [(DoubtKind.OTHER_COLUMN, 2)]
    assert [column.uncertain for column in review.columns] == [False, True, True]
    assert review.columns[2].suggested is RosterField.PHONE
    assert review.columns[2].fields == ()
    # The user's choice settles it, either way.
    chosen = review_mapping(table, {**table.mapping, RosterField.PHONE: 2})
    assert chosen.field(RosterField.PHONE).doubts == ()
    left_out = dict(table.mapping)
    del left_out[RosterField.PHONE]
    assert review_mapping(table, left_out).field(RosterField.PHONE).doubts == ()


def test_a_guessed_given_name_and_a_shared_column_are_doubts(tmp_path: Path) -> None:
    table = table_of(tmp_path, [["İsim", "Soyadı", "Unvanı"], ["Dana", "Seitkali", "Uzman"]])
    review = review_mapping(table, table.mapping)
    first = review.field(RosterField.FIRST_NAME)
    assert first.source is FieldSource.GUESS
    assert [(d.kind, d.other_field) for d in first.doubts] == [
        (DoubtKind.GUESSED, RosterField.NAME)
    ]
    chosen = {**table.mapping, RosterField.NOTES: 2}
    review = review_mapping(table, chosen)
    notes = review.field(RosterField.NOTES)
    assert notes.source is FieldSource.CHOSEN
    assert [(d.kind, d.other_field) for d in notes.doubts] == [
        (DoubtKind.SHARED, RosterField.TITLE)
    ]


def test_values_that_do_not_fit_the_field_are_a_doubt(tmp_path: Path) -> None:
    table = table_of(
        tmp_path,
        [["Adı Soyadı", "Doğum tarihi"], ["Dana", "yesterday"], ["Bolat", "03.05.1978"],
         ["Aliya", "soon"]],
    )  # fmt: skip
    birth = review_mapping(table, table.mapping).field(RosterField.BIRTH_DATE)
    assert [(d.kind, d.count, d.total) for d in birth.doubts] == [(DoubtKind.VALUES, 2, 3)]
    assert "yesterday" in birth.doubts[0].message


def test_a_mapping_without_a_name_is_an_error(tmp_path: Path) -> None:
    table = table_of(tmp_path, [["Adı Soyadı", "Unvanı"], ["Dana", "Uzman"]])
    review = review_mapping(table, {RosterField.TITLE: 1})
    assert review.error is not None
    assert "name" in review.error


def test_a_remembered_mapping_is_certain(tmp_path: Path) -> None:
    table = table_of(tmp_path, [["Adı Soyadı", "Otel odası"], ["Dana", "401"]])
    remembered = dataclasses.replace(table, mapping={**table.mapping, RosterField.ROOM: 1})
    review = review_mapping(remembered, remembered.mapping)
    assert review.field(RosterField.ROOM).source is FieldSource.REMEMBERED
    assert review.uncertain_fields == ()
