"""The logistics sheets of a program workbook: Vehicles, Transfers, Rooms and Gifts.

Their headers are plain words a coordinator drafts by hand, in English or
Turkish (``Plaka``, ``Koltuk``, ``Şoför``, ``Otel``, ``Oda tipi``, ``Oda
arkadaşı``, ``Hediye``); an export writes them in the language chosen. Kinds
of transfer, room types and gift directions are written as words (``Pickup``,
``Twin``, ``Received``; ``Karşılama``, ``İki yataklı``, ``Alınan``) and read
back in either language, never as internal codes.
"""

from __future__ import annotations

from coordinator.domain.enums import GiftDirection, MovementKind, RoomType
from coordinator.domain.manifests import manifest_word
from coordinator.domain.text import search_key
from coordinator.excel.gift_labels import DIRECTION_LABELS, direction_label
from coordinator.excel.rooming_labels import ROOM_TYPE_LABELS, room_type_label
from coordinator.excel.sheet_kinds import SheetKind

LOGISTICS_SHEET_NAMES: dict[SheetKind, tuple[str, ...]] = {
    SheetKind.VEHICLES: ("Vehicles", "Cars", "Fleet", "Araçlar", "Araç listesi"),
    SheetKind.TRANSFERS: ("Transfers", "Movements", "Transferler", "Ulaşım"),
    SheetKind.ROOMS: ("Rooms", "Rooming", "Rooming list", "Odalar", "Konaklama", "Oda listesi"),
    SheetKind.GIFTS: ("Gifts", "Gift register", "Hediyeler", "Hediye listesi"),
}

# The columns each logistics sheet exports, in order, with their header labels.
LOGISTICS_LABELS: dict[SheetKind, dict[str, str]] = {
    SheetKind.VEHICLES: {
        "plate": "Plate", "kind": "Kind", "seats": "Seats", "company": "Company",
        "phone": "Phone", "notes": "Notes",
    },
    SheetKind.TRANSFERS: {
        "day": "Date", "start": "Start", "end": "End", "kind": "Kind", "from": "From",
        "to": "To", "vehicles": "Vehicles", "driver": "Driver", "passengers": "Passengers",
        "notes": "Notes",
    },
    SheetKind.ROOMS: {
        "participant": "Participant", "hotel": "Hotel", "room_type": "Room type",
        "shares_with": "Shares with", "check_in": "Check-in", "check_out": "Check-out",
        "requests": "Requests",
    },
    SheetKind.GIFTS: {
        "day": "Date", "activity": "Activity", "direction": "Direction", "giver": "Given by",
        "giver_organization": "Giver's organization", "receiver": "Received by",
        "receiver_organization": "Receiver's organization", "description": "Gift",
        "value": "Value", "currency": "Currency", "kept_at": "Kept at", "notes": "Notes",
    },
}  # fmt: skip

LOGISTICS_LABELS_TR: dict[SheetKind, dict[str, str]] = {
    SheetKind.VEHICLES: {
        "plate": "Plaka", "kind": "Araç tipi", "seats": "Koltuk sayısı", "company": "Firma",
        "phone": "Telefon", "notes": "Notlar",
    },
    SheetKind.TRANSFERS: {
        "day": "Tarih", "start": "Başlangıç", "end": "Bitiş", "kind": "Transfer türü",
        "from": "Nereden", "to": "Nereye", "vehicles": "Araçlar", "driver": "Şoför",
        "passengers": "Yolcular", "notes": "Notlar",
    },
    SheetKind.ROOMS: {
        "participant": "Katılımcı", "hotel": "Otel", "room_type": "Oda tipi",
        "shares_with": "Oda arkadaşı", "check_in": "Giriş tarihi", "check_out": "Çıkış tarihi",
        "requests": "Özel istekler",
    },
    SheetKind.GIFTS: {
        "day": "Tarih", "activity": "Etkinlik", "direction": "Verilen / alınan", "giver": "Veren",
        "giver_organization": "Verenin kurumu", "receiver": "Alan",
        "receiver_organization": "Alanın kurumu", "description": "Hediye",
        "value": "Tahmini değer", "currency": "Para birimi", "kept_at": "Saklandığı yer",
        "notes": "Notlar",
    },
}  # fmt: skip
"""The same columns headed in Turkish (each header one of the column's synonyms)."""

