"""Lists, shared plurals and Turkish case suffixes as the reports write them."""

from __future__ import annotations

import pytest

from coordinator.documents.grammar import (
    ENGLISH_PLURAL_WORDS,
    Phrase,
    also,
    capitalize_first,
    inflect,
    join_list,
    join_names,
    lower_first,
)


@pytest.mark.parametrize(
    ("items", "english", "turkish"),
    [
        ([], "", ""),
        (["Beykoz"], "Beykoz", "Beykoz"),
        (["Beykoz", "Eyüp"], "Beykoz and Eyüp", "Beykoz ve Eyüp"),
        (["Beykoz", "Eyüp", "Üsküdar"], "Beykoz, Eyüp and Üsküdar", "Beykoz, Eyüp ve Üsküdar"),
    ],
)
def test_join_list_has_no_oxford_comma(items: list[str], english: str, turkish: str) -> None:
    assert join_list(items, "en") == english
    assert join_list(items, "tr") == turkish


def test_join_names_says_a_shared_institution_word_once_in_the_plural() -> None:
    english = ["Beykoz Municipality", "Eyüpsultan Municipality", "Üsküdar Municipality"]
    assert join_names(english, "en") == "Beykoz, Eyüpsultan and Üsküdar Municipalities"
    turkish = ["Beykoz Belediyesi", "Üsküdar Belediyesi"]
    assert join_names(turkish, "tr") == "Beykoz ve Üsküdar belediyeleri"
    assert inflect(join_names(turkish, "tr"), "genitive") == "Beykoz ve Üsküdar belediyelerinin"
    assert "Municipalities" in ENGLISH_PLURAL_WORDS


@pytest.mark.parametrize(
    "names",
    [
        ["Beykoz Municipality"],
        ["Beykoz Municipality", "Union of Turkish World Municipalities (TDBB)"],
        ["Turkish Airlines", "Pegasus Airlines"],
        ["Municipality", "Municipality"],
    ],
)
def test_join_names_joins_whole_names_it_cannot_share(names: list[str]) -> None:
    assert join_names(names, "en") == join_list(names, "en")


# Each name with the suffixes of the accusative, dative, locative, ablative,
# genitive and instrumental cases.
SUFFIXES = [
    ("Hilmi Türkmen", "'i 'e 'de 'den 'in 'le"),
    ("Ömer Arısoy", "'u 'a 'da 'dan 'un 'la"),
    ("Deniz Köken", "'i 'e 'de 'den 'in 'le"),
    ("Fahri Solak", "'ı 'a 'ta 'tan 'ın 'la"),
    ("Muhammed Çakır", "'ı 'a 'da 'dan 'ın 'la"),
    ("Zekeriya Şanlıer", "'i 'e 'de 'den 'in 'le"),
    ("Engin Köklü", "'yü 'ye 'de 'den 'nün 'yle"),
    ("Zhandos Tasov", "'u 'a 'da 'dan 'un 'la"),
    ("Berik Baibolov", "'u 'a 'da 'dan 'un 'la"),
    ("Nursultan Zhusipbayev", "'i 'e 'de 'den 'in 'le"),
    ("Ahmet", "'i 'e 'te 'ten 'in 'le"),
    ("Ali", "'yi 'ye 'de 'den 'nin 'yle"),
    ("Kemal", "'i 'e 'de 'den 'in 'le"),
    ("İstanbul", "'u 'a 'da 'dan 'un 'la"),
    ("Üsküdar", "'ı 'a 'da 'dan 'ın 'la"),
    ("Kazakistan", "'ı 'a 'da 'dan 'ın 'la"),
    ("Gaziantep", "'i 'e 'te 'ten 'in 'le"),
    ("TDBB", "'yi 'ye 'de 'den 'nin 'yle"),
    ("TDK", "'yi 'ye 'de 'den 'nin 'yle"),
    ("ABD", "'yi 'ye 'de 'den 'nin 'yle"),
    ("NATO", "'yu 'ya 'da 'dan 'nun 'yla"),
    ("ASELSAN", "'ı 'a 'da 'dan 'ın 'la"),
    ("Türkistan Belediyesi", "ni ne nde nden nin yle"),
    ("Türk Dil Kurumu", "nu na nda ndan nun yla"),
    ("Ahmet Yesevi Müzesi", "ni ne nde nden nin yle"),
    ("Dışişleri Bakanlığı", "nı na nda ndan nın yla"),
    ("Marmara Denizi", "'ni 'ne 'nde 'nden 'nin 'yle"),
    ("Karaosmanoğlu", "'nu 'na 'nda 'ndan 'nun 'yla"),
    ("2021", "'i 'e 'de 'den 'in 'le"),
    ("1923", "'ü 'e 'te 'ten 'ün 'le"),
    ("ev", "i e de den in le"),
]
CASES = ("accusative", "dative", "locative", "ablative", "genitive", "instrumental")


