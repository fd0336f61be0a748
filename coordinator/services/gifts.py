"""The gift register: gifts given and received on programs, and the yearly declaration.

Every call is one transaction and returns plain records. An update takes the
gift as the editor read it (``before``) and writes only what changed, unless
someone changed it since; a removal returns the gift, which :meth:`GiftService.restore`
puts back under its own id. The rules (values, currencies, the year a gift
counts for) are in :mod:`coordinator.domain.gift_register`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.enums import GiftDirection
from coordinator.domain.gift_register import (
    CurrencyTotal,
    clean_currency,
    clean_value,
    currency_totals,
    declared_day,
)
from coordinator.domain.logistics import Gift
from coordinator.domain.messages import said, said_of
from coordinator.domain.programs import Program
from coordinator.domain.text import fold_spaces
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.edits import check_id_free, lock_for_edit, merged_edit, written_alone
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.gift_records import GiftInput, GiftRecord, GiftYear
from coordinator.services.itinerary import activity_by_id
from coordinator.services.programs import program_by_code
from coordinator.store import Database

if TYPE_CHECKING:
    from coordinator.excel.gift_writer import GiftRow

_LARGEST_ID = 2**31 - 1
"""A server's INTEGER id holds 32 bits and refuses to compare with a larger number."""


@dataclass(frozen=True)
class GiftFile:
    """What an export wrote: the file and how many gifts it lists."""

    path: Path
    gifts: int


def gift_record(gift: Gift) -> GiftRecord:
    """Describe ``gift`` as a plain record."""
    return GiftRecord(
        id=gift.id,
        program_code=gift.program.code,
        description=gift.description,
        direction=gift.direction,
        day=gift.day,
        activity_id=gift.activity_id,
        activity=gift.activity.title if gift.activity is not None else "",
        giver=gift.giver,
        giver_organization=gift.giver_organization,
        receiver=gift.receiver,
        receiver_organization=gift.receiver_organization,
        value=gift.value,
        currency=gift.currency,
        kept_at=gift.kept_at,
        notes=gift.notes,
        declared_day=declared_day(gift.day, gift.program.first_day),
    )


def cleaned_gift(data: GiftInput) -> GiftInput:
    """Return ``data`` checked and tidied (spaces folded, currency and value normalized).

    Raises:
        InvalidInputError: naming the first field that breaks a rule.
    """
    if not fold_spaces(data.description):
        msg = said("A gift needs a description")
        raise InvalidInputError(msg, "description")
    if data.direction not in {direction.value for direction in GiftDirection}:
        msg = said(
            "{direction} is not a direction: given or received", direction=f"{data.direction!r}"
        )
        raise InvalidInputError(msg, "direction")
    try:
        currency = clean_currency(data.currency)
    except ValueError as error:
        raise InvalidInputError(said_of(error), "currency") from error
    try:
        value = clean_value(data.value)
    except ValueError as error:
        raise InvalidInputError(said_of(error), "value") from error
    return GiftInput(
        description=data.description.strip(),
        direction=data.direction,
        day=data.day,
        activity_id=data.activity_id,
        giver=fold_spaces(data.giver),
        giver_organization=fold_spaces(data.giver_organization),
        receiver=fold_spaces(data.receiver),
        receiver_organization=fold_spaces(data.receiver_organization),
        value=value,
        currency=currency,
        kept_at=fold_spaces(data.kept_at),
        notes=data.notes.strip(),
    )


