"""Imports and edits killed at random moments: each import whole or absent, each commit kept.

A child process (:func:`tests.crash.workloads.imports_and_edits`) imports
workbook after workbook into the roster (every row of batch 17 is named
"Batch 17 Delegate NNN"), edits one participant and adds an activity after
each import, and writes a line after each commit. It is killed with SIGKILL
after a random delay; then, with plain SQLite and no application code, the
file must pass ``PRAGMA integrity_check``, every batch must be all its rows
(participants and directory entries) or none, everything the child reported
committed must be there and nothing it had not begun. The application must
still open the file (its quick check) and read the roster, and the next child
carries on in the same file. Kills: ``COORDINATOR_CRASH_KILLS`` (see
:mod:`tests.crash.harness`).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from coordinator.services.roster import RosterService
from coordinator.store import open_database
from tests.crash.harness import Child, Zygote, connected, integrity, kills, report, seed
from tests.crash.workloads import edited_notes, program_code

ROWS = 12
DEFAULT_KILLS = 36
MAX_DELAY_SECONDS = 0.5
ANCHORED = 0.6
"""The share of kills aimed at a commit: a random moment after the child says it begins one."""
STEPS = (("importing", "imported"), ("updating", "updated"), ("adding", "added"))
_DELEGATE = re.compile(r"Batch (\d+) Delegate (\d+)")
_ACTIVITY = re.compile(r"Activity after batch (\d+)")


@dataclass
class Found:
    """What the file holds of the children's work."""

    persons: Counter[int] = field(default_factory=Counter)
    participants: Counter[int] = field(default_factory=Counter)
    edited: set[int] = field(default_factory=set)
    activities: Counter[int] = field(default_factory=Counter)
    misplaced: list[str] = field(default_factory=list)


@dataclass
class Ledger:
    """What must stay in the file: what children reported, or what was found, committed."""

    batches: set[int] = field(default_factory=set)
    edits: set[int] = field(default_factory=set)
    activities: set[int] = field(default_factory=set)
    figures: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def _found(path: Path) -> Found:
    found = Found()
    with connected(path) as connection:
        for (name,) in connection.execute("SELECT full_name FROM person"):
            if match := _DELEGATE.fullmatch(name):
                found.persons[int(match[1])] += 1
        for name, notes, code in connection.execute(
            "SELECT person.full_name, participant.notes, program.code FROM participant "
            "JOIN person ON person.id = participant.person_id "
            "JOIN program ON program.id = participant.program_id"
        ):
            if not (match := _DELEGATE.fullmatch(name)):
                continue
            batch, row = int(match[1]), int(match[2])
            found.participants[batch] += 1
            expected = {f"batch {batch}"} | ({edited_notes(batch)} if row == 0 else set())
            if code != program_code(batch) or notes not in expected:
                found.misplaced.append(f"{name} in {code} with notes {notes!r}")
            if notes == edited_notes(batch):
                found.edited.add(batch)
        for title, code in connection.execute(
            "SELECT activity.title, program.code FROM activity "
            "JOIN program ON program.id = activity.program_id"
        ):
            if match := _ACTIVITY.fullmatch(title):
                found.activities[int(match[1])] += 1
                if code != program_code(int(match[1])):
                    found.misplaced.append(f"{title} in {code}")
    return found


def _compare(
    what: str, present: set[int], kept: set[int], child: Child, verbs: tuple[str, str]
) -> list[str]:
    """Check what a kill left of one kind of commit against what must and may be there."""
    reported = set(child.numbers(verbs[1]))
    in_flight = child.in_flight(*verbs)
    failures = [
        f"{what} {n} was committed and is lost" for n in sorted((kept | reported) - present)
    ]
    begun = kept | reported | ({in_flight} if in_flight is not None else set())
    failures += [f"{what} {n} is there but was never begun" for n in sorted(present - begun)]
    return failures


