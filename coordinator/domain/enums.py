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
