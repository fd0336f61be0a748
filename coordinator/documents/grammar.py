"""The grammar a narrative needs: lists of names, shared plurals, Turkish case suffixes.

Reports put recorded names into sentences, so the sentences must bend around
the names: "A, B and C" or "A, B ve C", "Beykoz and Üsküdar Municipalities",
and in Turkish a case suffix after any name, written as the Turkish Language
Association (TDK) spelling guide wants it:

* vowel harmony from the last vowel as written (two-way a/e, four-way ı/i/u/ü),
  which is also how foreign names are treated (Tasov'u, Baibolov'a);
* d becomes t after the voiceless consonants f s t k ç ş h p (Solak'ta);
* buffer letters after vowels (Ali'yi, Ali'ye, Ali'nin, Ali'yle);
* an apostrophe after names of persons and places and after abbreviations,
  an abbreviation taking its harmony from how its last letter is read
  (B is "be": TDBB'ye, TDBB'nin);
* an apostrophe after any word written in another script (Cyrillic);
* no apostrophe after names of institutions that end in a common noun, and
  the n buffer after a third-person possessive (Üsküdar Belediyesine,
  Türk Dil Kurumundan, Ahmet Yesevi Müzesinden).

Common nouns (lower-case words) take the suffix without an apostrophe and
without consonant softening, which depends on the word and cannot be told
from its letters. The rules are tables below; a name the tables do not know is
read as a person's or a place's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, cast

from coordinator.documents.vocabulary import Labels, check_language

Case = Literal["accusative", "dative", "locative", "ablative", "genitive", "instrumental"]
"""The Turkish cases a sentence may put a name in."""

LABELS = Labels({"and": ("and", "ve")})
"""The words this module writes itself."""

# Each case as a pattern: (y) and (n) are buffer letters written after a vowel,
# I is the four-way vowel, A the two-way vowel, D is d or t. The second pattern
# is used after a third-person possessive (Belediyesi-ne, Kurumu-nda).
_CASES: dict[str, tuple[str, str]] = {
    "accusative": ("(y)I", "nI"),
    "dative": ("(y)A", "nA"),
    "locative": ("DA", "nDA"),
    "ablative": ("DAn", "nDAn"),
    "genitive": ("(n)In", "nIn"),
    "instrumental": ("(y)lA", "ylA"),
}
_TOKENS = re.compile(r"\([yn]\)|.")

_VOWELS = "aeıioöuü"
_TWO_WAY = dict(zip(_VOWELS, "aeaeaeae", strict=True))
_FOUR_WAY = dict(zip(_VOWELS, "ıiıiuüuü", strict=True))
_VOICELESS = "fstkçşhp"
_TURKISH_LETTERS = frozenset("abcçdefgğhıijklmnoöprsştuüvyz")
_FIRST_NON_LATIN = 0x0370
"""Letters from here on (Greek, Cyrillic, ...) are of another script than Turkish."""

# Letters of other alphabets as a Turkish reader sounds them out (Cyrillic of
# Kazakh, Kyrgyz and Russian names; Latin letters with accents).
_SOUNDS = str.maketrans(
    {
        "â": "a", "î": "i", "û": "u", "ä": "e", "á": "a", "à": "a", "å": "a", "é": "e",
        "è": "e", "ê": "e", "ë": "e", "í": "i", "ì": "i", "ï": "i", "ó": "o", "ò": "o",
        "ô": "o", "õ": "o", "ú": "u", "ù": "u", "ñ": "n", "ý": "y", "ž": "j", "š": "ş",
        "č": "ç", "x": "ks", "w": "v", "q": "k",
        "а": "a", "ә": "e", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
        "ё": "o", "ж": "j", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l",
        "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ұ": "u", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "s",
        "ч": "ç", "ш": "ş", "щ": "ş", "ы": "ı", "і": "i", "э": "e", "ю": "u", "я": "a",
    }
)  # fmt: skip

# How each letter is read out in an abbreviation: TDBB is "te de be be".
_LETTER_NAMES = {
    "a": "a", "b": "be", "c": "ce", "ç": "çe", "d": "de", "e": "e", "f": "fe",
    "g": "ge", "ğ": "ge", "h": "he", "ı": "ı", "i": "i", "j": "je", "k": "ke",
    "l": "le", "m": "me", "n": "ne", "o": "o", "ö": "ö", "p": "pe", "r": "re",
    "s": "se", "ş": "şe", "t": "te", "u": "u", "ü": "ü", "v": "ve", "y": "ye",
    "z": "ze", "ks": "iks",
}  # fmt: skip
_ABBREVIATION_LENGTH = 4
"""All-capital words this long or shorter are read letter by letter (TDBB, ABD)."""

# How a number ends when read out: its last non-zero place decides (2021: "bir").
_DIGIT_NAMES = ("", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")
_TEN_NAMES = ("", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan")
_POWER_NAMES = ((3, "yüz"), (6, "bin"), (9, "milyon"), (12, "milyar"))

# Words whose suffixes do not follow their written last vowel (saate, Kemal'e).
_HARMONY_EXCEPTIONS = {
    "saat": "e", "alkol": "ö", "gol": "ö", "kemal": "e", "celal": "e", "cemal": "e",
    "bilal": "e", "hilal": "e", "ikbal": "e", "iclal": "e", "meral": "e", "kontrol": "ö",
}  # fmt: skip

# Common nouns that end names of institutions, in their possessive form (and the
# plural of it): their suffixes take no apostrophe and the n buffer.
_INSTITUTIONS = {
    "belediyesi": "belediyeleri", "üniversitesi": "üniversiteleri", "bakanlığı": "bakanlıkları",
    "valiliği": "valilikleri", "kaymakamlığı": "kaymakamlıkları", "birliği": "birlikleri",
    "derneği": "dernekleri", "vakfı": "vakıfları", "odası": "odaları", "müzesi": "müzeleri",
    "merkezi": "merkezleri", "müdürlüğü": "müdürlükleri", "başkanlığı": "başkanlıkları",
    "kurumu": "kurumları", "kurulu": "kurulları", "meclisi": "meclisleri",
    "ajansı": "ajansları", "hastanesi": "hastaneleri", "okulu": "okulları",
    "lisesi": "liseleri", "fakültesi": "fakülteleri", "enstitüsü": "enstitüleri",
    "kütüphanesi": "kütüphaneleri", "şirketi": "şirketleri", "akademisi": "akademileri",
    "federasyonu": "federasyonları", "sendikası": "sendikaları", "konseyi": "konseyleri",
    "komisyonu": "komisyonları", "sekreterliği": "sekreterlikleri", "müşavirliği": "müşavirlikleri",
    "kahvehanesi": "kahvehaneleri", "kahvesi": "kahveleri", "pazarı": "pazarları",
    "çarşısı": "çarşıları", "mutfağı": "mutfakları", "bahçesi": "bahçeleri",
    "evi": "evleri", "tesisi": "tesisleri",
}  # fmt: skip
_INSTITUTION_WORDS = frozenset(_INSTITUTIONS) | frozenset(_INSTITUTIONS.values())

# Common nouns in possessive form that end geographical names and names of
# streets and landmarks: these keep the apostrophe, with the n buffer
# (Marmara Denizi'ne, Süleymaniye Camii'nde), as do surnames in -oğlu.
_PLACES = frozenset(
    (
        "denizi", "gölü", "dağı", "dağları", "nehri", "ırmağı", "çayı", "boğazı", "körfezi",
        "adası", "adaları", "yarımadası", "burnu", "ovası", "vadisi", "yaylası", "caddesi",
        "sokağı", "bulvarı", "meydanı", "mahallesi", "köprüsü", "kulesi", "sarayı", "camii",
        "parkı", "limanı", "havalimanı", "kalesi", "kapısı",
    )
)  # fmt: skip
_POSSESSIVE_SURNAME_ENDINGS = ("oğlu", "oğulları")

# Names of institutions in English whose shared last word a list may say once,
# in the plural: "Beykoz and Üsküdar Municipalities".
_ENGLISH_PLURALS = {
    "Municipality": "Municipalities", "University": "Universities", "Ministry": "Ministries",
    "Governorship": "Governorships", "Governorate": "Governorates", "Union": "Unions",
    "Association": "Associations", "Foundation": "Foundations", "Chamber": "Chambers",
    "Council": "Councils", "Agency": "Agencies", "Museum": "Museums", "Center": "Centers",
    "Centre": "Centres", "Institute": "Institutes", "Library": "Libraries",
    "Hospital": "Hospitals", "School": "Schools", "Directorate": "Directorates",
    "Authority": "Authorities", "Company": "Companies", "Administration": "Administrations",
}  # fmt: skip
ENGLISH_PLURAL_WORDS = frozenset(_ENGLISH_PLURALS.values())
"""The plurals :func:`join_names` may write in English (a test allows them in reports)."""


def join_list(items: Sequence[str], language: str) -> str:
    """Join items as a sentence lists them: "A, B and C" or "A, B ve C".

    There is no comma before the last item (no Oxford comma), as in the seed
    report; one item stands alone and no item gives an empty string.
    """
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {LABELS.text('and', language)} {items[-1]}"


def join_names(names: Sequence[str], language: str) -> str:
    """Join names of institutions, saying a shared last word once in the plural.

    "Beykoz Municipality" and "Üsküdar Municipality" give "Beykoz and Üsküdar
    Municipalities"; "Beykoz Belediyesi" and "Üsküdar Belediyesi" give
    "Beykoz ve Üsküdar belediyeleri" (the shared common noun in lower case, as
    the TDK guide writes it). Names that share no known word are joined whole.
    """
    check_language(language)
    heads = {name.rsplit(" ", 1)[-1] for name in names}
    if len(names) < 2 or len(heads) != 1 or any(" " not in name for name in names):
        return join_list(names, language)
    head = heads.pop()
    plural = _ENGLISH_PLURALS.get(head) if language == "en" else _INSTITUTIONS.get(lower(head))
    if plural is None:
        return join_list(names, language)
    return f"{join_list([name.rsplit(' ', 1)[0] for name in names], language)} {plural}"


def lower(text: str) -> str:
    """Lower-case Turkish text: I becomes ı and İ becomes i."""
    return text.replace("I", "ı").replace("İ", "i").lower()


def upper(text: str) -> str:
    """Upper-case Turkish text: i becomes İ and ı becomes I."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def capitalize_first(text: str, language: str) -> str:
    """Capitalize the first letter only (in Turkish, i becomes İ)."""
    if not text:
        return text
    first = upper(text[0]) if language == "tr" else text[0].upper()
    return first + text[1:]


