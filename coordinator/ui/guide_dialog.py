"""Add or edit a guide: languages, roles, a daily limit of hours and the days they are away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.enums import GuideRole
from coordinator.services.errors import ChangedSinceError, InvalidInputError, ServiceError
from coordinator.services.records import GuideInput, GuideRecord, UnavailabilityInput
from coordinator.ui.core_words import error_text
from coordinator.ui.edit_reapply import changed_since_text, reapplied, reapplied_part
from coordinator.ui.form_errors import FormErrors
from coordinator.ui.formatting import DATE_FORMAT, format_date, format_time_range, guide_role_label
from coordinator.ui.model_index import ROOT, AnyIndex
from coordinator.ui.optional_date_edit import to_date
from coordinator.ui.optional_time_edit import OptionalTimeEdit
from coordinator.ui.participant_dialog import split_languages
from coordinator.ui.titled_table_model import TitledTableModel

Submit = Callable[[GuideInput, tuple[UnavailabilityInput, ...]], object]


class AbsenceTableModel(TitledTableModel):
    """The days or hours a guide is away: day, hours, reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Day"), self.tr("Hours"), self.tr("Reason")), parent)
        self._absences: list[UnavailabilityInput] = []

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        """Return the number of absences."""
        return 0 if parent.isValid() else len(self._absences)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text."""
        if not index.isValid() or not 0 <= index.row() < len(self._absences):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        absence = self._absences[index.row()]
        if index.column() == 0:
            return format_date(absence.day)
        if index.column() == 1:
            return format_time_range(absence.start_time, absence.end_time) or self.tr("All day")
        return absence.reason

    def set_absences(self, absences: Sequence[UnavailabilityInput]) -> None:
        """Replace the absences, sorted by day and time."""
        self.beginResetModel()
        self._absences = sorted(absences, key=lambda item: (item.day, item.start_time or dt.time()))
        self.endResetModel()

    def add(self, absence: UnavailabilityInput) -> None:
        """Add an absence in its place by day."""
        self.set_absences([*self._absences, absence])

    def remove(self, row: int) -> None:
        """Remove the absence in ``row``."""
        if 0 <= row < len(self._absences):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._absences[row]
            self.endRemoveRows()

    def absences(self) -> tuple[UnavailabilityInput, ...]:
        """Return the absences."""
        return tuple(self._absences)


class GuideDialog(QDialog):
    """The guide's fields; OK saves through ``submit`` or marks the bad field.

    ``submit`` receives the :class:`GuideInput` and the absences, and raises
    :class:`ServiceError` to refuse them; the dialog then stays open. A refusal
    because someone else changed the guide meanwhile is said as such; the
    controller then gives the guide read again to :meth:`reapply_over`.
    """

    def __init__(
        self,
        submit: Submit,
        persons: Sequence[str],
        first_day: dt.date,
        record: GuideRecord | None = None,
        absences: Sequence[UnavailabilityInput] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._opened: GuideInput | None = None  # as filled from the record
        self.errors = FormErrors()
        self.name = QLineEdit(self)
        completer = QCompleter(sorted(set(persons)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.name.setPlaceholderText(self.tr("A person of the directory, or a new one"))
        self.title = QLineEdit(self)
        self.organization = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("e.g. kk, ru, tr"))
        self.roles = {
            role.value: QCheckBox(guide_role_label(role.value), self) for role in GuideRole
        }
        self.max_hours = QDoubleSpinBox(self)
        self.max_hours.setRange(0, 24)
        self.max_hours.setSingleStep(0.5)
        self.max_hours.setDecimals(1)
        self.max_hours.setSpecialValueText(self.tr("No limit"))
        self.max_hours.setSuffix(self.tr(" hours"))
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        self._build_absence_widgets(first_day)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build_layout()
        self._connect_signals()
        self.absence_model.set_absences(absences)
        self._opened_absences = self.absence_model.absences()
        if record is None:
            self.setWindowTitle(self.tr("Add guide"))
            self.roles[GuideRole.GUIDE.value].setChecked(True)
        else:
            self.setWindowTitle(self.tr("Edit guide – {name}").format(name=record.name))
            self.set_record(record)

    def _build_absence_widgets(self, first_day: dt.date) -> None:
        self.absence_model = AbsenceTableModel(self)
        self.absence_table = QTableView(self)
        self.absence_table.setModel(self.absence_model)
        self.absence_table.verticalHeader().setVisible(False)
        self.absence_table.horizontalHeader().setStretchLastSection(True)
        self.absence_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absence_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.absence_day = QDateEdit(QDate(first_day.year, first_day.month, first_day.day), self)
        self.absence_day.setCalendarPopup(True)
        self.absence_day.setDisplayFormat(DATE_FORMAT)
        self.absence_from = OptionalTimeEdit(dt.time(9), self)
        self.absence_to = OptionalTimeEdit(dt.time(13), self)
        self.absence_reason = QLineEdit(self)
        self.absence_reason.setPlaceholderText(self.tr("Reason (optional)"))
        self.add_absence = QPushButton(self.tr("Mark a&way"), self)
        self.remove_absence = QPushButton(self.tr("Remove"), self)

    def _build_layout(self) -> None:
        person = QGroupBox(self.tr("Guide"), self)
        form = QFormLayout(person)
        self.errors.add_row(form, self.tr("&Name:"), "name", self.name)
        self.errors.add_row(form, self.tr("&Title:"), "title", self.title)
        self.errors.add_row(form, self.tr("&Organization:"), "organization", self.organization)
        self.errors.add_row(form, self.tr("&Languages:"), "languages", self.languages)
        roles = QWidget(self)
        grid = QGridLayout(roles)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, box in enumerate(self.roles.values()):
            grid.addWidget(box, number // 2, number % 2)
        self.errors.add_row(form, self.tr("Roles:"), "role", roles)
        self.errors.add_row(form, self.tr("At most a &day:"), "max_hours_per_day", self.max_hours)
        self.errors.add_row(form, self.tr("&E-mail:"), "email", self.email)
        self.errors.add_row(form, self.tr("&Phone:"), "phone", self.phone)
        self.errors.add_row(form, self.tr("No&tes:"), "notes", self.notes)
        away = QGroupBox(self.tr("Away"), self)
        self._part_labels = {"roles": self.tr("Roles:"), "absences": away.title()}
        entry = QFormLayout()
        entry.addRow(self.tr("Da&y:"), self.absence_day)
        entry.addRow(self.tr("From:"), self.absence_from)
        entry.addRow(self.tr("To:"), self.absence_to)
        entry.addRow(self.tr("Reason:"), self.absence_reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_absence)
        buttons.addWidget(self.remove_absence)
        hint = QLabel(self.tr("Without hours, the guide is away the whole day."), self)
        hint.setWordWrap(True)
        away_layout = QVBoxLayout(away)
        away_layout.addWidget(self.absence_table, 1)
        away_layout.addLayout(entry)
        away_layout.addWidget(hint)
        away_layout.addLayout(buttons)
        away_layout.addWidget(self.errors.label_for("end_time", self.absence_table, self))
        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addWidget(away, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(820)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_absence.clicked.connect(self._add_absence)
        self.remove_absence.clicked.connect(self._remove_absence)

    def set_record(self, record: GuideRecord) -> None:
        """Fill the fields from ``record``, which an edit is compared with from now on."""
        self._opened = record.as_input()
        self._fill(self._opened)

    def reapply_over(self, record: GuideRecord, absences: Sequence[UnavailabilityInput]) -> None:
        """Show ``record`` and ``absences``, read again, with the user's changes over them."""
        assert self._opened is not None
        data = reapplied(self._opened, self.guide_input(), record.as_input())
        typed, opened = self.absence_model.absences(), self._opened_absences
        self.absence_model.set_absences(absences)  # in the model's order, to compare
        self._opened, self._opened_absences = record.as_input(), self.absence_model.absences()
        self.absence_model.set_absences(reapplied_part(opened, typed, self._opened_absences))
        self._fill(data)

    def _fill(self, data: GuideInput) -> None:
        self.name.setText(data.name)
        self.title.setText(data.title)
        self.organization.setText(data.organization)
        self.languages.setText(", ".join(data.languages))
        for role, box in self.roles.items():
            box.setChecked(role in data.roles)
        self.max_hours.setValue(data.max_hours_per_day or 0)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.notes.setPlainText(data.notes)

    def _add_absence(self) -> None:
        start, end = self.absence_from.value(), self.absence_to.value()
        if start is not None and end is not None and end <= start:
            self.errors.show("end_time", self.tr("The end of the absence must be after its start."))
            return
        self.errors.clear()
        self.absence_model.add(
            UnavailabilityInput(
                to_date(self.absence_day.date()),
                start,
                end if start is not None else None,
                self.absence_reason.text().strip(),
            )
        )
        self.absence_reason.clear()

    def _remove_absence(self) -> None:
        rows = self.absence_table.selectionModel().selectedRows()
        if rows:
            self.absence_model.remove(rows[0].row())

    def guide_input(self) -> GuideInput:
        """Return what the fields hold, as the service takes it."""
        limit = self.max_hours.value()
        return GuideInput(
            name=" ".join(self.name.text().split()),
            title=self.title.text().strip(),
            organization=self.organization.text().strip(),
            languages=split_languages(self.languages.text().lower()),
            roles=tuple(role for role, box in self.roles.items() if box.isChecked()),
            max_hours_per_day=limit if limit > 0 else None,
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def accept(self) -> None:
        """Save through ``submit`` and close, or mark the field at fault."""
        data = self.guide_input()
        self.errors.clear()
        self.general_error.hide()
        if not data.name:
            self.errors.show("name", self.tr("The name is required."))
            return
        try:
            self._submit(data, self.absence_model.absences())
        except ServiceError as error:
            self._show_refusal(error)
            return
        super().accept()

    def _show_refusal(self, error: ServiceError) -> None:
        if isinstance(error, ChangedSinceError):
            field, message = None, self._changed_since(error)
        else:
            field = error.field if isinstance(error, InvalidInputError) else None
            message = self._explain(field) or error_text(error)
        self.errors.say(field, message, self.general_error)

    def _changed_since(self, error: ChangedSinceError) -> str:
        labels = [
            self.errors.label(field) or self._part_labels.get(field, field)
            for field in error.fields
        ]
        return changed_since_text(self._opened.name if self._opened else error.name, labels)

    def _explain(self, field: str | None) -> str:
        explanations = {
            "languages": self.tr("Use language codes such as en, tr, ru or kk."),
        }
        return explanations.get(field or "", "")
