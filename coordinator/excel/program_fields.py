"""The sheets of a program workbook and the headers (English, Turkish) naming their columns.

A program workbook holds a Program sheet (field/value pairs), the Participants
(a roster), the Itinerary, the Guides, the Assignments, the Venues, the
Contacts, the Travel (roster columns: see :mod:`coordinator.excel.travel_sheet`)
and the logistics (Vehicles, Transfers, Rooms and Gifts: see
:mod:`coordinator.excel.logistics_fields`). Sheets are recognised by their
headers, not only by their names: a coordinator's hand-drafted ``Program``
sheet with ``Tarih``, ``Etkinlik`` and ``Rehber`` columns is an itinerary. Headers are compared by
:func:`~coordinator.excel.roster_fields.header_key`.
"""

from __future__ import annotations

from collections.abc import Sequence

from coordinator.domain.text import search_key
from coordinator.excel.logistics_fields import (
    LOGISTICS_LABELS,
    LOGISTICS_LABELS_TR,
    LOGISTICS_REQUIRED,
    LOGISTICS_SHEET_NAMES,
    LOGISTICS_SYNONYMS,
)
from coordinator.excel.roster_fields import header_key
from coordinator.excel.sheet_kinds import SheetKind
from coordinator.excel.travel_sheet import TRAVEL_SHEET_NAME, TRAVEL_SHEET_NAMES

SHEET_NAMES: dict[SheetKind, tuple[str, ...]] = {
    SheetKind.PROGRAM: ("Program", "Programme", "Program bilgileri"),
    SheetKind.PARTICIPANTS: ("Participants", "Roster", "Delegation", "Katılımcılar", "Heyet"),
    SheetKind.ITINERARY: ("Itinerary", "Schedule", "Agenda", "Gezi programı", "Ajanda"),
    SheetKind.GUIDES: ("Guides", "Rehberler"),
    SheetKind.ASSIGNMENTS: ("Assignments", "Görevlendirmeler"),
    SheetKind.VENUES: ("Venues", "Places", "Mekanlar", "Yerler"),
    SheetKind.CONTACTS: ("Contacts", "İletişim", "Kişiler"),
    **TRAVEL_SHEET_NAMES,
    **LOGISTICS_SHEET_NAMES,
}

EXPORT_SHEET_NAMES: dict[SheetKind, tuple[str, str]] = {
    SheetKind.PROGRAM: ("Program", "Program"),
    SheetKind.PARTICIPANTS: ("Participants", "Katılımcılar"),
    SheetKind.ITINERARY: ("Itinerary", "Gezi programı"),
    SheetKind.GUIDES: ("Guides", "Rehberler"),
    SheetKind.ASSIGNMENTS: ("Assignments", "Görevlendirmeler"),
    SheetKind.VENUES: ("Venues", "Mekânlar"),
    SheetKind.CONTACTS: ("Contacts", "İletişim"),
    SheetKind.TRAVEL: (TRAVEL_SHEET_NAME["en"], TRAVEL_SHEET_NAME["tr"]),
    SheetKind.VEHICLES: ("Vehicles", "Araçlar"),
    SheetKind.TRANSFERS: ("Transfers", "Transferler"),
    SheetKind.ROOMS: ("Rooms", "Odalar"),
    SheetKind.GIFTS: ("Gifts", "Hediyeler"),
}
"""The name an exported sheet of each kind has, in English and Turkish (each one of its names)."""

# The columns each kind of sheet exports, in order, with their header labels.
LABELS: dict[SheetKind, dict[str, str]] = {
    SheetKind.ITINERARY: {
        "day": "Date", "start": "Start", "end": "End", "title": "Activity", "kind": "Type",
        "venue": "Venue", "hosts": "Host(s)", "guides": "Guide(s)",
        "needs_guide": "Needs guide", "summary": "Summary", "notes": "Notes",
    },
    SheetKind.GUIDES: {
        "name": "Name", "title": "Title", "organization": "Organization",
        "languages": "Languages", "roles": "Roles", "max_hours": "Max hours/day",
        "unavailable": "Unavailable",
    },
    SheetKind.ASSIGNMENTS: {
        "day": "Date", "start": "Start", "title": "Activity", "guide": "Guide", "role": "Role",
    },
    SheetKind.VENUES: {
        "name": "Name", "owner": "Owner", "kind": "Kind", "address": "Address", "city": "City",
        "notes": "Notes",
    },
    SheetKind.CONTACTS: {
        "name": "Name", "title": "Title", "organization": "Organization", "email": "E-mail",
        "phone": "Phone", "languages": "Languages",
    },
    **LOGISTICS_LABELS,
}  # fmt: skip
LABELS_TR: dict[SheetKind, dict[str, str]] = {
    SheetKind.ITINERARY: {
        "day": "Tarih", "start": "Başlangıç", "end": "Bitiş", "title": "Etkinlik", "kind": "Tür",
        "venue": "Mekân", "hosts": "Ev sahipleri", "guides": "Rehberler",
        "needs_guide": "Rehber gerekli", "summary": "Özet", "notes": "Notlar",
    },
    SheetKind.GUIDES: {
        "name": "Ad Soyad", "title": "Unvanı", "organization": "Kurumu", "languages": "Diller",
        "roles": "Roller", "max_hours": "Günlük azami saat",
        "unavailable": "Müsait olmadığı günler",
    },
    SheetKind.ASSIGNMENTS: {
        "day": "Tarih", "start": "Başlangıç", "title": "Etkinlik", "guide": "Rehber",
        "role": "Görev",
    },
    SheetKind.VENUES: {
        "name": "Mekân", "owner": "Sahibi", "kind": "Tür", "address": "Adres", "city": "Şehir",
        "notes": "Notlar",
    },
    SheetKind.CONTACTS: {
        "name": "Ad Soyad", "title": "Unvanı", "organization": "Kurumu", "email": "E-posta",
        "phone": "Telefon", "languages": "Diller",
    },
    **LOGISTICS_LABELS_TR,
}  # fmt: skip
"""The same columns headed in Turkish (each header one of the column's synonyms)."""

