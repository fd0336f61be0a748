"""Which directory entries may be the same organization or person, by our names.

An import or a hurried colleague leaves the same body twice: ``TDBB`` beside
*Union of Turkish World Municipalities (TDBB)*, *Türkistan Belediyesi* beside
*Turkistan Municipality*, ``Айгуль Токтогулова`` beside *Aigul Toktogulova*.
These rules give every entry a few *keys*; two entries that share a key are a
candidate pair, for a person to look at and merge or leave. Nothing here
merges anything.

- A name is written in Latin letters (``anyascii``, after the Turkish-aware
  :func:`~coordinator.domain.text.search_key`), so Cyrillic and Latin spellings
  meet; spelling variants of transliteration (``y``/``i``, ``kh``/``h``,
  doubled letters, apostrophes for soft signs) are folded.
- An organization's words are translated from Turkish with a small table
  (*belediyesi* is *municipality*), joining words such as *of* are dropped and
  the words are sorted, so word order does not matter.
- An abbreviation (a name such as ``TDBB``, or one given in parentheses) meets
  the initials of a name of three words or more, or the same abbreviation.
- People also meet by the same e-mail address or the same phone number.

Pairs come from blocks of entries sharing a key, never from comparing all
pairs, so 18,000 people take well under a second.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from anyascii import anyascii

from coordinator.domain.text import search_key


class Reason(StrEnum):
    """Why two entries may be one."""

    SAME_NAME = "same_name"
    """The same name once case, script, language and word order are set aside."""
    ABBREVIATION = "abbreviation"
    """One name is the other's abbreviation, or both give the same one."""
    SAME_EMAIL = "same_email"
    SAME_PHONE = "same_phone"


@dataclass(frozen=True)
class Entry:
    """What the rules read of a directory entry."""

    id: int
    name: str
    email: str = ""
    phone: str = ""
    key: str = ""
    """The name's :func:`~coordinator.domain.text.search_key`, when stored with it."""


@dataclass(frozen=True)
class Candidate:
    """Two entries that may be one (``first_id < second_id``), and why."""

    first_id: int
    second_id: int
    reasons: tuple[Reason, ...]


MAX_BLOCK = 20
"""A key shared by more entries than this says nothing (a common name): it makes no pairs."""

# Turkish words of organizations' names, as written in Latin letters without
# marks, and their English counterparts; a phrase of two words comes first.
_PHRASES = {
    ("buyuk", "sehir"): ("metropolitan",),
    ("il", "ozel"): ("special", "provincial"),
}
_WORDS = {
    "belediye": "municipality", "belediyesi": "municipality", "belediyeler": "municipality",
    "belediyeleri": "municipality", "municipalities": "municipality",
    "buyuksehir": "metropolitan",
    "valilik": "governorship", "valiligi": "governorship",
    "kaymakamlik": "district governorship", "kaymakamligi": "district governorship",
    "universite": "university", "universitesi": "university", "universities": "university",
    "bakanlik": "ministry", "bakanligi": "ministry", "ministries": "ministry",
    "birlik": "union", "birligi": "union",
    "dernek": "association", "dernegi": "association",
    "vakif": "foundation", "vakfi": "foundation",
    "mudurluk": "directorate", "mudurlugu": "directorate",
    "baskanlik": "presidency", "baskanligi": "presidency",
    "genel": "general", "meclis": "council", "meclisi": "council",
    "oda": "chamber", "odasi": "chamber",
    "ticaret": "commerce", "sanayi": "industry",
    "muze": "museum", "muzesi": "museum",
    "hastane": "hospital", "hastanesi": "hospital",
    "okul": "school", "okulu": "school",
    "ajans": "agency", "ajansi": "agency", "kalkinma": "development",
    "cumhuriyet": "republic", "cumhuriyeti": "republic",
    "turk": "turkish", "turkiye": "turkey", "dunya": "world", "dunyasi": "world",
    "ilce": "district", "il": "province",
    "kultur": "culture", "turizm": "tourism", "egitim": "education", "saglik": "health",
    "disisleri": "foreign affairs", "icisleri": "interior",
    "kent": "city", "sehir": "city", "merkez": "centre", "merkezi": "centre", "center": "centre",
}  # fmt: skip
_JOINING = frozenset({"of", "the", "and", "for", "ve", "ile", "tc", "t c"})
_PARENTHESES = re.compile(r"\(([^()]*)\)")
# "T.C." (the Republic of Türkiye) opens the names of state bodies.
_STATE_PREFIX = re.compile(r"^\s*T\.\s*C\.\s*", re.IGNORECASE)
_NOT_LETTER = re.compile(r"[^a-z0-9 ]+")
# Spellings that transliterations of one name differ by, longest first.
_VARIANTS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("sh", "s"), ("ch", "c"), ("ye", "e"),
             ("yo", "e"), ("y", "i"),
             ("w", "v"), ("q", "k"), ("x", "ks"))  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")


def latin_words(text: str, key: str | None = None) -> list[str]:
    """Return the words of ``text`` in plain lower-case Latin letters and digits.

    ``latin_words("Türkistan Belediyesi") == ["turkistan", "belediyesi"]`` and
    ``latin_words("Айгуль") == ["aigul"]``; punctuation separates words, an
    apostrophe (a soft sign) is dropped. ``key`` is ``search_key(text)`` when
    already known (stored with the name).
    """
    folded = search_key(text) if key is None else key
    return [latin for word in folded.split(" ") for latin in _latin_word(word)]


@lru_cache(maxsize=65536)
def _latin_word(word: str) -> tuple[str, ...]:
    latin = anyascii(word).lower().replace("'", "")
    return tuple(_NOT_LETTER.sub(" ", latin).split())


