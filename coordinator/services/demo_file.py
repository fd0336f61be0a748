"""The demo program's file, read into typed records.

The data lives in ``resources/demo/turkistan-2021.json``. Reading it fully
before writing anything means a damaged file is refused with nothing written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from coordinator.domain.enums import ActivityKind, GuideRole, ParticipantRole
from coordinator.domain.messages import said
from coordinator.resource_files import resource_path
from coordinator.services.errors import InvalidInputError

DEMO_FILE_NAME = "turkistan-2021.json"

_Choice = TypeVar("_Choice", ActivityKind, GuideRole, ParticipantRole)


@dataclass(frozen=True)
class DemoProgram:
    """The program's own fields; organizations are given by name."""

    code: str
    title: str
    organizer: str
    partners: tuple[str, ...]
    city: str
    country: str
    first_day: dt.date
    last_day: dt.date
    languages: tuple[str, ...]
    notes: str
    time_zone: str = ""
    assumed: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoOrganization:
    """An organization of the demo, created unless the directory has its name."""

    name: str
    kind: str
    city: str
    country: str
    notes: str


@dataclass(frozen=True)
class DemoPerson:
    """A host or guide with the title and organization of August 2021."""

    name: str
    title: str
    organization: str
    languages: tuple[str, ...]
    notes: str


@dataclass(frozen=True)
class DemoParticipant:
    """A delegation member with the title and organization of the visit."""

    name: str
    title: str
    organization: str
    role: ParticipantRole
    notes: str
    nationality: str = ""
    assumed: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoVenue:
    """A place visited, owned by an organization named in the demo."""

    name: str
    owner: str
    kind: str
    address: str
    city: str
    notes: str


@dataclass(frozen=True)
class DemoGuide:
    """A person of the demo who accompanied the delegation."""

    name: str
    languages: tuple[str, ...]
    roles: tuple[GuideRole, ...]
    notes: str


@dataclass(frozen=True)
class DemoAssignment:
    """A guide on an activity in a role."""

    guide: str
    role: GuideRole


@dataclass(frozen=True)
class DemoActivity:
    """An itinerary item; hosts, guides and the venue are given by name."""

    day: dt.date
    start: dt.time | None
    end: dt.time | None
    kind: ActivityKind
    title: str
    venue: str
    hosts: tuple[str, ...]
    guides: tuple[DemoAssignment, ...]
    notes: str
    summary: str = ""
    assumed: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoData:
    """Everything the demo file holds, in the order the report gives it."""

    program: DemoProgram
    organizations: tuple[DemoOrganization, ...]
    participants: tuple[DemoParticipant, ...]
    people: tuple[DemoPerson, ...]
    venues: tuple[DemoVenue, ...]
    guides: tuple[DemoGuide, ...]
    activities: tuple[DemoActivity, ...]


def _damaged(path: Path, problem: str) -> InvalidInputError:
    return InvalidInputError(
        said("The demo file {path} is damaged: {problem}", path=path, problem=problem)
    )


class _Fields:
    """Typed access to one JSON object; errors name the file and the place."""

    def __init__(self, value: object, path: Path, where: str) -> None:
        if not isinstance(value, dict):
            raise _damaged(path, f"{where} is not an object")
        self._data: Mapping[str, object] = value
        self._path = path
        self._where = where

    def error(self, key: str, expected: str) -> InvalidInputError:
        """Return the error for ``key`` holding something other than ``expected``."""
        return _damaged(self._path, f"{self._where}.{key} must be {expected}")

    def text(self, key: str) -> str:
        value = self._data.get(key, "")
        if not isinstance(value, str):
            raise self.error(key, "text")
        return value.strip()

    def required(self, key: str) -> str:
        text = self.text(key)
        if not text:
            raise self.error(key, "filled")
        return text

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.error(key, "a list of texts")
        return tuple(str(item).strip() for item in value)

    def objects(self, key: str) -> list[_Fields]:
        value = self._data.get(key, [])
        if not isinstance(value, list):
            raise self.error(key, "a list")
        return [
            _Fields(item, self._path, f"{self._where}.{key}[{index}]")
            for index, item in enumerate(value)
        ]

    def object(self, key: str) -> _Fields:
        return _Fields(self._data.get(key), self._path, f"{self._where}.{key}")

    def day(self, key: str) -> dt.date:
        try:
            return dt.date.fromisoformat(self.text(key))
        except ValueError as error:
            raise self.error(key, "a date YYYY-MM-DD") from error

    def time(self, key: str) -> dt.time | None:
        text = self.text(key)
        try:
            return dt.time.fromisoformat(text) if text else None
        except ValueError as error:
            raise self.error(key, "a time HH:MM") from error

    def choice(self, key: str, enum: type[_Choice]) -> _Choice:
        try:
            return enum(self.text(key))
        except ValueError as error:
            raise self.error(key, f"one of {', '.join(enum)}") from error


