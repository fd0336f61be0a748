"""Every model in one import, so that ``Base.metadata`` knows all tables."""

from coordinator.domain.audit import Change
from coordinator.domain.base import Base
from coordinator.domain.directory import Organization, Person, Venue, VenueTravel
from coordinator.domain.documents import CertificateDesign, ProducedDocument, Signatory
from coordinator.domain.itinerary import (
    Activity,
    ActivityAttendee,
    ActivityHost,
    Assignment,
    Guide,
    GuideUnavailability,
)
from coordinator.domain.logistics import (
    Gift,
    Movement,
    MovementPassenger,
    MovementVehicle,
    Stay,
    Vehicle,
)
from coordinator.domain.mappings import SheetLayout
from coordinator.domain.offline import OfflineCopy
from coordinator.domain.programs import Participant, Program, ProgramPartner

__all__ = [
    "Activity",
    "ActivityAttendee",
    "ActivityHost",
    "Assignment",
    "Base",
    "CertificateDesign",
    "Change",
    "Gift",
    "Guide",
    "GuideUnavailability",
    "Movement",
    "MovementPassenger",
    "MovementVehicle",
    "OfflineCopy",
    "Organization",
    "Participant",
    "Person",
    "ProducedDocument",
    "Program",
    "ProgramPartner",
    "SheetLayout",
    "Signatory",
    "Stay",
    "Vehicle",
    "Venue",
    "VenueTravel",
]
