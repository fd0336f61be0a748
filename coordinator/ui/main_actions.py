"""The main window's actions: one place for their texts, shortcuts and icons."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from coordinator.resource_files import resource_path
from coordinator.ui.early_qt import in_every_window, set_keys


def _icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class MainActions(QObject):
    """Every action of the menus and the tool bar, owned by the main window.

    The actions that need an open database or a selected participant start
    disabled; the controllers enable them when they can be carried out.
    """

    def __init__(self, window: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(window)

        self.new_database = QAction(_icon("database-new"), self.tr("&New database…"), window)
        self.new_database.setStatusTip(self.tr("Create an empty database file"))
        self.open_database = QAction(_icon("database-open"), self.tr("&Open database…"), window)
        set_keys(self.open_database, QKeySequence.StandardKey.Open)
        self.open_database.setStatusTip(self.tr("Open a database file"))
        self.connect_server = QAction(self.tr("Connect to &server…"), window)
        self.connect_server.setStatusTip(self.tr("Open a team's database on a PostgreSQL server"))
        self.clear_recent = QAction(self.tr("&Clear the list"), window)
        self.restore_backup = QAction(self.tr("Restore from &backup…"), window)
        self.restore_backup.setStatusTip(
            self.tr("Put the database back as one of its backups kept it")
        )
        self.restore_backup.setEnabled(False)  # while a database file is open
        self.new_program = QAction(_icon("program-new"), self.tr("New &program…"), window)
        set_keys(self.new_program, QKeySequence.StandardKey.New)
        self.new_program.setStatusTip(self.tr("Create the program of a visit"))
        self.import_roster = QAction(_icon("roster-import"), self.tr("&Import roster…"), window)
        set_keys(self.import_roster, "Ctrl+I")
        self.import_roster.setStatusTip(
            self.tr("Add the people of an Excel or CSV list to the roster of this program")
        )
        self.export_roster = QAction(_icon("roster-export"), self.tr("E&xport roster…"), window)
        self.export_roster.setStatusTip(self.tr("Save the roster of this program as an Excel file"))
        self.take_offline, self.merge_offline = self._offline_actions(window)
        self.quit = QAction(self.tr("&Quit"), window)
        set_keys(self.quit, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        in_every_window(self.quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo, self.redo = self._undo_actions(window, undo_stack)
        self.find_everywhere = QAction(self.tr("&Find everywhere…"), window)
        set_keys(self.find_everywhere, "Ctrl+K")
        in_every_window(self.find_everywhere)
        self.find_everywhere.setStatusTip(
            self.tr("Find participants, guides, hosts, venues and activities in every program")
        )
        self.find_everywhere.setEnabled(False)  # with a database open

        self.add_participant = QAction(
            _icon("participant-add"), self.tr("&Add participant…"), window
        )
        set_keys(self.add_participant, "Ctrl+Shift+A")
        self.add_participant.setStatusTip(self.tr("Put a person on the roster of this program"))
        self.edit_participant = QAction(
            _icon("participant-edit"), self.tr("&Edit participant…"), window
        )
        set_keys(self.edit_participant, "Ctrl+E")
        self.remove_participant = QAction(
            _icon("participant-remove"), self.tr("&Remove participant"), window
        )
        set_keys(self.remove_participant, "Ctrl+Shift+Del")

        self.directory = QAction(self.tr("&Directory…"), window)
        set_keys(self.directory, "Ctrl+Shift+D")
        self.directory.setStatusTip(
            self.tr("Venues, organizations and people shared by every program")
        )

        self.settings, self.user_guide, self.about, self.about_qt = self._help_actions(window)

        for action in self.needs_database():
            action.setEnabled(False)
        for action in (self.add_participant, *self.needs_participant()):
            action.setEnabled(False)
        for action in self.needs_program():
            action.setEnabled(False)
        self.take_offline.setEnabled(False)  # with a program selected
        self.merge_offline.setEnabled(False)  # with a database open

    def _undo_actions(self, window: QWidget, undo_stack: QUndoStack) -> tuple[QAction, QAction]:
        undo = undo_stack.createUndoAction(window, self.tr("&Undo"))
        undo.setIcon(_icon("edit-undo"))
        set_keys(undo, QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(window, self.tr("&Redo"))
        redo.setIcon(_icon("edit-redo"))
        set_keys(redo, QKeySequence.StandardKey.Redo)
        for action in (undo, redo):  # the Directory's edits are on the same stack
            in_every_window(action)
        return undo, redo

    def _offline_actions(self, window: QWidget) -> tuple[QAction, QAction]:
        take = QAction(self.tr("&Take program offline…"), window)
        take.setStatusTip(
            self.tr("Write this program to a file of its own, to work on it away from the office")
        )
        merge = QAction(self.tr("&Merge offline copy…"), window)
        merge.setStatusTip(
            self.tr("Bring the work done on an offline copy back into this database")
        )
        return take, merge

    def _help_actions(self, window: QWidget) -> tuple[QAction, QAction, QAction, QAction]:
        settings = QAction(self.tr("&Settings…"), window)
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        set_keys(settings, QKeySequence.StandardKey.Preferences)
        settings.setStatusTip(
            self.tr("Language, new activities, transfer planning and the backups folder")
        )
        guide = QAction(self.tr("&User guide"), window)
        set_keys(guide, QKeySequence.StandardKey.HelpContents)
        guide.setStatusTip(self.tr("How to import a roster, plan the days, assign guides and more"))
        about = QAction(self.tr("&About Delegation Coordinator"), window)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about_qt = QAction(self.tr("About &Qt"), window)
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        return settings, guide, about, about_qt

    def needs_database(self) -> tuple[QAction, ...]:
        """Return the actions that only work with an open database."""
        return (self.new_program,)

    def needs_program(self) -> tuple[QAction, ...]:
        """Return the actions that only work on a selected program (imports and exports)."""
        return (self.import_roster, self.export_roster)

    def needs_participant(self) -> tuple[QAction, ...]:
        """Return the actions that only work on a selected participant."""
        return (self.edit_participant, self.remove_participant)