def lower_first(text: str, language: str, proper_words: frozenset[str]) -> str:
    """Lower the first letter of a sentence-case title that a sentence runs on into.

    "Certification ceremony" becomes "certification ceremony"; a title whose
    first word is a proper name (one of ``proper_words``) or whose words are all
    capitalized ("Closing Ceremony") is a name and stays as written.
    """
    words = text.split(" ")
    first = words[0]
    if not first or first in proper_words or not first[1:].islower() or not first[0].isupper():
        return text
    if len(words) > 1 and not words[1][:1].islower():
        return text
    initial = lower(first[0]) if language == "tr" else first[0].lower()
    return initial + text[1:]


@dataclass(frozen=True)
class _Reading:
    """How a name ends when read out, which is all a suffix looks at."""

    sounds: str
    apostrophe: bool
    possessive: bool
    shouted: bool = False

    @property
    def vowel(self) -> str:
        vowels = [letter for letter in self.sounds if letter in _VOWELS]
        return _HARMONY_EXCEPTIONS.get(self.sounds, vowels[-1] if vowels else "e")


def inflect(name: str, case: Case) -> str:
    """Return ``name`` with the Turkish case suffix, spelled as the TDK guide wants.

    Examples: ``inflect("Hilmi Türkmen", "dative")`` is "Hilmi Türkmen'e",
    ``inflect("TDBB", "genitive")`` is "TDBB'nin", ``inflect("Üsküdar
    Belediyesi", "dative")`` is "Üsküdar Belediyesine". A name ending in a
    parenthesis takes the suffix before it: "Türk Dünyası Belediyeler Birliğinden
    (TDBB)".

    Raises:
        ValueError: for a case that is not one of :data:`Case`.
    """
    if case not in _CASES:
        msg = f"Unknown Turkish case {case!r}"
        raise ValueError(msg)
    head, tail = _split_parenthesis(name)
    if not head:
        return name
    reading = _read(head)
    suffix = _render(_CASES[case][1 if reading.possessive else 0], reading)
    if reading.shouted:
        suffix = upper(suffix)
    apostrophe = "'" if reading.apostrophe else ""
    return f"{head}{apostrophe}{suffix}{tail}"