@lru_cache(maxsize=65536)
def _sounded(word: str) -> str:
    for written, said in _VARIANTS:
        word = word.replace(written, said)
    return _DOUBLED.sub(r"\1", word)


def person_name_key(name: str, key: str | None = None) -> str:
    """Return the key under which two spellings of one person's name meet.

    Script, case, Turkish letters, transliteration variants and word order are
    set aside: ``Айгуль Токтогулова``, ``Aigul Toktogulova`` and
    ``TOKTOGULOVA Aygul`` give one key. ``key`` is ``search_key(name)`` if known.
    """
    words = latin_words(name, key)
    letters = sorted(_sounded(word) for word in words if not word.isdigit())
    return " ".join([*letters, *(word for word in words if word.isdigit())])


def _translated(words: Sequence[str]) -> list[str]:
    result: list[str] = []
    position = 0
    while position < len(words):
        pair = tuple(words[position : position + 2])
        if pair in _PHRASES:
            result.extend(_PHRASES[pair])
            position += 2
            continue
        word = words[position]
        result.extend(_WORDS.get(word, word).split(" "))
        position += 1
    return result


def _without_asides(name: str) -> str:
    return _PARENTHESES.sub(" ", _STATE_PREFIX.sub("", name))


def organization_name_key(name: str) -> str:
    """Return the key under which a Turkish and an English name of one body meet.

    An abbreviation in parentheses is left out, Turkish words are translated
    (``Türkistan Belediyesi`` and ``Turkistan Municipality`` give one key),
    joining words dropped and the words sorted.
    """
    words = latin_words(_without_asides(name))
    meaningful = [word for word in _translated(words) if word not in _JOINING]
    return " ".join(sorted(dict.fromkeys(meaningful)))


def abbreviations(name: str) -> tuple[set[str], set[str]]:
    """Return the abbreviations a name *is* or *gives*, and the initials it *has*.

    ``TDBB`` is an abbreviation; *Union of … (TDBB)* gives one; *Türk Dünyası
    Belediyeler Birliği* (three words or more) has the initials ``tdbb``.
    Initials alone never pair two long names: one side must be an abbreviation.
    """
    given: set[str] = set()
    for inside in _PARENTHESES.findall(name):
        words = latin_words(inside)
        if len(words) == 1 and 2 <= len(words[0]) <= 10:
            given.add(words[0])
    outside = _without_asides(name).split()
    if len(outside) == 1 and 2 <= len(outside[0]) <= 10 and outside[0].isupper():
        given.update(latin_words(outside[0])[:1])
    words = [word for word in latin_words(_without_asides(name)) if word not in _JOINING]
    initials = {"".join(word[0] for word in words)} if len(words) >= 3 else set()
    return given, initials


def _phone_key(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[-9:] if len(digits) >= 7 else ""


Keys = Iterable[tuple[Reason, str, bool]]
"""An entry's keys: the reason two entries sharing it may be one, the key, and
whether it can start a pair (``False``: it only meets keys that can)."""


def organization_keys(entry: Entry) -> Keys:
    """Return the keys of an organization (see :data:`Keys`)."""
    name_key = organization_name_key(entry.name)
    if name_key:
        yield Reason.SAME_NAME, name_key, True
    given, initials = abbreviations(entry.name)
    for abbreviation in given:
        yield Reason.ABBREVIATION, abbreviation, True
    for abbreviation in initials - given:
        yield Reason.ABBREVIATION, abbreviation, False


def person_keys(entry: Entry) -> Keys:
    """Return the keys of a person (see :data:`Keys`)."""
    name_key = person_name_key(entry.name, entry.key or None)
    if name_key:
        yield Reason.SAME_NAME, name_key, True
    email = entry.email.strip().casefold()
    if "@" in email:
        yield Reason.SAME_EMAIL, email, True
    phone = _phone_key(entry.phone)
    if phone:
        yield Reason.SAME_PHONE, phone, True


def candidates(
    entries: Iterable[Entry],
    keys_of: Callable[[Entry], Keys],
    progress: Callable[[int, int], bool] | None = None,
) -> list[Candidate]:
    """Return the pairs of entries that share a key, each once, by ids.

    Entries are grouped by key (blocking); a group larger than
    :data:`MAX_BLOCK` is skipped. ``progress(done, total)`` is called now and
    then; when it returns ``False`` the search stops with what it found.
    """
    listed = list(entries)
    blocks: dict[tuple[Reason, str], list[tuple[int, bool]]] = defaultdict(list)
    for done, entry in enumerate(listed):
        if progress is not None and done % 2000 == 0 and not progress(done, len(listed)):
            break
        for reason, key, starts in keys_of(entry):
            blocks[reason, key].append((entry.id, starts))
    found: dict[tuple[int, int], set[Reason]] = defaultdict(set)
    for (reason, _key), members in blocks.items():
        if not 2 <= len(members) <= MAX_BLOCK:
            continue
        for index, (first, first_starts) in enumerate(members):
            for second, second_starts in members[index + 1 :]:
                if first != second and (first_starts or second_starts):
                    found[min(first, second), max(first, second)].add(reason)
    order = list(Reason)
    return [
        Candidate(first, second, tuple(sorted(reasons, key=order.index)))
        for (first, second), reasons in sorted(found.items())
    ]


def organization_candidates(entries: Iterable[Entry]) -> list[Candidate]:
    """Return the organizations that may be one (see :func:`candidates`)."""
    return candidates(entries, organization_keys)


def person_candidates(entries: Iterable[Entry]) -> list[Candidate]:
    """Return the people who may be one (see :func:`candidates`)."""
    return candidates(entries, person_keys)
