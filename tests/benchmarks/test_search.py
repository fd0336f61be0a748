"""Benchmark: Find everywhere over ten years of work, per keystroke and to build.

Run on purpose with ``pytest tests/benchmarks/test_search.py --benchmark-only``;
the suite skips it. The goals: a keystroke answered in under 50 ms over
100,000 entries (the box filters on the GUI thread), and the decade database
indexed in a few seconds (off the GUI thread).
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from coordinator.domain.search import EntryKind, SearchEntry, SearchIndex
from coordinator.domain.text import search_key
from coordinator.services.search import SearchService
from coordinator.store import open_database
from tests.benchmarks.decade import build_decade

ENTRIES = 100_000
GIVEN = ("Ahmet", "Ayşe", "İsmail", "Zeynep", "Işıl", "Ömer", "Şeyma", "Gulzhamal", "Nursultan",
         "Zhandos", "Timur", "Berik", "Aigerim", "Ерлан", "Қанат", "Hilmi")  # fmt: skip
FAMILY = ("Arısoy", "Yılmaz", "Çakır", "Şanlıer", "Köken", "Türkmen", "Tokhtarova", "Tasov",
          "Suleymanova", "Касымов", "Özdemir", "Aydın", "İnce", "Işık")  # fmt: skip
MIDDLE = tuple(f"{letter}." for letter in "ABCÇDEFGHIİJKLMNOÖPRSŞTUÜVYZ")
WORDS = ("Site", "visit", "to", "the", "Municipality", "Center", "Courtesy", "Mayor", "Meeting",
         "Cultural", "tour", "İstanbul", "Şırnak", "Ankara", "Beykoz", "Üsküdar", "Kitchen",
         "Garden", "Museum", "Union", "Headquarters", "Ceremony")  # fmt: skip
KEYSTROKES = ("i", "is", "ism", "isma", "ismail", "ismail a", "ismail ar", "ismail arisoy")
COLD_QUERIES = ("a", "e", "sirnak", "site visit", "касымов", "zzz")


@cache
def _key(label: str) -> str:
    return search_key(label)


def _entries(seed: int = 2016) -> list[SearchEntry]:
    """People who come back year after year, and activity titles from a small vocabulary."""
    rng = random.Random(seed)
    entries = []
    for number in range(ENTRIES):
        program = (f"P-{number % 1000:04d}", f"Program {number % 1000}")
        if number % 5 < 3:
            label = f"{rng.choice(GIVEN)} {rng.choice(MIDDLE)} {rng.choice(FAMILY)}"
            kind = EntryKind.PARTICIPANT
        else:
            label = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 8)))
            kind = EntryKind.ACTIVITY
        entries.append(SearchEntry(kind, number, label, "", *program, key=_key(label)))
    return entries


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(_entries())


def test_typing_a_name_keystroke_by_keystroke(
    benchmark: BenchmarkFixture, index: SearchIndex
) -> None:
    """Every keystroke of ``ismail arisoy``, as the box searches while the name is typed."""

    def type_name() -> int:
        found = 0
        for query in KEYSTROKES:
            found = index.search(query).total
        return found

    found = benchmark.pedantic(type_name, rounds=10, iterations=1)
    assert found > 0
    assert benchmark.stats is not None
    assert benchmark.stats.stats.mean / len(KEYSTROKES) < 0.050


@pytest.mark.parametrize("query", COLD_QUERIES)
def test_a_first_keystroke_over_every_entry(
    benchmark: BenchmarkFixture, index: SearchIndex, query: str
) -> None:
    """A first keystroke, a rare word, a common pair of words, Cyrillic, nothing found."""
    result = benchmark.pedantic(lambda: index.search(query), rounds=10, iterations=1)
    assert len(result.entries) <= 200
    assert benchmark.stats is not None
    assert benchmark.stats.stats.mean < 0.050


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_decade(tmp_path_factory.mktemp("decade") / "decade.sqlite")


def test_indexing_the_decade_database(benchmark: BenchmarkFixture, decade: Path) -> None:
    """1,000 programs, 18,000 participants and 18,000 activities read into one index."""
    database = open_database(decade)
    try:
        built = benchmark.pedantic(SearchService(database).build_index, rounds=3, iterations=1)
    finally:
        database.close()
    assert len(built) > 36_000
    assert built.search("tokhtarova").more  # 18,000 delegates, counted up to the limit
    assert built.search("delegate 999-17").total == 1
