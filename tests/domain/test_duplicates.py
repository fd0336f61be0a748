"""Which directory entries may be one: abbreviations, Turkish and English, Cyrillic and Latin."""

from __future__ import annotations

import pytest

from coordinator.domain import duplicates
from coordinator.domain.duplicates import (
    Candidate,
    Entry,
    Reason,
    abbreviations,
    latin_words,
    organization_candidates,
    organization_name_key,
    person_candidates,
    person_name_key,
)


@pytest.mark.parametrize(
    ("turkish", "english"),
    [
        ("Türkistan Belediyesi", "Turkistan Municipality"),
        ("İstanbul Büyükşehir Belediyesi", "Istanbul Metropolitan Municipality"),
        ("Istanbul Buyuk Sehir Belediyesi", "Istanbul Metropolitan Municipality"),
        ("Ankara Valiliği", "Governorship of Ankara"),
        ("Marmara Üniversitesi", "Marmara University"),
        ("T.C. Dışişleri Bakanlığı", "Ministry of Foreign Affairs"),
        ("Türk Dünyası Belediyeler Birliği", "Union of Turkish World Municipalities"),
        ("Union of Turkish World Municipalities (TDBB)", "Union of Turkish World Municipalities"),
        ("ÜSKÜDAR BELEDİYESİ", "Üsküdar Municipality"),
        ("Түркістан Belediyesi", "Turkistan Municipality"),
    ],
)
def test_a_turkish_and_an_english_name_of_one_body_meet(turkish: str, english: str) -> None:
    assert organization_name_key(turkish) == organization_name_key(english)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Beykoz Municipality", "Üsküdar Municipality"),
        ("Istanbul Metropolitan Municipality", "Istanbul Municipality"),
        ("Ministry of Interior", "Ministry of Foreign Affairs"),
        ("Marmara University", "Marmara Municipality"),
    ],
)
def test_different_bodies_do_not_meet(one: str, other: str) -> None:
    assert organization_name_key(one) != organization_name_key(other)


def test_abbreviations_are_what_a_name_is_gives_or_has() -> None:
    assert abbreviations("TDBB") == ({"tdbb"}, set())
    assert abbreviations("Union of Turkish World Municipalities (TDBB)") == ({"tdbb"}, {"utwm"})
    assert abbreviations("Türk Dünyası Belediyeler Birliği") == (set(), {"tdbb"})
    assert abbreviations("Beykoz Municipality") == (set(), set())  # two words: no initials
    assert abbreviations("Beykoz") == (set(), set())  # one word, not in capitals


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Айгуль Токтогулова", "Aigul Toktogulova"),
        ("Айгуль Токтогулова", "Aygul Toktogulova"),
        ("Айгуль Токтогулова", "TOKTOGULOVA Aigul"),
        ("Жандос Тасов", "Zhandos Tasov"),
        ("Юлия Щукина", "Yuliya Shchukina"),
        ("Нұрсұлтан Жүсіпбаев", "Nursultan Zhusipbayev"),
        ("Ерлан Ахметов", "Erlan Akhmetov"),
        ("Ömer Arısoy", "Omer Arisoy"),
    ],
)
def test_a_name_in_cyrillic_and_in_latin_meets(cyrillic: str, latin: str) -> None:
    assert person_name_key(cyrillic) == person_name_key(latin)


def test_different_people_do_not_meet() -> None:
    assert person_name_key("Aigul Toktogulova") != person_name_key("Aigerim Toktogulova")
    assert person_name_key("Delegate 1-2") != person_name_key("Delegate 2-1")


def test_latin_words_drop_marks_apostrophes_and_punctuation() -> None:
    assert latin_words("Türkistan Belediyesi") == ["turkistan", "belediyesi"]
    assert latin_words("Айгуль") == ["aigul"]
    assert latin_words("O'Brien-Smith, Ltd.") == ["obrien", "smith", "ltd"]
    assert latin_words("Ali", key="veli") == ["veli"]  # a stored key is taken as it is


def test_organizations_pair_by_name_and_by_abbreviation() -> None:
    entries = [
        Entry(1, "Union of Turkish World Municipalities (TDBB)"),
        Entry(2, "TDBB"),
        Entry(3, "Türkistan Belediyesi"),
        Entry(4, "Turkistan Municipality"),
        Entry(5, "Beykoz Municipality"),
        Entry(6, "Türk Dünyası Belediyeler Birliği"),
    ]
    assert organization_candidates(entries) == [
        Candidate(1, 2, (Reason.ABBREVIATION,)),
        Candidate(1, 6, (Reason.SAME_NAME, Reason.ABBREVIATION)),
        Candidate(2, 6, (Reason.ABBREVIATION,)),
        Candidate(3, 4, (Reason.SAME_NAME,)),
    ]


def test_initials_alone_never_pair_two_long_names() -> None:
    entries = [Entry(1, "Istanbul Water Sewerage Board"), Entry(2, "Izmir Wine Society Bureau")]
    assert organization_candidates(entries) == []


def test_people_pair_by_name_email_and_phone() -> None:
    entries = [
        Entry(1, "Айгуль Токтогулова"),
        Entry(2, "Aigul Toktogulova", email="AIGUL@example.kg"),
        Entry(3, "A. Toktogulova", email="aigul@example.kg ", phone="+996 555 123 456"),
        Entry(4, "Someone Else", phone="0555 123456"),
        Entry(5, "Nobody", phone="112"),
        Entry(6, "Nobody Either", phone="112"),
    ]
    assert person_candidates(entries) == [
        Candidate(1, 2, (Reason.SAME_NAME,)),
        Candidate(2, 3, (Reason.SAME_EMAIL,)),
        Candidate(3, 4, (Reason.SAME_PHONE,)),
    ]


def test_a_common_name_makes_no_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(duplicates, "MAX_BLOCK", 3)
    entries = [Entry(number, "Ahmet Yılmaz") for number in range(4)]
    assert person_candidates(entries) == []
    assert len(person_candidates(entries[:3])) == 3


def test_a_search_stops_when_asked() -> None:
    entries = [Entry(1, "Ali Veli"), Entry(2, "Ali Veli")]
    calls: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    assert duplicates.candidates(entries, duplicates.person_keys, stop) == []
    assert calls == [(0, 2)]


def test_ten_years_of_people_pair_by_blocks_not_by_all_pairs() -> None:
    entries = [Entry(number, f"Delegate {number} Tokhtarova") for number in range(18_000)]
    entries.append(Entry(18_000, "Тохтарова Delegate 17999"))
    found = person_candidates(entries)
    assert found == [Candidate(17_999, 18_000, (Reason.SAME_NAME,))]