class GiftService:
    """The gifts of the register, per program and per year."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list_gifts(self, program_code: str) -> list[GiftRecord]:
        """Return the program's gifts by day (a gift without one at the program's first day).

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            gifts = session.scalars(
                _with_details(select(Gift).where(Gift.program_id == program.id))
            )
            return _in_order(gift_record(gift) for gift in gifts)

    def year(self, year: int) -> GiftYear:
        """Return every gift declared in ``year`` across programs, with totals per currency.

        A gift counts for the year of its day; without a day, for the year its
        program began.

        Raises:
            InvalidInputError: ``year`` is not a year of the calendar.
        """
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            msg = said("{year} is not a year of the calendar", year=year)
            raise InvalidInputError(msg, "year")
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        with self._database.reading() as session:
            query = (
                select(Gift)
                .join(Program, Gift.program_id == Program.id)
                .where(
                    or_(
                        Gift.day.between(first, last),
                        and_(Gift.day.is_(None), Program.first_day.between(first, last)),
                    )
                )
            )
            gifts = _in_order(gift_record(gift) for gift in session.scalars(_with_details(query)))
        totals = currency_totals((gift.direction, gift.value, gift.currency) for gift in gifts)
        return GiftYear(year, tuple(gifts), tuple(totals))

    def add(self, program_code: str, data: GiftInput, gift_id: int | None = None) -> GiftRecord:
        """Record a gift on the program; ``gift_id`` gives back the id it had (a redo).

        Raises:
            InvalidInputError: a field breaks a rule, the activity is of another
                program, or ``gift_id`` is taken.
            NotFoundError: there is no such program or activity.
        """
        data = cleaned_gift(data)
        with self._database.transaction() as session:
            program = program_by_code(session, program_code)
            _check_activity(session, program, data.activity_id)
            taken = "The gift cannot be put back: its place was taken by another gift"
            check_id_free(session, Gift, gift_id, taken, "description")
            gift = Gift(id=gift_id, program=program)
            session.add(gift)
            _apply(gift, data)
            session.flush()
            return gift_record(gift)

    def update(self, gift_id: int, data: GiftInput, before: GiftInput | None = None) -> GiftRecord:
        """Change a gift; with ``before`` (as read) only what changed, unless changed since.

        The undo of an edit is the same call with ``before`` and ``data`` swapped.

        Raises:
            InvalidInputError: a field breaks a rule.
            ChangedSinceError: someone changed a field of this edit since ``before``.
            NotFoundError: the gift no longer exists.
        """
        with written_alone("The gift"), self._database.transaction() as session:
            lock_for_edit(session, Gift, gift_id if gift_id <= _LARGEST_ID else None)
            gift = _gift(session, gift_id)
            if before is not None:
                current = gift_record(gift).as_input()
                data = merged_edit(current, before, data, f"The gift {gift.description[:40]!r}")
            data = cleaned_gift(data)
            _check_activity(session, gift.program, data.activity_id)
            _apply(gift, data)
            session.flush()
            return gift_record(gift)

    def remove(self, gift_id: int) -> GiftRecord:
        """Remove a gift and return it, for :meth:`restore` to put back.

        Raises:
            NotFoundError: the gift no longer exists.
        """
        with self._database.transaction() as session:
            gift = _gift(session, gift_id)
            record = gift_record(gift)
            session.delete(gift)
            return record

    def restore(self, removed: GiftRecord) -> GiftRecord:
        """Put a removed gift back under its own id; an activity removed since is left out.

        Raises:
            InvalidInputError: its id is taken now.
            NotFoundError: its program no longer exists.
        """
        data = removed.as_input()
        with self._database.reading() as session:
            if data.activity_id is not None and not _activity_exists(session, data.activity_id):
                data = replace(data, activity_id=None)
        return self.add(removed.program_code, data, gift_id=removed.id)

    def export_program(self, program_code: str, path: Path, language: str = "en") -> GiftFile:
        """Write the program's gift register to ``path`` (.xlsx).

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``path`` is not an .xlsx file or cannot be written,
                or ``language`` is neither ``en`` nor ``tr``.
        """
        _check_export(path, language)
        with self._database.reading() as session:
            title = program_by_code(session, program_code).title
        gifts = self.list_gifts(program_code)
        rows = [_row(gift) for gift in gifts]
        totals = currency_totals((gift.direction, gift.value, gift.currency) for gift in gifts)
        _write(path, title, rows, totals, language, yearly=False)
        return GiftFile(path, len(gifts))

    def export_year(self, year: int, path: Path, language: str = "en") -> GiftFile:
        """Write the gifts of ``year`` across programs, with totals per currency, to ``path``.

        Raises:
            InvalidInputError: ``path`` is not an .xlsx file or cannot be written,
                ``language`` is neither ``en`` nor ``tr``, or ``year`` is no year.
        """
        _check_export(path, language)
        declared = self.year(year)
        rows = [_row(gift) for gift in declared.gifts]
        _write(path, str(year), rows, declared.totals, language, yearly=True)
        return GiftFile(path, len(rows))


