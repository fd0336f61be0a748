"""Turning the rows of a program workbook's sheets into entries, each problem with its cell.

A row with a problem is left out and the problem names its sheet, row and
column. A hand-drafted itinerary often writes the date once per day (or in a
merged cell): a row without a date takes the date of the row above.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from coordinator.domain.enum_words import ACTIVITY_KIND_WORDS, GUIDE_ROLE_WORDS
from coordinator.domain.enums import ActivityKind, GuideRole
from coordinator.domain.messages import said, said_of
from coordinator.domain.text import search_key
from coordinator.excel.absence_text import AbsenceEntry, parse_absences
from coordinator.excel.cell_parsing import (
    EPOCH_1900,
    CellValue,
    CellValueError,
    column_letter,
    end_before_start,
    line_text,
    parse_date,
    parse_languages,
)
from coordinator.excel.program_fields import program_field
from coordinator.excel.program_records import (
    ActivityEntry,
    AssignmentEntry,
    ContactEntry,
    GuideEntry,
    GuideOnActivity,
    ProgramEntry,
    SheetTable,
    VenueEntry,
)
from coordinator.excel.roster_records import Problem, Row

_T = TypeVar("_T")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$")
_LIST_SPLIT = re.compile(r"\s*[;\n]\s*")
_ROLE_SUFFIX = re.compile(r"^(.*?)\s*\(([^)]*)\)\s*$")
_KIND_SYNONYMS: dict[str, tuple[str, ...]] = {
    ActivityKind.COURTESY_VISIT: ("courtesy visit", "courtesy_visit", "nezaket ziyareti"),
    ActivityKind.MEETING: ("meeting", "toplantı"),
    ActivityKind.SITE_VISIT: ("site visit", "site_visit", "teknik gezi", "saha ziyareti"),
    ActivityKind.CULTURAL_TOUR: ("cultural tour", "cultural_tour", "kültür turu", "kültürel gezi"),
    ActivityKind.MEAL: ("meal", "lunch", "dinner", "yemek", "öğle yemeği", "akşam yemeği"),
    ActivityKind.TRANSFER: ("transfer",),
    ActivityKind.CEREMONY: ("ceremony", "tören"),
    ActivityKind.FREE_TIME: ("free time", "free_time", "serbest zaman"),
}  # fmt: skip
_ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    GuideRole.GUIDE: ("guide", "rehber"),
    GuideRole.INTERPRETER: ("interpreter", "tercüman", "çevirmen"),
    GuideRole.ESCORT: ("escort", "refakatçi"),
    GuideRole.DRIVER: ("driver", "şoför", "sürücü"),
    GuideRole.HOST_OFFICIAL: ("host official", "host_official", "ev sahibi yetkili"),
}  # fmt: skip


def _by_key(*tables: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {
        search_key(word): str(code)
        for table in tables
        for code, words in table.items()
        for word in words
    }


# The words exports write (shared with documents) and the ones people write by hand.
_KINDS = _by_key(ACTIVITY_KIND_WORDS, _KIND_SYNONYMS)
_ROLES = _by_key(GUIDE_ROLE_WORDS, _ROLE_SYNONYMS)
_NO_LANGUAGES: tuple[str, ...] = ()
_YES = {search_key(word) for word in ("yes", "y", "true", "1", "evet", "x", "да")}
_NO = {search_key(word) for word in ("no", "n", "false", "0", "hayır", "нет")}


def parse_time(value: CellValue) -> dt.time | None:
    """Return the time of day a cell holds, ``None`` when empty.

    Raises:
        CellValueError: the cell holds something that is not a time.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    fraction = isinstance(value, float | int) and not isinstance(value, bool)
    if fraction and isinstance(value, float | int) and math.isfinite(value) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return dt.time(minutes // 60, minutes % 60)
    text = line_text(value)
    if match := _TIME.match(text):
        hour, minute, second = (int(part) if part else 0 for part in match.groups())
        if hour < 24 and minute < 60 and second < 60:
            return dt.time(hour, minute, second)
    msg = said("{value} is not a time; write it as 10:30", value=f"{text!r}")
    raise CellValueError(msg)


def activity_kind(text: str) -> str:
    """Return the stored kind for ``text``: a known kind, or the user's own words."""
    return _KINDS.get(search_key(text), text.strip())


def guide_role(text: str) -> str | None:
    """Return the guide role ``text`` names, ``None`` if it names none."""
    return _ROLES.get(search_key(text))


def split_names(text: str) -> tuple[str, ...]:
    """Split a cell listing people (one a line, or separated by ``;``)."""
    return tuple(part for part in _LIST_SPLIT.split(text.strip()) if part)


def guides_in(text: str, default_role: str) -> tuple[GuideOnActivity, ...]:
    """Return the guides a cell names; ``Name (interpreter)`` gives the role."""
    found: list[GuideOnActivity] = []
    for part in split_names(text):
        match = _ROLE_SUFFIX.match(part)
        role = guide_role(match.group(2)) if match else None
        if match and role is not None:
            found.append(GuideOnActivity(match.group(1).strip(), role))
        else:
            found.append(GuideOnActivity(part, default_role))
    return tuple(found)


class RowReader:
    """The cells of one row by field name; parse failures become problems."""

    def __init__(self, table: SheetTable, number: int, values: Row) -> None:
        """Read row ``number`` of ``table``."""
        self.table = table
        self.number = number
        self.values = values
        self.problems: list[Problem] = []

    def raw(self, field: str) -> CellValue:
        """Return the raw value of ``field``'s cell (``None`` when not mapped)."""
        index = self.table.mapping.get(field)
        if index is None or index >= len(self.values):
            return None
        return self.values[index]

    def text(self, field: str) -> str:
        """Return ``field``'s cell as one line of text."""
        return line_text(self.raw(field))

    def column(self, field: str) -> str:
        """Return the column letter of ``field``."""
        return column_letter(self.table.mapping.get(field, 0))

    def parsed(self, field: str, parse: Callable[[CellValue], _T], default: _T) -> _T:
        """Return ``parse`` of ``field``'s cell, or ``default`` after noting a problem."""
        try:
            return parse(self.raw(field))
        except CellValueError as error:
            self.problem(field, said_of(error))
            return default

    def problem(self, field: str | None, message: str) -> None:
        """Note a problem in ``field``'s cell (or the whole row)."""
        column = None if field is None else self.column(field)
        self.problems.append(Problem(self.table.sheet, self.number, column, message))


def is_blank(values: Row) -> bool:
    """Tell whether a row has no value at all."""
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in values)


