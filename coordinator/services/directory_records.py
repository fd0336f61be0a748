"""Plain records of the directory: organizations, people, venues and travel times."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrganizationRecord:
    """An organization of the directory."""

    id: int
    name: str
    kind: str
    city: str
    country: str
    notes: str


@dataclass(frozen=True)
class PersonRecord:
    """A person of the directory with their latest title and organization."""

    id: int
    name: str
    title: str
    organization: str
    languages: tuple[str, ...]
    email: str
    phone: str
    guide_id: int | None
    notes: str


@dataclass(frozen=True)
class VenueInput:
    """The fields of a venue as typed; the owner is an organization's name."""

    name: str
    owner: str = ""
    kind: str = ""
    address: str = ""
    city: str = ""
    notes: str = ""


@dataclass(frozen=True)
class VenueRecord:
    """A venue of the directory."""

    id: int
    name: str
    owner: str
    kind: str
    address: str
    city: str
    notes: str

    def as_input(self) -> VenueInput:
        """Return the editable fields, e.g. to undo a change."""
        return VenueInput(self.name, self.owner, self.kind, self.address, self.city, self.notes)


@dataclass(frozen=True)
class TravelTimeRecord:
    """The minutes from one venue to another (known one way, taken both ways)."""

    from_venue_id: int
    from_venue: str
    to_venue_id: int
    to_venue: str
    minutes: int
