"""An export killed at random moments: the old file intact or the new one complete.

A child (:func:`tests.crash.workloads.exports`) marks the roster of a program
of a thousand participants with a generation number and exports it over the
same ``.xlsx`` file through the export service, again and again, and is
killed with SIGKILL at a random moment. After each kill the destination must
open in openpyxl and hold every row: the export the child last reported
finished, or the one it was writing (killed after it was moved into place),
never a cut file. The temporary file a killed export leaves (``.part``
beside the destination) is removed by the next export to that destination:
after a child that finished an export, at most its own unfinished one
remains, and after a last export nothing does. Kills:
``COORDINATOR_CRASH_KILLS`` (see :mod:`tests.crash.harness`).
"""

from __future__ import annotations

import dataclasses
import random
import statistics
from collections import Counter
from pathlib import Path

from openpyxl import load_workbook

from coordinator.excel import EXPORT_FIELDS, RosterField
from coordinator.excel.roster_fields import FIELD_LABELS
from coordinator.services.programs import ProgramService
from coordinator.services.roster import RosterService
from coordinator.services.roster_export import RosterExportService
from coordinator.services.roster_import import RosterImportService
from coordinator.store import Database, open_database
from tests.crash.harness import REPLY_SECONDS, Child, Zygote, kills, parts, report, seed
from tests.crash.workloads import program_code, program_input, write_batch

ROWS = 500
DEFAULT_KILLS = 12
MAX_DELAY_SECONDS = 0.5
AIMED = 0.7
"""The share of kills aimed at the writing of the file rather than anywhere in the export."""
BATCH = 1
HEADER = tuple(FIELD_LABELS[field] for field in EXPORT_FIELDS)
NOTES = EXPORT_FIELDS.index(RosterField.NOTES)
NAME = EXPORT_FIELDS.index(RosterField.NAME)


def _mark(database: Database, generation: int) -> None:
    roster = RosterService(database)
    first = roster.list_participants(program_code(BATCH))[0]
    roster.update(first.id, dataclasses.replace(first.as_input(), notes=f"generation {generation}"))


def _filled(path: Path, folder: Path, destination: Path) -> list[str]:
    """A program of ``ROWS`` participants, exported once as generation 0; their names."""
    database = open_database(path)
    try:
        ProgramService(database).create(program_input(program_code(BATCH)))
        importer = RosterImportService(database)
        workbook = write_batch(folder / "roster-to-import.xlsx", BATCH, ROWS)
        importer.apply(importer.plan(program_code(BATCH), importer.read(workbook)))
        _mark(database, 0)
        RosterExportService(database).export(program_code(BATCH), destination)
        roster = RosterService(database).list_participants(program_code(BATCH))
        return [participant.name for participant in roster]
    finally:
        database.close()


def _generation(destination: Path, names: list[str]) -> int | str:
    """The generation of a complete export in ``destination``, or what is wrong with it."""
    try:
        workbook = load_workbook(destination, read_only=True)
    except Exception as error:  # any failure to read is what the test looks for
        return f"unreadable: {type(error).__name__}: {error}"
    try:
        rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    except Exception as error:  # a cut sheet fails while its rows are read
        return f"cut: {type(error).__name__}: {error}"
    finally:
        workbook.close()
    if len(rows) != ROWS + 1 or rows[0] != HEADER:
        return f"{len(rows)} rows"
    if [row[NAME] for row in rows[1:]] != names:
        return "other names"
    notes = str(rows[1][NOTES])
    return int(notes.removeprefix("generation ")) if notes.startswith("generation ") else notes


def _wait(child: Child, rng: random.Random, first: int, writing: list[float]) -> None:
    """Let the child work for a random time, or until it writes a file and a little after."""
    if rng.random() < AIMED:
        if child.watch(REPLY_SECONDS, until=f"writing {first}"):
            child.watch(rng.uniform(0, 1.2 * statistics.median(writing or [0.02])))
    else:
        child.watch(rng.uniform(0, MAX_DELAY_SECONDS))


def _writing_times(child: Child) -> list[float]:
    """How long each file took from the start of its writing to the export's end."""
    times = []
    for generation in child.numbers("exported"):
        began, ended = (
            child.time_of(f"writing {generation}"),
            child.time_of(f"exported {generation}"),
        )
        if began is not None and ended is not None:
            times.append(ended - began)
    return times


def test_an_export_killed_at_random_leaves_a_whole_file(zygote: Zygote, tmp_path: Path) -> None:
    path, destination = tmp_path / "export.sqlite", tmp_path / "roster.xlsx"
    names = _filled(path, tmp_path, destination)
    rng, figures = random.Random(seed()), Counter[str]()
    failures: list[str] = []
    seen: set[str] = set()
    on_disk, newest = 0, 0
    writing: list[float] = []
    for _ in range(kills(DEFAULT_KILLS)):
        child = zygote.start(
            "exports",
            database=str(path),
            destination=str(destination),
            program=program_code(BATCH),
            first_generation=newest + 1,
        )
        _wait(child, rng, newest + 1, writing)
        child.kill()
        writing += _writing_times(child)
        figures["kills"] += 1
        exported, in_flight = child.numbers("exported"), child.in_flight("exporting", "exported")
        newest = max([newest, *child.numbers("exporting")])
        allowed = {exported[-1] if exported else on_disk} | ({in_flight} if in_flight else set())
        found = _generation(destination, names)
        if found not in allowed:
            failures.append(f"{destination.name} holds {found!r}, expected one of {allowed}")
        elif isinstance(found, int):
            on_disk = found
        if in_flight is not None:
            figures["kills during an export"] += 1
            if child.said("writing", in_flight):
                figures["kills while the file was written"] += 1
            figures["new file in place" if found == in_flight else "old file kept"] += 1
        left = parts(tmp_path)
        figures["kills that left a temporary file"] += bool(set(left) - seen)
        seen |= set(left)
        if exported and len(left) > 1:
            failures.append(f"an export did not remove the earlier leftovers: {left}")
    database = open_database(path)
    try:
        _mark(database, newest + 1)
        RosterExportService(database).export(program_code(BATCH), destination)
    finally:
        database.close()
    figures["openpyxl temporary files left"] = sum(1 for _ in zygote.temporary.iterdir())
    report(f"exports (seed {seed()})", dict(figures))
    assert failures == []
    assert _generation(destination, names) == newest + 1
    assert parts(tmp_path) == []
    assert figures["kills while the file was written"] > 0
