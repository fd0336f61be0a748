"""The tables of the directory window: venues, organizations, people, duplicates, travel times."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from coordinator.domain.duplicates import Reason
from coordinator.services.directory_duplicates import DuplicatePair
from coordinator.services.records import OrganizationRecord, PersonRecord, VenueRecord
from coordinator.ui.formatting import format_languages
from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.record_table_model import Column, RecordTableModel
from coordinator.ui.titled_table_model import TitledTableModel

translate = QCoreApplication.translate


def _place(city: str, country: str) -> str:
    return ", ".join(part for part in (city, country) if part)


class VenueTableModel(RecordTableModel[VenueRecord]):
    """The venues of the directory."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column[VenueRecord](
                    translate("DirectoryModels", "Name"), lambda record: record.name
                ),
                Column[VenueRecord](
                    translate("DirectoryModels", "Kind"), lambda record: record.kind
                ),
                Column[VenueRecord](
                    translate("DirectoryModels", "Owner"), lambda record: record.owner
                ),
                Column[VenueRecord](
                    translate("DirectoryModels", "City"), lambda record: record.city
                ),
                Column[VenueRecord](
                    translate("DirectoryModels", "Address"), lambda record: record.address
                ),
            ],
            parent,
        )


class OrganizationTableModel(RecordTableModel[OrganizationRecord]):
    """The organizations of the directory."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column[OrganizationRecord](
                    translate("DirectoryModels", "Name"), lambda record: record.name
                ),
                Column[OrganizationRecord](
                    translate("DirectoryModels", "Kind"), lambda record: record.kind
                ),
                Column[OrganizationRecord](
                    translate("DirectoryModels", "City, country"),
                    lambda record: _place(record.city, record.country),
                ),
                Column[OrganizationRecord](
                    translate("DirectoryModels", "Notes"), lambda record: record.notes
                ),
            ],
            parent,
        )


class PersonTableModel(RecordTableModel[PersonRecord]):
    """The persons of the directory: hosts, guides and participants alike."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column[PersonRecord](
                    translate("DirectoryModels", "Name"), lambda record: record.name
                ),
                Column[PersonRecord](
                    translate("DirectoryModels", "Title"), lambda record: record.title
                ),
                Column[PersonRecord](
                    translate("DirectoryModels", "Organization"), lambda record: record.organization
                ),
                Column[PersonRecord](
                    translate("DirectoryModels", "Languages"),
                    lambda record: format_languages(record.languages),
                ),
                Column[PersonRecord](
                    translate("DirectoryModels", "E-mail"), lambda record: record.email
                ),
                Column[PersonRecord](
                    translate("DirectoryModels", "Phone"), lambda record: record.phone
                ),
            ],
            parent,
        )


def reason_text(reason: Reason) -> str:
    """Return why two entries may be one, as the list says it."""
    texts = {
        Reason.SAME_NAME: translate(
            "DirectoryModels", "same name (other script, language or order)"
        ),
        Reason.ABBREVIATION: translate("DirectoryModels", "abbreviation"),
        Reason.SAME_EMAIL: translate("DirectoryModels", "same e-mail"),
        Reason.SAME_PHONE: translate("DirectoryModels", "same phone"),
    }
    return texts[reason]


def _kind_text(pair: DuplicatePair) -> str:
    if pair.kind == "organization":
        return translate("DirectoryModels", "Organization")
    return translate("DirectoryModels", "Person")


@dataclass(frozen=True)
class EntriesRead:
    """The organizations and people as read on the worker thread, and their search keys.

    The keys come in a second step (:meth:`with_keys`), after the rows are shown.
    """

    organizations: list[OrganizationRecord]
    persons: list[PersonRecord]
    names: dict[str, str]  # each person's name with its search key as stored
    organization_keys: list[str] | None = None
    person_keys: list[str] | None = None

    def with_keys(
        self,
        organization_model: OrganizationTableModel,
        person_model: PersonTableModel,
    ) -> EntriesRead:
        """Return this read with the keys the models' filters search (on any thread)."""
        return replace(
            self,
            organization_keys=organization_model.search_keys(self.organizations),
            person_keys=person_model.search_keys(self.persons, self.names),
        )


class DuplicatePairModel(RecordTableModel[DuplicatePair]):
    """The pairs of organizations and of people that may be one, for the user to merge or not."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column[DuplicatePair](translate("DirectoryModels", "Kind"), _kind_text),
                Column[DuplicatePair](
                    translate("DirectoryModels", "Entry"), lambda pair: pair.first_name
                ),
                Column[DuplicatePair](
                    translate("DirectoryModels", "Possible duplicate"),
                    lambda pair: pair.second_name,
                ),
                Column[DuplicatePair](
                    translate("DirectoryModels", "Why"),
                    lambda pair: ", ".join(reason_text(reason) for reason in pair.reasons),
                ),
            ],
            parent,
        )


@dataclass(frozen=True)
class TravelRow:
    """The minutes from the edited venue to another one."""

    venue_id: int
    venue: str
    minutes: int


class TravelTimeModel(TitledTableModel):
    """The travel times of the venue being edited, one row per other venue."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                translate("DirectoryModels", "Venue"),
                translate("DirectoryModels", "Travel time (min)"),
            ],
            parent,
        )
        self._rows: list[TravelRow] = []

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of travel times."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the other venue's name or the minutes."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.venue if index.column() == 0 else str(row.minutes)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_rows(self, rows: Sequence[TravelRow]) -> None:
        """Replace every travel time."""
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda row: row.venue.casefold())
        self.endResetModel()

    def rows(self) -> list[TravelRow]:
        """Return every travel time."""
        return list(self._rows)

    def row(self, position: int) -> TravelRow:
        """Return the travel time in ``position``."""
        return self._rows[position]

    def put(self, row: TravelRow) -> None:
        """Add the travel time to ``row.venue_id`` or change its minutes."""
        others = [item for item in self._rows if item.venue_id != row.venue_id]
        self.set_rows([*others, row])

    def remove(self, position: int) -> None:
        """Forget the travel time in ``position``."""
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self.endRemoveRows()

    def as_minutes(self) -> dict[int, int]:
        """Return the minutes by other venue's id."""
        return {row.venue_id: row.minutes for row in self._rows}
