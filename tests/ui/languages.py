"""The interface in one language for a test, as the application installs it at start-up."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from coordinator.resource_files import resource_path


@contextmanager
def interface_in(language: str) -> Iterator[str]:
    """Install the translation and the locale of ``language`` (``en`` or ``tr``) meanwhile."""
    translator = QTranslator()
    assert translator.load(f"coordinator_{language}", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("tr_TR" if language == "tr" else "en_GB"))
    try:
        yield language
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_GB"))
