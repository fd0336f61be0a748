"""Undo commands of the documents: the certificate settings of a program.

Saving the settings is one service call that returns what it replaced; the
undo is the same call with those earlier settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from coordinator.services.certificate_settings import (
    CertificateSettings,
    CertificateSettingsService,
)
from coordinator.ui.command_base import ServiceCommand


@dataclass
class CertificateContext:
    """What the certificate commands need.

    Attributes:
        settings: the service that does the work.
        changed: called after each change with the program code.
        failed: called with a sentence when an undo or redo is refused.
    """

    settings: CertificateSettingsService
    changed: Callable[[str], None]
    failed: Callable[[str], None]


class SetCertificateSettingsCommand(ServiceCommand[CertificateContext]):
    """Choose a program's signatories and certificate background, whole."""

    def __init__(
        self, context: CertificateContext, program_code: str, settings: CertificateSettings
    ) -> None:
        text = QCoreApplication.translate("Commands", "Change the certificate settings")
        super().__init__(context, text)
        self._code = program_code
        self._after = settings
        self._before: CertificateSettings | None = None

    def _do(self) -> None:
        self._before = self._context.settings.replace(self._code, self._after)
        self._context.changed(self._code)

    def _undo(self) -> None:
        assert self._before is not None
        self._context.settings.replace(self._code, self._before)
        self._context.changed(self._code)
