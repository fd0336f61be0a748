"""The table filter: keys once per record, narrowing as letters are typed, sort kept."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from coordinator.ui.record_table_model import Column, RecordTableModel


@dataclass(frozen=True)
class Row:
    name: str
    city: str


def _model(rows: list[Row]) -> RecordTableModel[Row]:
    model = RecordTableModel(
        [Column("Name", lambda row: row.name), Column("City", lambda row: row.city)]
    )
    model.set_records(rows)
    return model


def _shown(model: RecordTableModel[Row]) -> list[str]:
    return [model.record(row).name for row in range(model.rowCount())]


ROWS = [
    Row("Zeynep Işık", "Ankara"),
    Row("İsmail Arısoy", "Almaty"),
    Row("Cem Yılmaz", "Ankara"),
    Row("Ayşe Çakır", "Astana"),
    Row("Çağrı Ince", "Almaty"),
]


def test_typing_letter_by_letter_shows_what_the_whole_word_shows_at_once() -> None:
    typed, fresh = _model(ROWS), _model(ROWS)
    typed.sort(0)
    fresh.sort(0)
    for text in ("a", "al", "alm", "alma", "almat", "almaty", "almaty i", "almaty is"):
        typed.set_filter(text)
        fresh.set_filter("")
        fresh.set_filter(text)
        assert _shown(typed) == _shown(fresh), text
    assert _shown(typed) == ["İsmail Arısoy"]  # "is" finds "İs" (Turkish-aware)
    for text in ("almaty", "alm", "a", ""):  # erasing shows more again, in sort order
        typed.set_filter(text)
        fresh.set_filter("")
        fresh.set_filter(text)
        assert _shown(typed) == _shown(fresh), text
    assert _shown(typed) == [
        "Ayşe Çakır",
        "Cem Yılmaz",
        "Çağrı Ince",
        "İsmail Arısoy",
        "Zeynep Işık",
    ]


def test_words_in_any_order_and_any_column_must_all_occur() -> None:
    model = _model(ROWS)
    model.set_filter("ankara işık")
    assert _shown(model) == ["Zeynep Işık"]
    model.set_filter("işık ankara cem")
    assert _shown(model) == []


def test_the_filter_keeps_the_sort_and_new_records_get_new_sort_keys() -> None:
    model = _model(ROWS)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter("ankara")
    assert _shown(model) == ["Zeynep Işık", "Cem Yılmaz"]
    model.set_records([Row("Ali Veli", "Ankara"), Row("Can Ece", "Izmir"), Row("Berk", "Ankara")])
    assert _shown(model) == ["Berk", "Ali Veli"]  # sorted by the new names, still filtered
    model.set_filter("")
    assert _shown(model) == ["Can Ece", "Berk", "Ali Veli"]


def test_keys_that_come_later_are_taken_only_for_the_rows_they_were_computed_for() -> None:
    model: RecordTableModel[Row] = RecordTableModel([Column("Name", lambda row: row.name)])
    first = list(ROWS)
    model.set_records(first, later=True)
    assert model.search_keys_pending()
    assert model.rowCount() == len(ROWS)  # the rows show before their keys
    keys = model.search_keys(first)
    second = list(ROWS[:2])
    model.set_records(second, later=True)
    assert not model.set_search_keys(first, keys)  # computed for rows no longer shown
    assert model.search_keys_pending()
    assert model.set_search_keys(second, model.search_keys(second))
    assert not model.search_keys_pending()
    model.set_filter("arisoy")
    assert _shown(model) == ["İsmail Arısoy"]


def test_a_filter_typed_before_the_keys_come_computes_them() -> None:
    model: RecordTableModel[Row] = RecordTableModel([Column("Name", lambda row: row.name)])
    rows = list(ROWS)
    model.set_records(rows, later=True)
    model.set_filter("cakir")
    assert _shown(model) == ["Ayşe Çakır"]
    assert not model.search_keys_pending()
    assert not model.set_search_keys(rows, ["x"] * len(rows))  # the keys it has stay
    model.set_filter("cakir")
    assert _shown(model) == ["Ayşe Çakır"]


def test_keys_computed_on_demand_take_the_keys_at_hand() -> None:
    """The Directory hands over the names' stored keys: folding them again is not needed."""
    model: RecordTableModel[Row] = RecordTableModel([Column("Name", lambda row: row.name)])
    rows = list(ROWS)
    model.set_records(rows, later=True, known={"Zeynep Işık": "zeynep isik stored"})
    model.set_filter("stored")  # only the stored key says this
    assert _shown(model) == ["Zeynep Işık"]
    model.set_filter("cakir")  # the others are folded as always
    assert _shown(model) == ["Ayşe Çakır"]
