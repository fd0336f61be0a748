"""The Rooms and Gifts sheets of a program import: plan them, then apply them.

Planning writes nothing: it counts what each row adds or updates and lists
what it cannot take as a problem at its cell (those rows are left out).
Applying runs inside the program import's one transaction, after the roster
and the itinerary, so that a stay finds the participants and a gift the
activity the same workbook brings.

A row of the Rooms sheet is a participant's whole stay, found by the
participant's name on the program's roster; the roommate is found there by
name too, and the stay is written as the stays service writes it (the
roommate's stay gets the same hotel and room type and points back). A row of
the Gifts sheet is a whole gift, matched to one of the program's by its day,
description and direction (two alike on one day match in turn); its activity
is the program's activity with that title on the gift's day (on any day when
the row has none and the title is the program's only one). A roommate or an
activity that is nowhere is a problem, and the row is left out rather than
written half.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from coordinator.domain.directory import Person
from coordinator.domain.enums import RoomType
from coordinator.domain.itinerary import Activity
from coordinator.domain.logistics import Gift, Stay
from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import Participant, Program
from coordinator.domain.text import search_key
from coordinator.excel import Problem
from coordinator.excel.logistics_records import GiftEntry, RoomEntry
from coordinator.excel.program_records import ProgramWorkbook
from coordinator.services.edits import lock_for_edit
from coordinator.services.errors import InvalidInputError
from coordinator.services.gift_records import GiftInput
from coordinator.services.gifts import cleaned_gift
from coordinator.services.logistics_import import LogisticsCounts
from coordinator.services.roster_import import ImportPlan
from coordinator.services.stay_records import StayInput
from coordinator.services.stay_rows import check_stay, hotel_named, roommate, write_stay
from coordinator.store import Database

GiftKey = tuple[dt.date | None, str, str]
DayTitle = tuple[dt.date, str]


@dataclass(frozen=True)
class RoomsGiftsPlan:
    """The Rooms and Gifts rows an import writes (those without a problem)."""

    rooms: tuple[RoomEntry, ...] = ()
    gifts: tuple[GiftEntry, ...] = ()


def gift_key(day: dt.date | None, description: str, direction: str) -> GiftKey:
    """Return what matches a gift of a file to one of the program."""
    return (day, search_key(description), direction)


def plan_rooms_gifts(
    database: Database,
    program_code: str,
    workbook: ProgramWorkbook,
    roster: ImportPlan | None,
    activities: Iterable[DayTitle],
) -> tuple[RoomsGiftsPlan, LogisticsCounts]:
    """Plan the Rooms and Gifts rows of ``workbook``; write nothing.

    ``activities`` are the days and titles of the program's activities once
    the import's Itinerary sheet is applied.
    """
    counts = LogisticsCounts()
    with database.reading() as session:
        program = session.scalars(select(Program).where(Program.code == program_code)).one()
        names = set(session.scalars(_roster_query(program).with_only_columns(Person.name_key)))
        stays = set(
            session.scalars(
                _roster_query(program)
                .join(Stay, Stay.participant_id == Participant.id)
                .with_only_columns(Person.name_key)
            )
        )
        gifts = Counter(
            gift_key(gift.day, gift.description, gift.direction)
            for gift in session.scalars(select(Gift).where(Gift.program_id == program.id))
        )
    if roster is not None:
        names |= {search_key(addition.entry.name) for addition in roster.additions}
    rooms = _plan_rooms(workbook.rooms, names, stays, counts)
    planned_gifts = _plan_gifts(workbook.gifts, set(activities), gifts, counts)
    return RoomsGiftsPlan(rooms, planned_gifts), counts


def _roster_query(program: Program) -> Select[Participant]:
    return (
        select(Participant)
        .join(Person, Participant.person_id == Person.id)
        .where(Participant.program_id == program.id)
    )


def _count(counts: dict[str, int], sheet: str) -> None:
    counts[sheet] = counts.get(sheet, 0) + 1


def _plan_rooms(
    entries: Iterable[RoomEntry], names: set[str], stays: set[str], counts: LogisticsCounts
) -> tuple[RoomEntry, ...]:
    planned: list[RoomEntry] = []
    seen: set[str] = set()
    for entry in entries:
        problems = _room_problems(entry, names, seen)
        if problems:
            counts.problems += problems
            continue
        seen.add(search_key(entry.participant))
        planned.append(entry)
        known = search_key(entry.participant) in stays
        _count(counts.updated if known else counts.added, entry.sheet)
    return tuple(planned)


def _room_problems(entry: RoomEntry, names: set[str], seen: set[str]) -> list[Problem]:
    def at(field: str, message: str) -> list[Problem]:
        return [Problem(entry.sheet, entry.row, entry.column(field), message)]

    who, other = search_key(entry.participant), search_key(entry.shares_with)
    if who not in names:
        return at(
            "participant", said("{name} is not on the program's roster", name=entry.participant)
        )
    if who in seen:
        message = said("{name} has another row on this sheet already", name=entry.participant)
        return at("participant", message)
    return _roommate_problems(entry, names, at) if other else []


def _roommate_problems(
    entry: RoomEntry, names: set[str], at: Callable[[str, str], list[Problem]]
) -> list[Problem]:
    who, other = search_key(entry.participant), search_key(entry.shares_with)
    if other not in names:
        return at(
            "shares_with", said("{name} is not on the program's roster", name=entry.shares_with)
        )
    if other == who:
        return at("shares_with", said("A participant cannot share a room with themselves"))
    if entry.room_type == RoomType.SINGLE.value:
        return at("room_type", said("A single room is not shared: write double, twin or suite"))
    return []


def _plan_gifts(
    entries: Iterable[GiftEntry],
    activities: set[DayTitle],
    existing: Counter[GiftKey],
    counts: LogisticsCounts,
) -> tuple[GiftEntry, ...]:
    titles = Counter(title for _, title in activities)
    planned: list[GiftEntry] = []
    for entry in entries:
        problem = _gift_problem(entry, activities, titles)
        if problem is not None:
            counts.problems.append(problem)
            continue
        planned.append(entry)
        key = gift_key(entry.day, entry.description, entry.direction)
        _count(counts.updated if existing[key] > 0 else counts.added, entry.sheet)
        existing[key] -= 1
    return tuple(planned)


def _gift_problem(
    entry: GiftEntry, activities: set[DayTitle], titles: Counter[str]
) -> Problem | None:
    try:
        cleaned_gift(_gift_input(entry, None))
    except InvalidInputError as error:
        return Problem(entry.sheet, entry.row, entry.column(error.field or ""), said_of(error))
    title = search_key(entry.activity)
    if not title:
        return None
    if entry.day is not None and (entry.day, title) in activities:
        return None
    if entry.day is None and titles[title] == 1:
        return None
    named = f"{entry.activity!r}"
    if entry.day is None and titles[title] > 1:
        message = said(
            "The program has several activities {title}: give the gift's day", title=named
        )
    elif entry.day is not None:
        day = f"{entry.day:%d.%m.%Y}"
        message = said(
            "There is no activity {title} on {day} on the program's itinerary", title=named, day=day
        )
    else:
        message = said("There is no activity {title} on the program's itinerary", title=named)
    return Problem(entry.sheet, entry.row, entry.column("activity"), message)


def _gift_input(entry: GiftEntry, activity_id: int | None) -> GiftInput:
    return GiftInput(
        description=entry.description,
        direction=entry.direction,
        day=entry.day,
        activity_id=activity_id,
        giver=entry.giver,
        giver_organization=entry.giver_organization,
        receiver=entry.receiver,
        receiver_organization=entry.receiver_organization,
        value=entry.value,
        currency=entry.currency or "TRY",
        kept_at=entry.kept_at,
        notes=entry.notes,
    )


def apply_rooms_gifts(session: Session, program: Program, plan: RoomsGiftsPlan) -> None:
    """Write the planned stays and gifts inside the import's ``session``.

    Raises:
        InvalidInputError: a row breaks a rule of the stays or the gifts (a
            check-out before the participant's arrival, say), naming its row.
    """
    if plan.rooms:
        lock_for_edit(session, Program, program.id)  # as a stay edit does
        roster: dict[str, Participant] = {}
        for participant in session.scalars(_roster_query(program).order_by(Participant.id)):
            roster.setdefault(participant.person.name_key, participant)
        for entry in plan.rooms:
            _stay(session, roster, entry)
    if plan.gifts:
        _gifts(session, program, plan.gifts)
    session.flush()


def _stay(session: Session, roster: dict[str, Participant], entry: RoomEntry) -> None:
    participant = roster[search_key(entry.participant)]
    other = roster.get(search_key(entry.shares_with))
    data = StayInput(
        hotel=entry.hotel,
        room_type=entry.room_type,
        shares_with=other.id if other is not None else None,
        check_in=entry.check_in,
        check_out=entry.check_out,
        requests=entry.requests,
    )
    try:
        check_stay(data, participant)
        roommate(session, participant, data.shares_with)
    except InvalidInputError as error:
        raise InvalidInputError(
            said(
                "{sheet}, row {row}: {error}",
                sheet=entry.sheet,
                row=entry.row,
                error=said_of(error),
            ),
            error.field,
        ) from error
    write_stay(session, participant, data, hotel_named(session, data.hotel))
    session.flush()


def _gifts(session: Session, program: Program, entries: Iterable[GiftEntry]) -> None:
    activities: dict[DayTitle, int] = {}
    query = select(Activity).where(Activity.program_id == program.id)
    for activity in session.scalars(query.order_by(Activity.day, Activity.start_time)):
        activities.setdefault((activity.day, search_key(activity.title)), activity.id)
    by_title: dict[str, list[int]] = {}
    for (_, title), found in activities.items():
        by_title.setdefault(title, []).append(found)
    existing: dict[GiftKey, list[Gift]] = {}
    query_gifts = select(Gift).where(Gift.program_id == program.id).order_by(Gift.id)
    for gift in session.scalars(query_gifts):
        existing.setdefault(gift_key(gift.day, gift.description, gift.direction), []).append(gift)
    for entry in entries:
        title = search_key(entry.activity)
        activity_id: int | None = None
        if title and entry.day is not None:
            activity_id = activities.get((entry.day, title))
        elif title and len(by_title.get(title, [])) == 1:
            activity_id = by_title[title][0]
        data = cleaned_gift(_gift_input(entry, activity_id))
        matches = existing.get(gift_key(entry.day, entry.description, entry.direction), [])
        gift = matches.pop(0) if matches else Gift(program=program)
        session.add(gift)
        for item in fields(GiftInput):
            setattr(gift, item.name, getattr(data, item.name))
