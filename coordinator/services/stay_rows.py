"""Reading and writing stay rows inside a session, for :mod:`coordinator.services.stays`.

Kept apart from the service so that the service reads as its use cases: here
are the lookups (participants, hotels by name), the records, and the two
writes everything comes down to: one participant's stay set from an input
(and their roommates kept in step), and a stay put back exactly as stored.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.directory import Venue
from coordinator.domain.enums import RoomType
from coordinator.domain.logistics import Stay
from coordinator.domain.messages import said
from coordinator.domain.programs import Participant, Program
from coordinator.domain.rooming import StayFacts, Visit, effective_dates, nights_between
from coordinator.domain.text import fold_spaces, search_key
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.stay_records import StayInput, StayRecord, StayState, StoredStay

HOTEL_KIND = "hotel"
"""The kind of the venues that are hotels."""
_HOTEL_KINDS = {"hotel", "otel"}


def participant_by_id(session: Session, participant_id: int) -> Participant:
    """Return the participant, or refuse as not found."""
    participant = session.get(Participant, participant_id)
    if participant is None:
        msg = said("This participant is no longer on the roster")
        raise NotFoundError(msg)
    return participant


def stay_of(session: Session, participant_id: int) -> Stay | None:
    """Return the participant's stay, if any."""
    return session.scalars(select(Stay).where(Stay.participant_id == participant_id)).first()


def program_stays(session: Session, program: Program) -> list[Stay]:
    """Return the stays of the program's participants, with their hotels and people loaded."""
    return list(
        session.scalars(
            select(Stay)
            .join(Participant, Stay.participant_id == Participant.id)
            .where(Participant.program_id == program.id)
            .options(
                selectinload(Stay.hotel),
                selectinload(Stay.participant).selectinload(Participant.person),
                selectinload(Stay.shares_with).selectinload(Participant.person),
            )
            .order_by(Participant.position, Participant.id)
        )
    )


def program_visits(session: Session, program: Program) -> list[Visit]:
    """Return every participant of the program with the dates of their visit, in roster order."""
    participants = session.scalars(
        select(Participant)
        .where(Participant.program_id == program.id)
        .options(selectinload(Participant.person))
        .order_by(Participant.position, Participant.id)
    )
    return [visit_of(participant) for participant in participants]


def visit_of(participant: Participant) -> Visit:
    """Return the participant's visit: name, arrival and departure dates, roster place."""
    return Visit(
        participant.id,
        participant.person.full_name,
        participant.arrival.date() if participant.arrival is not None else None,
        participant.departure.date() if participant.departure is not None else None,
        participant.position,
    )


def stay_facts(stay: Stay) -> StayFacts:
    """Return the stay as the rooming rules take it."""
    return StayFacts(
        stay.participant_id,
        stay.hotel.name if stay.hotel is not None else "",
        stay.room_type,
        stay.shares_with_id,
        stay.check_in,
        stay.check_out,
        stay.requests,
    )


def stay_record(stay: Stay) -> StayRecord:
    """Describe ``stay`` as a plain record, with its effective dates and nights."""
    participant = stay.participant
    program = participant.program
    check_in, check_out = effective_dates(
        stay_facts(stay), visit_of(participant), program.first_day, program.last_day
    )
    partner = stay.shares_with
    return StayRecord(
        id=stay.id,
        participant_id=participant.id,
        participant=participant.person.full_name,
        program_code=program.code,
        hotel_id=stay.hotel_id,
        hotel=stay.hotel.name if stay.hotel is not None else "",
        room_type=stay.room_type,
        shares_with_id=stay.shares_with_id,
        shares_with=partner.person.full_name if partner is not None else "",
        check_in=stay.check_in,
        check_out=stay.check_out,
        requests=stay.requests,
        arrival=check_in,
        departure=check_out,
        nights=len(nights_between(check_in, check_out)),
    )


def state_of(session: Session, participant_id: int) -> StayState:
    """Return the participant's stay as stored now."""
    stay = stay_of(session, participant_id)
    if stay is None:
        return StayState(participant_id, None)
    stored = StoredStay(
        stay.id,
        stay.hotel_id,
        stay.room_type,
        stay.shares_with_id,
        stay.check_in,
        stay.check_out,
        stay.requests,
    )
    return StayState(participant_id, stored)


def hotel_named(session: Session, name: str) -> Venue | None:
    """Return the venue named ``name`` (search key), a hotel first; create a hotel if none.

    An empty name gives ``None``: the stay has no hotel yet.
    """
    name = fold_spaces(name)
    if not name:
        return None
    venues = list(
        session.scalars(select(Venue).where(Venue.name_key == search_key(name)).order_by(Venue.id))
    )
    hotels = [venue for venue in venues if search_key(venue.kind) in _HOTEL_KINDS]
    if hotels or venues:
        return (hotels or venues)[0]
    venue = Venue(name=name, kind=HOTEL_KIND)
    session.add(venue)
    session.flush()
    return venue


