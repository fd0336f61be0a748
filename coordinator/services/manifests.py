"""Transfer manifests of a program: every movement (or a day's) as a PDF or a workbook.

A thin use case: the movements are read as :class:`~coordinator.services.transfers.TransferService`
lists them, turned into the plain :class:`~coordinator.domain.manifests.Manifest`,
and drawn by :mod:`coordinator.documents.manifest` or written by
:mod:`coordinator.excel.manifest_writer`. The file is written whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from coordinator.atomic_files import write_atomically
from coordinator.documents.manifest import render_manifest
from coordinator.domain.manifests import (
    MANIFEST_LANGUAGES,
    Manifest,
    ManifestEntry,
    ManifestVehicle,
)
from coordinator.domain.messages import said
from coordinator.excel.manifest_writer import write_manifest
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.errors import InvalidInputError
from coordinator.services.transfer_records import MovementRecord
from coordinator.services.transfers import TransferService
from coordinator.store import Database

MANIFEST_SUFFIXES = (".pdf", ".xlsx")


@dataclass(frozen=True)
class ManifestFile:
    """What an export wrote: the file and how many movements it lists."""

    path: Path
    movements: int


def manifest_entry(record: MovementRecord) -> ManifestEntry:
    """Return a movement as the manifest prints it."""
    return ManifestEntry(
        day=record.day,
        start=record.start_time,
        end=record.end_time,
        kind=record.kind,
        from_place=record.from_place,
        to_place=record.to_place,
        vehicles=tuple(
            ManifestVehicle(vehicle.plate, vehicle.kind, vehicle.seats)
            for vehicle in record.vehicles
        ),
        driver=record.driver,
        driver_phone=record.driver_phone,
        passengers=record.passenger_names,
        whole_delegation=record.whole_delegation,
        notes=record.notes,
    )


class ManifestService:
    """Manifests for the drivers and the office."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def manifest(self, program_code: str, day: dt.date | None = None) -> Manifest:
        """Return the program's movements (of ``day`` only, when given) as a manifest.

        Raises:
            NotFoundError: there is no such program.
        """
        records = TransferService(self._database).list_movements(program_code, day)
        return Manifest(program_code, tuple(manifest_entry(record) for record in records), day)

    def export(
        self,
        program_code: str,
        path: Path,
        day: dt.date | None = None,
        language: str = "en",
        produced: dt.datetime | None = None,
    ) -> ManifestFile:
        """Write the manifest to ``path``: a PDF or an .xlsx workbook, by its suffix.

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``path`` is neither .pdf nor .xlsx or cannot be
                written, or ``language`` is neither ``en`` nor ``tr``.
        """
        suffix = path.suffix.lower()
        if suffix not in MANIFEST_SUFFIXES:
            msg = said("{name}: a manifest is written as FILE.pdf or FILE.xlsx", name=path.name)
            raise InvalidInputError(msg, "path")
        if language not in MANIFEST_LANGUAGES:
            msg = said(
                "{language} is not a language of the manifest (en or tr)", language=f"{language!r}"
            )
            raise InvalidInputError(msg, "language")
        manifest = self.manifest(program_code, day)
        try:
            with full_disk_refused(f"{path.name} was not written", "path"):
                if suffix == ".pdf":
                    data = render_manifest(manifest, language=language, produced=produced)
                    write_atomically(path, lambda part: part.write_bytes(data))
                else:
                    write_manifest(path, manifest, language)
        except OSError as error:
            msg = said(
                "{filename} cannot be written: {strerror}",
                filename=error.filename or path,
                strerror=error.strerror or error,
            )
            raise InvalidInputError(msg, "path") from error
        return ManifestFile(path, len(manifest.entries))
