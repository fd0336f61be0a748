"""A schema upgrade killed at random moments: the file is at the old revision or the new.

For each frozen database of a former release (``tests/store/frozen``), a child
opens a copy with :func:`~coordinator.store.open_database`, which upgrades it
to the newest revision in one transaction, and is killed with SIGKILL at a
random moment; most kills are aimed at the upgrade's writes (after the child
reports its first ``CREATE``, ``ALTER`` or ``UPDATE``). After each kill, read
with plain SQLite, the file passes ``PRAGMA integrity_check`` and its
revision, schema and every row are exactly those of the old file, or exactly
those of the same file upgraded without a kill: never an intermediate
revision (0002 on the way from 0001), a table without its new columns, or a
lost row. An upgrade the child reported finished is never undone. Then the
application opens the file, which completes the upgrade. Kills:
``COORDINATOR_CRASH_KILLS`` (see :mod:`tests.crash.harness`).
"""

from __future__ import annotations

import math
import random
import shutil
import sqlite3
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from coordinator.store import open_database
from coordinator.store.migrating import head_revision
from tests.crash.harness import (
    REPLY_SECONDS,
    Child,
    Snapshot,
    Zygote,
    integrity,
    kills,
    remove_database,
    report,
    seed,
    snapshot,
)

FROZEN = Path(__file__).parents[1] / "store" / "frozen"
DUMPS = sorted(FROZEN.glob("schema_*.sql"))
DEFAULT_KILLS = 24
AIMED = 0.75
"""The share of kills aimed at the upgrade's writes rather than anywhere in the opening."""
CALIBRATIONS = 3


@dataclass(frozen=True)
class Reference:
    """The file before and after an upgrade nobody killed, and how long its parts took."""

    old: Snapshot
    new: Snapshot
    opening: float
    """From the child's start to the database closed."""
    writing: float
    """From the first write of the upgrade to its end (the commit)."""


def _load(dump: Path, path: Path) -> None:
    remove_database(path)
    connection = sqlite3.connect(path)
    try:
        connection.executescript(dump.read_text(encoding="utf-8"))
    finally:
        connection.close()


def _reference(zygote: Zygote, old: Path, work: Path) -> Reference:
    """Upgrade copies of ``old`` in children left alone: the expected result and timings."""
    openings: list[float] = []
    writings: list[float] = []
    for _ in range(CALIBRATIONS):
        remove_database(work)
        shutil.copyfile(old, work)
        child = zygote.start("migration", database=str(work))
        assert child.watch(REPLY_SECONDS, until="closed"), child.lines
        assert child.kill() in (0, -9)  # it may be killed on its way out
        closed, began, done = (child.time_of(line) for line in ("closed", "writing", "migrated"))
        assert closed is not None
        assert began is not None
        assert done is not None
        openings.append(closed)
        writings.append(done - began)
    new = snapshot(work)
    assert new.revision == head_revision()
    return Reference(snapshot(old), new, max(openings), statistics.median(writings))


def _phase(child: Child, exit_code: int) -> str:
    if exit_code == 0:
        return "after the child ended"
    for line, phase in (("closed", "after closing"), ("migrated", "after the upgrade")):
        if child.said(line):
            return phase
    return "during the upgrade's writes" if child.said("writing") else "before any write"


def _differences(found: Snapshot, reference: Reference) -> str:
    tables = {name for name, rows in found.rows if (name, rows) not in reference.old.rows}
    tables &= {name for name, rows in found.rows if (name, rows) not in reference.new.rows}
    return f"revision {found.revision}, rows differing from both in {sorted(tables)}"


@pytest.mark.parametrize("dump", DUMPS, ids=[dump.stem for dump in DUMPS])
def test_an_upgrade_killed_at_random_leaves_the_old_revision_or_the_new(
    zygote: Zygote, tmp_path: Path, dump: Path
) -> None:
    old, work = tmp_path / "old.sqlite", tmp_path / "work.sqlite"
    _load(dump, old)
    reference = _reference(zygote, old, work)
    assert reference.old.revision != reference.new.revision
    rng = random.Random(f"{seed()} {dump.stem}")
    figures: Counter[str] = Counter()
    failures: list[str] = []
    for _ in range(math.ceil(kills(DEFAULT_KILLS) / len(DUMPS))):
        remove_database(work)
        shutil.copyfile(old, work)
        child = zygote.start("migration", database=str(work))
        if rng.random() < AIMED:
            if child.watch(REPLY_SECONDS, until="writing"):
                child.watch(rng.uniform(0, 1.1 * reference.writing))
        else:
            child.watch(rng.uniform(0, 1.1 * reference.opening))
        phase = _phase(child, child.kill())
        figures["kills"] += 1
        figures[f"kills {phase}"] += 1
        if (verdict := integrity(work)) != ["ok"]:
            figures["integrity failures"] += 1
            failures.append(f"killed {phase}: integrity_check {verdict[:5]}")
            continue
        found = snapshot(work)
        if found == reference.old and not child.said("migrated"):
            figures["left at the old revision"] += 1
        elif found == reference.new:
            figures["left at the new revision"] += 1
        else:
            figures["between revisions"] += 1
            failures.append(f"killed {phase}: {_differences(found, reference)}")
        open_database(work).close()
        if snapshot(work) != reference.new:
            failures.append(f"killed {phase}: the next opening did not complete the upgrade")
    report(f"upgrade from {dump.stem} (seed {seed()})", dict(figures))
    assert failures == []
    assert figures["kills during the upgrade's writes"] > 0
