"""The Turkish report of a program recorded in Turkish, against a reference written by hand."""

from __future__ import annotations

from coordinator.documents.report import write_report
from tests.documents.report_samples import (
    full_text,
    proper_names,
    recorded_words,
    turkish_program,
)

# Written first, as a Turkish news editor would write it (the title, then the
# paragraphs, separated by blank lines); the code was then made to produce it.
TURKISH_REFERENCE = """
Program raporu: Bişkek Belediyesi Bilgi ve Tecrübe Paylaşımı Programı

Türk Dünyası Belediyeler Birliği (TDBB) tarafından Üsküdar Belediyesinin iş birliğiyle
düzenlenen “Bişkek Belediyesi Bilgi ve Tecrübe Paylaşımı Programı”, 12–14 Mayıs 2026
tarihlerinde İstanbul'da gerçekleştirildi.

Programa Bişkek Belediyesinden Belediye Başkan Yardımcısı Nurlan Ömürbekov ve Meclis Üyesi
Aigül Tölöbekova katıldı. Ahmet Yesevi Müzesinden Müdür Berik Baibolov da heyette yer aldı.

Programın ilk günü olan 12 Mayıs 2026 Salı günü heyet, Üsküdar Belediyesinden Belediye Başkanı
Hilmi Türkmen'e nezaket ziyaretinde bulundu. Başkan Türkmen, heyete Üsküdar Belediyesinin
sosyal hizmetleri hakkında bilgi verdi. Ardından grup, Belediye Başkan Yardımcısı Zekeriya
Şanlıer'in rehberliğinde Tebessüm Kahvehanesi ve Kadın Emeği Pazarını ziyaret etti.

Programın son günü olan 14 Mayıs 2026 Perşembe günü heyet, Tarihi Yarımada kültür gezisine
katıldı. Öğleden sonra grup, TDBB'den Genel Sekreter Fahri Solak ile görüştü. Toplantıda
kardeş şehir ilişkileri ve iş birliği imkânları ele alındı.

Program, TDBB Genel Merkezinde düzenlenen sertifika töreniyle tamamlandı.
"""


def reference_blocks(text: str) -> list[str]:
    """Return the blocks of a text, each on one line."""
    return [" ".join(block.split()) for block in text.strip().split("\n\n")]


def test_the_turkish_report_matches_the_reference_exactly() -> None:
    report = write_report(turkish_program(), "tr")
    title, *paragraphs = reference_blocks(TURKISH_REFERENCE)
    assert report.title == title
    assert list(report.paragraphs) == paragraphs


def test_every_proper_name_in_the_turkish_report_is_recorded() -> None:
    content = turkish_program()
    report = write_report(content, "tr")
    assert not proper_names(full_text(report)) - recorded_words(content)
