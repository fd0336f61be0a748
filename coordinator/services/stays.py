"""Hotel stays of a program: who sleeps where, the rooming list, and what is wrong with it.

A thin use case over :mod:`coordinator.domain.rooming`. Every write is one
transaction that returns a :class:`~coordinator.services.stay_records.StayChange`:
every stay it touched, before and after. Two participants sharing a room
point at each other, so setting one stay can change up to four (the
participant, the new roommate, and the former roommates of both);
:meth:`StayService.undo` puts all of them back in one call, refusing if any
was changed since.

Hotels are venues of the hotel kind: a hotel named in a stay is found among
the venues by its search key (``Hilton Bomonti`` and ``HİLTON BOMONTİ`` are
one) or added to the directory as a hotel. An undo leaves a hotel so added
in the directory, as undoing a roster entry leaves its person there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from coordinator.domain.messages import said
from coordinator.domain.programs import Participant, Program
from coordinator.domain.rooming import Room, RoomFinding, room_findings, rooms_of
from coordinator.services.collation import sort_key_function
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.edits import lock_for_edit, merged_edit, written_alone
from coordinator.services.errors import ChangedSinceError, InvalidInputError, NotFoundError
from coordinator.services.programs import program_by_code
from coordinator.services.stay_records import StayChange, StayInput, StayRecord, StayState
from coordinator.services.stay_rows import (
    check_stay,
    hotel_named,
    participant_by_id,
    program_stays,
    program_visits,
    put_stay,
    roommate,
    state_of,
    stay_facts,
    stay_of,
    stay_record,
    touched_by,
    write_stay,
)
from coordinator.store import Database

if TYPE_CHECKING:
    from coordinator.excel.rooming_writer import HotelRooms


@dataclass(frozen=True)
class RoomingList:
    """The rooms of a program, hotel by hotel, as hotels want them listed."""

    program_code: str
    program_title: str
    hotels: tuple[HotelRooms, ...]

    @property
    def rooms(self) -> tuple[Room, ...]:
        """Every room of every hotel, in the list's order."""
        return tuple(room for hotel in self.hotels for room in hotel.rooms)


@dataclass(frozen=True)
class RoomingFile:
    """What an export wrote: the file, and how many hotels and rooms it lists."""

    path: Path
    hotels: int
    rooms: int


