"""Typed cell values: dates in every form a sheet holds them, text, roles, languages."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.excel.cell_parsing import (
    EPOCH_1900,
    EPOCH_1904,
    CellValueError,
    cell_text,
    column_letter,
    line_text,
    parse_date,
    parse_datetime,
    parse_languages,
    parse_role,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03.05.1978", dt.datetime(1978, 5, 3)),
        ("3.5.1978", dt.datetime(1978, 5, 3)),
        ("1978-05-03", dt.datetime(1978, 5, 3)),
        ("2021-08-24T14:30:15", dt.datetime(2021, 8, 24, 14, 30, 15)),
        ("24.08.2021 14.30", dt.datetime(2021, 8, 24, 14, 30)),
        ("25/05/2024", dt.datetime(2024, 5, 25)),
        ("05/25/2024", dt.datetime(2024, 5, 25)),
        ("01/01/2024", dt.datetime(2024, 1, 1)),
        (dt.date(2021, 8, 24), dt.datetime(2021, 8, 24)),
        (28248, dt.datetime(1977, 5, 3)),
        (28248.75, dt.datetime(1977, 5, 3, 18, 0)),
        (1, dt.datetime(1900, 1, 1)),
        (61, dt.datetime(1900, 3, 1)),
        (None, None),
        ("", None),
    ],
)
def test_dates_parse(value: object, expected: dt.datetime | None) -> None:
    assert parse_datetime(value, EPOCH_1900) == expected  # type: ignore[arg-type]


def test_serials_in_the_1904_system() -> None:
    assert parse_date(0.0 + 1, EPOCH_1904) == dt.date(1904, 1, 2)
    assert parse_date(27029, EPOCH_1904) == dt.date(1978, 1, 1)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("01/05/2024", "ambiguous"),
        ("31.02.2021", "not a real date"),
        ("next week", "not a date"),
        ("03.05.78", "not a date"),
        (0, "not a date"),
        (3e9, "not a date"),
        (float("nan"), "not a date"),
        (True, "not a date"),
        (dt.time(9, 30), "time without a date"),
    ],
)
def test_what_is_not_a_date_says_why(value: object, words: str) -> None:
    with pytest.raises(CellValueError, match=words):
        parse_datetime(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12345.0, "12345"),
        (905321234567, "905321234567"),
        (1.5, "1.5"),
        ("  Deputy  Mayor  ", "Deputy  Mayor"),
        (dt.datetime(2021, 8, 24), "24.08.2021"),
        (dt.datetime(2021, 8, 24, 9, 5), "24.08.2021 09:05"),
        (True, "yes"),
        (None, ""),
    ],
)
def test_cells_as_text(value: object, expected: str) -> None:
    assert cell_text(value) == expected  # type: ignore[arg-type]


def test_names_fold_inner_spaces() -> None:
    assert line_text("  Zhandos \t  Tasov\n") == "Zhandos Tasov"


def test_roles_and_languages() -> None:
    assert parse_role("Глава делегации") == "head"
    assert parse_role("") is None
    with pytest.raises(CellValueError, match="not a role"):
        parse_role("captain")
    assert parse_languages("Türkçe / English; kk") == ("tr", "en", "kk")
    assert parse_languages("русский и казахский") == ("ru", "kk")
    with pytest.raises(CellValueError, match="not a language"):
        parse_languages("Elvish")


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702, 16383)] == [
        "A", "Z", "AA", "ZZ", "AAA", "XFD",
    ]  # fmt: skip


def test_an_ambiguous_date_names_both_readings_and_how_to_write_it() -> None:
    with pytest.raises(CellValueError) as raised:
        parse_date("01/05/2024", EPOCH_1900)
    message = str(raised.value)
    assert "1 May or 5 January" in message
    assert "01.05.2024" in message
    assert "2024-05-01" in message
