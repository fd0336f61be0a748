"""Every model in one import, so that ``Base.metadata`` knows all tables."""

from coordinator.domain.base import Base
from coordinator.domain.directory import Organization, Person, Venue, VenueTravel
from coordinator.domain.itinerary import (
    Activity,
    ActivityAttendee,
    ActivityHost,
    Assignment,
    Guide,
    GuideUnavailability,
)
from coordinator.domain.mappings import SheetLayout
from coordinator.domain.programs import Participant, Program, ProgramPartner

__all__ = [
    "Activity",
    "ActivityAttendee",
    "ActivityHost",
    "Assignment",
    "Base",
    "Guide",
    "GuideUnavailability",
    "Organization",
    "Participant",
    "Person",
    "Program",
    "ProgramPartner",
    "SheetLayout",
    "Venue",
    "VenueTravel",
]
