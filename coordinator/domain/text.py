"""Turkish-aware text keys for searching and matching names.

Python's ``str.casefold`` and Qt's case-insensitive filters treat the Turkish
dotted and dotless i as unrelated letters: ``"IŞIK".lower()`` is ``"işik"`` and
``"İsmail".lower()`` keeps a combining dot. People type names without the
Turkish letters (``Arisoy`` for ``Arısoy``) and in any case, so every search
compares *search keys*: case, the four i's and diacritics are folded away and
runs of white space become one space.
"""

import re
import unicodedata

# Every Turkish i, dotted or dotless, upper or lower, becomes a plain "i".
_I_FOLD = str.maketrans({"İ": "i", "I": "i", "ı": "i"})
_SPACE_RUN = re.compile(r"\s+")
# Letters that do not decompose under NFKD but that people type without marks.
_EXTRA_FOLD = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe"})
# Kazakh and Kyrgyz letters that people type as their plain Russian neighbours
# (``Касымов`` for ``Қасымов``).
_CYRILLIC_FOLD = str.maketrans(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
)
# The three in one pass: no letter one of them writes is one another one reads.
_LAST_FOLD = {**_I_FOLD, **_EXTRA_FOLD, **_CYRILLIC_FOLD}

_MARKS_REMEMBERED = 20_000


class _CombiningMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, learning each character once.

    Ten years of names hold a few hundred distinct characters: each is looked
    up in the Unicode database the first time it is met, then in this dict,
    at C speed, instead of calling ``unicodedata.combining`` for every letter.
    """

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        if len(self) < _MARKS_REMEMBERED:  # a hostile file cannot make it grow without end
            self[code] = kept
        return kept


_WITHOUT_MARKS = _CombiningMarks()


def fold_spaces(text: str) -> str:
    """Trim ``text`` and fold every run of white space inside it to one space."""
    return _SPACE_RUN.sub(" ", text).strip()


def search_key(text: str | None) -> str:
    """Return the key under which ``text`` is searched and matched.

    ``search_key("Arısoy") == search_key("ARISOY") == "arisoy"`` and
    ``search_key("İsmail") == search_key("ismail")``. Cyrillic is case-folded
    and its breves and diaereses dropped (``й`` matches ``и``, ``ё`` ``е``);
    Kazakh letters match their Russian neighbours (``қ`` matches ``к``).

    Keys are stored with names (``name_key`` columns): a change to this function
    needs a migration that recomputes them.
    """
    if not text:
        return ""
    folded = text.translate(_I_FOLD)
    if folded.isascii():  # most e-mail addresses, phones and Latin names: no marks to drop
        return fold_spaces(folded.lower())
    # Case-fold before and after decomposing, twice, as Unicode's compatibility
    # caseless match does (D146): one round leaves letters that only casefold or
    # decompose after the other step (``ᾈ``, ``ℌ``), and the key must be stable.
    for _ in range(2):
        decomposed = unicodedata.normalize("NFKD", folded.casefold())
        folded = decomposed.translate(_WITHOUT_MARKS)
    return fold_spaces(folded.translate(_LAST_FOLD))


def matches(query: str, *fields: str | None) -> bool:
    """Tell whether every word of ``query`` occurs in one of ``fields``.

    The comparison uses :func:`search_key` on both sides, so the words of a
    filter box may come in any order, case and spelling of the Turkish letters.
    """
    words = search_key(query).split(" ")
    haystack = " | ".join(search_key(field) for field in fields if field)
    return all(word in haystack for word in words)