def read_demo(path: Path | None = None) -> DemoData:
    """Read the demo file: the one shipped with the application unless ``path`` is given.

    Raises:
        InvalidInputError: the file is missing, not JSON, or not shaped as expected.
    """
    try:
        path = path or resource_path("demo", DEMO_FILE_NAME)
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        msg = said("The demo file cannot be read: {error}", error=error)
        raise InvalidInputError(msg) from error
    try:
        raw: object = json.loads(text)
    except ValueError as error:
        raise _damaged(path, str(error)) from error
    root = _Fields(raw, path, "$")
    data = DemoData(
        program=_program(root.object("program")),
        organizations=tuple(_organization(item) for item in root.objects("organizations")),
        participants=tuple(_participant(item) for item in root.objects("participants")),
        people=tuple(_person(item) for item in root.objects("people")),
        venues=tuple(_venue(item) for item in root.objects("venues")),
        guides=tuple(_guide(item) for item in root.objects("guides")),
        activities=tuple(_activity(item) for item in root.objects("activities")),
    )
    _check_references(data, path)
    return data


def _program(fields: _Fields) -> DemoProgram:
    return DemoProgram(
        code=fields.required("code"),
        title=fields.required("title"),
        organizer=fields.required("organizer"),
        partners=fields.texts("partners"),
        city=fields.text("city"),
        country=fields.text("country"),
        first_day=fields.day("first_day"),
        last_day=fields.day("last_day"),
        languages=fields.texts("languages"),
        notes=fields.text("notes"),
        time_zone=fields.text("time_zone"),
        assumed=fields.texts("assumed"),
    )


def _organization(fields: _Fields) -> DemoOrganization:
    return DemoOrganization(
        name=fields.required("name"),
        kind=fields.text("kind"),
        city=fields.text("city"),
        country=fields.text("country"),
        notes=fields.text("notes"),
    )


def _participant(fields: _Fields) -> DemoParticipant:
    return DemoParticipant(
        name=fields.required("name"),
        title=fields.required("title"),
        organization=fields.required("organization"),
        role=fields.choice("role", ParticipantRole),
        notes=fields.text("notes"),
        nationality=fields.text("nationality"),
        assumed=fields.texts("assumed"),
    )


def _person(fields: _Fields) -> DemoPerson:
    return DemoPerson(
        name=fields.required("name"),
        title=fields.required("title"),
        organization=fields.required("organization"),
        languages=fields.texts("languages"),
        notes=fields.text("notes"),
    )


def _venue(fields: _Fields) -> DemoVenue:
    return DemoVenue(
        name=fields.required("name"),
        owner=fields.text("owner"),
        kind=fields.text("kind"),
        address=fields.text("address"),
        city=fields.text("city"),
        notes=fields.text("notes"),
    )


def _guide(fields: _Fields) -> DemoGuide:
    return DemoGuide(
        name=fields.required("name"),
        languages=fields.texts("languages"),
        roles=tuple(GuideRole(role) for role in _roles(fields)),
        notes=fields.text("notes"),
    )


def _roles(fields: _Fields) -> tuple[str, ...]:
    roles = fields.texts("roles")
    known = {role.value for role in GuideRole}
    if not set(roles) <= known:
        raise fields.error("roles", f"a list of {', '.join(sorted(known))}")
    return roles


def _activity(fields: _Fields) -> DemoActivity:
    return DemoActivity(
        day=fields.day("day"),
        start=fields.time("start"),
        end=fields.time("end"),
        kind=fields.choice("kind", ActivityKind),
        title=fields.required("title"),
        venue=fields.text("venue"),
        hosts=fields.texts("hosts"),
        guides=tuple(
            DemoAssignment(guide=item.required("name"), role=item.choice("role", GuideRole))
            for item in fields.objects("guides")
        ),
        notes=fields.text("notes"),
        summary=fields.text("summary"),
        assumed=fields.texts("assumed"),
    )


def _check_references(data: DemoData, path: Path) -> None:
    """Refuse a file whose names point at nothing, or whose days fall outside the program."""
    program = data.program
    _check_names(
        path,
        "organization",
        {organization.name for organization in data.organizations},
        [
            program.organizer,
            *program.partners,
            *(participant.organization for participant in data.participants),
            *(person.organization for person in data.people),
            *(venue.owner for venue in data.venues),
        ],
    )
    _check_names(
        path,
        "person",
        {person.name for person in data.people},
        [guide.name for guide in data.guides]
        + [host for activity in data.activities for host in activity.hosts],
    )
    _check_names(
        path,
        "venue",
        {venue.name for venue in data.venues},
        [activity.venue for activity in data.activities],
    )
    _check_names(
        path,
        "guide",
        {guide.name for guide in data.guides},
        [assignment.guide for activity in data.activities for assignment in activity.guides],
    )
    for activity in data.activities:
        if not program.first_day <= activity.day <= program.last_day:
            raise _damaged(path, f"{activity.title!r} falls outside the program's days")


def _check_names(path: Path, what: str, known: set[str], names: list[str]) -> None:
    for name in names:
        if name and name not in known:
            raise _damaged(path, f"it names an unknown {what}, {name!r}")
