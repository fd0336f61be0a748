"""Plain records of the directory: organizations, people, venues and travel times."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrganizationInput:
    """The fields of an organization as typed."""

    name: str
    kind: str = ""
    city: str = ""
    country: str = ""
    notes: str = ""


@dataclass(frozen=True)
class OrganizationRecord:
    """An organization of the directory."""

    id: int
    name: str
    kind: str
    city: str
    country: str
    notes: str

    def as_input(self) -> OrganizationInput:
        """Return the editable fields, e.g. to undo a change."""
        return OrganizationInput(self.name, self.kind, self.city, self.country, self.notes)


@dataclass(frozen=True)
class PersonInput:
    """The fields of a person as typed; the organization is given by its name."""

    name: str
    title: str = ""
    organization: str = ""
    languages: tuple[str, ...] = ()
    email: str = ""
    phone: str = ""
    notes: str = ""


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

    def as_input(self) -> PersonInput:
        """Return the editable fields, e.g. to undo a change."""
        return PersonInput(
            self.name, self.title, self.organization, self.languages, self.email, self.phone,
            self.notes,
        )  # fmt: skip


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
