"""The words of a roster import on screen: field names, skip reasons, doubts, counts.

The reader and the planner speak English in their sentences (problems,
refusals); what the wizard composes itself is translated here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.excel import RosterField
from coordinator.services.roster_mapping_review import (
    ColumnReview,
    Doubt,
    DoubtKind,
    FieldReview,
)
from coordinator.ui.core_words import translated

translate = QCoreApplication.translate


def field_labels() -> dict[RosterField, str]:
    """Return the translated name of every roster field, in field order."""
    return {
        RosterField.NAME: translate("ImportTexts", "Full name"),
        RosterField.FIRST_NAME: translate("ImportTexts", "First name"),
        RosterField.MIDDLE_NAME: translate("ImportTexts", "Middle name"),
        RosterField.LAST_NAME: translate("ImportTexts", "Last name"),
        RosterField.TITLE: translate("ImportTexts", "Title"),
        RosterField.ORGANIZATION: translate("ImportTexts", "Organization"),
        RosterField.ROLE: translate("ImportTexts", "Role"),
        RosterField.ARRIVAL: translate("ImportTexts", "Arrival"),
        RosterField.DEPARTURE: translate("ImportTexts", "Departure"),
        RosterField.ROOM: translate("ImportTexts", "Room"),
        RosterField.DIETARY: translate("ImportTexts", "Dietary"),
        RosterField.NEEDS: translate("ImportTexts", "Needs"),
        RosterField.PASSPORT_NUMBER: translate("ImportTexts", "Passport number"),
        RosterField.BIRTH_DATE: translate("ImportTexts", "Birth date"),
        RosterField.EMAIL: translate("ImportTexts", "E-mail"),
        RosterField.PHONE: translate("ImportTexts", "Phone"),
        RosterField.LANGUAGES: translate("ImportTexts", "Languages"),
        RosterField.NOTES: translate("ImportTexts", "Notes"),
        RosterField.NATIONALITY: translate("ImportTexts", "Nationality"),
        RosterField.ARRIVAL_TIME: translate("ImportTexts", "Arrival time"),
        RosterField.ARRIVAL_MODE: translate("ImportTexts", "Arrival by"),
        RosterField.ARRIVAL_NUMBER: translate("ImportTexts", "Arrival flight or train"),
        RosterField.ARRIVAL_FROM: translate("ImportTexts", "Arriving from"),
        RosterField.ARRIVAL_PLACE: translate("ImportTexts", "Arrival airport or station"),
        RosterField.ARRIVAL_TERMINAL: translate("ImportTexts", "Arrival terminal"),
        RosterField.DEPARTURE_TIME: translate("ImportTexts", "Departure time"),
        RosterField.DEPARTURE_MODE: translate("ImportTexts", "Departure by"),
        RosterField.DEPARTURE_NUMBER: translate("ImportTexts", "Departure flight or train"),
        RosterField.DEPARTURE_TO: translate("ImportTexts", "Leaving for"),
        RosterField.DEPARTURE_PLACE: translate("ImportTexts", "Departure airport or station"),
        RosterField.DEPARTURE_TERMINAL: translate("ImportTexts", "Departure terminal"),
    }


def column_title(column: ColumnReview) -> str:
    """Return how a column of the file is named: ``C · Unvanı`` (or just ``C``)."""
    return f"{column.letter} · {column.header}" if column.header else column.letter


def doubt_text(
    doubt: Doubt, labels: dict[RosterField, str], columns: tuple[ColumnReview, ...]
) -> str:
    """Return one sentence saying why a field's column needs a look."""
    other = labels[doubt.other_field] if doubt.other_field is not None else ""
    if doubt.kind is DoubtKind.GUESSED:
        return translate("ImportTexts", "The header of this column suggests {field}.").format(
            field=other
        )
    if doubt.kind is DoubtKind.SHARED:
        return translate("ImportTexts", "The same column is also chosen for {field}.").format(
            field=other
        )
    if doubt.kind is DoubtKind.OTHER_COLUMN and doubt.column is not None:
        return translate(
            "ImportTexts", "Column {column} looks like this field too, and is not imported."
        ).format(column=column_title(columns[doubt.column]))
    return translate(
        "ImportTexts", "{count} of the first {total} values do not fit: {message}"
    ).format(count=doubt.count, total=doubt.total, message=translated(doubt.message))


def review_tooltip(
    review: FieldReview, labels: dict[RosterField, str], columns: tuple[ColumnReview, ...]
) -> str:
    """Return the doubts of a field as lines, for a tooltip."""
    return "\n".join(doubt_text(doubt, labels, columns) for doubt in review.doubts)


def skip_reason(reason: str) -> str:
    """Return the translated reason a row was skipped (blank rows are counted by the caller)."""
    if reason == "footer":
        return translate("ImportTexts", "A note under the list")
    if reason == "duplicate":
        return translate("ImportTexts", "The same as an earlier row")
    if reason == "unchanged":
        return translate("ImportTexts", "Already on the roster, unchanged")
    return reason