_NOTES = ("Notes", "Note", "Remarks", "Açıklama", "Notlar", "Not", "Примечание")
_DAY = ("Date", "Day", "Tarih", "Gün", "Дата")

LOGISTICS_SYNONYMS: dict[SheetKind, dict[str, tuple[str, ...]]] = {
    SheetKind.VEHICLES: {
        "plate": ("Plate", "Plate number", "Registration", "Plaka", "Araç plakası", "Госномер"),
        "kind": ("Kind", "Type", "Vehicle type", "Vehicle", "Araç", "Araç tipi", "Araç türü",
                 "Tür", "Cins", "Тип"),
        "seats": ("Seats", "Seat count", "Capacity", "Koltuk", "Koltuk sayısı", "Kapasite",
                  "Мест"),
        "company": ("Company", "Rental company", "Firma", "Şirket", "Kiralama firması",
                    "Компания"),
        "phone": ("Phone", "Telephone", "Telefon", "Tel", "GSM", "Телефон"),
        "notes": _NOTES,
    },
    SheetKind.TRANSFERS: {
        "day": _DAY,
        "start": ("Start", "Start time", "Time", "Departs", "Başlangıç", "Saat", "Kalkış saati",
                  "Время"),
        "end": ("End", "End time", "Arrives", "Bitiş", "Varış saati"),
        "kind": ("Kind", "Type", "Transfer type", "Tür", "Transfer türü", "Тип"),
        "from": ("From", "Pickup place", "Nereden", "Kalkış yeri", "Çıkış yeri", "Откуда"),
        "to": ("To", "Destination", "Nereye", "Varış yeri", "Gidilecek yer", "Куда"),
        "vehicles": ("Vehicles", "Vehicle", "Plates", "Plate", "Araç", "Araçlar", "Plaka",
                     "Машина"),
        "driver": ("Driver", "Şoför", "Sürücü", "Водитель"),
        "passengers": ("Passengers", "Passenger", "Who", "Yolcular", "Yolcu", "Kimler",
                       "Пассажиры"),
        "notes": _NOTES,
    },
    SheetKind.ROOMS: {
        "participant": ("Participant", "Guest", "Name", "Katılımcı", "Misafir", "Ad Soyad",
                        "Гость"),
        "hotel": ("Hotel", "Otel", "Гостиница"),
        "room_type": ("Room type", "Oda tipi", "Oda türü", "Тип номера"),
        "shares_with": ("Shares with", "Roommate", "Room mate", "Oda arkadaşı",
                        "Odayı paylaştığı", "Сосед"),
        "check_in": ("Check-in", "Check in", "Giriş", "Giriş tarihi", "Заезд"),
        "check_out": ("Check-out", "Check out", "Çıkış", "Çıkış tarihi", "Выезд"),
        "requests": ("Requests", "Special requests", "İstekler", "Özel istekler", "Пожелания"),
    },
    SheetKind.GIFTS: {
        "day": _DAY,
        "activity": ("Activity", "Event", "Etkinlik", "Ziyaret", "Мероприятие"),
        "direction": ("Direction", "Given or received", "Verilen / alınan", "Verilen/alınan",
                      "Yön"),
        "giver": ("Given by", "Giver", "From", "Veren", "Kimden"),
        "giver_organization": ("Giver's organization", "Giver organization", "Verenin kurumu",
                               "Veren kurum"),
        "receiver": ("Received by", "Receiver", "To", "Alan", "Kime"),
        "receiver_organization": ("Receiver's organization", "Receiver organization",
                                  "Alanın kurumu", "Alan kurum"),
        "description": ("Gift", "Description", "Hediye", "Açıklama", "Подарок"),
        "value": ("Value", "Estimated value", "Değer", "Tahmini değer", "Стоимость"),
        "currency": ("Currency", "Para birimi", "Döviz", "Валюта"),
        "kept_at": ("Kept at", "Where kept", "Saklandığı yer", "Muhafaza yeri"),
        "notes": ("Notes", "Note", "Remarks", "Notlar", "Not"),
    },
}  # fmt: skip