_SHARED: dict[str, tuple[str, ...]] = {
    "day": ("Date", "Day", "Tarih", "Gün", "Дата"),
    "start": ("Start", "Start time", "From", "Begins", "Başlangıç", "Başlangıç saati", "Saat",
              "Начало"),
    "end": ("End", "End time", "To", "Until", "Ends", "Bitiş", "Bitiş saati", "Конец"),
    "title": ("Activity", "Title", "Event", "Program item", "Etkinlik", "Faaliyet", "Ziyaret",
              "Konu", "Мероприятие"),
    "name": ("Name", "Full name", "Ad Soyad", "Adı Soyadı", "İsim", "ФИО"),
    "person_title": ("Title", "Position", "Unvan", "Unvanı", "Görev", "Görevi", "Должность"),
    "organization": ("Organization", "Organisation", "Institution", "Kurum", "Kurumu",
                     "Kuruluş", "Организация"),
    "languages": ("Languages", "Language", "Diller", "Dil", "Языки"),
    "notes": ("Notes", "Note", "Remarks", "Açıklama", "Notlar", "Not", "Примечание"),
    "email": ("E-mail", "Email", "E-posta", "Mail"),
    "phone": ("Phone", "Telephone", "Mobile", "Telefon", "Tel", "GSM", "Телефон"),
}  # fmt: skip

_SYNONYMS: dict[SheetKind, dict[str, tuple[str, ...]]] = {
    SheetKind.ITINERARY: {
        "day": _SHARED["day"], "start": _SHARED["start"], "end": _SHARED["end"],
        "title": _SHARED["title"],
        "kind": ("Type", "Kind", "Activity type", "Tür", "Türü", "Tip", "Тип"),
        "venue": ("Venue", "Place", "Location", "Yer", "Mekan", "Mekân", "Место"),
        "hosts": ("Host(s)", "Host", "Hosts", "Hosted by", "Ev sahibi", "Ev sahipleri",
                  "Karşılayan", "Принимающая сторона"),
        "guides": ("Guide(s)", "Guide", "Guides", "Rehber", "Rehberler", "Гид"),
        "interpreters": ("Interpreter", "Interpreters", "Tercüman", "Tercümanlar",
                         "Переводчик"),
        "needs_guide": ("Needs guide", "Guide needed", "Rehber gerekli"),
        "summary": ("Summary", "What happened", "About", "Özet", "Kısa bilgi", "Краткое описание"),
        "notes": _SHARED["notes"],
    },
    SheetKind.GUIDES: {
        "name": ("Name", "Guide", "Full name", "Rehber", "Ad Soyad", "Adı Soyadı", "İsim"),
        "title": _SHARED["person_title"], "organization": _SHARED["organization"],
        "languages": _SHARED["languages"],
        "roles": ("Roles", "Role", "Roller", "Rol", "Görevler"),
        "max_hours": ("Max hours/day", "Max hours", "Hours per day", "Günlük saat",
                      "Günlük azami saat", "Günlük en çok saat"),
        "unavailable": ("Unavailable", "Unavailable days", "Away", "Müsait değil",
                        "Müsait olmadığı günler", "İzinli"),
        "email": _SHARED["email"], "phone": _SHARED["phone"],
    },
    SheetKind.ASSIGNMENTS: {
        "day": _SHARED["day"], "start": _SHARED["start"], "title": _SHARED["title"],
        "guide": ("Guide", "Rehber", "Гид"),
        "role": ("Role", "Rol", "Görev", "Роль"),
    },
    SheetKind.VENUES: {
        "name": ("Name", "Venue", "Place", "Yer", "Mekan", "Mekân", "Место"),
        "owner": ("Owner", "Operator", "Sahibi", "İşleten", "Kurum"),
        "kind": ("Kind", "Type", "Tür", "Türü"),
        "address": ("Address", "Adres", "Адрес"),
        "city": ("City", "Şehir", "İl", "Город"),
        "notes": _SHARED["notes"],
    },
    SheetKind.CONTACTS: {
        "name": _SHARED["name"], "title": _SHARED["person_title"],
        "organization": _SHARED["organization"], "email": _SHARED["email"],
        "phone": _SHARED["phone"], "languages": _SHARED["languages"],
    },
    **LOGISTICS_SYNONYMS,
}  # fmt: skip

