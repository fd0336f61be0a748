"""The questions and messages the application puts to the user.

The controllers ask through this class, never through ``QMessageBox`` or
``QFileDialog`` directly, so tests answer with a stand-in instead of a modal box.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coordinator import __version__
from coordinator.services.errors import ServiceError
from coordinator.ui.core_words import error_text, translated

if TYPE_CHECKING:
    from coordinator.ui.server_dialog import ServerChoice


class Prompts(QObject):
    """Message boxes and file choosers parented to the main window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent

    def _database_filter(self) -> str:
        return self.tr("Coordinator databases (*.sqlite *.db);;All files (*)")

    def open_database_path(self, folder: str) -> str | None:
        """Ask for an existing database file; ``None`` if the user cancels."""
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open database"), folder, self._database_filter()
        )
        return path or None

    def new_database_path(self, folder: str) -> str | None:
        """Ask where to create a database file; ``None`` if the user cancels."""
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("New database"),
            str(Path(folder) / self.tr("delegations.sqlite")),
            self._database_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        return path if Path(path).suffix else f"{path}.sqlite"

    def import_roster_path(self, folder: str) -> str | None:
        """Ask for the roster file to import; ``None`` if the user cancels."""
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import roster"),
            folder,
            self.tr("Rosters (*.xlsx *.xlsm *.csv);;All files (*)"),
        )
        return path or None

    def export_roster_path(self, suggested: str) -> str | None:
        """Ask where to export a roster (an .xlsx file); ``None`` if the user cancels."""
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export roster"),
            suggested,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        return path if Path(path).suffix.lower() == ".xlsx" else f"{path}.xlsx"

    def offline_copy_target(self, suggested: str) -> str | None:
        """Ask for the new file of an offline copy; ``None`` if the user cancels.

        The dialog does not offer to overwrite: the caller refuses a file that exists.
        """
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Take program offline"),
            suggested,
            self.tr("Offline copies (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        return path if Path(path).suffix else f"{path}.sqlite"

    def offline_copy_source(self, folder: str) -> str | None:
        """Ask for the offline copy to merge back; ``None`` if the user cancels."""
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Merge offline copy"),
            folder,
            self.tr("Offline copies (*.sqlite);;All files (*)"),
        )
        return path or None

    def document_path(self, title: str, suggested: str, filters: str) -> str | None:
        """Ask where to save a document; ``None`` if the user cancels."""
        path, _ = QFileDialog.getSaveFileName(self._window, title, suggested, filters)
        return path or None

    def document_folder(self, folder: str) -> str | None:
        """Ask for the folder that receives one letter per person; ``None`` if cancelled."""
        path = QFileDialog.getExistingDirectory(
            self._window, self.tr("Folder for the letters"), folder
        )
        return path or None

    def pdf_to_print(self, folder: str) -> str | None:
        """Ask for a PDF to preview and print; ``None`` if the user cancels."""
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Print a document"), folder, self.tr("PDF documents (*.pdf)")
        )
        return path or None

    def background_image(self, folder: str) -> str | None:
        """Ask for a certificate background image; ``None`` if the user cancels."""
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Choose the certificate background"),
            folder,
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        return path or None

    def server(self, known: str | None = None) -> ServerChoice | None:
        """Ask for a team's server and password (``known``: its address); ``None``: cancel."""
        from coordinator.ui.server_dialog import ServerDialog  # noqa: PLC0415 - SQLAlchemy

        dialog = ServerDialog(self._window, known)
        if dialog.exec() != ServerDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def unsafe_place(self, file: str, kind: str, name: str) -> str:
        """Warn that ``file`` is in a synced folder or on a share; say keep, move or cancel."""
        if kind == "synced":
            text = self.tr(
                "{file} is in a folder that {client} synchronises. SQLite's locking is not safe "
                "there: the sync can bring back an old copy of the database or tear it apart "
                "while it is open. Move it to a folder of this computer?"
            ).format(file=file, client=name)
        else:
            text = self.tr(
                "{file} is on a network share ({share}). SQLite's locking is not safe on most "
                "shares: two computers writing at once can tear the database apart. Move it to "
                "a folder of this computer? A team shares a database on a PostgreSQL server."
            ).format(file=file, share=name)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Unsafe place for a database"), text,
            QMessageBox.StandardButton.Cancel, self._window,
        )  # fmt: skip
        move = box.addButton(self.tr("&Move it…"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep it here"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(move)
        box.exec()
        clicked = box.clickedButton()
        return "move" if clicked is move else "keep" if clicked is keep else "cancel"

    def database_failed(self, message: str) -> bool:
        """Say why a database cannot be opened; tell whether to choose another file."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("The database cannot be opened"),
            message,
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        choose = box.addButton(self.tr("Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(choose)
        box.exec()
        return box.clickedButton() is choose

    def offer_backup(self, message: str, backup: str) -> str:
        """Say why a damaged database cannot be opened and offer its latest good backup.

        Returns:
            ``"restore"`` to restore ``backup`` (its time and reason), ``"choose"``
            to choose another file, ``""`` to do neither.
        """
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("The database is damaged"),
            message,
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setInformativeText(
            self.tr(
                "Its latest good backup is from {backup}. Restoring it puts the database back "
                "as it was then; the damaged file is kept among the backups."
            ).format(backup=backup)
        )
        restore = box.addButton(self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        choose = box.addButton(self.tr("Choose another file…"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "choose" if clicked is choose else ""

    def confirm_restore(self, backup: str) -> bool:
        """Ask whether to put the database back as the backup ``backup`` kept it."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore from backup"),
            self.tr(
                "Put the database back as it was at {backup}? What changed since is set "
                "aside, not lost: the database as it is now is backed up first."
            ).format(backup=backup),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_remove(self, name: str) -> bool:
        """Ask whether to take ``name`` off the roster."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Remove participant"),
            self.tr(
                "Take {name} off the roster of this program? Edit ▸ Undo brings them back."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_remove_activity(self, title: str) -> bool:
        """Ask whether to take the activity ``title`` off the itinerary."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Remove activity"),
            self.tr(
                "Take “{title}” off the itinerary, with its guides? Edit ▸ Undo brings it back."
            ).format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, title: str, message: str) -> None:
        """Show a failed request as a plain sentence."""
        QMessageBox.warning(self._window, title, translated(message))

    def refusal(self, title: str, error: Exception) -> None:
        """Say why a service refused a request; any other error is a bug and goes on up.

        Raises:
            Exception: ``error`` itself, unless it is a :class:`ServiceError`.
        """
        if not isinstance(error, ServiceError):
            raise error
        self.error(title, error_text(error))

    def crash(self, message: str, details: str) -> None:
        """Show an unexpected error with its technical details folded away."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Unexpected error"),
            self.tr(
                "Something went wrong: {message}\n\nEverything saved so far is safe in the "
                "database. You can carry on working; if this happens again, please send the "
                "details to your support contact."
            ).format(message=message),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setDetailedText(details)
        box.exec()

    def about(self) -> None:
        """Show what the application is for and its version."""
        QMessageBox.about(
            self._window,
            self.tr("About Delegation Coordinator"),
            self.tr(
                "<h3>Delegation Coordinator {version}</h3>"
                "<p>Plan and document the visits of foreign delegations: the programs, "
                "the delegation on each roster, the itinerary and the guides.</p>"
            ).format(version=__version__),
        )

    def about_qt(self) -> None:
        """Show Qt's own about box."""
        QMessageBox.aboutQt(self._window)
