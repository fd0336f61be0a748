"""Read one corpus file in a worker process: a plan, a refusal, or what went wrong.

Runs in worker processes of the corpus sweep (see ``test_corpus_sweep.py``):
each file gets a time limit (an alarm) and the worker reports its peak memory.
"""

from __future__ import annotations

import datetime as dt
import resource
import signal
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

TIME_LIMIT_SECONDS = 10
_service = None


@dataclass(frozen=True)
class Outcome:
    """What reading one file gave."""

    name: str
    kind: str  # "plan", "refused" or "crash"
    detail: str
    seconds: float
    peak_mb: float


def start_worker() -> None:
    """Open a database with one program for this worker's plans."""
    global _service  # noqa: PLW0603 - one service per worker process
    from coordinator.services.programs import ProgramService
    from coordinator.services.records import ProgramInput
    from coordinator.services.roster_import import RosterImportService
    from coordinator.store import open_database

    folder = Path(tempfile.mkdtemp(prefix="corpus-sweep-"))
    database = open_database(folder / "sweep.sqlite")
    ProgramService(database).create(
        ProgramInput(code="SWEEP", title="Sweep", first_day=dt.date(2021, 8, 24),
                     last_day=dt.date(2021, 8, 29))
    )  # fmt: skip
    _service = RosterImportService(database)


def _timeout(_signal: int, _frame: FrameType | None) -> None:
    raise TimeoutError


def read_one(path: Path) -> Outcome:
    """Plan the import of ``path`` into the worker's program, within the time limit."""
    from coordinator.services.roster_import import ImportRefusedError

    assert _service is not None
    started = time.perf_counter()
    signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(TIME_LIMIT_SECONDS)
    try:
        plan = _service.plan("SWEEP", _service.read(path))
        kind, detail = "plan", f"{len(plan.additions)} rows, {len(plan.problems)} problems"
    except ImportRefusedError as refusal:
        kind, detail = "refused", str(refusal)
    except TimeoutError:
        kind, detail = "crash", f"took more than {TIME_LIMIT_SECONDS} s"
    except BaseException as error:
        kind, detail = "crash", f"{type(error).__name__}: {error}"
    finally:
        signal.alarm(0)
    return Outcome(path.name, kind, detail, time.perf_counter() - started, peak_mb())


def peak_mb() -> float:
    """Return this process's peak resident memory in MB, since it started.

    Linux keeps ``ru_maxrss`` across ``execve``: a worker spawned by a pytest
    process that grew to 500 MB would report 500 MB before reading anything.
    ``VmHWM`` belongs to the worker's own address space.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
