"""What a transfer manifest says, as plain data and words, for the PDF and the workbook.

A driver gets the manifest on paper or on a phone: per movement, when, from
where to where, which vehicle (plate, kind, seats), who drives (with the
phone) and who rides. The PDF (:mod:`coordinator.documents.manifest`) and the
workbook (:mod:`coordinator.excel.manifest_writer`) print the same words, in
English or Turkish, from here: never an internal code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MANIFEST_LANGUAGES = ("en", "tr")


@dataclass(frozen=True)
class ManifestVehicle:
    """A vehicle as the manifest prints it."""

    plate: str
    kind: str
    seats: int


@dataclass(frozen=True)
class ManifestEntry:
    """One movement of the manifest; ``passengers`` are names (everybody's for the delegation)."""

    day: dt.date
    start: dt.time
    end: dt.time | None
    kind: str
    from_place: str
    to_place: str
    vehicles: tuple[ManifestVehicle, ...] = ()
    driver: str = ""
    driver_phone: str = ""
    passengers: tuple[str, ...] = ()
    whole_delegation: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Manifest:
    """The movements of a program (or of one of its days), in time order."""

    program: str
    entries: tuple[ManifestEntry, ...]
    day: dt.date | None = None


_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Transfer manifest", "Transfer listesi"),
    "sheet": ("Transfers", "Transferler"),
    "day": ("Day", "Gün"),
    "time": ("Time", "Saat"),
    "kind": ("Transfer", "Transfer"),
    "from": ("From", "Nereden"),
    "to": ("To", "Nereye"),
    "vehicle": ("Vehicle", "Araç"),
    "plate": ("Plate", "Plaka"),
    "seats": ("Seats", "Koltuk"),
    "driver": ("Driver", "Şoför"),
    "phone": ("Driver's phone", "Şoför telefonu"),
    "passengers": ("Passengers", "Yolcular"),
    "count": ("Passenger count", "Yolcu sayısı"),
    "notes": ("Notes", "Notlar"),
    "whole": ("The whole delegation", "Tüm heyet"),
    "none": ("No transfers are recorded.", "Kayıtlı transfer yok."),
    "no_driver": ("No driver yet", "Şoför atanmadı"),
    "no_vehicle": ("No vehicle yet", "Araç atanmadı"),
    "seats_count": ("{seats} seats", "{seats} koltuk"),
    "people": ("{count} people", "{count} kişi"),
    "pickup": ("Pickup", "Karşılama"),
    "dropoff": ("Drop-off", "Uğurlama"),
    "ride": ("Ride", "Ara transfer"),
}


def manifest_word(key: str, language: str, **values: object) -> str:
    """Return the manifest's word for ``key`` in ``language`` (``en`` or ``tr``), filled in.

    A movement kind nobody knows is printed as typed, without underscores.
    """
    if key not in _WORDS:
        return key.replace("_", " ")
    english, turkish = _WORDS[key]
    return (turkish if language == "tr" else english).format(**values)


def vehicle_text(vehicle: ManifestVehicle, language: str) -> str:
    """Return "34 ABC 123 · minibus · 16 seats"."""
    parts = [
        vehicle.plate,
        vehicle.kind,
        manifest_word("seats_count", language, seats=vehicle.seats),
    ]
    return " · ".join(part for part in parts if part)


def time_text(entry: ManifestEntry) -> str:
    """Return "10:00–11:00", or "10:00" without an end."""
    if entry.end is None:
        return f"{entry.start:%H:%M}"
    return f"{entry.start:%H:%M}–{entry.end:%H:%M}"
