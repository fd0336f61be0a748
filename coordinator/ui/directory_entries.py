"""The organizations, people and possible duplicates of the directory window at work.

Editing an organization or a person, and merging two of them, are undoable
commands, each one service call. The search for possible duplicates runs on
a worker thread (:mod:`coordinator.ui.operations`) and only lists pairs: the
user opens a pair with Merge…, sees both side by side, chooses which stays
and whose values win, and merges; nothing is merged otherwise.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from coordinator.services.directory_duplicates import (
    DuplicatePair,
    DuplicateSearchCancelledError,
    PossibleDuplicates,
)
from coordinator.services.directory_records import (
    OrganizationInput,
    OrganizationRecord,
    PersonInput,
    PersonRecord,
)
from coordinator.services.errors import NotFoundError
from coordinator.ui.core_words import error_text
from coordinator.ui.directory_commands import (
    EditOrganizationCommand,
    EditPersonCommand,
    EntriesContext,
    EntryCommand,
    MergeEntriesCommand,
)
from coordinator.ui.directory_window import ORGANIZATIONS_TAB, PEOPLE_TAB, DirectoryWindow
from coordinator.ui.edit_reapply import RereadEdit
from coordinator.ui.formatting import format_languages
from coordinator.ui.merge_records_dialog import MergeField, MergeRecordsDialog
from coordinator.ui.operations import OperationRunner, Progress
from coordinator.ui.prompts import Prompts

if TYPE_CHECKING:
    from coordinator.ui.organization_dialog import OrganizationDialog
    from coordinator.ui.person_dialog import PersonDialog


class DirectoryEntries(QObject):
    """Edits and merges the organizations and people shown in a :class:`DirectoryWindow`."""

    def __init__(self, window: DirectoryWindow, prompts: Prompts, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._stack = undo_stack
        self._context: EntriesContext | None = None
        self._runner = OperationRunner(window)
        self.dialog: OrganizationDialog | PersonDialog | MergeRecordsDialog | None = None
        self._connect_signals()
        self.update_actions()

    def _connect_signals(self) -> None:
        window = self._window
        window.edit_organization_action.triggered.connect(self.edit_organization)
        window.edit_person_action.triggered.connect(self.edit_person)
        window.find_duplicates_action.triggered.connect(self.find_duplicates)
        window.merge_action.triggered.connect(self.merge_selected)
        window.merge_organizations_action.triggered.connect(self.merge_two_organizations)
        window.merge_persons_action.triggered.connect(self.merge_two_persons)
        window.organizations.row_activated.connect(lambda _row: self.edit_organization())
        window.persons.row_activated.connect(lambda _row: self.edit_person())
        window.duplicates.row_activated.connect(lambda _row: self.merge_selected())
        for view in (window.organizations, window.persons, window.duplicates):
            view.selection_changed.connect(self.update_actions)

    def set_context(self, context: EntriesContext | None) -> None:
        """Work with ``context`` from now on (``None``: no database)."""
        self._runner.close()
        self._context = context
        self._window.duplicate_model.set_records([])
        self.update_actions()

    def update_actions(self) -> None:
        """Enable the actions that have a selected entry or pair to work on."""
        window = self._window
        known = self._context is not None
        window.edit_organization_action.setEnabled(
            known and self.selected_organization() is not None
        )
        window.edit_person_action.setEnabled(known and self.selected_person() is not None)
        window.merge_action.setEnabled(known and self.selected_pair() is not None)
        window.merge_organizations_action.setEnabled(
            known and len(self._two(ORGANIZATIONS_TAB)) == 2
        )
        window.merge_persons_action.setEnabled(known and len(self._two(PEOPLE_TAB)) == 2)
        window.find_duplicates_action.setEnabled(known and not self._runner.busy())

    # Selection

    def selected_organization(self) -> OrganizationRecord | None:
        """Return the selected organization, if any."""
        row = self._window.organizations.current_row()
        return None if row is None else self._window.organization_model.record(row)

    def selected_person(self) -> PersonRecord | None:
        """Return the selected person, if any."""
        row = self._window.persons.current_row()
        return None if row is None else self._window.person_model.record(row)

    def selected_pair(self) -> DuplicatePair | None:
        """Return the selected pair of possible duplicates, if any."""
        row = self._window.duplicates.current_row()
        return None if row is None else self._window.duplicate_model.record(row)

    def _two(self, tab: int) -> list[Any]:
        """Return the records selected in the list of ``tab`` (two to merge)."""
        window = self._window
        view, model = (
            (window.organizations, window.organization_model)
            if tab == ORGANIZATIONS_TAB
            else (window.persons, window.person_model)
        )
        rows = sorted(index.row() for index in view.table.selectionModel().selectedRows())
        return [model.record(row) for row in rows]

    def show_tab(self, kind: str) -> None:
        """Bring the list of organizations (or people) to the front."""
        self._window.tabs.setCurrentIndex(
            ORGANIZATIONS_TAB if kind == "organization" else PEOPLE_TAB
        )

    def select(self, kind: str, entry_id: int) -> bool:
        """Select the organization or person ``entry_id``, clearing a filter that hides it.

        Return whether it is in the list.
        """
        window = self._window
        view, model = (
            (window.organizations, window.organization_model)
            if kind == "organization"
            else (window.persons, window.person_model)
        )

        def wanted(record: OrganizationRecord | PersonRecord) -> bool:
            return record.id == entry_id

        row = model.row_of(wanted)
        if row is None and model.filter_text():
            view.filter_box.clear()
            row = model.row_of(wanted)
        if row is not None:
            view.select_row(row)
        return row is not None

    # Commands

    def _run(self, command: EntryCommand) -> None:
        command.execute()  # raises if refused: nothing is pushed
        self._stack.push(command)

    def _organization(self, organization_id: int) -> OrganizationRecord:
        assert self._context is not None
        found = next(
            (
                item
                for item in self._context.directory.organizations()
                if item.id == organization_id
            ),
            None,
        )
        if found is None:
            msg = f"There is no organization with the id {organization_id}"
            raise NotFoundError(msg)
        return found

    def _person(self, person_id: int) -> PersonRecord:
        assert self._context is not None
        model = self._window.person_model
        shown = next((item for item in model.records() if item.id == person_id), None)
        name = shown.name if shown is not None else ""
        found = next(
            (item for item in self._context.directory.persons(name) if item.id == person_id), None
        )
        if found is None:
            msg = f"There is no person with the id {person_id}"
            raise NotFoundError(msg)
        return found

    def edit_organization(self) -> None:
        """Open the dialog that edits the selected organization."""
        from coordinator.ui.organization_dialog import OrganizationDialog  # noqa: PLC0415

        context, record = self._context, self.selected_organization()
        if context is None or record is None:
            return
        edit = RereadEdit(record, lambda read: self._organization(read.id))

        def submit(data: OrganizationInput) -> None:
            edit.save(lambda read: self._run(EditOrganizationCommand(context, read, data)))

        dialog = OrganizationDialog(record, submit, self._window)
        edit.refill = dialog.reapply_over
        self.dialog = dialog
        dialog.open()

    def edit_person(self) -> None:
        """Open the dialog that edits the selected person."""
        from coordinator.ui.person_dialog import PersonDialog  # noqa: PLC0415

        context, record = self._context, self.selected_person()
        if context is None or record is None:
            return
        edit = RereadEdit(record, lambda read: self._person(read.id))

        def submit(data: PersonInput) -> None:
            edit.save(lambda read: self._run(EditPersonCommand(context, read, data)))

        names = [item.name for item in self._window.organization_model.records()]
        dialog = PersonDialog(record, names, submit, self._window)
        edit.refill = dialog.reapply_over
        self.dialog = dialog
        dialog.open()

    # Possible duplicates

    def find_duplicates(self) -> None:
        """Look for possible duplicates on the worker thread, then list them."""
        context = self._context
        if context is None or self._runner.busy():
            return
        service = context.duplicates

        def work(progress: Progress) -> PossibleDuplicates:
            return service.possible_duplicates(progress)

        self._runner.start(
            self.tr("Looking for possible duplicates…"),
            work,
            on_success=self._found,
            on_failure=self._search_failed,
            on_cancel=self.update_actions,
        )
        self.update_actions()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the search for duplicates is over (for tests and closing)."""
        return self._runner.wait(timeout_ms)

    def searching(self) -> bool:
        """Tell whether the search for duplicates is running."""
        return self._runner.busy()

    def _found(self, found: PossibleDuplicates) -> None:
        window = self._window
        window.duplicate_model.set_records(found.all())
        window.duplicates.fit_columns()
        self._say_count()
        self.update_actions()

    def _say_count(self) -> None:
        count = self._window.duplicate_model.total_count()
        self._window.duplicates_label.setText(
            self.tr("%n possible duplicate(s). Select one and choose Merge… to look at both.", "",
                    count)
            if count
            else self._window.duplicates_hint  # the empty list says none was found
        )  # fmt: skip
        if not count:
            self._window.duplicate_placeholder.set_text(self.tr("No possible duplicates found."))

    def _search_failed(self, error: Exception) -> None:
        self.update_actions()
        if not isinstance(error, DuplicateSearchCancelledError):
            self._prompts.error(self.tr("Possible duplicates"), error_text(error))

    def merge_selected(self) -> None:
        """Open the merge dialog on the selected pair of possible duplicates."""
        pair = self.selected_pair()
        if pair is None or self._context is None:
            return
        try:
            if pair.kind == "organization":
                self._merge_organizations(self._organization(pair.first_id),
                                          self._organization(pair.second_id))  # fmt: skip
            else:
                self._merge_persons(self._person(pair.first_id), self._person(pair.second_id))
        except NotFoundError:
            model = self._window.duplicate_model
            model.set_records([item for item in model.records() if item != pair])
            self._prompts.error(
                self.tr("Merge"), self.tr("One of the two is no longer in the directory.")
            )

    def merge_two_organizations(self) -> None:
        """Open the merge dialog on the two organizations selected in their list."""
        chosen = self._two(ORGANIZATIONS_TAB)
        if len(chosen) == 2 and self._context is not None:
            self._merge_organizations(chosen[0], chosen[1])

    def merge_two_persons(self) -> None:
        """Open the merge dialog on the two people selected in their list."""
        chosen = self._two(PEOPLE_TAB)
        if len(chosen) == 2 and self._context is not None:
            self._merge_persons(chosen[0], chosen[1])

    def _merge_organizations(self, first: OrganizationRecord, second: OrganizationRecord) -> None:
        labels = {"name": self.tr("Name"), "kind": self.tr("Kind"), "city": self.tr("City"),
                  "country": self.tr("Country"), "notes": self.tr("Notes")}  # fmt: skip
        fields = _fields(first.as_input(), second.as_input(), labels)

        def make(values: dict[str, Any]) -> OrganizationInput:
            return OrganizationInput(**values)

        self._open_merge(self.tr("Merge organizations"), first, second, fields, make)

    def _merge_persons(self, first: PersonRecord, second: PersonRecord) -> None:
        labels = {"name": self.tr("Name"), "title": self.tr("Title"),
                  "organization": self.tr("Organization"), "languages": self.tr("Languages"),
                  "email": self.tr("E-mail"), "phone": self.tr("Phone"),
                  "notes": self.tr("Notes")}  # fmt: skip
        fields = _fields(first.as_input(), second.as_input(), labels)

        def make(values: dict[str, Any]) -> PersonInput:
            return PersonInput(**values)

        self._open_merge(self.tr("Merge people"), first, second, fields, make)

    def _open_merge(
        self,
        title: str,
        first: OrganizationRecord | PersonRecord,
        second: OrganizationRecord | PersonRecord,
        fields: list[MergeField],
        make: Callable[[dict[str, Any]], OrganizationInput | PersonInput],
    ) -> None:
        context = self._context
        assert context is not None

        def submit(keep_first: bool, values: dict[str, object]) -> None:
            kept, removed = (first, second) if keep_first else (second, first)
            command = MergeEntriesCommand(context, kept.id, removed.id, make(values))
            self._run(command)
            self._forget(removed.id, command.kind)

        dialog = MergeRecordsDialog(title, (first.name, second.name), fields, submit, self._window)
        self.dialog = dialog
        dialog.open()

    def _forget(self, removed_id: int, kind: str) -> None:
        """Take the pairs that name a removed entry off the list."""
        model = self._window.duplicate_model
        kept = [
            pair
            for pair in model.records()
            if pair.kind != kind or removed_id not in (pair.first_id, pair.second_id)
        ]
        model.set_records(kept)
        self._say_count()
        self.update_actions()


def _fields(first: Any, second: Any, labels: dict[str, str]) -> list[MergeField]:
    """Return the fields of two inputs side by side, as the merge dialog shows them."""
    fields = []
    for field in dataclasses.fields(first):
        values = (getattr(first, field.name), getattr(second, field.name))
        texts = tuple(
            format_languages(value) if isinstance(value, tuple) else str(value) for value in values
        )
        fields.append(MergeField(field.name, labels[field.name], values, (texts[0], texts[1])))
    return fields
