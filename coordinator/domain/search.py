"""Finding anything by name across every program: folding, matching and ranking.

A search box that looks through ten years of programs must answer every
keystroke at once. Each entry's folded key (:func:`coordinator.domain.text.search_key`)
is computed once, when the index is built, and the keys are kept on the lines
of one long text. A query is folded once and found in that text by
``str.find``, in C, from hit to hit: the Python work grows with the hits
listed (:data:`DEFAULT_LIMIT`) and counted (:data:`COUNT_LIMIT`), not with the
entries, so a first letter over 100,000 entries costs a few milliseconds.

A hit ranks by how well its key matches the query, best first:

1. *exact*: the key is the query (``istanbul`` finds ``İstanbul``);
2. *prefix*: the key starts with the query (``beykoz mun`` finds
   ``Beykoz Municipality Solution Center``);
3. *word prefix*: every word of the query starts a word of the key, in any
   order (``arisoy om`` finds ``Ömer Arısoy``);
4. *contains*: every word of the query occurs somewhere in the key
   (``soy`` finds ``Ömer Arısoy``).

Within a rank, entries keep the order the index was built in.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from itertools import islice

from coordinator.domain.text import search_key

DEFAULT_LIMIT = 200
"""How many hits a search returns at most: more than anyone reads in a list."""

COUNT_LIMIT = 1_000
"""Matches are counted up to this many; a result says when there are more."""

_AFTER_EVERY_LETTER = "\U0010ffff"
"""Sorts after any letter: ``key + this`` bounds the keys that start with ``key``."""


class EntryKind(StrEnum):
    """What an entry of the search index stands for; it decides where a hit leads."""

    PROGRAM = "program"
    PARTICIPANT = "participant"
    ACTIVITY = "activity"
    HOST = "host"
    GUIDE = "guide"
    VENUE = "venue"
    ORGANIZATION = "organization"
    PERSON = "person"


class Rank(IntEnum):
    """How well an entry's key matches a query; lower is better."""

    EXACT = 0
    PREFIX = 1
    WORD_PREFIX = 2
    CONTAINS = 3


@dataclass(frozen=True)
class SearchEntry:
    """One thing the search box can find, with where it belongs.

    Attributes:
        kind: what it is (a participant, an activity…).
        id: the record to select where the hit leads: the participant's,
            activity's, guide's, venue's, organization's, person's or
            program's id; for a host, the first activity they host in the program.
        label: what is found and shown first (a name, a title).
        detail: what tells two equal labels apart (a title, an organization, a venue).
        program_code: the program it belongs to; ``""`` for the directory's entries.
        program_title: that program's title, to show beside the hit.
        day: the activity's day or the program's first day, if any.
        key: the folded label, computed once by :func:`make_entry`.
    """

    kind: EntryKind
    id: int
    label: str
    detail: str = ""
    program_code: str = ""
    program_title: str = ""
    day: dt.date | None = None
    key: str = field(default="", compare=False, repr=False)


def make_entry(
    kind: EntryKind,
    record_id: int,
    label: str,
    detail: str = "",
    program: tuple[str, str] = ("", ""),
    day: dt.date | None = None,
) -> SearchEntry:
    """Return an entry whose key is ``label`` folded (the one time it is folded).

    ``program`` is the program's code and title, empty for the directory's entries.
    """
    code, title = program
    return SearchEntry(kind, record_id, label, detail, code, title, day, search_key(label))


def query_words(text: str) -> tuple[str, ...]:
    """Return the folded words of a query; none for a blank one."""
    folded = search_key(text)
    return tuple(folded.split(" ")) if folded else ()


def rank(query: str, key: str) -> Rank | None:
    """Return how well the folded ``key`` matches ``query``, or ``None`` if it does not.

    The reference for :class:`SearchIndex`, which ranks many keys at once.
    """
    words = query_words(query)
    if not words or not all(word in key for word in words):
        return None
    folded = " ".join(words)
    if key == folded:
        return Rank.EXACT
    if key.startswith(folded):
        return Rank.PREFIX
    spaced = " " + key
    if all(" " + word in spaced for word in words):
        return Rank.WORD_PREFIX
    return Rank.CONTAINS


@dataclass(frozen=True)
class SearchResult:
    """The best hits of a query and how many entries matched in all.

    Matches are counted up to :data:`COUNT_LIMIT`; ``more`` says that the
    count stopped there, so that a one-letter query costs no more than a name.
    """

    entries: tuple[SearchEntry, ...]
    total: int
    more: bool = False

    @property
    def truncated(self) -> bool:
        """Tell whether more entries matched than are listed."""
        return self.more or self.total > len(self.entries)


EMPTY_RESULT = SearchResult((), 0)


