"""Add or edit an activity: its day and hours, kind, venue, hosts and guides.

The day is chosen among the program's days only, so a day outside the
program cannot be entered. The venue and the hosts are completed from the
directory; a name that is not there yet is created when the activity is saved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.enums import GuideRole
from coordinator.services.errors import ChangedSinceError, InvalidInputError, ServiceError
from coordinator.services.records import (
    ActivityInput,
    ActivityRecord,
    GuideRecord,
    HostInput,
    PersonRecord,
    ProgramRecord,
)
from coordinator.ui.activity_parts import (
    AssignmentTableModel,
    GuideRows,
    HostListModel,
    RoleDelegate,
    completer,
    guide_rows,
    usual_role,
)
from coordinator.ui.app_settings import ActivityDefaults
from coordinator.ui.core_words import error_text
from coordinator.ui.edit_reapply import changed_since_text, reapplied, reapplied_part
from coordinator.ui.form_errors import FormErrors
from coordinator.ui.formatting import format_date, format_languages, guide_role_label, kind_label
from coordinator.ui.optional_time_edit import OptionalTimeEdit

Assignments = tuple[tuple[int, str], ...]
Submit = Callable[[ActivityInput, Assignments], object]


@dataclass(frozen=True)
class ActivityChoices:
    """What the dialog offers to choose from, read from the services once."""

    kinds: Sequence[str]
    venues: Sequence[str]
    persons: Sequence[PersonRecord]
    guides: Sequence[GuideRecord]


class ActivityDialog(QDialog):
    """The activity's fields; OK saves through ``submit`` or marks the bad field.

    ``submit`` receives the :class:`ActivityInput` and the guides as
    (guide id, role) pairs, and raises :class:`ServiceError` to refuse them;
    the dialog then stays open with the field marked. A refusal because
    someone else changed the activity meanwhile is said as such; the
    controller then gives the activity read again to :meth:`reapply_over`.
    """

    def __init__(
        self,
        program: ProgramRecord,
        choices: ActivityChoices,
        submit: Submit,
        record: ActivityRecord | None = None,
        parent: QWidget | None = None,
        *,
        day: dt.date | None = None,
        start: dt.time | None = None,
        defaults: ActivityDefaults | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._defaults = defaults or ActivityDefaults()  # Tools ▸ Settings…
        self._persons = {person.name.casefold(): person for person in choices.persons}
        self._guides = {guide.id: guide for guide in choices.guides}
        self._opened: ActivityInput | None = None  # as filled from the record
        self._opened_guides: GuideRows = ()
        self.errors = FormErrors()
        self.day = QComboBox(self)
        for offset in range((program.last_day - program.first_day).days + 1):
            value = program.first_day + dt.timedelta(days=offset)
            label = self.tr("Day {number} – {date}").format(
                number=offset + 1, date=format_date(value)
            )
            self.day.addItem(label, value)
        self.start = OptionalTimeEdit(self._defaults.start, self)
        self.end = OptionalTimeEdit(dt.time(11), self)
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for kind in choices.kinds:
            self.kind.addItem(kind_label(kind), kind)
        self.title = QLineEdit(self)
        self.venue = QLineEdit(self)
        self.venue.setCompleter(completer(choices.venues, self))
        self.venue.setPlaceholderText(self.tr("A venue of the directory, or a new one"))
        self.needs_guide = QComboBox(self)
        self.needs_guide.addItem(self.tr("As usual for its kind"), None)
        self.needs_guide.addItem(self.tr("Yes"), True)
        self.needs_guide.addItem(self.tr("No"), False)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        # Four lines at least; the rest of the column's height as the dialog grows.
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self._build_hosts_widgets(choices)
        self._build_guides_widgets(choices)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build_layout()
        self._connect_signals()
        if record is None:
            self.setWindowTitle(self.tr("Add activity – {code}").format(code=program.code))
            self._set_defaults(day or program.first_day, start)
        else:
            self.setWindowTitle(self.tr("Edit activity – {title}").format(title=record.title))
            self.set_record(record)

    def _build_hosts_widgets(self, choices: ActivityChoices) -> None:
        self.host_model = HostListModel(self)
        self.host_list = QListView(self)
        self.host_list.setModel(self.host_model)
        self.host_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.host_name = QLineEdit(self)
        self.host_name.setPlaceholderText(self.tr("Name of a host"))
        self.host_name.setCompleter(completer([person.name for person in choices.persons], self))
        self.add_host = QPushButton(self.tr("Add &host"), self)
        self.remove_host = QPushButton(self.tr("Remove"), self)

    def _build_guides_widgets(self, choices: ActivityChoices) -> None:
        self.guide_model = AssignmentTableModel(self)
        self.guide_table = QTableView(self)
        self.guide_table.setModel(self.guide_model)
        self.guide_table.setItemDelegateForColumn(1, RoleDelegate(self.guide_table))
        self.guide_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guide_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guide_table.verticalHeader().setVisible(False)
        self.guide_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.guide_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.guide_choice = QComboBox(self)
        for guide in choices.guides:
            languages = format_languages(guide.languages)
            label = f"{guide.name} ({languages})" if languages else guide.name
            self.guide_choice.addItem(label, guide.id)
        self.guide_role = QComboBox(self)
        for role in GuideRole:
            self.guide_role.addItem(guide_role_label(role.value), role.value)
        self.add_guide = QPushButton(self.tr("Assi&gn"), self)
        self.add_guide.setEnabled(bool(choices.guides))
        self.remove_guide = QPushButton(self.tr("Unassign"), self)

    def _build_layout(self) -> None:
        when = QGroupBox(self.tr("Activity"), self)
        form = QFormLayout(when)
        self.errors.add_row(form, self.tr("&Day:"), "day", self.day)
        self.errors.add_row(form, self.tr("&Start:"), "start_time", self.start)
        self.errors.add_row(form, self.tr("E&nd:"), "end_time", self.end)
        self.errors.add_row(form, self.tr("&Kind:"), "kind", self.kind)
        self.errors.add_row(form, self.tr("&Title:"), "title", self.title)
        self.errors.add_row(form, self.tr("&Venue:"), "venue", self.venue)
        self.errors.add_row(form, self.tr("Needs a g&uide:"), "needs_guide", self.needs_guide)
        self.errors.add_row(form, self.tr("N&otes:"), "notes", self.notes)
        hosts = QGroupBox(self.tr("Hosts"), self)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_name, 1)
        host_row.addWidget(self.add_host)
        host_row.addWidget(self.remove_host)
        host_layout = QVBoxLayout(hosts)
        host_layout.addWidget(self.host_list, 1)
        host_layout.addLayout(host_row)
        host_layout.addWidget(self.errors.label_for("hosts", self.host_list, self))
        guides = QGroupBox(self.tr("Guides"), self)
        guide_row = QHBoxLayout()
        guide_row.addWidget(self.guide_choice, 1)
        guide_row.addWidget(QLabel(self.tr("as"), self))
        guide_row.addWidget(self.guide_role)
        guide_row.addWidget(self.add_guide)
        guide_row.addWidget(self.remove_guide)
        guide_hint = QLabel(self.tr("Double-click a role to change it."), self)
        guide_hint.setStyleSheet("color: palette(placeholder-text);")
        guide_layout = QVBoxLayout(guides)
        guide_layout.addWidget(self.guide_table, 1)
        guide_layout.addLayout(guide_row)
        guide_layout.addWidget(guide_hint)
        guide_layout.addWidget(self.errors.label_for("guide", self.guide_table, self))
        self._part_labels = {"hosts": hosts.title(), "guides": guides.title()}
        side = QVBoxLayout()
        side.addWidget(hosts, 1)
        side.addWidget(guides, 1)
        columns = QHBoxLayout()
        columns.addWidget(when, 1)
        columns.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(900)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_host.clicked.connect(self._add_host)
        self.host_name.returnPressed.connect(self._add_host)
        self.remove_host.clicked.connect(self._remove_host)
        self.add_guide.clicked.connect(self._add_guide)
        self.remove_guide.clicked.connect(self._remove_guide)
        self.guide_choice.currentIndexChanged.connect(self._preselect_role)
        self._preselect_role()

    # Filling the fields

    def _set_defaults(self, day: dt.date, start: dt.time | None) -> None:
        self._choose_day(day)
        begin = start or self._defaults.start
        self.start.set_value(begin)
        finish = dt.datetime.combine(day, begin) + dt.timedelta(minutes=self._defaults.minutes)
        self.end.set_value(finish.time() if finish.date() == day else None)
        self.kind.setCurrentIndex(max(0, self.kind.findData("meeting")))

    def _choose_day(self, day: dt.date) -> None:
        days = [self.day.itemData(index) for index in range(self.day.count())]
        self.day.setCurrentIndex(days.index(day) if day in days else 0)

    def set_record(self, record: ActivityRecord) -> None:
        """Fill the fields from ``record``, which an edit is compared with from now on."""
        self._opened, self._opened_guides = record.as_input(), guide_rows(record)
        self._fill(self._opened, self._opened_guides)

    def reapply_over(self, record: ActivityRecord) -> None:
        """Show ``record``, read again, with what the user changed since opening over it."""
        assert self._opened is not None
        data = reapplied(self._opened, self.activity_input(), record.as_input())
        guides = reapplied_part(self._opened_guides, self.guide_model.rows(), guide_rows(record))
        self._opened, self._opened_guides = record.as_input(), guide_rows(record)
        self._fill(data, guides)

    def _fill(self, data: ActivityInput, guides: GuideRows) -> None:
        self._choose_day(data.day)
        self.start.set_value(data.start_time)
        self.end.set_value(data.end_time)
        index = self.kind.findData(data.kind)
        if index < 0:
            self.kind.addItem(kind_label(data.kind), data.kind)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)
        self.title.setText(data.title)
        self.venue.setText(data.venue)
        for line in (self.title, self.venue):
            line.setCursorPosition(0)  # a long title shows its beginning, not its end
        self.needs_guide.setCurrentIndex({None: 0, True: 1, False: 2}[data.needs_guide])
        self.notes.setPlainText(data.notes)
        self.host_model.set_hosts(data.hosts)
        self.guide_model.set_assignments(guides)

    # Hosts and guides

    def _add_host(self) -> None:
        name = " ".join(self.host_name.text().split())
        if not name:
            return
        person = self._persons.get(name.casefold())
        if person is None:
            self.host_model.add(HostInput(name))
        else:
            self.host_model.add(HostInput(person.name, person.title, person.organization))
        self.host_name.clear()

    def _remove_host(self) -> None:
        index = self.host_list.currentIndex()
        if index.isValid():
            self.host_model.remove(index.row())

    def _preselect_role(self) -> None:
        guide = self._guides.get(self.guide_choice.currentData())
        if guide is not None:
            self.guide_role.setCurrentIndex(max(0, self.guide_role.findData(usual_role(guide))))

    def _add_guide(self) -> None:
        guide = self._guides.get(self.guide_choice.currentData())
        if guide is not None:
            self.guide_model.add(guide.id, guide.name, str(self.guide_role.currentData()))

    def _remove_guide(self) -> None:
        rows = self.guide_table.selectionModel().selectedRows()
        if rows:
            self.guide_model.remove(rows[0].row())

    # Saving

    def kind_value(self) -> str:
        """Return the chosen kind's stored value, or the user's own kind as typed."""
        text = " ".join(self.kind.currentText().split())
        index = self.kind.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.kind.itemData(index))
        return text

    def activity_input(self) -> ActivityInput:
        """Return what the fields hold, as the service takes it; unshown fields as read."""
        shown = ActivityInput(
            day=self.day.currentData(),
            start_time=self.start.value(),
            end_time=self.end.value(),
            kind=self.kind_value(),
            title=" ".join(self.title.text().split()),
            venue=" ".join(self.venue.text().split()),
            hosts=self.host_model.hosts(),
            needs_guide=self.needs_guide.currentData(),
            notes=self.notes.toPlainText().strip(),
        )
        if self._opened is None:
            return shown
        opened = self._opened
        return dataclasses.replace(shown, attendees=opened.attendees, summary=opened.summary)

    def accept(self) -> None:
        """Save through ``submit`` and close, or mark the field at fault."""
        data = self.activity_input()
        self.errors.clear()
        self.general_error.hide()
        message = self._check(data)
        if message is not None:
            self._show(*message)
            return
        try:
            self._submit(data, self.guide_model.assignments())
        except ChangedSinceError as error:
            self._show(None, self._changed_since(error))
            return
        except InvalidInputError as error:
            self._show(error.field, self._explain(error.field) or error_text(error))
            return
        except ServiceError as error:
            self._show(None, error_text(error))
            return
        super().accept()

    def _changed_since(self, error: ChangedSinceError) -> str:
        labels = [
            self.errors.label(field) or self._part_labels.get(field, field)
            for field in error.fields
        ]
        return changed_since_text(self._opened.title if self._opened else error.name, labels)

    def _check(self, data: ActivityInput) -> tuple[str, str] | None:
        if data.end_time is not None and data.start_time is None:
            return "start_time", self.tr("Give the start too, or leave the end empty.")
        if not data.title:
            return "title", self.tr("The title is required.")
        if not data.kind:
            return "kind", self.tr("Choose a kind, or type one of your own.")
        if data.start_time and data.end_time and data.end_time <= data.start_time:
            return "end_time", self.tr("The end must be after the start.")
        return None

    def _show(self, field: str | None, message: str) -> None:
        self.errors.say(field, message, self.general_error)

    def _explain(self, field: str | None) -> str:
        explanations = {
            "day": self.tr("This day is outside the program."),
            "end_time": self.tr("The end must be after the start."),
            "title": self.tr("The title is required."),
        }
        return explanations.get(field or "", "")