# The columns without which a sheet is not of that kind.
LOGISTICS_REQUIRED: dict[SheetKind, tuple[frozenset[str], ...]] = {
    SheetKind.VEHICLES: (frozenset({"plate"}), frozenset({"seats", "kind", "company"})),
    SheetKind.TRANSFERS: (frozenset({"day"}), frozenset({"start"}), frozenset({"from", "to"})),
    SheetKind.ROOMS: (frozenset({"participant"}), frozenset({"hotel", "room_type"})),
    SheetKind.GIFTS: (frozenset({"description"}), frozenset({"direction", "giver", "receiver"})),
}

MOVEMENT_KIND_WORDS: dict[MovementKind, tuple[str, ...]] = {
    MovementKind.PICKUP: ("Pickup", "pick-up", "pick up", "airport pickup", "arrival",
                          "Karşılama", "havalimanı karşılama", "geliş", "встреча"),
    MovementKind.DROPOFF: ("Drop-off", "dropoff", "drop off", "departure", "Uğurlama",
                           "havalimanı uğurlama", "bırakma", "gidiş", "проводы"),
    MovementKind.RIDE: ("Ride", "transfer", "between venues", "Ara transfer", "yolculuk",
                        "gezi", "поездка"),
}  # fmt: skip
"""The words for each kind of transfer; the first is the one an export writes."""
ROOM_TYPE_WORDS: dict[RoomType, tuple[str, ...]] = {
    room_type: (*labels, room_type.value) for room_type, labels in ROOM_TYPE_LABELS.items()
}
ROOM_TYPE_WORDS[RoomType.SINGLE] += ("tek", "tek yataklı", "одноместный")
ROOM_TYPE_WORDS[RoomType.DOUBLE] += ("çift", "double bed", "двухместный")
ROOM_TYPE_WORDS[RoomType.TWIN] += ("iki tek yataklı", "twin beds")
ROOM_TYPE_WORDS[RoomType.SUITE] += ("suit", "люкс")
DIRECTION_WORDS: dict[GiftDirection, tuple[str, ...]] = {
    GiftDirection.GIVEN: (*DIRECTION_LABELS[GiftDirection.GIVEN], "given", "gave", "verildi"),
    GiftDirection.RECEIVED: (
        *DIRECTION_LABELS[GiftDirection.RECEIVED], "received", "alındı", "gelen",
    ),
}  # fmt: skip

_KIND_BY_KEY = {search_key(w): k.value for k, words in MOVEMENT_KIND_WORDS.items() for w in words}
_ROOM_BY_KEY = {search_key(w): k.value for k, words in ROOM_TYPE_WORDS.items() for w in words}
_DIRECTION_BY_KEY = {search_key(w): k.value for k, words in DIRECTION_WORDS.items() for w in words}


def movement_kind_word(kind: str, language: str = "en") -> str:
    """Return a kind of transfer as the sheet writes it (``pickup`` is ``Pickup``, ``Karşılama``).

    The words are the manifest's (:func:`coordinator.domain.manifests.manifest_word`).
    """
    try:
        return manifest_word(MovementKind(kind).value, language)
    except ValueError:
        return kind


def room_type_word(room_type: str, language: str = "en") -> str:
    """Return a room type as the sheet writes it (``twin`` is ``Twin``, ``İki yataklı``)."""
    return room_type_label(room_type, language)


def direction_word(direction: str, language: str = "en") -> str:
    """Return a gift's direction as the sheet writes it (``received``: ``Received``, ``Alınan``)."""
    return direction_label(direction, language)


def movement_kind_named(text: str) -> str | None:
    """Return the kind of transfer a word names (``Karşılama`` is ``pickup``), or ``None``."""
    return _KIND_BY_KEY.get(search_key(text))


def room_type_named(text: str) -> str | None:
    """Return the room type a word names (``Tek kişilik`` is ``single``), or ``None``."""
    return _ROOM_BY_KEY.get(search_key(text))


def direction_named(text: str) -> str | None:
    """Return the gift direction a word names (``Alınan`` is ``received``), or ``None``."""
    return _DIRECTION_BY_KEY.get(search_key(text))