class StayService:
    """The stays of a program's participants."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list_stays(self, program_code: str) -> list[StayRecord]:
        """Return the program's stays in roster order, with effective dates and nights.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            return [stay_record(stay) for stay in program_stays(session, program)]

    def get(self, participant_id: int) -> StayRecord | None:
        """Return the participant's stay, or ``None`` when they have none.

        Raises:
            NotFoundError: the participant is no longer on the roster.
        """
        with self._database.reading() as session:
            participant_by_id(session, participant_id)
            stay = stay_of(session, participant_id)
            return stay_record(stay) if stay is not None else None

    def rooming_list(self, program_code: str) -> RoomingList:
        """Return the program's rooms, hotel by hotel (hotels by name, a stay without one last).

        Within a hotel, rooms go by arrival, room type, then the first guest's
        surname in Turkish order (see :func:`coordinator.domain.rooming.room_sort_key`).

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            rooms = self._rooms(session, program)
            code, title = program.code, program.title
        hotels: dict[str, list[Room]] = {}
        for room in rooms:
            hotels.setdefault(room.hotel, []).append(room)
        from coordinator.excel.rooming_writer import HotelRooms  # noqa: PLC0415 - with the list

        key = sort_key_function()
        order = sorted(hotels, key=lambda name: (not name, key(name)))
        return RoomingList(
            code, title, tuple(HotelRooms(name, tuple(hotels[name])) for name in order)
        )

    def findings(self, program_code: str) -> list[RoomFinding]:
        """Return the program's room findings: nights without a room, rooms over capacity.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            stays = [stay_facts(stay) for stay in program_stays(session, program)]
            visits = program_visits(session, program)
            return room_findings(visits, stays, program.first_day, program.last_day)

    def set_stay(self, participant_id: int, data: StayInput) -> StayChange:
        """Give the participant the stay ``data``, creating or replacing theirs.

        Sharing with someone records it on both: the roommate's stay gets the
        same hotel and room type and points back (it is created, its dates
        following their visit, if they had none); former roommates of both
        stop pointing at them. All in one transaction.

        Raises:
            InvalidInputError: a field breaks a rule, or the roommate is on
                another program.
            NotFoundError: the participant or the roommate is not on the roster.
        """
        return self._write(participant_id, data, None)

    def update_stay(self, participant_id: int, data: StayInput, before: StayInput) -> StayChange:
        """Change the participant's stay from ``before`` (as read) to ``data``.

        Only the fields that differ between ``before`` and ``data`` are
        written, and only if nobody changed them since; roommates are kept in
        step as by :meth:`set_stay`.

        Raises:
            ChangedSinceError: a field of the edit changed since, or the stay is gone.
            InvalidInputError: a field breaks a rule.
            NotFoundError: the participant or the roommate is not on the roster.
        """
        return self._write(participant_id, data, before)

    def remove_stay(self, participant_id: int) -> StayChange:
        """Remove the participant's stay; a roommate pointing at them no longer does.

        What is returned puts everything back with :meth:`restore` (or :meth:`undo`).

        Raises:
            NotFoundError: the participant is not on the roster, or has no stay.
        """
        with written_alone("The stay"), self._database.transaction() as session:
            participant = participant_by_id(session, participant_id)
            _lock_program(session, participant.program)
            stay = stay_of(session, participant_id)
            if stay is None:
                msg = said(
                    "{full_name} has no stay to remove", full_name=participant.person.full_name
                )
                raise NotFoundError(msg)
            ids = touched_by(session, participant_id, None)
            before = [state_of(session, pid) for pid in ids]
            partner = stay.shares_with_id
            session.delete(stay)
            session.flush()
            if partner is not None:
                other = stay_of(session, partner)
                if other is not None and other.shares_with_id == participant_id:
                    other.shares_with_id = None
            return _change(session, ids, before, None)

    def undo(self, change: StayChange) -> StayChange:
        """Put back every stay ``change`` touched as it was before; return the reverse.

        Redo is ``undo`` of what this returns.

        Raises:
            ChangedSinceError: one of those stays was changed since.
            InvalidInputError: a hotel or roommate it needs is gone, or an id is taken.
        """
        return self._apply(change.reversed())

    def restore(self, removed: StayChange) -> StayChange:
        """Put back a stay :meth:`remove_stay` removed, under its own id (as :meth:`undo`)."""
        return self.undo(removed)

    def export_rooming(self, program_code: str, path: Path, language: str = "en") -> RoomingFile:
        """Write the rooming list to ``path`` (.xlsx), one sheet per hotel.

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``path`` is not an .xlsx file or cannot be written,
                or ``language`` is neither ``en`` nor ``tr``.
        """
        from coordinator.excel.rooming_labels import ROOMING_LANGUAGES  # noqa: PLC0415
        from coordinator.excel.rooming_writer import write_rooming  # noqa: PLC0415

        if path.suffix.lower() != ".xlsx":
            msg = said(
                "{name}: a rooming list is exported as an Excel workbook ending in .xlsx",
                name=path.name,
            )
            raise InvalidInputError(msg, "path")
        if language not in ROOMING_LANGUAGES:
            msg = said(
                "{language} is not a language of the rooming list (en or tr)",
                language=f"{language!r}",
            )
            raise InvalidInputError(msg, "language")
        rooming = self.rooming_list(program_code)
        try:
            with full_disk_refused(f"{path.name} was not written", "path"):
                write_rooming(path, rooming.program_title, rooming.hotels, language)
        except OSError as error:
            msg = said(
                "{filename} cannot be written: {strerror}",
                filename=error.filename or path,
                strerror=error.strerror or error,
            )
            raise InvalidInputError(msg, "path") from error
        return RoomingFile(path, len(rooming.hotels), len(rooming.rooms))

    def _rooms(self, session: Session, program: Program) -> list[Room]:
        stays = [stay_facts(stay) for stay in program_stays(session, program)]
        visits = program_visits(session, program)
        return rooms_of(stays, visits, program.first_day, program.last_day, sort_key_function())

    def _write(self, participant_id: int, data: StayInput, before: StayInput | None) -> StayChange:
        with written_alone("The stay"), self._database.transaction() as session:
            participant = participant_by_id(session, participant_id)
            _lock_program(session, participant.program)
            name = participant.person.full_name
            if before is not None:
                stay = stay_of(session, participant_id)
                if stay is None:
                    raise ChangedSinceError(said("The stay of {name}", name=name), ("stay",))
                data = merged_edit(stay_record(stay).as_input(), before, data, name)
            check_stay(data, participant)
            roommate(session, participant, data.shares_with)
            ids = touched_by(session, participant_id, data)
            states = [state_of(session, pid) for pid in ids]
            write_stay(session, participant, data, hotel_named(session, data.hotel))
            session.flush()
            return _change(session, ids, states, participant_id)

    def _apply(self, change: StayChange) -> StayChange:
        with written_alone("The stay"), self._database.transaction() as session:
            for state in change.before:
                participant = session.get(Participant, state.participant_id)
                if participant is None:
                    raise ChangedSinceError(said("The stay"), ("participant",))
                _lock_program(session, participant.program)
                if state_of(session, state.participant_id) != state:
                    raise ChangedSinceError(
                        said("The stay of {full_name}", full_name=participant.person.full_name), ()
                    )
            for state in change.after:
                if state.stay is None:
                    put_stay(session, state)
            session.flush()
            for state in change.after:
                if state.stay is not None:
                    put_stay(session, state)
            session.flush()
            return StayChange(change.before, change.after, None)


def _lock_program(session: Session, program: Program) -> None:
    """One stay edit of a program at a time on a server: a pair's stays change together."""
    lock_for_edit(session, Program, program.id)


def _change(
    session: Session, ids: Sequence[int], before: Sequence[StayState], subject: int | None
) -> StayChange:
    """Return what changed among ``ids``, with the subject's stay as it is now."""
    session.flush()
    after = [state_of(session, pid) for pid in ids]
    pairs = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    record = None
    if subject is not None:
        stay = stay_of(session, subject)
        if stay is not None:
            session.refresh(stay)
            record = stay_record(stay)
    return StayChange(tuple(old for old, _ in pairs), tuple(new for _, new in pairs), record)