def also(name: str) -> str:
    """Return ``name`` followed by the Turkish "de/da" (also), written apart."""
    head, tail = _split_parenthesis(name)
    if not head:
        return name
    reading = _read(head)
    particle = "d" + _TWO_WAY[reading.vowel]
    return f"{head}{tail} {upper(particle) if reading.shouted else particle}"


class Phrase(str):
    """A name or list of names that a Turkish template puts in a case.

    A catalogue entry writes ``{hosts:dative}`` and gets "Hilmi Türkmen'e";
    ``{people:also}`` adds "de/da". Without a format spec (as in English) the
    phrase is written as it is.
    """

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        if spec == "also":
            return also(self)
        if spec in _CASES:
            return inflect(self, cast(Case, spec))
        msg = f"Unknown grammatical form {spec!r} for {self!r}"
        raise ValueError(msg)


def _split_parenthesis(name: str) -> tuple[str, str]:
    """Split "Birliği (TDBB)" into the name and the parenthesis after it."""
    stripped = name.rstrip()
    if stripped.endswith(")") and " (" in stripped:
        head, _, inner = stripped.rpartition(" (")
        return head, f" ({inner}"
    return stripped, ""


def _read(name: str) -> _Reading:
    """Tell how the last word of ``name`` sounds and how a suffix joins it."""
    words = name.split()
    shouted = len(words) > 1 and all(word.isupper() for word in words)
    word = re.split(r"[-‐]", words[-1])[-1].rstrip(".")
    if word.isdigit():
        return _Reading(_number_sounds(word), apostrophe=True, possessive=False)
    sounds = _sounds(word)
    if word.isupper() and not shouted and _spelled_out(word, sounds):
        return _Reading(_spell(sounds), apostrophe=True, possessive=False)
    key = lower(word)
    if key in _INSTITUTION_WORDS:
        return _Reading(sounds, apostrophe=False, possessive=True, shouted=shouted)
    # A word in another script is a foreign name: the suffix is set apart.
    proper = word[:1].isupper() or any(ord(letter) >= _FIRST_NON_LATIN for letter in word)
    possessive = key in _PLACES or key.endswith(_POSSESSIVE_SURNAME_ENDINGS)
    if not any(letter in _VOWELS for letter in sounds):
        sounds = _spell(sounds)
    return _Reading(sounds, apostrophe=proper, possessive=possessive, shouted=shouted)