def _check(path: Path, child: Child, ledger: Ledger) -> None:
    figures, failures = ledger.figures, ledger.failures
    verdict = integrity(path)
    if verdict != ["ok"]:
        figures["integrity failures"] += 1
        failures.append(f"integrity_check: {verdict[:5]}")
        return
    found = _found(path)
    batches = set(found.persons) | set(found.participants)
    partial = [
        f"batch {b}: {found.persons[b]} persons, {found.participants[b]} participants"
        for b in sorted(batches)
        if (found.persons[b], found.participants[b]) != (ROWS, ROWS)
    ]
    figures["partial imports"] += len(partial)
    failures += partial + found.misplaced
    failures += [f"activity {n} is there {k} times" for n, k in found.activities.items() if k > 1]
    failures += _compare("import", batches, ledger.batches, child, ("importing", "imported"))
    failures += _compare("edit", found.edited, ledger.edits, child, ("updating", "updated"))
    activities = set(found.activities)
    failures += _compare("activity", activities, ledger.activities, child, ("adding", "added"))
    for (begun, done), label in zip(STEPS, ("an import", "an edit", "an addition"), strict=True):
        if child.in_flight(begun, done) is not None:
            figures[f"kills during {label}"] += 1
    if (in_flight := child.in_flight("importing", "imported")) is not None:
        outcome = "committed" if in_flight in batches else "rolled back"
        figures[f"imports killed and {outcome}"] += 1
    ledger.batches, ledger.edits, ledger.activities = batches, found.edited, activities


def _opens(path: Path, ledger: Ledger) -> None:
    """The application opens the file (its quick check) and reads the newest program."""
    database = open_database(path)
    try:
        if ledger.batches:
            newest = max(ledger.batches)
            expected = sum(1 for b in ledger.batches if program_code(b) == program_code(newest))
            roster = RosterService(database).list_participants(program_code(newest))
            if len(roster) != expected * ROWS:
                ledger.failures.append(f"the roster has {len(roster)} rows, not {expected * ROWS}")
    finally:
        database.close()


def _durations(child: Child, durations: dict[str, float]) -> None:
    """Note the longest time each kind of commit took, to aim the next kills at it."""
    for begun, done in STEPS:
        for number in child.numbers(done):
            start, end = child.time_of(f"{begun} {number}"), child.time_of(f"{done} {number}")
            if start is not None and end is not None:
                durations[begun] = max(durations.get(begun, 0.0), end - start)


def _wait_and_kill(
    child: Child, rng: random.Random, first_batch: int, durations: dict[str, float]
) -> int:
    """Let the child work for a random time, or until it begins a commit and a little after."""
    if rng.random() < ANCHORED:
        begun = rng.choices([step[0] for step in STEPS], weights=[3, 1, 1])[0]
        batch = first_batch + rng.randrange(3)
        if child.watch(MAX_DELAY_SECONDS * 4, until=f"{begun} {batch}"):
            child.watch(rng.uniform(0, 1.5 * durations.get(begun, 0.02)))
    else:
        child.watch(rng.uniform(0, MAX_DELAY_SECONDS))
    return child.kill()


def test_imports_and_edits_survive_being_killed(zygote: Zygote, tmp_path: Path) -> None:
    path, folder = tmp_path / "crash.sqlite", tmp_path / "workbooks"
    folder.mkdir()
    open_database(path).close()
    rng, ledger, total = random.Random(seed()), Ledger(), kills(DEFAULT_KILLS)
    durations: dict[str, float] = {}
    for _ in range(total):
        first_batch = max(ledger.batches, default=0) + 1
        child = zygote.start(
            "imports_and_edits",
            database=str(path),
            folder=str(folder),
            rows=ROWS,
            first_batch=first_batch,
        )
        if _wait_and_kill(child, rng, first_batch, durations) != -9:
            ledger.failures.append(f"child {child.pid} ended by itself: {child.lines[-3:]}")
        ledger.figures["kills"] += 1
        _durations(child, durations)
        _check(path, child, ledger)
        if ledger.figures["integrity failures"]:
            break
        _opens(path, ledger)
    ledger.figures["imports kept"] = len(ledger.batches)
    report(f"imports and edits (seed {seed()})", dict(ledger.figures))
    assert ledger.failures == []
    assert ledger.figures["kills"] == total
    assert ledger.figures["kills during an import"] > 0
