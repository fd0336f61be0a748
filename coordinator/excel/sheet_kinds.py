"""What a sheet of a program workbook holds: the program, its people, itinerary and logistics."""

from __future__ import annotations

from enum import StrEnum


class SheetKind(StrEnum):
    """What a sheet of a program workbook holds."""

    PROGRAM = "program"
    PARTICIPANTS = "participants"
    TRAVEL = "travel"
    ITINERARY = "itinerary"
    GUIDES = "guides"
    ASSIGNMENTS = "assignments"
    VENUES = "venues"
    CONTACTS = "contacts"
    VEHICLES = "vehicles"
    TRANSFERS = "transfers"
    ROOMS = "rooms"
    GIFTS = "gifts"