def _sounds(word: str) -> str:
    """Return ``word`` in lower-case Turkish letters, other letters sounded out."""
    sounded = lower(word).translate(_SOUNDS)
    return "".join(letter for letter in sounded if letter in _TURKISH_LETTERS)


def _spelled_out(word: str, sounds: str) -> bool:
    """Tell whether an all-capital word is read letter by letter (TDBB, not ASELSAN)."""
    has_vowel = any(letter in _VOWELS for letter in sounds)
    return len(word) <= _ABBREVIATION_LENGTH or not has_vowel


def _spell(sounds: str) -> str:
    """Return how the last letter is read out: "tdbb" ends in "be"."""
    if not sounds:
        return "e"
    last = "ks" if sounds.endswith("ks") else sounds[-1]
    return sounds[: -len(last)] + _LETTER_NAMES.get(last, last)


def _number_sounds(digits: str) -> str:
    """Return the last word of a number read out: 2021 ends in "bir", 1920 in "yirmi"."""
    number = int(digits)
    if number == 0:
        return "sıfır"
    if number % 10:
        return _DIGIT_NAMES[number % 10]
    if number % 100:
        return _TEN_NAMES[number % 100 // 10]
    for power, word in reversed(_POWER_NAMES):
        if number % 10**power == 0:
            return word
    return "yüz"


def _render(pattern: str, reading: _Reading) -> str:
    """Write a case pattern out for a word that ends as ``reading`` says."""
    ends_in_vowel = bool(reading.sounds) and reading.sounds[-1] in _VOWELS
    voiceless = bool(reading.sounds) and reading.sounds[-1] in _VOICELESS
    letters: list[str] = []
    for piece in _TOKENS.findall(pattern):
        if piece in ("(y)", "(n)"):
            letters.append(piece[1] if ends_in_vowel else "")
        elif piece == "I":
            letters.append(_FOUR_WAY[reading.vowel])
        elif piece == "A":
            letters.append(_TWO_WAY[reading.vowel])
        elif piece == "D":
            letters.append("t" if voiceless and not letters else "d")
        else:
            letters.append(piece)
    return "".join(letters)