def _with_details(query: Select[Gift]) -> Select[Gift]:
    return query.options(selectinload(Gift.program), selectinload(Gift.activity))


def _in_order(records: Iterable[GiftRecord]) -> list[GiftRecord]:
    return sorted(records, key=lambda gift: (gift.declared_day, gift.program_code, gift.id))


def _gift(session: Session, gift_id: int) -> Gift:
    gift = session.get(Gift, gift_id) if gift_id <= _LARGEST_ID else None
    if gift is None:
        msg = said("This gift is no longer in the register")
        raise NotFoundError(msg)
    return gift


def _activity_exists(session: Session, activity_id: int) -> bool:
    try:
        activity_by_id(session, activity_id)
    except NotFoundError:
        return False
    return True


def _check_activity(session: Session, program: Program, activity_id: int | None) -> None:
    if activity_id is None:
        return
    activity = activity_by_id(session, activity_id)
    if activity.program_id != program.id:
        msg = said(
            "The activity {title} is not on this program's itinerary", title=f"{activity.title!r}"
        )
        raise InvalidInputError(msg, "activity")


def _apply(gift: Gift, data: GiftInput) -> None:
    gift.description = data.description
    gift.direction = data.direction
    gift.day = data.day
    gift.activity_id = data.activity_id
    gift.giver = data.giver
    gift.giver_organization = data.giver_organization
    gift.receiver = data.receiver
    gift.receiver_organization = data.receiver_organization
    gift.value = data.value
    gift.currency = data.currency
    gift.kept_at = data.kept_at
    gift.notes = data.notes


def _row(gift: GiftRecord) -> GiftRow:
    from coordinator.excel.gift_writer import GiftRow  # noqa: PLC0415 - with the export

    return GiftRow(
        program=gift.program_code,
        day=gift.day,
        activity=gift.activity,
        direction=gift.direction,
        giver=gift.giver,
        giver_organization=gift.giver_organization,
        receiver=gift.receiver,
        receiver_organization=gift.receiver_organization,
        description=gift.description,
        value=gift.value,
        currency=gift.currency,
        kept_at=gift.kept_at,
        notes=gift.notes,
    )


def _check_export(path: Path, language: str) -> None:
    if path.suffix.lower() != ".xlsx":
        msg = said(
            "{name}: a gift register is exported as an Excel workbook ending in .xlsx",
            name=path.name,
        )
        raise InvalidInputError(msg, "path")
    from coordinator.excel.gift_labels import GIFT_LANGUAGES  # noqa: PLC0415 - with the export

    if language not in GIFT_LANGUAGES:
        msg = said(
            "{language} is not a language of the register (en or tr)", language=f"{language!r}"
        )
        raise InvalidInputError(msg, "language")


def _write(
    path: Path,
    title: str,
    rows: list[GiftRow],
    totals: Sequence[CurrencyTotal],
    language: str,
    *,
    yearly: bool,
) -> None:
    from coordinator.excel.gift_writer import write_gifts  # noqa: PLC0415 - with the export

    try:
        with full_disk_refused(f"{path.name} was not written", "path"):
            write_gifts(path, title, rows, totals, language, yearly=yearly)
    except OSError as error:
        msg = said(
            "{filename} cannot be written: {strerror}",
            filename=error.filename or path,
            strerror=error.strerror or error,
        )
        raise InvalidInputError(msg, "path") from error
