"""Closed vocabularies stored as their string values.

The database keeps plain strings (so a later version can add values without a
schema change); these enums are what code compares against.
"""

from enum import StrEnum


class ParticipantRole(StrEnum):
    """The part a participant plays in the delegation."""

    HEAD = "head"
    MEMBER = "member"
    STAFF = "staff"


class ActivityKind(StrEnum):
    """The usual kinds of itinerary item; users may add others later."""

    COURTESY_VISIT = "courtesy_visit"
    MEETING = "meeting"
    SITE_VISIT = "site_visit"
    CULTURAL_TOUR = "cultural_tour"
    MEAL = "meal"
    TRANSFER = "transfer"
    CEREMONY = "ceremony"
    FREE_TIME = "free_time"


class GuideRole(StrEnum):
    """How a guide accompanies the delegation."""

    GUIDE = "guide"
    INTERPRETER = "interpreter"
    ESCORT = "escort"
    DRIVER = "driver"
    HOST_OFFICIAL = "host_official"


class TravelMode(StrEnum):
    """How a participant arrives or leaves."""

    FLIGHT = "flight"
    TRAIN = "train"
    CAR = "car"
    BUS = "bus"


class MovementKind(StrEnum):
    """What a transfer is for."""

    PICKUP = "pickup"
    """From an airport or station to the hotel, after landing."""
    DROPOFF = "dropoff"
    """From the hotel to an airport or station, in time for check-in."""
    RIDE = "ride"
    """Between the places of the day (hotel, venues)."""


class RoomType(StrEnum):
    """The room types hotels book."""

    SINGLE = "single"
    DOUBLE = "double"
    TWIN = "twin"
    SUITE = "suite"


class GiftDirection(StrEnum):
    """Whether the office's side gave the gift or received it."""

    GIVEN = "given"
    RECEIVED = "received"
