"""Help ▸ User guide: the short guide shipped with the application, in the user's language.

The guide is an HTML page under ``resources/help`` (``guide_tr.html`` and
``guide_en.html``), shown in a window of its own that stays open beside the
main window while the user works.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from coordinator.resource_files import resource_path

GUIDE_LANGUAGES = ("en", "tr")


def guide_path(language: str) -> Path:
    """Return the guide's page in ``language`` (English when there is none in it)."""
    chosen = language if language in GUIDE_LANGUAGES else "en"
    return resource_path("help", f"guide_{chosen}.html")


class HelpDialog(QDialog):
    """The user guide in a browser with links between its parts; not modal."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, on=False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(language))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
