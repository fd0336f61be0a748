"""The words of the rooming list, in English and Turkish.

The list is written in the language the hotel reads, whatever the
interface's language (it is made from the command line too), so the words
live here rather than in Qt's translations. Room types are shown as words,
never as their codes.
"""

from __future__ import annotations

from coordinator.domain.enums import RoomType

ROOMING_LANGUAGES = ("en", "tr")

ROOM_TYPE_LABELS: dict[RoomType, tuple[str, str]] = {
    RoomType.SINGLE: ("Single", "Tek kişilik"),
    RoomType.DOUBLE: ("Double", "Çift kişilik"),
    RoomType.TWIN: ("Twin", "İki yataklı"),
    RoomType.SUITE: ("Suite", "Süit"),
}

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Rooming list: {hotel}", "Oda listesi: {hotel}"),
    "program": ("Program: {program}", "Program: {program}"),
    "no_hotel": ("No hotel chosen", "Otel seçilmedi"),
    "no_rooms": ("No stays are recorded for this program.", "Bu program için konaklama yok."),
    "room_type": ("Room type", "Oda tipi"),
    "guests": ("Guests", "Misafirler"),
    "arrival": ("Arrival", "Giriş"),
    "departure": ("Departure", "Çıkış"),
    "nights": ("Nights", "Gece"),
    "requests": ("Requests", "İstekler"),
    "rooms": ("Rooms", "Oda sayısı"),
    "total": ("Total", "Toplam"),
    "order": (
        "Sorted by arrival, then room type, then the first guest's surname.",
        "Giriş tarihine, sonra oda tipine, sonra ilk misafirin soyadına göre sıralıdır.",
    ),
}


def word(key: str, language: str, **values: str) -> str:
    """Return the list's word for ``key`` in ``language`` (``en`` or ``tr``), filled in."""
    english, turkish = _WORDS[key]
    return (turkish if language == "tr" else english).format(**values)


def room_type_label(room_type: str, language: str) -> str:
    """Return a room type as the list prints it: ``Twin``, ``Çift kişilik``."""
    try:
        english, turkish = ROOM_TYPE_LABELS[RoomType(room_type)]
    except ValueError:
        return room_type
    return turkish if language == "tr" else english