def check_stay(data: StayInput, participant: Participant) -> None:
    """Check a stay's fields against each other and the participant's visit.

    Raises:
        InvalidInputError: naming the first field that breaks a rule.
    """
    if data.room_type not in {room_type.value for room_type in RoomType}:
        msg = said(
            "{room_type} is not a room type: single, double, twin or suite",
            room_type=f"{data.room_type!r}",
        )
        raise InvalidInputError(msg, "room_type")
    if data.shares_with is not None and data.room_type == RoomType.SINGLE.value:
        msg = said("A single room is not shared: choose a double, a twin or a suite")
        raise InvalidInputError(msg, "room_type")
    if data.shares_with == participant.id:
        msg = said("A participant cannot share a room with themselves")
        raise InvalidInputError(msg, "shares_with")
    if data.check_in is None and data.check_out is None:
        return
    program = participant.program
    facts = StayFacts(participant.id, "", data.room_type, None, data.check_in, data.check_out)
    check_in, check_out = effective_dates(
        facts, visit_of(participant), program.first_day, program.last_day
    )
    if check_out <= check_in:
        msg = said(
            "The check-out ({check_out}) must be after the check-in ({check_in})",
            check_out=f"{check_out:%d.%m.%Y}",
            check_in=f"{check_in:%d.%m.%Y}",
        )
        raise InvalidInputError(msg, "check_out" if data.check_out is not None else "check_in")


def roommate(
    session: Session, participant: Participant, other_id: int | None
) -> Participant | None:
    """Return the participant ``other_id`` to share a room with, of the same program.

    Raises:
        NotFoundError: they are no longer on the roster.
        InvalidInputError: they are on another program's roster.
    """
    if other_id is None:
        return None
    other = participant_by_id(session, other_id)
    if other.program_id != participant.program_id:
        msg = said("{full_name} is not on this program's roster", full_name=other.person.full_name)
        raise InvalidInputError(msg, "shares_with")
    return other


def write_stay(
    session: Session, participant: Participant, data: StayInput, hotel: Venue | None
) -> None:
    """Set the participant's stay to ``data`` and keep the roommates in step.

    The new roommate gets the same hotel and room type and points back (a stay
    is created for them if they have none, its dates following their visit);
    a former roommate of either who pointed at them no longer does.
    """
    stay = stay_of(session, participant.id)
    if stay is None:
        stay = Stay(participant=participant)
        session.add(stay)
    former = stay.shares_with_id
    stay.hotel = hotel
    stay.room_type = data.room_type
    stay.shares_with_id = data.shares_with
    stay.check_in = data.check_in
    stay.check_out = data.check_out
    stay.requests = data.requests.strip()
    if former is not None and former != data.shares_with:
        _unlink(session, former, participant.id)
    if data.shares_with is None:
        return
    other = stay_of(session, data.shares_with)
    if other is None:
        other = Stay(participant_id=data.shares_with)
        session.add(other)
    elif other.shares_with_id not in (None, participant.id):
        _unlink(session, other.shares_with_id, data.shares_with)
    other.hotel = hotel
    other.room_type = data.room_type
    other.shares_with_id = participant.id


def _unlink(session: Session, participant_id: int, partner_id: int) -> None:
    """Make ``participant_id`` stop sharing with ``partner_id``, if they did."""
    stay = stay_of(session, participant_id)
    if stay is not None and stay.shares_with_id == partner_id:
        stay.shares_with_id = None


def put_stay(session: Session, state: StayState) -> None:
    """Make the participant's stay exactly ``state``: removed, or stored under its own id.

    Raises:
        InvalidInputError: its hotel or roommate is gone, or its id is taken.
    """
    existing = stay_of(session, state.participant_id)
    wanted = state.stay
    if existing is not None and (wanted is None or existing.id != wanted.id):
        session.delete(existing)
        session.flush()
        existing = None
    if wanted is None:
        return
    if wanted.hotel_id is not None and session.get(Venue, wanted.hotel_id) is None:
        msg = said("The stay cannot be put back: its hotel is no longer in the directory")
        raise InvalidInputError(msg, "hotel")
    if (
        wanted.shares_with_id is not None
        and session.get(Participant, wanted.shares_with_id) is None
    ):
        msg = said("The stay cannot be put back: the roommate is no longer on the roster")
        raise InvalidInputError(msg, "shares_with")
    if existing is None:
        if session.get(Stay, wanted.id) is not None:
            msg = said("The stay cannot be put back: its place was taken by another stay")
            raise InvalidInputError(msg, "stay")
        existing = Stay(id=wanted.id, participant_id=state.participant_id)
        session.add(existing)
    _copy(existing, wanted)


def _copy(stay: Stay, stored: StoredStay) -> None:
    stay.hotel_id = stored.hotel_id
    stay.room_type = stored.room_type
    stay.shares_with_id = stored.shares_with_id
    stay.check_in = stored.check_in
    stay.check_out = stored.check_out
    stay.requests = stored.requests


def touched_by(session: Session, participant_id: int, data: StayInput | None) -> list[int]:
    """Return whose stays setting ``data`` (or removing, with ``None``) may change, in order."""
    ids = [participant_id]
    current = stay_of(session, participant_id)
    if current is not None and current.shares_with_id is not None:
        ids.append(current.shares_with_id)
    if data is not None and data.shares_with is not None:
        ids.append(data.shares_with)
        other = stay_of(session, data.shares_with)
        if other is not None and other.shares_with_id is not None:
            ids.append(other.shares_with_id)
    return list(dict.fromkeys(ids))