def parse_itinerary(table: SheetTable) -> tuple[list[ActivityEntry], list[Problem]]:
    """Return the activities of an itinerary sheet and the problems of its rows."""
    entries: list[ActivityEntry] = []
    problems: list[Problem] = []
    day: dt.date | None = None
    for number, values in table.rows:
        row = RowReader(table, number, values)
        day = row.parsed("day", lambda value: parse_date(value, table.epoch), None) or day
        entry = _activity(row, day)
        problems += row.problems
        if entry is not None and not row.problems:
            entries.append(entry)
    return entries, problems


def _activity(row: RowReader, day: dt.date | None) -> ActivityEntry | None:
    title = row.text("title")
    if not title:
        if row.raw("start") is not None or row.raw("venue") is not None:
            row.problem("title", said("The activity needs a title"))
        return None
    start = row.parsed("start", parse_time, None)
    end = row.parsed("end", parse_time, None)
    if day is None:
        row.problem("day", said("The activity has no date; write it as 25.08.2021"))
        return None
    if start and end and end <= start:
        row.problem("end", end_before_start(start, end))
    guides = guides_in(row.text("guides"), GuideRole.GUIDE.value)
    guides += guides_in(row.text("interpreters"), GuideRole.INTERPRETER.value)
    return ActivityEntry(
        sheet=row.table.sheet,
        row=row.number,
        day=day,
        start=start,
        end=end,
        kind=activity_kind(row.text("kind")),
        title=title,
        venue=row.text("venue"),
        hosts=split_names(_cell_lines(row.raw("hosts"))),
        guides=guides,
        needs_guide=row.parsed("needs_guide", _yes_no, None),
        notes=_cell_lines(row.raw("notes")),
        summary=_cell_lines(row.raw("summary")),
        day_column=row.column("day"),
    )


def _cell_lines(value: CellValue) -> str:
    return value.strip() if isinstance(value, str) else line_text(value)


def _yes_no(value: CellValue) -> bool | None:
    key = search_key(line_text(value))
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    msg = said("{value} is neither yes nor no", value=f"{line_text(value)!r}")
    raise CellValueError(msg)


def parse_assignments(table: SheetTable) -> tuple[list[AssignmentEntry], list[Problem]]:
    """Return the rows of an Assignments sheet and their problems."""
    entries: list[AssignmentEntry] = []
    problems: list[Problem] = []
    for number, values in table.rows:
        row = RowReader(table, number, values)
        title, guide = row.text("title"), row.text("guide")
        if not title or not guide:
            continue
        role = guide_role(row.text("role") or "guide")
        if role is None:
            row.problem(
                "role", said("{value} is not a guide's role", value=f"{row.text('role')!r}")
            )
        day = row.parsed("day", lambda value: parse_date(value, table.epoch), None)
        start = row.parsed("start", parse_time, None)
        problems += row.problems
        if not row.problems and role is not None:
            on = GuideOnActivity(guide, role)
            entries.append(AssignmentEntry(table.sheet, number, day, start, title, on))
    return entries, problems


