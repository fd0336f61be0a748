"""The certificate settings of a program: who signs, and the background behind the text.

Up to four signatories, printed left to right under their signature lines, and
an optional background image (the union's letterhead). The image is read,
checked and made into a thumbnail off the GUI thread; OK saves everything in
one undoable action, and a refusal keeps the dialog open with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QStandardPaths, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.certificate_settings import (
    MAX_SIGNATORIES,
    CertificateSettings,
    SignatoryInput,
    read_background,
)
from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.ui.core_words import error_text
from coordinator.ui.operations import OperationRunner
from coordinator.ui.prompts import Prompts

Submit = Callable[[CertificateSettings], None]
THUMBNAIL = QSize(252, 178)
"""A landscape A4 page, small."""


def thumbnail(data: bytes) -> QImage:
    """Return the image ``data`` scaled into :data:`THUMBNAIL` (safe off the GUI thread)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class CertificateSettingsDialog(QDialog):
    """Signatories and background of one program's certificates."""

    def __init__(
        self,
        program: str,
        settings: CertificateSettings,
        submit: Submit,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificate settings – {program}").format(program=program))
        self.setMinimumWidth(680)
        self._submit = submit
        self._prompts = prompts
        self._background = settings.background
        self._background_name = settings.background_name
        self.runner = OperationRunner(self)
        self.rows: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        intro = QLabel(
            self.tr("Chosen once for the program and printed on each of its certificates."), self
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._signatories_box(settings.signatories))
        layout.addWidget(self._background_box())
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: palette(bright-text); background: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_background()

    def _signatories_box(self, signatories: tuple[SignatoryInput, ...]) -> QGroupBox:
        box = QGroupBox(self.tr("Signatories"), self)
        grid = QGridLayout(box)
        headers = (self.tr("Name"), self.tr("Title"), self.tr("Organization"))
        for column, text in enumerate(headers, start=1):
            grid.addWidget(QLabel(f"<b>{text}</b>", box), 0, column)
        for number in range(1, MAX_SIGNATORIES + 1):
            edits = (QLineEdit(box), QLineEdit(box), QLineEdit(box))
            for column, (edit, text) in enumerate(zip(edits, headers, strict=True), start=1):
                edit.setAccessibleName(
                    self.tr("{field} of signatory {number}").format(field=text, number=number)
                )
                grid.addWidget(edit, number, column)
            grid.addWidget(QLabel(f"{number}.", box), number, 0)
            self.rows.append(edits)
        for edits, item in zip(self.rows, signatories, strict=False):
            for edit, value in zip(edits, (item.name, item.title, item.organization), strict=True):
                edit.setText(value)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 3)
        hint = QLabel(
            self.tr(
                "Signature lines are printed left to right in this order. "
                "Leave a row empty for fewer signatures."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        grid.addWidget(hint, MAX_SIGNATORIES + 1, 0, 1, 4)
        self.rows[0][0].setFocus()
        return box

    def _background_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Background"), self)
        self.preview = QLabel(box)
        self.preview.setFixedSize(THUMBNAIL)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Background image"))
        self.file_label = QLabel(box)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose image…"), box)
        self.choose_button.setToolTip(self.tr("A PNG or JPEG image, e.g. the union's letterhead"))
        self.remove_button = QPushButton(self.tr("&Remove"), box)
        self.choose_button.clicked.connect(self.choose_background)
        self.remove_button.clicked.connect(self.remove_background)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.file_label)
        side.addLayout(buttons)
        side.addStretch(1)
        row = QHBoxLayout(box)
        row.addWidget(self.preview)
        row.addLayout(side, 1)
        return box

    def settings(self) -> CertificateSettings:
        """Return what the dialog holds: the filled rows in order, and the background."""
        signatories = tuple(
            SignatoryInput(name.text(), title.text(), organization.text())
            for name, title, organization in self.rows
            if (name.text() + title.text() + organization.text()).strip()
        )
        return CertificateSettings(signatories, self._background, self._background_name)

    def choose_background(self) -> None:
        """Ask for an image, then read and check it in the background."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen = self._prompts.background_image(folder)
        if not chosen:
            return
        path = Path(chosen)
        self.runner.start(
            self.tr("Reading {file}…").format(file=path.name),
            lambda _progress: _loaded(path),
            on_success=self._background_loaded,
            on_failure=self._failed,
        )

    def _background_loaded(self, loaded: tuple[CertificateSettings, QImage]) -> None:
        chosen, image = loaded
        self._background, self._background_name = chosen.background, chosen.background_name
        self.error_label.hide()
        self._set_preview(image)

    def remove_background(self) -> None:
        """Print the certificates on a plain page with a frame."""
        self._background, self._background_name = None, ""
        self._set_preview(None)

    def _show_background(self) -> None:
        data = self._background
        if data is None:
            self._set_preview(None)
            return
        self.file_label.setText(self._background_name)
        self.runner.start(
            self.tr("Reading {file}…").format(file=self._background_name),
            lambda _progress: thumbnail(data),
            on_success=self._set_preview,
            on_failure=self._failed,
        )

    def _set_preview(self, image: QImage | None) -> None:
        if image is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No background"))
            self.file_label.setText(self.tr("The certificates have a plain frame."))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))
            self.file_label.setText(self._background_name)
        self.remove_button.setEnabled(self._background is not None)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        self._show_error(error_text(error))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        """Save the settings; stay open with the reason when they are refused."""
        if self.runner.busy():
            return
        try:
            self._submit(self.settings())
        except ServiceError as error:
            self._show_error(error_text(error))
            if isinstance(error, InvalidInputError) and error.field == "signatories":
                self.rows[0][0].setFocus()
            return
        super().accept()

    def done(self, result: int) -> None:
        """Close, stopping a background read that is still going."""
        self.runner.close()
        super().done(result)


def _loaded(path: Path) -> tuple[CertificateSettings, QImage]:
    chosen = read_background(path)
    assert chosen.background is not None
    return chosen, thumbnail(chosen.background)
