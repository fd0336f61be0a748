"""The words of the gift register's sheets, in English and Turkish.

The register is written in the language the user chooses, whatever the
interface's language (it is made from the command line too), so the words
live here rather than in Qt's translations. Directions are shown as words,
never as their codes.
"""

from __future__ import annotations

from coordinator.domain.enums import GiftDirection

GIFT_LANGUAGES = ("en", "tr")

DIRECTION_LABELS: dict[GiftDirection, tuple[str, str]] = {
    GiftDirection.GIVEN: ("Given", "Verilen"),
    GiftDirection.RECEIVED: ("Received", "Alınan"),
}

_WORDS: dict[str, tuple[str, str]] = {
    "sheet": ("Gifts", "Hediyeler"),
    "title": ("Gift register: {program}", "Hediye kayıt defteri: {program}"),
    "year_title": (
        "Gifts given and received in {program}, for the declaration",
        "{program} yılında verilen ve alınan hediyeler (beyan için)",
    ),
    "year_rule": (
        "A gift counts for the year of its day; without a day, for the year its program began.",
        "Hediye, tarihinin yılına; tarihi yoksa programın başladığı yıla sayılır.",
    ),
    "no_gifts": ("No gifts are recorded.", "Kayıtlı hediye yok."),
    "program": ("Program", "Program"),
    "day": ("Day", "Tarih"),
    "activity": ("Activity", "Etkinlik"),
    "direction": ("Given or received", "Verilen / alınan"),
    "giver": ("Given by", "Veren"),
    "giver_organization": ("Giver's organization", "Verenin kurumu"),
    "receiver": ("Received by", "Alan"),
    "receiver_organization": ("Receiver's organization", "Alanın kurumu"),
    "description": ("Gift", "Hediye"),
    "value": ("Estimated value", "Tahmini değer"),
    "currency": ("Currency", "Para birimi"),
    "kept_at": ("Kept at", "Saklandığı yer"),
    "notes": ("Notes", "Notlar"),
    "totals": ("Totals per currency", "Para birimine göre toplamlar"),
    "given": ("Given", "Verilen"),
    "received": ("Received", "Alınan"),
    "total": ("Total", "Toplam"),
    "count": ("Gifts with a value", "Değeri olan hediye"),
}


def word(key: str, language: str, **values: str) -> str:
    """Return the register's word for ``key`` in ``language`` (``en`` or ``tr``), filled in."""
    english, turkish = _WORDS[key]
    return (turkish if language == "tr" else english).format(**values)


def direction_label(direction: str, language: str) -> str:
    """Return a direction as the register prints it: ``Given``, ``Alınan``."""
    try:
        english, turkish = DIRECTION_LABELS[GiftDirection(direction)]
    except ValueError:
        return direction
    return turkish if language == "tr" else english