def parse_guides(table: SheetTable) -> tuple[list[GuideEntry], list[Problem]]:
    """Return the guides of a Guides sheet and the problems of its rows."""
    entries: list[GuideEntry] = []
    problems: list[Problem] = []
    for number, values in table.rows:
        row = RowReader(table, number, values)
        name = row.text("name")
        if not name:
            continue
        roles = tuple(_roles(row))
        no_days: tuple[AbsenceEntry, ...] = ()
        unavailable = row.parsed(
            "unavailable", lambda value: parse_absences(value, table.epoch), no_days
        )
        entry = GuideEntry(
            sheet=table.sheet,
            row=number,
            name=name,
            title=row.text("title"),
            organization=row.text("organization"),
            languages=row.parsed("languages", parse_languages, _NO_LANGUAGES),
            roles=roles,
            max_hours=row.parsed("max_hours", _hours, None),
            unavailable=unavailable,
            email=row.text("email"),
            phone=row.text("phone"),
            filled=tuple(field for field in table.mapping if row.raw(field) not in (None, "")),
        )
        problems += row.problems
        if not row.problems:
            entries.append(entry)
    return entries, problems


def _roles(row: RowReader) -> list[str]:
    roles: list[str] = []
    for part in re.split(r"\s*[,;/]\s*", row.text("roles")):
        if not part:
            continue
        role = guide_role(part)
        if role is None:
            names = ", ".join(role.value for role in GuideRole)
            message = said("{value} is not a guide's role; the roles are {names}",
                           value=f"{part!r}", names=names)  # fmt: skip
            row.problem("roles", message)
        elif role not in roles:
            roles.append(role)
    return roles


def _hours(value: CellValue) -> float | None:
    text = line_text(value).replace(",", ".")
    if not text:
        return None
    try:
        hours = float(text)
    except ValueError:
        hours = math.nan
    if not 0 < hours <= 24:
        msg = said("{value} is not a number of hours between 0 and 24", value=f"{text!r}")
        raise CellValueError(msg)
    return hours


def parse_venues(table: SheetTable) -> tuple[list[VenueEntry], list[Problem]]:
    """Return the venues of a Venues sheet (they have no problems but a missing name)."""
    entries: list[VenueEntry] = []
    for number, values in table.rows:
        row = RowReader(table, number, values)
        if name := row.text("name"):
            fields = ("owner", "kind", "address", "city", "notes")
            texts = {field: row.text(field) for field in fields}
            entries.append(VenueEntry(table.sheet, number, name, **texts))
    return entries, []


def parse_contacts(table: SheetTable) -> tuple[list[ContactEntry], list[Problem]]:
    """Return the persons of a Contacts sheet and the problems of their languages."""
    entries: list[ContactEntry] = []
    problems: list[Problem] = []
    for number, values in table.rows:
        row = RowReader(table, number, values)
        if not (name := row.text("name")):
            continue
        languages = row.parsed("languages", parse_languages, _NO_LANGUAGES)
        texts = {field: row.text(field) for field in ("title", "organization", "email", "phone")}
        problems += row.problems
        entries.append(ContactEntry(table.sheet, number, name, languages=languages, **texts))
    return entries, problems


_PROGRAM_TEXTS = ("code", "title", "organizer", "city", "country")


def parse_program_sheet(
    sheet: str, rows: Sequence[Sequence[CellValue]], epoch: dt.datetime = EPOCH_1900
) -> tuple[ProgramEntry, list[Problem]]:
    """Return the fields of a Program sheet (names in column A, values in B) and its problems.

    A label that names no field (the ``Field``/``Value`` header) is ignored;
    a value that does not parse is a problem at its cell and left out.
    """
    values: dict[str, Any] = {}
    found: dict[str, int] = {}
    problems: list[Problem] = []
    for number, cells in enumerate(rows, start=1):
        field = program_field(line_text(cells[0])) if cells else None
        if field is None or field in found:
            continue
        value = cells[1] if len(cells) > 1 else None
        try:
            values[field] = _program_value(field, value, epoch)
        except CellValueError as error:
            problems.append(Problem(sheet, number, "B", said_of(error)))
            continue
        found[field] = number
    return ProgramEntry(sheet, found, **values), problems


def _program_value(field: str, value: CellValue, epoch: dt.datetime) -> object:
    if field in _PROGRAM_TEXTS:
        return line_text(value)
    if field == "partners":
        return split_names(_cell_lines(value))
    if field == "languages":
        return parse_languages(value)
    if field == "notes":
        return _cell_lines(value)
    day = parse_date(value, epoch)
    if day is None:
        msg = said("The program's first and last days must be given; write them as 24.08.2021")
        raise CellValueError(msg)
    return day
