"""Finding things by name: Turkish-aware folding, word prefixes and the order of hits."""

from __future__ import annotations

import random

import pytest

from coordinator.domain.search import (
    COUNT_LIMIT,
    EMPTY_RESULT,
    EntryKind,
    Rank,
    SearchEntry,
    SearchIndex,
    make_entry,
    query_words,
    rank,
)


def _person(record_id: int, name: str) -> SearchEntry:
    return make_entry(EntryKind.PERSON, record_id, name)


def _labels(index: SearchIndex, query: str, limit: int = 200) -> list[str]:
    return [entry.label for entry in index.search(query, limit).entries]


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("İstanbul", ("istanbul",)),
        ("  ŞIRNAK  ", ("sirnak",)),
        ("ismail   ARISOY", ("ismail", "arisoy")),
        ("", ()),
        ("   ", ()),
    ],
)
def test_a_query_is_folded_into_words(typed: str, words: tuple[str, ...]) -> None:
    assert query_words(typed) == words


def test_an_entry_folds_its_label_once() -> None:
    entry = make_entry(EntryKind.VENUE, 3, "Şırnak Kültür Merkezi", "Şırnak Belediyesi")
    assert entry.key == "sirnak kultur merkezi"
    assert entry.program_code == ""


@pytest.mark.parametrize(
    ("query", "label", "expected"),
    [
        ("istanbul", "İstanbul", Rank.EXACT),
        ("SIRNAK", "Şırnak", Rank.EXACT),
        ("beykoz mun", "Beykoz Municipality Solution Center", Rank.PREFIX),
        ("arisoy om", "Ömer Arısoy", Rank.WORD_PREFIX),
        ("cakir", "Muhammed Çakır", Rank.WORD_PREFIX),
        ("soy", "Ömer Arısoy", Rank.CONTAINS),
        ("ismail", "Murat İnce", None),
        ("omer arisoy x", "Ömer Arısoy", None),
        ("", "Ömer Arısoy", None),
    ],
)
def test_how_well_a_key_matches(query: str, label: str, expected: Rank | None) -> None:
    assert rank(query, make_entry(EntryKind.PERSON, 1, label).key) == expected


def test_hits_rank_exact_then_prefix_then_word_prefix_then_contains() -> None:
    index = SearchIndex(
        _person(n, name)
        for n, name in enumerate(
            ["Hasanoğlu", "Ali Hasan", "Hasan Kaya", "Hasan", "Ayşe Hasançelebi"]
        )
    )
    assert _labels(index, "HASAN") == [
        "Hasan",  # exact
        "Hasanoğlu",  # prefix, in the index's order
        "Hasan Kaya",  # prefix
        "Ali Hasan",  # word prefix
        "Ayşe Hasançelebi",  # word prefix
    ]
    assert _labels(index, "san") == [
        "Hasanoğlu",
        "Ali Hasan",
        "Hasan Kaya",
        "Hasan",
        "Ayşe Hasançelebi",
    ]


def test_equal_matches_keep_the_order_of_the_index() -> None:
    index = SearchIndex(
        _person(n, f"Zeynep {name}") for n, name in enumerate(["Işık", "Çakır", "Ak"])
    )
    assert _labels(index, "zeynep") == ["Zeynep Işık", "Zeynep Çakır", "Zeynep Ak"]


def test_words_may_come_in_any_order_and_spelling() -> None:
    index = SearchIndex([_person(1, "İsmail Arısoy"), _person(2, "İsmail Yılmaz")])
    assert _labels(index, "arisoy ismail") == ["İsmail Arısoy"]
    assert _labels(index, "ISMAIL") == ["İsmail Arısoy", "İsmail Yılmaz"]
    assert _labels(index, "Касымов") == []


def test_kazakh_letters_are_found_from_their_russian_neighbours() -> None:
    index = SearchIndex([_person(1, "Қасымов Ерлан")])
    assert _labels(index, "касымов") == ["Қасымов Ерлан"]


def test_the_total_counts_every_match_beyond_the_limit() -> None:
    index = SearchIndex(_person(n, f"Delegate {n}") for n in range(500))
    result = index.search("delegate", limit=20)
    assert len(result.entries) == 20
    assert result.total == 500
    assert result.truncated
    assert not index.search("delegate 42").truncated


def test_matches_are_counted_up_to_a_limit() -> None:
    index = SearchIndex(_person(n, f"Delegate {n}") for n in range(COUNT_LIMIT + 500))
    result = index.search("dele", limit=10)
    assert (len(result.entries), result.total, result.more) == (10, COUNT_LIMIT, True)
    assert result.truncated
    exactly = index.search("delegate 1")
    holding_one = sum("1" in str(n) for n in range(COUNT_LIMIT + 500))
    assert (exactly.total, exactly.more) == (holding_one, False)
    assert exactly.entries[0].label == "Delegate 1"


def test_a_blank_query_finds_nothing() -> None:
    index = SearchIndex([_person(1, "Ömer Arısoy")])
    assert index.search("  ") is EMPTY_RESULT
    assert index.search("zzz").total == 0


@pytest.mark.parametrize(
    "query", ["a", "ar", "ari", "ari s", "ari so", "is", "is ma", "ma is", "sanli", "s", "lı er"]
)
def test_the_index_ranks_as_the_reference_does(query: str) -> None:
    rng = random.Random(7)
    syllables = ["ar", "ı", "soy", "is", "ma", "il", "ça", "kır", "şan", "lı", "er", " "]
    names = ["".join(rng.choice(syllables) for _ in range(6)).strip() or "x" for _ in range(400)]
    entries = [_person(n, name) for n, name in enumerate(names)]
    result = SearchIndex(entries).search(query, limit=50)
    ranks = {n: rank(query, entry.key) for n, entry in enumerate(entries)}
    expected = sorted(
        (n for n, found in ranks.items() if found is not None), key=lambda n: (ranks[n], n)
    )
    assert [entry.id for entry in result.entries] == expected[:50]
    assert result.total == len(expected)


def test_an_empty_index_finds_nothing() -> None:
    index = SearchIndex([])
    assert len(index) == 0
    assert index.search("a") == EMPTY_RESULT
