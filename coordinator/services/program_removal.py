"""Deleting a program with everything that goes with it, and putting it back exactly.

What a deletion takes away is counted first (:meth:`ProgramRemovalService.summary`)
so the window can say it before the user confirms. :meth:`~ProgramRemovalService.remove`
returns every row the program owned (see :mod:`coordinator.services.program_rows`);
:meth:`~ProgramRemovalService.restore` writes them back under the same ids, so
the commands lower on the undo stack still name them rightly. The directory
(people, organizations, venues, guides, vehicles) stays as it is throughout.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coordinator.domain.audit import ADDED, Change, change_rows
from coordinator.domain.documents import ProducedDocument
from coordinator.domain.itinerary import Activity, Assignment
from coordinator.domain.logistics import Gift, Movement, Stay
from coordinator.domain.programs import Participant, Program
from coordinator.services.errors import InvalidInputError
from coordinator.services.program_import_directory import DirectoryEntry
from coordinator.services.program_import_directory import put_back as put_back_entries
from coordinator.services.program_import_directory import take_back as take_back_entries
from coordinator.services.program_rows import (
    ProgramRows,
    delete_program_rows,
    read_program_rows,
    write_program_rows,
)
from coordinator.services.programs import program_by_code, program_record
from coordinator.services.records import ProgramRecord
from coordinator.store import Database


@dataclass(frozen=True)
class RemovalSummary:
    """What deleting a program takes away with it.

    Attributes:
        code: the program's code.
        title: its title.
        participants: people on its roster (they stay in the directory).
        activities: items of its itinerary.
        assignments: guides assigned to those activities.
        documents: documents produced for it.
        logistics: its stays, movements and gifts.
    """

    code: str
    title: str
    participants: int
    activities: int
    assignments: int
    documents: int
    logistics: int


@dataclass(frozen=True)
class RemovedProgram:
    """A deleted program: its code and title, and every row it owned."""

    code: str
    title: str
    rows: ProgramRows


def _count(session: Session, model: type[object], where: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(model).where(where)) or 0


def removal_summary(session: Session, program: Program) -> RemovalSummary:
    """Count what goes with ``program`` when it is deleted."""
    activities = select(Activity.id).where(Activity.program_id == program.id)
    participants = select(Participant.id).where(Participant.program_id == program.id)
    logistics = (
        _count(session, Stay, Stay.participant_id.in_(participants))
        + _count(session, Movement, Movement.program_id == program.id)
        + _count(session, Gift, Gift.program_id == program.id)
    )
    return RemovalSummary(
        code=program.code,
        title=program.title,
        participants=_count(session, Participant, Participant.program_id == program.id),
        activities=_count(session, Activity, Activity.program_id == program.id),
        assignments=_count(session, Assignment, Assignment.activity_id.in_(activities)),
        documents=_count(session, ProducedDocument, ProducedDocument.program_id == program.id),
        logistics=logistics,
    )


class ProgramRemovalService:
    """Delete a program and everything it owns; put it back as it was."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def summary(self, code: str) -> RemovalSummary:
        """Return what deleting the program ``code`` would take away.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            return removal_summary(session, program_by_code(session, code))

    def remove(self, code: str) -> RemovedProgram:
        """Delete the program ``code`` and all it owns in one transaction.

        Returns every deleted row, for :meth:`restore` to put back.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.transaction() as session:
            program = program_by_code(session, code, lock=True)
            removed = RemovedProgram(
                program.code, program.title, read_program_rows(session, program.id)
            )
            delete_program_rows(session, program.id)
            return removed

    def restore(self, removed: RemovedProgram) -> ProgramRecord:
        """Put a deleted program back exactly, under the same ids, in one transaction.

        Raises:
            InvalidInputError: the code or an id was taken since, or a shared
                record the program named (a person, a venue) was deleted since.
        """
        try:
            with self._database.transaction() as session:
                _check_free(session, removed)
                write_program_rows(session, removed.rows)
                program_id = removed.rows.program_id
                session.execute(
                    insert(Change),
                    change_rows("program", ADDED, [(program_id, program_id, removed.code)]),
                )
                program = session.get(Program, program_id)
                assert program is not None
                return program_record(session, program)
        except IntegrityError as error:
            msg = f"The program {removed.code} cannot be put back: {error.orig}"
            raise InvalidInputError(msg) from error


def _check_free(session: Session, removed: RemovedProgram) -> None:
    taken = session.scalars(
        select(Program.code).where(
            (Program.code == removed.code) | (Program.id == removed.rows.program_id)
        )
    ).first()
    if taken is not None:
        msg = (
            f"The program {removed.code} cannot be put back: "
            f"the program {taken} now has its code or its place"
        )
        raise InvalidInputError(msg, "code")


@dataclass(frozen=True)
class ImportedProgram:
    """A program import carried out: the program's rows before and after it.

    Attributes:
        code: the program's code.
        before: every row the program owned before the import.
        after: every row it owned right after.
        created: the directory entries the import added, as it left them.
    """

    code: str
    before: ProgramRows
    after: ProgramRows
    created: tuple[DirectoryEntry, ...] = ()


class ProgramStateService:
    """A program's rows put back as an earlier read found them: the undo of an import.

    The directory entries the import added go and come back with it, as far as
    :mod:`coordinator.services.program_import_directory` says.
    """

    def __init__(self, database: Database) -> None:
        self._database = database

    def read(self, code: str) -> ProgramRows:
        """Return every row the program ``code`` owns now.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            return read_program_rows(session, program_by_code(session, code).id)

    def replace(
        self,
        expected: ProgramRows,
        wanted: ProgramRows,
        *,
        take_back: tuple[DirectoryEntry, ...] = (),
        put_back: tuple[DirectoryEntry, ...] = (),
    ) -> ProgramRecord:
        """Put the program's rows back as ``wanted`` if they are still ``expected``.

        One transaction: the rows the program owns now are compared with
        ``expected`` (every field, the rows' write counts among them), then
        replaced by ``wanted`` under their own ids. The directory entries of
        ``put_back`` missing are written back first; those of ``take_back``
        that nothing uses any more and nobody changed are deleted last.

        Raises:
            NotFoundError: the program is gone.
            InvalidInputError: the program was changed since ``expected`` was
                read, a shared record ``wanted`` names is gone, or another
                entry took the id of one of ``put_back``.
        """
        try:
            with self._database.transaction() as session:
                program = program_by_code(session, expected.code, lock=True)
                if read_program_rows(session, program.id) != expected:
                    msg = (
                        f"The program {expected.code} was changed since: "
                        "it cannot be put back as it was"
                    )
                    raise InvalidInputError(msg)
                session.execute(delete(Program).where(Program.id == program.id))
                session.expunge_all()
                put_back_entries(session, put_back)
                write_program_rows(session, wanted)
                take_back_entries(session, take_back)
                restored = session.get(Program, wanted.program_id)
                assert restored is not None
                return program_record(session, restored)
        except IntegrityError as error:
            msg = f"The program {expected.code} cannot be put back: {error.orig}"
            raise InvalidInputError(msg) from error