# The field names of the Program sheet (column A), its values in column B.
PROGRAM_LABELS: dict[str, tuple[str, ...]] = {
    "code": ("Code", "Program code", "Kod", "Program kodu"),
    "title": ("Title", "Program title", "Başlık", "Program adı", "Programın adı"),
    "organizer": ("Organizer", "Organiser", "Düzenleyen", "Organizatör", "Düzenleyen kurum"),
    "partners": ("Partners", "Partner organizations", "Ortaklar", "Paydaşlar",
                 "İş birliği yapılan kurumlar"),
    "city": ("City", "Şehir", "İl"),
    "country": ("Country", "Ülke"),
    "first_day": ("First day", "Starts", "Start date", "İlk gün", "Başlangıç tarihi"),
    "last_day": ("Last day", "Ends", "End date", "Son gün", "Bitiş tarihi"),
    "languages": ("Languages", "Working languages", "Diller", "Çalışma dilleri"),
    "notes": ("Notes", "Remarks", "Notlar", "Açıklama"),
}  # fmt: skip
_PROGRAM_LABELS_TR: dict[str, str] = {
    "code": "Program kodu", "title": "Program adı", "organizer": "Düzenleyen kurum",
    "partners": "Ortaklar", "city": "Şehir", "country": "Ülke", "first_day": "İlk gün",
    "last_day": "Son gün", "languages": "Çalışma dilleri", "notes": "Notlar",
}  # fmt: skip
PROGRAM_SHEET_HEADERS = {"en": ("Field", "Value"), "tr": ("Alan", "Değer")}
"""The header row of an exported Program sheet, in each language."""
_PROGRAM_BY_KEY: dict[str, str] = {
    header_key(word): field for field, words in PROGRAM_LABELS.items() for word in words
}

# The columns without which a sheet is not of that kind.
REQUIRED: dict[SheetKind, tuple[frozenset[str], ...]] = {
    SheetKind.ITINERARY: (frozenset({"day"}), frozenset({"title"})),
    SheetKind.GUIDES: (frozenset({"name"}), frozenset({"roles", "max_hours", "unavailable"})),
    SheetKind.ASSIGNMENTS: (frozenset({"title"}), frozenset({"guide"}), frozenset({"role"})),
    SheetKind.VENUES: (frozenset({"name"}), frozenset({"address", "owner", "kind", "city"})),
    SheetKind.CONTACTS: (frozenset({"name"}),),
    **LOGISTICS_REQUIRED,
}

_BY_KEY: dict[SheetKind, dict[str, str]] = {
    kind: {header_key(word): field for field, words in fields.items() for word in words}
    for kind, fields in _SYNONYMS.items()
}
_SHEET_KIND_BY_KEY: dict[str, SheetKind] = {
    search_key(name): kind for kind, names in SHEET_NAMES.items() for name in names
}


def column_mapping(kind: SheetKind, headers: Sequence[str]) -> dict[str, int]:
    """Map each field of ``kind`` to the first column whose header names it."""
    words = _BY_KEY[kind]
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = words.get(header_key(header))
        if field is not None and field not in mapping:
            mapping[field] = index
    return mapping


def fits(kind: SheetKind, mapping: dict[str, int]) -> bool:
    """Tell whether ``mapping`` has the columns a sheet of ``kind`` needs."""
    return all(any(field in mapping for field in group) for group in REQUIRED[kind])


def program_field(label: str) -> str | None:
    """Return the Program sheet's field a label in column A names, if any."""
    return _PROGRAM_BY_KEY.get(header_key(label))


def kind_named(sheet: str) -> SheetKind | None:
    """Return the kind a sheet's name says it holds, if any."""
    return _SHEET_KIND_BY_KEY.get(search_key(sheet))


def sheet_name(kind: SheetKind, language: str = "en") -> str:
    """Return the name an exported sheet of ``kind`` has in ``language`` (``en`` or ``tr``)."""
    return EXPORT_SHEET_NAMES[kind][1 if language == "tr" else 0]


def labels(kind: SheetKind, language: str = "en") -> tuple[str, ...]:
    """Return the headers an exported sheet of ``kind`` has in ``language``, in column order."""
    return tuple((LABELS_TR if language == "tr" else LABELS)[kind].values())


def program_label(field: str, language: str = "en") -> str:
    """Return the label of a Program sheet's field (column A) in ``language``."""
    return _PROGRAM_LABELS_TR[field] if language == "tr" else PROGRAM_LABELS[field][0]