class SearchIndex:
    """Every entry with its key, ready to answer a query per keystroke.

    The index never changes once built: a changed database gets a new one.
    A query costs a few searches of one long text (in C) and Python work in
    proportion to the hits it lists and counts, not to the entries.
    """

    def __init__(self, entries: Iterable[SearchEntry]) -> None:
        self._entries = tuple(entries)
        self._keys = tuple(entry.key for entry in self._entries)
        # With a space in front, " " + word in spaced_key tells that a word starts with it.
        self._spaced = tuple(" " + key for key in self._keys)
        self._exact: dict[str, list[int]] = {}
        for position, key in enumerate(self._keys):
            self._exact.setdefault(key, []).append(position)
        # The positions in the order of their keys: the keys that start with a
        # query are one run of it, found by bisection.
        self._by_key = sorted(range(len(self._keys)), key=self._keys.__getitem__)
        self._sorted_keys = [self._keys[p] for p in self._by_key]
        self._plain = _Lines(self._keys)
        self._word_starts = _Lines(self._spaced)

    def __len__(self) -> int:
        """Return the number of entries."""
        return len(self._entries)

    @property
    def entries(self) -> tuple[SearchEntry, ...]:
        """Every entry, in the order they rank among equals."""
        return self._entries

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
        """Return the best ``limit`` entries for ``query``, best first, and their count.

        A blank query finds nothing.
        """
        words = query_words(query)
        if not words:
            return EMPTY_RESULT
        lead, others = self._rarest_first(words)
        if not self._plain.holds(lead):
            return EMPTY_RESULT
        chosen = self._ranked(words, lead, others, limit)
        keys = self._keys
        matching = _holding_all(self._plain.positions(lead), others, keys)
        total = sum(1 for _ in islice(matching, COUNT_LIMIT + 1))
        return SearchResult(
            tuple(self._entries[p] for p in chosen),
            min(total, COUNT_LIMIT),
            more=total > COUNT_LIMIT,
        )

    @staticmethod
    def _rarest_first(words: tuple[str, ...]) -> tuple[str, list[str]]:
        """Return the longest word, likely the rarest (its hits are walked through), and the rest.

        Counting each word's hits would cost a pass over the whole text per word.
        """
        distinct = sorted(set(words), key=len, reverse=True)
        return distinct[0], distinct[1:]

    def _ranked(
        self, words: tuple[str, ...], lead: str, others: list[str], limit: int
    ) -> list[int]:
        """Return the best ``limit`` positions: exact, prefix, word prefix, contains.

        Each rank holds the ones above it (a key equal to the query starts with
        it, and then every word of the query starts one of its words): a rank
        is only looked into when the ones above it did not fill the list, and
        then each of them is in it already.
        """
        folded = " ".join(words)
        chosen = list(self._exact.get(folded, ())[:limit])
        lowest = bisect_right(self._sorted_keys, folded)
        highest = bisect_left(self._sorted_keys, folded + _AFTER_EVERY_LETTER, lowest)
        chosen.extend(sorted(self._by_key[lowest:highest])[: limit - len(chosen)])
        if len(chosen) >= limit:
            return chosen
        keys, spaced = self._keys, self._spaced
        taken = set(chosen)
        starts = [" " + word for word in others]
        starting = self._word_starts.positions(" " + lead)
        word_prefix = (p for p in _holding_all(starting, starts, spaced) if p not in taken)
        chosen.extend(islice(word_prefix, limit - len(chosen)))
        if len(chosen) >= limit:
            return chosen
        taken = set(chosen)
        holding = _holding_all(self._plain.positions(lead), others, keys)
        containing = (p for p in holding if p not in taken)
        chosen.extend(islice(containing, limit - len(chosen)))
        return chosen


def _holding_all(
    positions: Iterator[int], pieces: Sequence[str], texts: Sequence[str]
) -> Iterator[int]:
    """Keep the ``positions`` whose text holds every one of ``pieces`` (the common cases inline)."""
    if not pieces:
        return positions
    if len(pieces) == 1:
        piece = pieces[0]
        return (p for p in positions if piece in texts[p])
    return (p for p in positions if all(piece in texts[p] for piece in pieces))


class _Lines:
    """Texts on the lines of one string, searched at C speed from hit to hit."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._joined = "\n".join(texts)  # a folded key holds no line break
        self._starts: list[int] = []
        offset = 0
        for text in texts:
            self._starts.append(offset)
            offset += len(text) + 1

    def holds(self, piece: str) -> bool:
        """Tell whether any of the texts holds ``piece``."""
        return piece in self._joined

    def positions(self, piece: str) -> Iterator[int]:
        """Yield the position of each text that holds ``piece``, in order, once."""
        joined, starts = self._joined, self._starts
        last = len(starts) - 1
        at = joined.find(piece)
        while at >= 0:
            position = bisect_right(starts, at) - 1
            yield position
            if position == last:
                return
            at = joined.find(piece, starts[position + 1])
