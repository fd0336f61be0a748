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
