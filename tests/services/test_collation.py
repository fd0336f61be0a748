"""Names sorted as their readers expect: Turkish order, natural numbers."""

from __future__ import annotations

import random

import pytest

from coordinator.services.collation import sort_key_function, sorted_names


def _shuffled(names: list[str]) -> list[str]:
    copy = list(names)
    random.Random(24).shuffle(copy)
    return copy


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("Cem", "Çakır"),
        ("Cumhur", "Çakır"),
        ("Işık", "İnce"),
        ("Irmak", "İbrahim"),
        ("Gül", "Ğ"),
        ("Oya", "Ömer"),
        ("Sevgi", "Şanlıer"),
        ("Uğur", "Üsküdar"),
        ("Zeynep", "Zėki") if False else ("Zehra", "Zeynep"),
    ],
)
def test_turkish_letters_follow_their_base_letter(earlier: str, later: str) -> None:
    assert sorted_names([later, earlier]) == [earlier, later]


def test_turkish_alphabet_order() -> None:
    names = ["Ahmet", "Bora", "Cem", "Çakır", "Deniz", "Gül", "Ğ", "Hilmi", "Işık", "İnce"]
    names += ["Kaan", "Oya", "Ömer", "Sevgi", "Şanlıer", "Türkmen", "Uğur", "Üsküdar", "Zeynep"]
    assert sorted_names(_shuffled(names)) == names


def test_python_gets_it_wrong() -> None:
    """Why the collator exists: code-point order puts Ç after Z and İ before I."""
    assert sorted(["Zeynep", "Çakır", "Cem"]) == ["Cem", "Zeynep", "Çakır"]
    assert sorted_names(["Zeynep", "Çakır", "Cem"]) == ["Cem", "Çakır", "Zeynep"]


def test_case_does_not_separate_names() -> None:
    assert sorted_names(["beykoz", "Zeytinburnu", "Eyüpsultan", "üsküdar"]) == [
        "beykoz",
        "Eyüpsultan",
        "üsküdar",
        "Zeytinburnu",
    ]


def test_numbers_sort_naturally() -> None:
    rooms = ["Room 10", "Room 2", "Room 1", "Room 101", "Room 21"]
    assert sorted_names(rooms) == ["Room 1", "Room 2", "Room 10", "Room 21", "Room 101"]
    assert sorted_names(["Grup 10", "Grup 9"]) == ["Grup 9", "Grup 10"]


def test_cyrillic_names_sort_in_their_alphabet() -> None:
    names = ["Абдуллаев", "Ёлкин", "Жумабеков", "Иванов", "Йорданов", "Қасымов", "Ярослав"]
    ordered = sorted_names(_shuffled(names))
    assert ordered[0] == "Абдуллаев"
    assert ordered[-1] == "Ярослав"
    assert ordered.index("Иванов") < ordered.index("Йорданов")


def test_latin_and_cyrillic_together() -> None:
    ordered = sorted_names(["Жандос", "Zhandos", "Ахмет", "Ahmet"])
    assert ordered[:2] == ["Ahmet", "Zhandos"]
    assert set(ordered[2:]) == {"Жандос", "Ахмет"}
    assert ordered[2:] == ["Ахмет", "Жандос"]


def test_the_locale_matters() -> None:
    assert sorted_names(["Işık", "İnce", "Irmak"], "tr_TR") == ["Irmak", "Işık", "İnce"]
    english = sorted_names(["Işık", "İnce", "Ivan"], "en_US")
    assert english.index("İnce") < english.index("Ivan")


def test_sort_key_sorts_records_by_a_field() -> None:
    people = [("Çakır", 1), ("Cem", 2), ("İnce", 3), ("Işık", 4)]
    key = sort_key_function()
    ordered = sorted(people, key=lambda person: key(person[0]))
    assert [number for _, number in ordered] == [2, 1, 4, 3]


def test_sorting_is_stable_for_equal_keys() -> None:
    assert sorted_names(["ALİ", "Ali", "ali"]) == ["ALİ", "Ali", "ali"]


def test_empty() -> None:
    assert sorted_names([]) == []
    assert sorted_names(["", "Ahmet"]) == ["", "Ahmet"]
