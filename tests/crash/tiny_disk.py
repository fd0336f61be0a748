"""An import and an export on a file system that is really full, run by ``test_disk_full``.

Run as ``python -m tests.crash.tiny_disk FOLDER`` where ``FOLDER`` is a tiny
file system of its own (a tmpfs of a few megabytes, mounted in a private
mount namespace, so that it needs no privileges and vanishes with the
process). It fills the disk to the last few kilobytes, tries an export, a backup and
an import, then frees the disk and imports again, and prints what it found as
one JSON object for the test to check.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Any

from coordinator.cli.failures import disk_full, refusal_of
from coordinator.services.programs import ProgramService
from coordinator.services.roster import RosterService
from coordinator.services.roster_export import RosterExportService
from coordinator.services.roster_import import RosterImportService
from coordinator.store import open_database
from coordinator.store.backups import back_up_file, backups_folder
from tests.crash.harness import integrity, parts
from tests.crash.workloads import program_code, program_input, write_batch

BASELINE_ROWS, LARGE_ROWS = 200, 1000
LEFT_FREE = 4 * 1024


def _fill(folder: Path) -> Path:
    """Write a ballast file that leaves only ``LEFT_FREE`` bytes on the file system."""
    status = os.statvfs(folder)
    ballast = folder / "ballast"
    ballast.write_bytes(b"\0" * max(0, status.f_bavail * status.f_frsize - LEFT_FREE))
    return ballast


def _failure(error: BaseException) -> dict[str, Any]:
    refusal = refusal_of(error) if isinstance(error, Exception) else None
    return {
        "type": f"{type(error).__module__}.{type(error).__name__}",
        "message": str(error).splitlines()[0],
        "disk full": disk_full(error),
        "command line says": None if refusal is None else str(refusal),
    }


def run(folder: Path) -> dict[str, Any]:
    """Fill ``folder``'s disk, then export and import; return what happened."""
    path, destination = folder / "tiny.sqlite", folder / "roster.xlsx"
    code, found = program_code(1), dict[str, Any]()
    database = open_database(path)
    try:
        ProgramService(database).create(program_input(code))
        importer, roster = RosterImportService(database), RosterService(database)
        baseline = write_batch(folder / "baseline.xlsx", 1, BASELINE_ROWS)
        importer.apply(importer.plan(code, importer.read(baseline)))
        RosterExportService(database).export(code, destination)
        previous = destination.read_bytes()
        first = roster.list_participants(code)[0]
        roster.update(first.id, dataclasses.replace(first.as_input(), notes="changed"))
        plan = importer.plan(code, importer.read(write_batch(folder / "large.xlsx", 2, LARGE_ROWS)))
        ballast = _fill(folder)
        try:
            RosterExportService(database).export(code, destination)
        except Exception as error:  # reported to the test
            found["export"] = _failure(error)
        found["export intact"] = destination.read_bytes() == previous
        found["export leftovers"] = parts(folder)
        try:
            back_up_file(path, "manual")
        except Exception as error:  # reported to the test
            found["backup"] = _failure(error)
        found["backups left"] = sorted(p.name for p in backups_folder(path).iterdir())
        try:
            importer.apply(plan)
        except Exception as error:  # reported to the test
            found["import"] = _failure(error)
        found["roster after the failure"] = len(roster.list_participants(code))
        found["integrity after the failure"] = integrity(path)
        ballast.unlink()
        importer.apply(plan)
        found["roster with room again"] = len(roster.list_participants(code))
    finally:
        database.close()
    found["integrity at the end"] = integrity(path)
    return found


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]))))