@pytest.mark.parametrize(("name", "suffixes"), SUFFIXES)
def test_turkish_case_suffixes(name: str, suffixes: str) -> None:
    written = [inflect(name, case) for case in CASES]  # type: ignore[arg-type]
    assert written == [name + suffix for suffix in suffixes.split()]


@pytest.mark.parametrize(
    ("name", "case", "expected"),
    [
        ("Hilmi Türkmen", "dative", "Hilmi Türkmen'e"),
        ("Türkistan Belediyesi", "ablative", "Türkistan Belediyesinden"),
        ("Üsküdar Belediyesi", "dative", "Üsküdar Belediyesine"),
        ("Türk Dil Kurumu", "dative", "Türk Dil Kurumuna"),
        ("Ahmet Yesevi Müzesi", "ablative", "Ahmet Yesevi Müzesinden"),
        ("TDBB Genel Merkezi", "locative", "TDBB Genel Merkezinde"),
        ("Tebessüm Kahvehanesi", "accusative", "Tebessüm Kahvehanesini"),
        (
            "Türk Dünyası Belediyeler Birliği (TDBB)",
            "ablative",
            "Türk Dünyası Belediyeler Birliğinden (TDBB)",
        ),
        ("ÜSKÜDAR BELEDİYESİ", "dative", "ÜSKÜDAR BELEDİYESİNE"),
        ("Tarihi Yarımada", "accusative", "Tarihi Yarımada'yı"),
        ("Süleymaniye Camii", "locative", "Süleymaniye Camii'nde"),
        ("sertifika töreni", "instrumental", "sertifika töreniyle"),
        ("Max", "locative", "Max'ta"),
        ("Әлия Ғабитқызы", "dative", "Әлия Ғабитқызы'ya"),
        ("Нурлан Өмүрбеков", "accusative", "Нурлан Өмүрбеков'u"),
        ("Түркістан қаласы әкімдігі", "ablative", "Түркістан қаласы әкімдігі'den"),
        ("café", "ablative", "caféden"),
        ("", "dative", ""),
    ],
)
def test_whole_names_take_the_suffix_spelled_as_the_tdk_guide_wants(
    name: str, case: str, expected: str
) -> None:
    assert inflect(name, case) == expected  # type: ignore[arg-type]


def test_an_unknown_case_is_refused() -> None:
    with pytest.raises(ValueError, match="case"):
        inflect("Ali", "vocative")  # type: ignore[arg-type]


def test_also_follows_two_way_harmony_written_apart() -> None:
    assert also("Berik Baibolov") == "Berik Baibolov da"
    assert also("Hilmi Türkmen") == "Hilmi Türkmen de"
    assert also("TDBB") == "TDBB de"
    assert also("Türk Dünyası Belediyeler Birliği (TDBB)") == (
        "Türk Dünyası Belediyeler Birliği (TDBB) de"
    )


def test_a_phrase_takes_its_case_from_the_format_spec() -> None:
    hosts = Phrase("Belediye Başkanı Hilmi Türkmen")
    assert f"{hosts}" == "Belediye Başkanı Hilmi Türkmen"
    assert f"{hosts:dative}" == "Belediye Başkanı Hilmi Türkmen'e"
    people = Phrase("Ali")
    assert f"{people:also} katıldı" == "Ali de katıldı"
    with pytest.raises(ValueError, match="grammatical form"):
        format(hosts, "vocative")


def test_capitalize_first_knows_the_turkish_dotted_i() -> None:
    assert capitalize_first("ilk gün", "tr") == "İlk gün"
    assert capitalize_first("ilk gün", "en") == "Ilk gün"
    assert capitalize_first("", "tr") == ""


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Certification ceremony", "certification ceremony"),
        ("Family photograph", "family photograph"),
        ("Closing Ceremony", "Closing Ceremony"),
        ("Üsküdar award ceremony", "Üsküdar award ceremony"),
        ("TDBB awards", "TDBB awards"),
        ("Ceremony", "ceremony"),
    ],
)
def test_lower_first_keeps_names_as_written(title: str, expected: str) -> None:
    assert lower_first(title, "en", frozenset({"Üsküdar", "Municipality"})) == expected


def test_lower_first_in_turkish() -> None:
    assert lower_first("İmza töreni", "tr", frozenset()) == "imza töreni"
    assert lower_first("Işık gösterisi", "tr", frozenset()) == "ışık gösterisi"
